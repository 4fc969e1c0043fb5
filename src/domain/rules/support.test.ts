// Citations, text checks, deadline helpers and the later-stage arithmetic.
import { describe, expect, it } from 'vitest';
import { defaultEdition as ed } from '../editions/index.js';
import { wan } from '../money.js';
import { articleZh, hasText, zhNumber } from './cite.js';
import { declarationDeadline, formatLocalTime, isUrgentDerogation } from './deadline.js';
import {
  changeRoute,
  mayMergeNdrcDocuments,
  needsNdrcApproval,
  needsSupervision,
  recoveryFen,
  type ChangeRequest,
} from './later-stage-calcs.js';
import { preReviewOutcome } from './plan-gates.js';

describe('citations', () => {
  it.each([
    [1, '一'],
    [10, '十'],
    [12, '十二'],
    [20, '二十'],
    [21, '二十一'],
    [36, '三十六'],
  ])('zhNumber(%s) = %s', (n, s) => expect(zhNumber(n)).toBe(s));
  it.each([
    ['Art.2', '第二条'],
    ['Art.10(1)4', '第十条第（一）项第4点'],
    ['Art.10(1)', '第十条第（一）项'],
    ['Art.6, 10(1)4', '第六条、第十条第（一）项第4点'],
    ['Art.10(1)4, 3', '第十条第（一）项第4点、第三条'],
    ['Art.10(1)7–8, 20, 21', '第十条第（一）项第7至8点、第二十条、第二十一条'],
    ['Art.12(1)–(3)', '第十二条第（一）至（三）项'],
    ['Art.36', '第三十六条'],
    // A range of articles is not article 1, points 5 to 17 (issue 13).
    ['Art.15–17', '第十五条至第十七条'],
    ['Art.8–10', '第八条至第十条'],
    ['Art.24–30', '第二十四条至第三十条'],
    ['Art.17 ¶3', '第十七条第三款'],
    ['Art.10(4), 11', '第十条第（四）项、第十一条'],
    ['see Art.2', 'see Art.2'],
    ['Art.x', 'Art.x'],
  ])('articleZh(%j) = %j', (cite, zh) => expect(articleZh(cite)).toBe(zh));

  it('hasText refuses blanks and placeholders', () => {
    for (const t of ['', '   ', '无', ' 暂无 ', 'N/A', 'none', '-', '/', null, undefined])
      expect(hasText(t)).toBe(false);
    for (const t of ['x', '无人机巡检数据', 'API']) expect(hasText(t)).toBe(true);
  });
});

describe('deadline helpers', () => {
  it('the 2026 call closes at 2025-10-15 23:59:59.999 Shanghai', () => {
    expect(declarationDeadline(2026, ed).toISOString()).toBe('2025-10-15T15:59:59.999Z');
    expect(declarationDeadline(2027, ed).toISOString()).toBe('2026-10-15T15:59:59.999Z');
    expect(formatLocalTime(declarationDeadline(2026, ed), ed)).toBe('2025-10-15 23:59:59');
  });

  it('the urgent derogation needs a known level and a text', () => {
    expect(isUrgentDerogation({ level: 'national', text: '国务院要求' }, ed)).toBe(true);
    expect(isUrgentDerogation({ level: 'national', text: '无' }, ed)).toBe(false);
    expect(isUrgentDerogation({ level: 'township' as 'city', text: '镇要求' }, ed)).toBe(false);
    expect(isUrgentDerogation(null, ed)).toBe(false);
  });
});

describe('pre-review outcome (Art.10(2))', () => {
  const all = { data_bureau: 'pass', cyberspace: 'pass', finance: 'pass', bigdata_center: 'pass' } as const;
  it.each([
    [all, 'passed'],
    [{ ...all, finance: undefined }, 'pending'],
    [{ ...all, finance: 'return' }, 'returned'],
    [{ ...all, finance: 'return', cyberspace: 'fail' }, 'failed'],
    [{ ...all, finance: undefined, cyberspace: 'fail' }, 'pending'],
  ] as const)('%j → %s', (opinions, outcome) => expect(preReviewOutcome(opinions, ed)).toBe(outcome));
});

