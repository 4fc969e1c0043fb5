// R-PRE-BEFORE-BUDGET (Art.10(3)), R-PLAN-LIST (Art.10(4)).
import { x, type RuleCase } from './types.js';

const ALL_PASS = { data_bureau: 'pass', cyberspace: 'pass', finance: 'pass', bigdata_center: 'pass' } as const;

export const planGateCases: RuleCase[] = [
  { stage: 'budget_review', name: 'all four parties passed: budget may be arranged', input: {}, expect: [] },
  {
    stage: 'budget_review',
    name: 'finance has not spoken yet',
    input: { preReviewOpinions: { ...ALL_PASS, finance: undefined } },
    expect: [x('R-PRE-BEFORE-BUDGET', 'block', 'preReviewOpinions')],
  },
  {
    stage: 'budget_review',
    name: 'cyberspace returned it for revision',
    input: { preReviewOpinions: { ...ALL_PASS, cyberspace: 'return' } },
    expect: [x('R-PRE-BEFORE-BUDGET', 'block')],
  },
  {
    stage: 'budget_review',
    name: 'the big data center failed it',
    input: { preReviewOpinions: { ...ALL_PASS, bigdata_center: 'fail' } },
    expect: [x('R-PRE-BEFORE-BUDGET', 'block')],
  },
  {
    stage: 'budget_review',
    name: 'no opinions at all',
    input: { preReviewOpinions: {} },
    expect: [x('R-PRE-BEFORE-BUDGET', 'block')],
  },

  { stage: 'issue_plan', name: 'budgeted and consented: enters the annual list', input: {}, expect: [] },
  {
    stage: 'issue_plan',
    name: 'no approved budget',
    input: { approvedBudgetFen: null },
    expect: [x('R-PLAN-LIST', 'block', 'approvedBudgetFen')],
  },
  {
    stage: 'issue_plan',
    name: 'an approved budget of 0 is no budget',
    input: { approvedBudgetFen: 0 },
    expect: [x('R-PLAN-LIST', 'block', 'approvedBudgetFen')],
  },
  { stage: 'issue_plan', name: 'an approved budget of 1 fen is a budget', input: { approvedBudgetFen: 1 }, expect: [] },
  {
    stage: 'issue_plan',
    name: 'no government consent',
    input: { governmentConsent: null },
    expect: [x('R-PLAN-LIST', 'block', 'governmentConsent')],
  },
  {
    stage: 'issue_plan',
    name: 'consent without a document number',
    input: { governmentConsent: { docNumber: ' ' } },
    expect: [x('R-PLAN-LIST', 'block', 'governmentConsent')],
  },
  {
    name: 'neither budget nor consent',
    stage: 'issue_plan',
    input: { approvedBudgetFen: null, governmentConsent: null },
    expect: [x('R-PLAN-LIST', 'block', 'approvedBudgetFen'), x('R-PLAN-LIST', 'block', 'governmentConsent')],
  },
];
