// Joint review (联审): SPEC §3 step 7, rule R-RECOVERY; Measures Art.13: "区数据局组织联审部门按照职责分工，
// 通过宿城区信息化项目管理平台，对项目在一体化平台上集约建设、系统整合、数据共享、业务协同、网络安全、项目概算等
// 方面进行线上审核把关，并反馈正式意见，预算超过审核确定的招标控制价部分区财政予以收回。"
import type { Edition, JointReviewPartyCode } from '../editions/types.js';
import type { Fen } from '../money.js';
import { recoveryFinding } from '../rules/joint-review.js';
import { recoveryFen } from '../rules/later-stage-calcs.js';
import { preReviewOutcome, type PreReviewOutcome } from '../rules/plan-gates.js';
import type { PreReviewOpinion } from '../rules/stage-inputs.js';
import type { Finding } from '../rules/types.js';

/** The six aspects of Art.13 ("等方面": the list is not closed, but these six are always asked). */
export const JOINT_REVIEW_DIMENSIONS = [
  { code: 'intensive', zh: '集约建设', en: 'Intensive construction (on the integrated platform)', article: 'Art.13' },
  { code: 'integration', zh: '系统整合', en: 'System integration', article: 'Art.13' },
  { code: 'sharing', zh: '数据共享', en: 'Data sharing', article: 'Art.13' },
  { code: 'collaboration', zh: '业务协同', en: 'Business collaboration', article: 'Art.13' },
  { code: 'security', zh: '网络安全', en: 'Network security', article: 'Art.13' },
  { code: 'estimate', zh: '项目概算', en: 'Project budget estimate', article: 'Art.13' },
] as const;

export type JointReviewDimension = (typeof JOINT_REVIEW_DIMENSIONS)[number]['code'];

export type JointReviewDecision = PreReviewOpinion;

/** The conclusions as the forms print them: a pre-review 'return' sends it back (Art.10(2)); a joint-review one passes after revision (Art.13, 14). */
export const PRE_REVIEW_DECISION_ZH: Record<JointReviewDecision, string> = {
  pass: '通过',
  return: '退回修改',
  fail: '不予通过',
};
export const JOINT_REVIEW_DECISION_ZH: Record<JointReviewDecision, string> = {
  pass: '通过',
  return: '修改后通过',
  fail: '不予通过',
};
export type JointReviewOutcome = PreReviewOutcome;

/** A party's formal opinion (反馈正式意见): a decision and, optionally, a remark per aspect. */
export interface JointReviewOpinion {
  decision: JointReviewDecision;
  remarks?: Partial<Record<JointReviewDimension, string>>;
}

/**
 * Outcome of the joint review, with the pre-review's semantics (Art.10(2), reused): every party of
 * the edition must speak, no early veto; then any fail → 'failed', any return → 'returned', else
 * 'passed'. Accepts plain decisions or full opinions.
 */
export function jointReviewOutcome(
  opinions: Partial<Record<JointReviewPartyCode, JointReviewDecision | JointReviewOpinion>>,
  edition: Edition,
): JointReviewOutcome {
  const decisions: Partial<Record<JointReviewPartyCode, JointReviewDecision>> = {};
  for (const [party, o] of Object.entries(opinions) as [
    JointReviewPartyCode,
    JointReviewDecision | JointReviewOpinion | undefined,
  ][]) {
    if (o !== undefined) decisions[party] = typeof o === 'string' ? o : o.decision;
  }
  return preReviewOutcome(decisions, edition);
}

export interface RecoveryRecord {
  budgetFen: Fen;
  controlPriceFen: Fen;
  recoveryFen: Fen;
  finding: Finding;
}

/**
 * R-RECOVERY (Art.13): finance records the reviewed tender control price; the platform shows the
 * amount recovered, max(0, budget − control price) — computed by recoveryFen, never here; the finding
 * is the rule's (R-RECOVERY, runRules('control_price', …)).
 */
export function recoveryRecord(budgetFen: Fen, controlPriceFen: Fen): RecoveryRecord {
  const f = recoveryFinding(budgetFen, controlPriceFen); // validates both amounts
  return { budgetFen, controlPriceFen, recoveryFen: recoveryFen(budgetFen, controlPriceFen), finding: f };
}

/**
 * The joint review a project is in: 1 for its first application, +1 each time it applies again
 * (a change that must be re-declared sends it back, Art.17 ¶3). Kept in the route stored at
 * application; projects stored before rounds existed are in round 1.
 */
export function jointRoundOf(storedRoute: unknown): number {
  const r = (storedRoute as { jointRound?: unknown } | null)?.jointRound;
  return typeof r === 'number' && Number.isInteger(r) && r >= 1 ? r : 1;
}
