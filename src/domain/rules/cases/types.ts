// Rule tests as data (OpenFisca style): a name, a partial input merged (shallowly) over a valid
// baseline of its moment (cases/baseline.ts), and the exact findings expected — or 'none-blocking'.
import type { Edition } from '../../editions/types.js';
import type { DeclarationInput } from '../declaration-input.js';
import type { BudgetReviewInput, PlanIssueInput, StageInputs } from '../stage-inputs.js';
import type { CheckedStage, RuleId, Severity } from '../types.js';

/**
 * One expected finding. If any expectation of a case gives `field`, all must, and fields are
 * compared too; otherwise only (rule, severity) pairs are compared. If any gives `code`, codes are
 * compared too (an expectation without one expects a finding without one). Either way the
 * comparison is an exact multiset: a missing or an extra finding fails the case.
 */
export interface Expected {
  rule: RuleId;
  severity: Severity;
  field?: string;
  code?: string;
}

export type Expect = readonly Expected[] | 'none-blocking';

interface CaseBase {
  name: string;
  expect: Expect;
  /** Defaults to the sucheng-2024 edition. */
  edition?: Edition;
  /** Substrings the findings' zh messages must contain (amounts, lines, the route taken…). */
  says?: readonly string[];
  /** Substrings no zh message may contain. */
  saysNot?: readonly string[];
}

export type DeclareCase = CaseBase & { stage?: 'declare'; input: Partial<DeclarationInput> };
/** A case of any other moment: `stage` names it (a key of StageInputs). */
export type StageCase<S extends CheckedStage> = CaseBase & { stage: S; input: Partial<StageInputs[S]> };
export type BudgetReviewCase = CaseBase & { stage: 'budget_review'; input: Partial<BudgetReviewInput> };
export type PlanIssueCase = CaseBase & { stage: 'issue_plan'; input: Partial<PlanIssueInput> };

type OtherStage = Exclude<CheckedStage, 'declare'>;
export type RuleCase = DeclareCase | { [S in OtherStage]: StageCase<S> }[OtherStage];

/** Shorthand for an expectation. */
export const x = (rule: RuleId, severity: Severity, field?: string, code?: string): Expected => ({
  rule,
  severity,
  ...(field === undefined ? {} : { field }),
  ...(code === undefined ? {} : { code }),
});
