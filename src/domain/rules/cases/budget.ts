// R-BUDGET-SUM (Art.10(1)2): exact to the fen.
import { baselineDeclaration as base } from './baseline.js';
import { x, type RuleCase } from './types.js';

const bd = base.budgetBreakdown;
const total = base.totalFen;

export const budgetCases: RuleCase[] = [
  {
    name: 'breakdown one fen over the total',
    input: { budgetBreakdown: { ...bd, development: bd.development + 1 } },
    expect: [x('R-BUDGET-SUM', 'block', 'budgetBreakdown')],
  },
  {
    name: 'breakdown one fen under the total',
    input: { budgetBreakdown: { ...bd, other: bd.other - 1 } },
    expect: [x('R-BUDGET-SUM', 'block', 'budgetBreakdown')],
  },
  {
    name: 'total one fen over breakdown and years',
    input: { totalFen: total + 1 },
    expect: [x('R-BUDGET-SUM', 'block', 'budgetBreakdown'), x('R-BUDGET-SUM', 'block', 'yearlyBudgets')],
  },
  {
    name: 'moving one fen between items keeps the sum',
    input: { budgetBreakdown: { ...bd, training: bd.training + 1, supervision: bd.supervision - 1 } },
    expect: [],
  },
  {
    name: 'yearly budgets one fen short',
    input: {
      yearlyBudgets: [
        { year: 2026, amountFen: 200_000_000 },
        { year: 2027, amountFen: 99_999_999 },
      ],
    },
    expect: [x('R-BUDGET-SUM', 'block', 'yearlyBudgets')],
  },
  { name: 'a single-year project states no yearly budgets', input: { yearlyBudgets: [] }, expect: [] },
  {
    name: 'one yearly budget equal to the total',
    input: { yearlyBudgets: [{ year: 2026, amountFen: total }] },
    expect: [],
  },
  {
    name: 'a data resource without a cost',
    input: { dataResources: [...base.dataResources, { name: '信用信息', costFen: null }] },
    expect: [x('R-BUDGET-SUM', 'block', 'dataResources[1].costFen')],
  },
  {
    name: 'a data resource at cost 0 states its cost',
    input: { dataResources: [{ name: '信用信息', costFen: 0 }] },
    expect: [],
  },
  {
    name: 'a fractional total is invalid and is not summed',
    input: { totalFen: 300_000_000.5 },
    expect: [x('R-BUDGET-SUM', 'block', 'totalFen')],
  },
  {
    name: 'a negative item is invalid (and the breakdown is not summed)',
    input: { budgetBreakdown: { ...bd, other: -1, development: bd.development + bd.other + 1 } },
    expect: [x('R-BUDGET-SUM', 'block', 'budgetBreakdown.other')],
  },
  {
    name: 'a fractional yearly amount is invalid',
    input: {
      yearlyBudgets: [
        { year: 2026, amountFen: 0.5 },
        { year: 2027, amountFen: total - 0.5 },
      ],
    },
    expect: [
      x('R-BUDGET-SUM', 'block', 'yearlyBudgets[0].amountFen'),
      x('R-BUDGET-SUM', 'block', 'yearlyBudgets[1].amountFen'),
    ],
  },
];
