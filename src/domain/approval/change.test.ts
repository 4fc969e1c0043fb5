// R-CHANGE (Art.17): filed (备案) or declared again, every boundary in fen; agrees with changeRoute.
import { describe, expect, it } from 'vitest';
import { defaultEdition as ed } from '../editions/index.js';
import { changeRoute, type ChangeRequest } from '../rules/later-stage-calcs.js';
import { decideChange, type ChangeCondition } from './change.js';
import { expectCited, summary } from './test-support.js';

const WAN = 1_000_000; // fen
const base: ChangeRequest = {
  approvedBudgetFen: 1000 * WAN,
  totalAfterFen: 1000 * WAN,
  changeFen: 100 * WAN,
  contractFen: 900 * WAN,
  ground: 'optimisation',
};

type Met = Record<ChangeCondition, boolean>;
const met = (within_budget: boolean, amount_line: boolean, contract_percent: boolean, ground: boolean): Met => ({
  within_budget,
  amount_line,
  contract_percent,
  ground,
});

const CASES: [string, Partial<ChangeRequest>, 'file' | 'redeclare', Met, string[]][] = [
  ['a small change on a ground', {}, 'file', met(true, true, false, true), []],
  [
    '400万 exactly (contract 1000万: 10% is 100万)',
    { changeFen: 400 * WAN, contractFen: 1000 * WAN },
    'file',
    met(true, true, false, true),
    ['调整金额4,000,000.00元，符合“不超过400万元（“不超过”含本数）”'],
  ],
  [
    '400万 + 1 fen, 10% of the contract exceeded too',
    { changeFen: 400 * WAN + 1, contractFen: 1000 * WAN },
    'redeclare',
    met(true, false, false, true),
    ['调整金额4,000,000.01元，不符合“不超过400万元', '合同金额10,000,000.00元的10%为1,000,000.00元，不符合'],
  ],
  [
    '10% of the contract exactly (500万 of 5000万)',
    { changeFen: 500 * WAN, contractFen: 5000 * WAN },
    'file',
    met(true, false, true, true),
    ['合同金额50,000,000.00元的10%为5,000,000.00元，符合'],
  ],
  [
    '10% of the contract + 1 fen',
    { changeFen: 500 * WAN + 1, contractFen: 5000 * WAN },
    'redeclare',
    met(true, false, false, true),
    ['调整数额5,000,000.01元，合同金额50,000,000.00元的10%为5,000,000.00元，不符合'],
  ],
  [
    '10% of an odd contract is exact: 500,000,000.5 fen allows 500,000,000',
    { changeFen: 500 * WAN, contractFen: 5000 * WAN + 5 },
    'file',
    met(true, false, true, true),
    ['的10%为5,000,000.005元，符合'],
  ],
  [
    '… and refuses 500,000,001',
    { changeFen: 500 * WAN + 1, contractFen: 5000 * WAN + 5 },
    'redeclare',
    met(true, false, false, true),
    [],
  ],
  [
    'total after = approved budget is within it',
    { totalAfterFen: 1000 * WAN },
    'file',
    met(true, true, false, true),
    ['调整后总投资10,000,000.00元，未超出预算批复10,000,000.00元'],
  ],
  [
    'total pushed 1 fen over the approved budget',
    { totalAfterFen: 1000 * WAN + 1 },
    'redeclare',
    met(false, true, false, true),
    ['调整后总投资10,000,000.01元，超出预算批复10,000,000.00元'],
  ],
  [
    'no ground',
    { ground: null },
    'redeclare',
    met(true, true, false, false),
    ['未说明符合第十七条第（一）至（三）项情形之一'],
  ],
  [
    'ground (一) deployment',
    { ground: 'mandate' },
    'file',
    met(true, true, false, true),
    ['根据国家、省、市、区部署，确需改变建设内容的'],
  ],
  [
    'ground (三) business need',
    { ground: 'business_need' },
    'file',
    met(true, true, false, true),
    ['在已批复项目建设规划的框架下'],
  ],
  [
    'both amount tests met, but over budget',
    { totalAfterFen: 1001 * WAN, changeFen: 50 * WAN },
    'redeclare',
    met(false, true, true, true),
    [],
  ],
  ['a zero change with no contract yet', { changeFen: 0, contractFen: 0 }, 'file', met(true, true, true, true), []],
];

describe('decideChange data cases', () => {
  it.each(CASES)('%s', (_n, over, route, expectMet, says) => {
    const req = { ...base, ...over };
    const d = decideChange(req, ed);
    expect(d.route).toBe(route);
    expect(d.route).toBe(changeRoute(req, ed));
    expect(Object.fromEntries(d.reasons.map((r) => [r.condition, r.met]))).toEqual(expectMet);
    expect(summary([d.finding])).toEqual(['R-CHANGE info Art.17 change']);
    expect(d.finding.message).toContain(
      route === 'file' ? '可以由申报单位调整，并通过信息化项目管理平台进行备案' : '应重新履行项目申报程序',
    );
    expect(d.edition).toBe('sucheng-2024');
    expectCited([d.finding]);
    const text = d.reasons.map((r) => r.zh).join('\n');
    for (const s of says) expect(text).toContain(s);
    for (const r of d.reasons) expect(r.article).toMatch(/^Art\.17/);
  });

  it('the redeclare finding names only the conditions that decided', () => {
    const d = decideChange({ ...base, totalAfterFen: 1001 * WAN, changeFen: 50 * WAN }, ed);
    expect(d.finding.message).toContain('超出预算批复');
    expect(d.finding.message).not.toContain('调整金额');
  });

  it('agrees with changeRoute on a grid around every line', () => {
    const b = 1000 * WAN;
    for (const totalAfterFen of [b - 1, b, b + 1])
      for (const changeFen of [0, 400 * WAN - 1, 400 * WAN, 400 * WAN + 1, 500 * WAN, 500 * WAN + 1])
        for (const contractFen of [0, 1000 * WAN, 5000 * WAN, 5000 * WAN + 5, 5000 * WAN + 10])
          for (const ground of ['mandate', null] as const) {
            const req: ChangeRequest = { approvedBudgetFen: b, totalAfterFen, changeFen, contractFen, ground };
            expect(decideChange(req, ed).route, JSON.stringify(req)).toBe(changeRoute(req, ed));
          }
  });

  it('refuses amounts that are not fen', () => {
    expect(() => decideChange({ ...base, changeFen: -1 }, ed)).toThrow();
    expect(() => decideChange({ ...base, contractFen: 0.1 }, ed)).toThrow();
  });
});
