// The rule registry and its runner. Checked rules are grouped by moment (the keys of StageInputs)
// with an exhaustive map, so adding a moment to StageInputs breaks the build here until its rules
// are listed. A rule checked at several moments has one Rule per moment, sharing its meta.
import type { Edition } from '../editions/types.js';
import {
  ruleAcceptOrderAtDisbursement,
  ruleAcceptOrderAtHold,
  ruleOmAcceptAtHold,
  ruleOmAcceptAtReport,
  ruleReport,
  ruleTrial,
  ruleWarranty,
} from './acceptance.js';
import { ruleNdrc, ruleNdrcSimple, ruleMaterialsAtApplication } from './application.js';
import {
  ruleDecentralApproval,
  ruleDecentralAtApproval,
  ruleDecentralAtProcurement,
  ruleDecentralRequest,
  ruleForm,
} from './approval.js';
import { ruleBudgetSum } from './budget.js';
import { ruleChange } from './change.js';
import { ruleProcure, ruleSupervision } from './construction.js';
import { ruleData, ruleScenario, ruleSharePrior } from './data-and-scenario.js';
import { ruleDeadline } from './deadline.js';
import { ruleCloud, ruleCommon } from './deployment.js';
import { ruleOmReport, ruleSelfEval } from './evaluation.js';
import { ruleExit } from './exit.js';
import { ruleRectifyJudgement, ruleRectifyOrder, ruleRectifySanction } from './rectify.js';
import { ruleRecovery } from './joint-review.js';
import { LATER_STAGE_RULES } from './later-stages.js';
import { ruleMonitorAtBudget, ruleMonitorAtDeclare, ruleNoFundsAtBudget } from './monitoring.js';
import { ruleChapters, ruleMaterials, rulePlanContent } from './materials.js';
import { rulePlanList, rulePreBeforeBudget } from './plan-gates.js';
import { ruleRevise3wd } from './revision.js';
import { ruleRoute } from './routing.js';
import { ruleForbidden, ruleOneSystem, ruleScopeHw } from './scope.js';
import { ruleClassified, ruleSecure } from './security.js';
import type { StageInputs } from './stage-inputs.js';
import {
  RULE_IDS,
  type CatalogueEntry,
  type CheckedStage,
  type Finding,
  type Rule,
  type RuleId,
  type RuleMeta,
} from './types.js';

/** Checked rules per moment, in SPEC §4 order (findings come out in this order). */
export const CHECKED_RULES: { readonly [S in CheckedStage]: readonly Rule<S>[] } = {
  declare: [
    ruleScopeHw,
    ruleData,
    ruleScenario,
    ruleCloud,
    ruleCommon,
    ruleSharePrior,
    ruleDeadline,
    ruleRoute,
    ruleMaterials,
    rulePlanContent,
    ruleBudgetSum,
    ruleOneSystem,
    ruleForbidden,
    ruleChapters,
    ruleClassified,
    ruleSecure,
    ruleMonitorAtDeclare,
  ],
  budget_review: [rulePreBeforeBudget, ruleMonitorAtBudget, ruleNoFundsAtBudget],
  issue_plan: [rulePlanList],
  application: [ruleMaterialsAtApplication, ruleNdrc, ruleNdrcSimple],
  control_price: [ruleRecovery],
  revision: [ruleRevise3wd],
  approval: [ruleForm, ruleDecentralAtApproval],
  decentral_request: [ruleDecentralRequest],
  decentral_approval: [ruleDecentralApproval],
  procurement: [ruleProcure, ruleDecentralAtProcurement],
  construction: [ruleSupervision],
  change: [ruleChange],
  acceptance_hold: [ruleTrial, ruleAcceptOrderAtHold, ruleOmAcceptAtHold],
  acceptance_report: [ruleReport, ruleOmAcceptAtReport],
  disbursement: [ruleAcceptOrderAtDisbursement],
  handover: [ruleWarranty],
  self_evaluation: [ruleSelfEval],
  om_report: [ruleOmReport],
  exit: [ruleExit],
  rectification_order: [ruleRectifyOrder],
  rectification_judgement: [ruleRectifyJudgement],
  sanction: [ruleRectifySanction],
};

const CHECKED_LIST: readonly RuleMeta[] = Object.values(CHECKED_RULES).flat();

/** Ids that some Rule of CHECKED_RULES checks: exactly the catalogue's checked ones. */
export const CHECKED_IDS: ReadonlySet<RuleId> = new Set(CHECKED_LIST.map((r) => r.id));

function buildRegistry(): ReadonlyMap<RuleId, RuleMeta> {
  const all = new Map<RuleId, RuleMeta>();
  for (const r of CHECKED_LIST) if (!all.has(r.id)) all.set(r.id, r);
  for (const r of LATER_STAGE_RULES) {
    if (all.has(r.id))
      throw new Error(`Rule ${r.id} is checked: its meta belongs next to its check, not in later-stages.ts`);
    all.set(r.id, r);
  }
  return all;
}

/** Every rule, checked or catalogue-only, by id (a rule checked at several moments: its first Rule). */
const ALL: ReadonlyMap<RuleId, RuleMeta> = buildRegistry();

/** Runs every checked rule of `stage` against `input` under `edition`. */
export function runRules<S extends CheckedStage>(stage: S, input: StageInputs[S], edition: Edition): Finding[] {
  const rules: readonly Rule<S>[] = CHECKED_RULES[stage];
  return rules.flatMap((r) => r.check(input, edition));
}

export function hasBlocking(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'block');
}

export function getRuleMeta(id: RuleId): RuleMeta {
  const r = ALL.get(id);
  if (!r) throw new Error(`Rule ${id} is not registered`);
  return r;
}

/** Every rule of SPEC §4 in order, with the parameter values of `edition` (plain JSON). */
export function ruleCatalog(edition: Edition): CatalogueEntry[] {
  return RULE_IDS.map((id) => {
    const r = getRuleMeta(id);
    return {
      id: r.id,
      article: r.article,
      stage: r.stage,
      severity: r.severity,
      effects: r.effects,
      title: r.title,
      titleEn: r.titleEn,
      params: r.params(edition),
      checked: CHECKED_IDS.has(id),
    };
  });
}
