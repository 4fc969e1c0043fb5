// 预算审核 (Art.10(3)): the amount finance approves. Pure: the handler turns a problem into a 400.
import type { Fen } from '../money.js';

export type BudgetDecision = 'approve' | 'refuse';
export interface BudgetAmountProblem {
  code: 'AMOUNT_REQUIRED' | 'AMOUNT_OVER_TOTAL';
  zh: string;
  en: string;
  article: string;
}

/**
 * An approval states an amount above zero and not above the declared total (finance approves
 * what was declared or less; more would be a new declaration). A refusal states none.
 */
export function budgetAmountProblem(
  decision: BudgetDecision,
  approvedFen: Fen | undefined,
  declaredTotalFen: Fen,
): BudgetAmountProblem | null {
  if (decision === 'approve' && (approvedFen === undefined || approvedFen <= 0)) {
    return {
      code: 'AMOUNT_REQUIRED',
      zh: '请填写审核确定的预算金额（大于零）',
      en: 'State the approved amount (above zero)',
      article: 'Art.10(3)',
    };
  }
  if (approvedFen !== undefined && approvedFen > declaredTotalFen) {
    return {
      code: 'AMOUNT_OVER_TOTAL',
      zh: '审核金额不能超过项目申报总投资',
      en: 'The approved amount cannot exceed the declared total',
      article: 'Art.10(3)',
    };
  }
  return null;
}
