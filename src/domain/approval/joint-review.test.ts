// Joint review (Art.13): the six aspects, the outcome (pre-review semantics) and the recovery.
import { describe, expect, it } from 'vitest';
import { defaultEdition as ed } from '../editions/index.js';
import type { JointReviewPartyCode } from '../editions/types.js';
import { recoveryFen } from '../rules/later-stage-calcs.js';
import { preReviewOutcome } from '../rules/plan-gates.js';
import {
  JOINT_REVIEW_DIMENSIONS,
  jointReviewOutcome,
  recoveryRecord,
  type JointReviewDecision,
  type JointReviewOutcome,
} from './joint-review.js';
import { expectCited, summary } from './test-support.js';

describe('the six aspects of Art.13', () => {
  it("are listed in the article's order with zh/en labels", () => {
    expect(JOINT_REVIEW_DIMENSIONS.map((d) => d.zh)).toEqual([
      '集约建设',
      '系统整合',
      '数据共享',
      '业务协同',
      '网络安全',
      '项目概算',
    ]);
    expect(JOINT_REVIEW_DIMENSIONS.map((d) => d.code)).toEqual([
      'intensive',
      'integration',
      'sharing',
      'collaboration',
      'security',
      'estimate',
    ]);
    for (const d of JOINT_REVIEW_DIMENSIONS) {
      expect(d.article).toBe('Art.13');
      expect(d.en).toMatch(/^[A-Z]/);
    }
  });
});

type Ops = Partial<Record<JointReviewPartyCode, JointReviewDecision>>;
const all = (d: JointReviewDecision): Ops => ({ data_bureau: d, cyberspace: d, finance: d, bigdata_center: d });

describe('jointReviewOutcome: every party must speak', () => {
  it.each([
    ['nobody yet', {}, 'pending'],
    ['three passes', { data_bureau: 'pass', cyberspace: 'pass', finance: 'pass' }, 'pending'],
    ['an early fail does not veto', { finance: 'fail' }, 'pending'],
    ['all pass', all('pass'), 'passed'],
    ['one return', { ...all('pass'), cyberspace: 'return' }, 'returned'],
    ['fail beats return', { ...all('return'), bigdata_center: 'fail' }, 'failed'],
    ['all fail', all('fail'), 'failed'],
  ] as [string, Ops, JointReviewOutcome][])('%s → %s', (_n, ops, outcome) => {
    expect(jointReviewOutcome(ops, ed)).toBe(outcome);
    expect(jointReviewOutcome(ops, ed)).toBe(preReviewOutcome(ops, ed)); // the same semantics
  });

  it('accepts full opinions with remarks per aspect', () => {
    const o = (decision: JointReviewDecision) => ({ decision, remarks: { security: '已明确等保三级' } });
    expect(
      jointReviewOutcome(
        { data_bureau: o('pass'), cyberspace: o('pass'), finance: o('pass'), bigdata_center: o('pass') },
        ed,
      ),
    ).toBe('passed');
    expect(
      jointReviewOutcome(
        { data_bureau: o('pass'), cyberspace: o('return'), finance: 'pass', bigdata_center: o('pass') },
        ed,
      ),
    ).toBe('returned');
    expect(
      jointReviewOutcome(
        { data_bureau: o('pass'), cyberspace: undefined, finance: 'pass', bigdata_center: o('pass') },
        ed,
      ),
    ).toBe('pending');
  });
});

describe('R-RECOVERY: max(0, budget − control price)', () => {
  it.each([
    [
      'control price 1 fen under the budget',
      100_000_000,
      99_999_999,
      1,
      '预算超过招标控制价部分0.01元由区财政予以收回',
    ],
    [
      'control price 100,000.00 yuan under',
      100_000_000,
      90_000_000,
      10_000_000,
      '预算超过招标控制价部分100,000.00元由区财政予以收回',
    ],
    ['control price equals the budget', 100_000_000, 100_000_000, 0, '无需收回'],
    ['control price 1 fen over the budget', 100_000_000, 100_000_001, 0, '无需收回'],
    ['zero budget', 0, 5, 0, '无需收回'],
  ])('%s', (_n, budget, control, rec, says) => {
    const r = recoveryRecord(budget, control);
    expect(r.recoveryFen).toBe(rec);
    expect(r.recoveryFen).toBe(recoveryFen(budget, control));
    expect(summary([r.finding])).toEqual(['R-RECOVERY info Art.13 controlPriceFen']);
    expect(r.finding.message).toContain(says);
    expectCited([r.finding]);
  });

  it('refuses amounts that are not fen', () => {
    expect(() => recoveryRecord(1.5, 0)).toThrow();
    expect(() => recoveryRecord(100, -1)).toThrow();
  });
});

describe('joint review round (re-declared projects, Art.17 ¶3)', () => {
  it('is the stored round, 1 for routes stored before rounds existed, never below 1', async () => {
    const { jointRoundOf } = await import('./joint-review.js');
    expect(jointRoundOf(null)).toBe(1);
    expect(jointRoundOf({})).toBe(1);
    expect(jointRoundOf({ jointRound: 2 })).toBe(2);
    expect(jointRoundOf({ jointRound: 0 })).toBe(1);
    expect(jointRoundOf({ jointRound: '3' })).toBe(1);
  });
});
