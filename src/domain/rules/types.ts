// Rule engine types (SPEC §4). A rule cites its article, names the moment it applies, and turns
// an input into findings; thresholds and lists come from the Edition, never from the rule.
import type { Edition } from '../editions/types.js';
import type { StageInputs } from './stage-inputs.js';

export const RULE_IDS = [
  // Annual plan: declaration and the two plan gates (checked here)
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
  // Later stages (catalogue; see later-stages.ts)
  'R-NDRC',
  'R-NDRC-SIMPLE',
  'R-RECOVERY',
  'R-REVISE-3WD',
  'R-FORM',
  'R-DECENTRAL',
  'R-PROCURE',
  'R-SUPERVISION',
  'R-CHANGE',
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
export type RuleStage =
  | 'declare'
  | 'budget_review'
  | 'issue_plan'
  | 'application'
  | 'joint_review'
  | 'revision'
  | 'approval'
  | 'procurement'
  | 'construction'
  | 'change'
  | 'acceptance'
  | 'operation'
  | 'evaluation'
  | 'exit';

/** Stages whose rules have a check() here. */
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

export interface Rule<S extends CheckedStage = CheckedStage> extends RuleMeta {
  stage: S;
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
  /** True when runRules() evaluates it; false for later-stage rules listed for completeness. */
  checked: boolean;
}
