// Rule engine types (SPEC §4). A rule cites its article, names the moment it applies, and turns
// an input into findings; thresholds and lists come from the Edition, never from the rule.
import type { Edition } from '../editions/types.js';
import type { StageInputs } from './stage-inputs.js';

export const RULE_IDS = [
  // Annual plan: declaration and the two plan gates
  'R-SCOPE-HW',
  'R-DATA',
  'R-SCENARIO',
  'R-CLOUD',
  'R-COMMON',
  'R-SHARE-PRIOR',
  'R-DEADLINE',
  'R-ROUTE',
  'R-MATERIALS',
  'R-PLAN-CONTENT',
  'R-BUDGET-SUM',
  'R-ONE-SYSTEM',
  'R-FORBIDDEN',
  'R-CHAPTERS',
  'R-CLASSIFIED',
  'R-SECURE',
  'R-PRE-BEFORE-BUDGET',
  'R-PLAN-LIST',
  // Application to change (Art.11–19): checked at the moments of StageInputs
  'R-NDRC',
  'R-NDRC-SIMPLE',
  'R-RECOVERY',
  'R-REVISE-3WD',
  'R-FORM',
  'R-DECENTRAL',
  'R-PROCURE',
  'R-SUPERVISION',
  'R-CHANGE',
  // Acceptance, operation, evaluation, exit (Art.24–33): checked, except R-MONITOR, R-NO-FUNDS and
  // R-RECTIFY (catalogue only for now; see later-stages.ts)
  'R-TRIAL',
  'R-ACCEPT-ORDER',
  'R-REPORT',
  'R-WARRANTY',
  'R-OM-ACCEPT',
  'R-SELF-EVAL',
  'R-OM-REPORT',
  'R-MONITOR',
  'R-NO-FUNDS',
  'R-RECTIFY',
  'R-EXIT',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

export type Severity = 'block' | 'warn' | 'info';

/** What the platform does with a rule's outcome (SPEC §4 "effect" column). */
export type RuleEffect = 'block' | 'warn' | 'info' | 'record' | 'overdue' | 'route';

/** The moment a rule applies (SPEC §3 lifecycle). */
export const RULE_STAGES = [
  'declare',
  'budget_review',
  'issue_plan',
  'application',
  'joint_review',
  'revision',
  'approval',
  'procurement',
  'construction',
  'change',
  'acceptance',
  'operation',
  'evaluation',
  'exit',
] as const;
export type RuleStage = (typeof RULE_STAGES)[number];

/**
 * The moments at which runRules() evaluates rules: the keys of StageInputs. Not the same list as
 * RuleStage: a rule keeps the SPEC §4 moment in its meta (R-DECENTRAL: 'approval') and may be
 * checked at several moments (approval, procurement, the request and its approvals).
 */
export type CheckedStage = keyof StageInputs;

export interface Finding {
  rule: RuleId;
  article: string;
  severity: Severity;
  /** zh-CN, in the regulation's words, citing the article. */
  message: string;
  messageEn: string;
  /** Input path the finding is about, e.g. 'budgetBreakdown' or 'materials.construction_plan'. */
  field?: string;
  /**
   * The problem code a refusal built from this (blocking) finding uses, e.g. 'DOCUMENTS_MISSING'.
   * Absent = 'RULE_BLOCKED'.
   */
  code?: string;
}

export interface RuleMeta {
  id: RuleId;
  article: string;
  stage: RuleStage;
  /** The strongest severity the rule produces. */
  severity: Severity;
  effects: readonly RuleEffect[];
  title: string;
  titleEn: string;
  /** Parameter values in force (with their own citations), e.g. for GET /api/v1/rules. */
  params(edition: Edition): Record<string, unknown>;
}

/**
 * A check of one rule at one moment S (a key of StageInputs). Its meta is the rule's, so `stage` is
 * the SPEC §4 moment, which may differ from S; several Rule objects may share an id and its meta
 * (one per moment the rule applies), and the catalogue lists the id once.
 */
export interface Rule<S extends CheckedStage = CheckedStage> extends RuleMeta {
  check(input: StageInputs[S], edition: Edition): Finding[];
}

/** A rule as listed by ruleCatalog(): plain JSON. */
export interface CatalogueEntry {
  id: RuleId;
  article: string;
  stage: RuleStage;
  severity: Severity;
  effects: readonly RuleEffect[];
  title: string;
  titleEn: string;
  params: Record<string, unknown>;
  /** True exactly when some Rule of CHECKED_RULES has this id (runRules() evaluates it somewhere). */
  checked: boolean;
}
