// Budget consistency (Art.10(1)2).
import { formatFen, formatYuan, isFen, sumFen } from '../money.js';
import { finding } from './cite.js';
import type { Finding, Rule } from './types.js';

/**
 * Art.10(1)2: "预算应包含开发费、实施费、维护费、培训费、监理费及其他费用。项目内容包含数据资源的，应列明
 * 数据清单和成本费用。分年度实施的项目，还应明确项目总预算和分年度预算。"
 * Exact in fen: the breakdown sums to the total; per-year budgets (when given) sum to the total;
 * every data resource states its cost (0 is a stated cost). Every amount is a valid fen amount.
 */
export const ruleBudgetSum: Rule<'declare'> = {
  id: 'R-BUDGET-SUM',
  article: 'Art.10(1)2',
  stage: 'declare',
  severity: 'block',
  effects: ['block'],
  title: '预算明细合计等于总预算；分年度预算合计等于总预算；数据资源列明成本费用',
  titleEn: 'Breakdown and yearly budgets sum to the total; data resources state their cost',
  params: (ed) => ({ budgetItems: ed.lists.budgetItems }),
  check(input, ed) {
    const out: Finding[] = [];
    const invalid = (field: string, value: unknown) =>
      out.push(
        finding(
          ruleBudgetSum,
          'block',
          `金额无效（${String(value)}），须为以分计的非负整数`,
          `Invalid amount (${String(value)}): a non-negative whole number of fen is required`,
          field,
        ),
      );
    const mismatch = (what: string, whatEn: string, sum: number, field: string) =>
      out.push(
        finding(
          ruleBudgetSum,
          'block',
          `${what}合计${formatYuan(sum)}，与项目总预算${formatYuan(input.totalFen)}不一致（相差${formatYuan(Math.abs(sum - input.totalFen))}）`,
          `${whatEn} sum to ${formatFen(sum)}, not the total ${formatFen(input.totalFen)} (off by ${formatFen(Math.abs(sum - input.totalFen))})`,
          field,
        ),
      );

    const totalOk = isFen(input.totalFen);
    if (!totalOk) invalid('totalFen', input.totalFen);

    const items = ed.lists.budgetItems.value.map((i) => ({ code: i.code, amount: input.budgetBreakdown[i.code] ?? 0 }));
    const badItems = items.filter((i) => !isFen(i.amount));
    for (const i of badItems) invalid(`budgetBreakdown.${i.code}`, i.amount);
    if (totalOk && badItems.length === 0) {
      const sum = sumFen(items.map((i) => i.amount));
      if (sum !== input.totalFen)
        mismatch(
          '预算明细（开发费、实施费、维护费、培训费、监理费及其他费用）',
          'The budget breakdown items',
          sum,
          'budgetBreakdown',
        );
    }

    const years = input.yearlyBudgets;
    years.forEach((y, i) => {
      if (!isFen(y.amountFen)) invalid(`yearlyBudgets[${i}].amountFen`, y.amountFen);
    });
    if (totalOk && years.length > 0 && years.every((y) => isFen(y.amountFen))) {
      const sum = sumFen(years.map((y) => y.amountFen));
      if (sum !== input.totalFen) mismatch('分年度预算', 'The yearly budgets', sum, 'yearlyBudgets');
    }

    input.dataResources.forEach((r, i) => {
      if (r.costFen === null || r.costFen === undefined) {
        out.push(
          finding(
            ruleBudgetSum,
            'block',
            `数据资源“${r.name}”未列明成本费用；项目内容包含数据资源的，应列明数据清单和成本费用`,
            `Data resource "${r.name}" has no cost; data resources must be listed with their costs`,
            `dataResources[${i}].costFen`,
          ),
        );
      } else if (!isFen(r.costFen)) {
        invalid(`dataResources[${i}].costFen`, r.costFen);
      }
    });
    return out;
  },
};
