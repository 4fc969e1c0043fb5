import { describe, expect, it } from 'vitest';
import {
  annualDateInstant,
  defaultEdition,
  EDITIONS,
  editionInForce,
  getEdition,
  isPhraseTrue,
  labelOf,
  localDateOf,
  meets,
  type LegalNumberWord,
  type ListParam,
  type Param,
} from './index.js';
import { sucheng2024 } from './sucheng-2024.js';

const ed = sucheng2024;

describe('registry', () => {
  it('finds sucheng-2024 and nothing else', () => {
    expect(getEdition('sucheng-2024')).toBe(defaultEdition);
    expect(defaultEdition.id).toBe('sucheng-2024');
    expect(getEdition('sucheng-2023')).toBeUndefined();
    expect(EDITIONS.map((e) => e.id)).toEqual(['sucheng-2024']);
  });

  it('is in force from 2024-12-02 00:00 Shanghai, not before', () => {
    expect(editionInForce(new Date('2024-12-01T23:59:59.999+08:00'))).toBeNull();
    expect(editionInForce(new Date('2024-12-02T00:00:00+08:00'))).toBe(ed);
    expect(editionInForce(new Date('2024-12-01T16:00:00Z'))).toBe(ed);
    expect(editionInForce(new Date('2030-01-01T00:00:00+08:00'))).toBe(ed);
  });

  it('is frozen: an edition changes by a new file, not at run time', () => {
    expect(Object.isFrozen(ed)).toBe(true);
    expect(Object.isFrozen(ed.params.hardwareScopeLine)).toBe(true);
    expect(Object.isFrozen(ed.lists.forbiddenItems.value)).toBe(true);
  });
});

describe('sucheng-2024 parameters', () => {
  it('has its title and dates', () => {
    expect(ed).toMatchObject({
      title: '宿城区信息化项目管理办法',
      issued: '2024-12-02',
      effective: '2024-12-02',
      repealed: null,
      timeZone: 'Asia/Shanghai',
      utcOffsetMinutes: 480,
    });
  });

  const params = Object.entries({ ...ed.params, ...ed.lists }) as [string, Param<unknown>][];
  it.each(params)("%s cites an article, its effective date and the regulation's words", (_name, p) => {
    expect(p.article).toMatch(/^Art\.\d+/);
    expect(p.effective).toBe('2024-12-02');
    expect(p.note).toMatch(/[\u4e00-\u9fff]/);
    expect(p.noteEn.length).toBeGreaterThan(5);
  });

  it.each(Object.entries(ed.lists) as [string, ListParam<string>][])(
    'list %s: unique codes, zh and en labels',
    (_name, list) => {
      const codes = list.value.map((i) => i.code);
      expect(new Set(codes).size).toBe(codes.length);
      for (const i of list.value) {
        expect(i.zh).toMatch(/[\u4e00-\u9fffe]/);
        expect(i.en).toMatch(/^[A-Za-z]/);
      }
    },
  );

  it('encodes the thresholds with their legal words', () => {
    const p = ed.params;
    expect([p.hardwareScopeLine.value, p.hardwareScopeLine.word, p.hardwareScopeLine.article]).toEqual([
      50_000_000,
      '以上',
      'Art.2',
    ]);
    expect([p.ndrcLine.value, p.ndrcLine.word, p.ndrcLine.article]).toEqual([400_000_000, '超过', 'Art.12']);
    expect([p.simplifiedMergeLine.value, p.simplifiedMergeLine.word, p.simplifiedMergeLine.article]).toEqual([
      800_000_000,
      '以下',
      'Art.12(3)',
    ]);
    expect([p.supervisionLine.value, p.supervisionLine.word, p.supervisionLine.article]).toEqual([
      50_000_000,
      '超过',
      'Art.19',
    ]);
    expect([p.changeAmountLine.value, p.changeAmountLine.word]).toEqual([400_000_000, '不超过']);
    expect([p.changeContractPercent.value, p.changeContractPercent.word]).toEqual([10, '不超过']);
    expect([p.revisionPeriod.value, p.revisionPeriod.unit, p.revisionPeriod.article]).toEqual([
      3,
      'working_day',
      'Art.14',
    ]);
    expect([p.trialMin.value, p.trialMinSoftware.value, p.trialMax.value]).toEqual([1, 3, 6]);
    expect([p.acceptanceReportPeriod.value, p.acceptanceReportPeriod.unit]).toEqual([1, 'month']);
    expect([p.warrantyMin.value, p.warrantyMin.unit, p.warrantyMin.word]).toEqual([3, 'year', '不少于']);
    expect(p.selfEvaluationDue.value).toEqual({ month: 12, day: 31, time: '23:59:59' });
    expect(p.declarationDeadline.value).toEqual({ month: 10, day: 15, time: '23:59:59', yearOffset: -1 });
  });

  it('lists what the Measures list', () => {
    const codes = (k: keyof typeof ed.lists) => ed.lists[k].value.map((i) => i.code);
    expect(codes('planContents')).toHaveLength(12);
    expect(codes('forbiddenItems')).toEqual(['server_room', 'video_conference', 'mobile_app']);
    expect(codes('requiredMaterials')).toEqual([
      'declaration_form',
      'construction_plan',
      'basis_documents',
      'collective_decision',
    ]);
    expect(codes('scenarioAreas')).toEqual(['digital_economy', 'digital_society', 'digital_government', 'smart_city']);
    expect(codes('commonPlatforms')).toHaveLength(7);
    expect(codes('jointReviewParties')).toEqual(['data_bureau', 'cyberspace', 'finance', 'bigdata_center']);
    expect(codes('categories')).toEqual([
      'infrastructure',
      'data_system',
      'business_system',
      'service_system',
      'hardware',
    ]);
    expect(codes('budgetItems')).toEqual([
      'development',
      'implementation',
      'maintenance',
      'training',
      'supervision',
      'other',
    ]);
    expect(ed.lists.commonPlatforms.value.map((i) => i.zh)).toEqual([
      '协同办公系统',
      '宿心办',
      '宿慧办',
      'e览宿城',
      '统一身份认证系统',
      '政务服务一体化平台',
      '政府网站集约化平台',
    ]);
  });
});