describe('later-stage arithmetic', () => {
  it('R-RECOVERY = max(0, budget − control price)', () => {
    expect(recoveryFen(wan(300), wan(280))).toBe(wan(20));
    expect(recoveryFen(wan(300), wan(300))).toBe(0);
    expect(recoveryFen(wan(300), wan(300) + 1)).toBe(0);
    expect(recoveryFen(wan(300), wan(300) - 1)).toBe(1);
    expect(() => recoveryFen(-1, 0)).toThrow();
  });

  const build = (totalFen: number, source: 'fiscal' | 'soe' | 'joint' = 'fiscal') => ({
    kind: 'build' as const,
    totalFen,
    fundingSources: [{ source, amountFen: totalFen }],
  });
  it('R-NDRC: 超过 400万 — the line itself does not need NDRC approval', () => {
    expect(needsNdrcApproval(build(wan(400)), ed)).toBe(false);
    expect(needsNdrcApproval(build(wan(400) + 1), ed)).toBe(true);
    expect(needsNdrcApproval(build(wan(400) + 1, 'joint'), ed)).toBe(true);
    expect(needsNdrcApproval(build(wan(400) + 1, 'soe'), ed)).toBe(false);
    expect(needsNdrcApproval({ ...build(wan(900)), kind: 'operate' }, ed)).toBe(false);
  });

  it('R-NDRC-SIMPLE: 800万 以下 may merge', () => {
    expect(mayMergeNdrcDocuments(wan(800), ed)).toBe(true);
    expect(mayMergeNdrcDocuments(wan(800) + 1, ed)).toBe(false);
  });

  it('R-SUPERVISION: 超过 50万', () => {
    expect(needsSupervision(wan(50), ed)).toBe(false);
    expect(needsSupervision(wan(50) + 1, ed)).toBe(true);
  });

  const change: ChangeRequest = {
    approvedBudgetFen: wan(1000),
    totalAfterFen: wan(1000),
    changeFen: wan(400),
    contractFen: wan(1000),
    ground: 'optimisation',
  };
  it('R-CHANGE: ≤ 400万 or ≤ 10% of contract, within budget, on a ground → file', () => {
    expect(changeRoute(change, ed)).toBe('file');
    expect(changeRoute({ ...change, changeFen: wan(400) + 1 }, ed)).toBe('redeclare');
    expect(changeRoute({ ...change, changeFen: wan(400) + 1, contractFen: wan(4000) + 10 }, ed)).toBe('file');
    expect(changeRoute({ ...change, changeFen: wan(400) + 1, contractFen: wan(4000) + 9 }, ed)).toBe('redeclare');
    expect(changeRoute({ ...change, totalAfterFen: wan(1000) + 1 }, ed)).toBe('redeclare');
    expect(changeRoute({ ...change, ground: null }, ed)).toBe('redeclare');
  });
});

describe('every article string the platform holds renders as a Chinese citation', () => {
  it('stages, transitions, rules and edition parameters', async () => {
    const { STAGES, PHASES } = await import('../lifecycle/stages.js');
    const { TRANSITIONS } = await import('../lifecycle/transitions.js');
    const { ruleCatalog } = await import('./engine.js');
    const { defaultEdition } = await import('../editions/index.js');
    const articles = [
      ...Object.values(STAGES).map((s) => s.article),
      ...Object.values(PHASES).map((s) => s.article),
      ...Object.values(TRANSITIONS).map((t) => t.article),
      ...ruleCatalog(defaultEdition).map((r) => r.article),
      ...Object.values(defaultEdition.params).map((p) => (p as { article: string }).article),
    ];
    for (const a of articles) expect(articleZh(a), a).toMatch(/^第[一二三四五六七八九十]+条(?!.*Art\.)/);
  });
});
