import { describe, expect, it } from 'vitest';
import { budgetAmountProblem } from './budget-review.js';

describe('budget review amount (Art.10(3))', () => {
  const total = 4_000_000_00;
  it('approves the declared total exactly, refuses one fen over', () => {
    expect(budgetAmountProblem('approve', total, total)).toBeNull();
    expect(budgetAmountProblem('approve', total + 1, total)?.code).toBe('AMOUNT_OVER_TOTAL');
  });
  it('an approval needs an amount above zero; a refusal needs none', () => {
    expect(budgetAmountProblem('approve', undefined, total)?.code).toBe('AMOUNT_REQUIRED');
    expect(budgetAmountProblem('approve', 0, total)?.code).toBe('AMOUNT_REQUIRED');
    expect(budgetAmountProblem('approve', 1, total)).toBeNull();
    expect(budgetAmountProblem('refuse', undefined, total)).toBeNull();
  });
});
