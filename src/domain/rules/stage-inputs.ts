// Inputs of the stages whose rules are checked here.
import type { JointReviewPartyCode } from '../editions/types.js';
import type { Fen } from '../money.js';
import type { DeclarationInput } from './declaration-input.js';

export type PreReviewOpinion = 'pass' | 'return' | 'fail';

/** Budget review (预算审核, Art.10(3)): the pre-review opinions given so far. */
export interface BudgetReviewInput {
  preReviewOpinions: Partial<Record<JointReviewPartyCode, PreReviewOpinion>>;
}

/** Plan issue (下达计划, Art.10(4)). */
export interface PlanIssueInput {
  /** The amount finance approved in the budget review; null when none. */
  approvedBudgetFen: Fen | null;
  /** The district government's consent, with its document number. */
  governmentConsent: { docNumber: string; date?: string | null } | null;
}

export interface StageInputs {
  declare: DeclarationInput;
  budget_review: BudgetReviewInput;
  issue_plan: PlanIssueInput;
}
