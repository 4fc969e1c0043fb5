// A row of the 年度信息化项目清单 (Art.10(4)): the facts a district's list shows of a project the
// district government agreed to. Pure: the handler reads the record, this decides what it means.
import type { Fen } from '../money.js';

export interface YearlyBudget {
  year: number;
  amountFen: Fen;
}

/**
 * This plan year's budget: the yearly line for that year when the project is split by year
 * (0 when the split has no line for it); the whole total when it is not split.
 */
export function currentYearBudget(planYear: number, totalFen: Fen, yearly: readonly YearlyBudget[]): Fen {
  if (yearly.length === 0) return totalFen;
  return yearly.find((y) => y.year === planYear)?.amountFen ?? 0;
}

/** 建设周期: "2028年" for one year, "2028—2029年" for a project split over years. */
export function constructionPeriod(planYear: number, yearly: readonly YearlyBudget[]): string {
  const years = [...new Set(yearly.map((y) => y.year))].sort((a, b) => a - b);
  if (years.length === 0) return `${planYear}年`;
  return years.length > 1 ? `${years[0]}—${years[years.length - 1]}年` : `${years[0]}年`;
}

/** A project stays in the year's list once the plan put it there (Art.10(4)), whatever step it has reached since. */
export function isInAnnualList(planId: string | null): boolean {
  return planId !== null;
}
