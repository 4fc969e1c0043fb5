// Rule tests as data (OpenFisca style): a name, a partial input merged (shallowly) over a valid
// baseline, and the exact findings expected — or 'none-blocking'.
import type { Edition } from '../../editions/types.js';
import type { DeclarationInput } from '../declaration-input.js';
import type { BudgetReviewInput, PlanIssueInput } from '../stage-inputs.js';
import type { RuleId, Severity } from '../types.js';

/**
 * One expected finding. If any expectation of a case gives `field`, all must, and fields are
 * compared too; otherwise only (rule, severity) pairs are compared. Either way the comparison is
 * an exact multiset: a missing or an extra finding fails the case.
 */
export interface Expected {
  rule: RuleId;
  severity: Severity;
  field?: string;
}

export type Expect = readonly Expected[] | 'none-blocking';

interface CaseBase {
  name: string;
  expect: Expect;
  /** Defaults to the sucheng-2024 edition. */
  edition?: Edition;
}

export type DeclareCase = CaseBase & { stage?: 'declare'; input: Partial<DeclarationInput> };
export type BudgetReviewCase = CaseBase & { stage: 'budget_review'; input: Partial<BudgetReviewInput> };
export type PlanIssueCase = CaseBase & { stage: 'issue_plan'; input: Partial<PlanIssueInput> };
export type RuleCase = DeclareCase | BudgetReviewCase | PlanIssueCase;

/** Shorthand for an expectation. */
export const x = (rule: RuleId, severity: Severity, field?: string): Expected =>
  field === undefined ? { rule, severity } : { rule, severity, field };