describe('legal number words', () => {
  it.each([
    ['以上', 50, true],
    ['以上', 49, false],
    ['超过', 50, false],
    ['超过', 51, true],
    ['以下', 50, true],
    ['以下', 51, false],
    ['不超过', 50, true],
    ['不超过', 51, false],
    ['不少于', 50, true],
    ['不少于', 49, false],
    ['不足', 50, false],
    ['不足', 49, true],
  ] as [LegalNumberWord, number, boolean][])('%s 50: %s → %s', (word, amount, result) => {
    expect(isPhraseTrue(amount, word, 50)).toBe(result);
    expect(meets(amount, { value: 50, word })).toBe(result);
  });
});

describe('time helpers', () => {
  it('annualDateInstant includes the whole named second', () => {
    const d = annualDateInstant({ month: 10, day: 15, time: '23:59:59' }, 2025, ed);
    expect(d.toISOString()).toBe('2025-10-15T15:59:59.999Z');
    expect(() => annualDateInstant({ month: 2, day: 29, time: '00:00:00' }, 2025, ed)).toThrow(RangeError);
    expect(() => annualDateInstant({ month: 10, day: 15, time: '23:59' }, 2025, ed)).toThrow(RangeError);
  });

  it('localDateOf uses the edition offset', () => {
    expect(localDateOf(new Date('2025-10-15T15:59:59.999Z'), ed)).toBe('2025-10-15');
    expect(localDateOf(new Date('2025-10-15T16:00:00Z'), ed)).toBe('2025-10-16');
  });

  it('labelOf falls back to the code', () => {
    expect(labelOf(ed.lists.scenarioAreas.value, 'smart_city').zh).toBe('智慧城市');
    expect(labelOf(ed.lists.scenarioAreas.value, 'moon')).toEqual({ code: 'moon', zh: 'moon', en: 'moon' });
  });
});
