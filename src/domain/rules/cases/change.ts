// R-CHANGE (Art.17): filed (备案) when within the approved budget, the change 不超过400万 or
// 不超过10% of the contract (exact in BigInt), on one of the three grounds; else declared again.
// One info finding either way: the message says the route.
import { wan } from '../../money.js';
import { x, type StageCase } from './types.js';

const STAGE = 'change' as const;
const CHANGE = x('R-CHANGE', 'info', 'change');
const FILE = '可以由申报单位调整，并通过信息化项目管理平台进行备案';
const REDECLARE = '应重新履行项目申报程序';
const filed = { expect: [CHANGE], says: [FILE], saysNot: [REDECLARE] };
const redeclared = { expect: [CHANGE], says: [REDECLARE], saysNot: [FILE] };
/** A 1000万 contract: 10% is 100万, so only the 400万 line can allow a larger change. */
const BIG = { contractFen: wan(1000) };
/** A 5000万 contract in a 6000万 budget: 10% is 500万, above the 400万 line. */
const HUGE = { approvedBudgetFen: wan(6000), totalAfterFen: wan(6000), contractFen: wan(5000) };

export const changeCases: StageCase<'change'>[] = [
  { stage: STAGE, name: 'a small change on a ground is filed', input: {}, ...filed },

  // 调整金额不超过400万元 (inclusive).
  { stage: STAGE, name: '400万 − 1 fen is filed', input: { ...BIG, changeFen: wan(400) - 1 }, ...filed },
  {
    stage: STAGE,
    name: '400万 exactly is filed',
    input: { ...BIG, changeFen: wan(400) },
    ...filed,
    says: [FILE, '调整金额4,000,000.00元，符合“不超过400万元（“不超过”含本数）”'],
  },
  {
    stage: STAGE,
    name: '400万 + 1 fen, over 10% of the contract too: declared again',
    input: { ...BIG, changeFen: wan(400) + 1 },
    ...redeclared,
    says: [
      REDECLARE,
      '调整金额4,000,000.01元，不符合“不超过400万元',
      '合同金额10,000,000.00元的10%为1,000,000.00元，不符合',
    ],
  },

  // 调整数额不超过合同金额10% (inclusive, exact).
  { stage: STAGE, name: '10% of the contract − 1 fen is filed', input: { ...HUGE, changeFen: wan(500) - 1 }, ...filed },
  {
    stage: STAGE,
    name: '10% of the contract exactly is filed (though over 400万)',
    input: { ...HUGE, changeFen: wan(500) },
    ...filed,
    says: [FILE, '合同金额50,000,000.00元的10%为5,000,000.00元，符合'],
  },
  {
    stage: STAGE,
    name: '10% of the contract + 1 fen: declared again',
    input: { ...HUGE, changeFen: wan(500) + 1 },
    ...redeclared,
  },
  {
    stage: STAGE,
    name: '10% of an odd contract is exact: 5,000,000.005元 allows 5,000,000.00元',
    input: { ...HUGE, changeFen: wan(500), contractFen: wan(5000) + 5 },
    ...filed,
    says: [FILE, '的10%为5,000,000.005元，符合'],
  },
  {
    stage: STAGE,
    name: '… and refuses 5,000,000.01元',
    input: { ...HUGE, changeFen: wan(500) + 1, contractFen: wan(5000) + 5 },
    ...redeclared,
  },

  // 项目投资规模未超出预算批复 (equal is within).
  {
    stage: STAGE,
    name: 'total one fen below the approved budget is filed',
    input: { totalAfterFen: wan(1000) - 1 },
    ...filed,
  },
  {
    stage: STAGE,
    name: 'total equal to the approved budget is filed',
    input: { totalAfterFen: wan(1000) },
    ...filed,
    says: [FILE, '调整后总投资10,000,000.00元，未超出预算批复10,000,000.00元'],
  },
  {
    stage: STAGE,
    name: 'total one fen over the approved budget: declared again',
    input: { totalAfterFen: wan(1000) + 1 },
    ...redeclared,
    says: [REDECLARE, '调整后总投资10,000,000.01元，超出预算批复10,000,000.00元'],
  },

  // 符合下列情形之一.
  {
    stage: STAGE,
    name: 'no ground: declared again',
    input: { ground: null },
    ...redeclared,
    says: [REDECLARE, '未说明符合第十七条第（一）至（三）项情形之一'],
  },
  {
    stage: STAGE,
    name: 'ground (一) a deployment',
    input: { ground: 'mandate' },
    ...filed,
    says: [FILE, '根据国家、省、市、区部署，确需改变建设内容的'],
  },
  {
    stage: STAGE,
    name: 'ground (三) business need',
    input: { ground: 'business_need' },
    ...filed,
    says: [FILE, '在已批复项目建设规划的框架下'],
  },
  {
    stage: STAGE,
    name: 'both amounts met but over budget: only the budget is named',
    input: { totalAfterFen: wan(1001), changeFen: wan(50) },
    ...redeclared,
    saysNot: [FILE, '调整金额'],
  },
  {
    stage: STAGE,
    name: 'a change is never blocking',
    input: { ground: null, totalAfterFen: wan(2000) },
    expect: 'none-blocking',
  },
];
