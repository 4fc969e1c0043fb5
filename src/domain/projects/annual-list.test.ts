import { describe, expect, it } from 'vitest';
import { constructionPeriod, currentYearBudget, isInAnnualList } from './annual-list.js';

describe('annual list row (Art.10(4))', () => {
  it('this year’s budget is the year’s line when split, the total when not', () => {
    expect(currentYearBudget(2028, 500_000_00, [])).toBe(500_000_00);
    expect(
      currentYearBudget(2028, 500_000_00, [
        { year: 2028, amountFen: 300_000_00 },
        { year: 2029, amountFen: 200_000_00 },
      ]),
    ).toBe(300_000_00);
    expect(currentYearBudget(2028, 500_000_00, [{ year: 2029, amountFen: 500_000_00 }])).toBe(0);
  });
  it('the period spans the yearly lines in order', () => {
    expect(constructionPeriod(2028, [])).toBe('2028年');
    expect(constructionPeriod(2028, [{ year: 2028, amountFen: 1 }])).toBe('2028年');
    expect(
      constructionPeriod(2028, [
        { year: 2030, amountFen: 1 },
        { year: 2028, amountFen: 1 },
        { year: 2029, amountFen: 1 },
      ]),
    ).toBe('2028—2030年');
  });
  it('a project stays listed once the plan put it there', () => {
    expect(isInAnnualList(null)).toBe(false);
    expect(isInAnnualList('8c0a6f6e-0000-4000-8000-000000000000')).toBe(true);
  });
});
