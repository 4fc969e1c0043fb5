// R-PROCURE (Art.18) before procurement; R-SUPERVISION (Art.19, 超过50万) before construction.
import { wan } from '../../money.js';
import { x, type RuleCase } from './types.js';

const P = (field: string) => x('R-PROCURE', 'block', field);
const SUP = x('R-SUPERVISION', 'block', 'supervisionContract');

export const constructionCases: RuleCase[] = [
  { stage: 'procurement', name: 'everything in place', input: {}, expect: [] },
  {
    stage: 'procurement',
    name: 'not in the annual list',
    input: { inAnnualList: false },
    expect: [P('inAnnualList')],
    says: ['项目未纳入年度区级信息化项目清单，不得组织采购和建设（第十八条）'],
  },
  {
    stage: 'procurement',
    name: 'joint review not passed',
    input: { jointReviewPassed: false },
    expect: [P('jointReviewPassed')],
  },
  {
    stage: 'procurement',
    name: 'budget not approved',
    input: { budgetApproved: false },
    expect: [P('budgetApproved')],
  },
  { stage: 'procurement', name: 'not approved (批复)', input: { approved: false }, expect: [P('approved')] },
  {
    stage: 'procurement',
    name: 'R-NDRC applies, no NDRC approval',
    input: { ndrcApproved: false },
    expect: [P('ndrcApproved')],
    says: ['总投资超过400万元（“超过”不含本数）的使用预算安排资金的建设类项目，未获得区发改局立项批复'],
  },
  {
    stage: 'procurement',
    name: 'R-NDRC does not apply: no NDRC approval needed',
    input: { ndrcRequired: false, ndrcApproved: false },
    expect: [],
  },
  {
    stage: 'procurement',
    name: 'everything missing: each named',
    input: {
      inAnnualList: false,
      jointReviewPassed: false,
      budgetApproved: false,
      approved: false,
      ndrcApproved: false,
    },
    expect: [P('inAnnualList'), P('jointReviewPassed'), P('budgetApproved'), P('approved'), P('ndrcApproved')],
  },
  {
    stage: 'procurement',
    name: 'both rules at once',
    input: {
      inAnnualList: false,
      decentralised: { requested: true, consultationApproved: true, governmentApproved: false },
    },
    expect: [P('inAnnualList'), x('R-DECENTRAL', 'block', 'decentralised.governmentApproved')],
  },

  // 超过50万: 50万 itself needs no supervision.
  {
    stage: 'construction',
    name: '50万 − 1 fen without a supervision contract',
    input: { budgetFen: wan(50) - 1, supervisionContract: false },
    expect: [],
  },
  {
    stage: 'construction',
    name: '50万 exactly without a supervision contract: not 超过',
    input: { budgetFen: wan(50), supervisionContract: false },
    expect: [],
  },
  {
    stage: 'construction',
    name: '50万 + 1 fen without a supervision contract',
    input: { budgetFen: wan(50) + 1, supervisionContract: false },
    expect: [SUP],
    says: ['投资预算500,000.01元，超过50万元（“超过”不含本数），应实行工程监理制'],
  },
  {
    stage: 'construction',
    name: '50万 + 1 fen with a supervision contract',
    input: { budgetFen: wan(50) + 1, supervisionContract: true },
    expect: [],
  },
  { stage: 'construction', name: 'a zero budget', input: { budgetFen: 0, supervisionContract: false }, expect: [] },
];
