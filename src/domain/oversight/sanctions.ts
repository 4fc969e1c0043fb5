// The rectification ladder of Art.33 (R-RECTIFY, SPEC §4): "建设项目未实现批复的建设目标或未达到预期效果的，
// 申报单位应会同实施单位限期整改；对拒不整改或整改后仍不符合要求的，将通报批评、暂缓拨付建设资金及运维经费、
// 暂停项目建设，直至项目终止。" Pure: the levels, one step up per refused or failed rectification, what each
// level refuses, and which action belongs to which scope (an exhaustive map over the transition table, so a
// new action does not compile until someone says whether a sanction stops it). Interpretations: docs/rules.md.
import type { Stage } from '../lifecycle/stages.js';
import type { ProjectAction } from '../lifecycle/transitions.js';

/** The four steps of the ladder, in order (the Measures' words). Each includes the ones before it. */
export const SANCTION_LEVELS = {
  criticism: { zh: '通报批评', en: 'Public criticism', article: 'Art.33', rank: 1 },
  funds_suspended: {
    zh: '暂缓拨付建设资金及运维经费',
    en: 'Build and O&M funds suspended',
    article: 'Art.33',
    rank: 2,
  },
  suspended: { zh: '暂停项目建设', en: 'Construction suspended', article: 'Art.33', rank: 3 },
  terminated: { zh: '项目终止', en: 'Project terminated', article: 'Art.33', rank: 4 },
} as const;
export type SanctionLevel = keyof typeof SANCTION_LEVELS;
export const SANCTION_LADDER = Object.keys(SANCTION_LEVELS) as SanctionLevel[];

/** The data bureau's judgement of a rectification (Art.33 "拒不整改或整改后仍不符合要求"). */
export const RECTIFICATION_DECISIONS = {
  accepted: { zh: '整改合格', en: 'Rectified' },
  refused: { zh: '拒不整改', en: 'Refused to rectify' },
  failed: { zh: '整改后仍不符合要求', en: 'Still not compliant after rectification' },
} as const;
export type RectificationDecision = keyof typeof RECTIFICATION_DECISIONS;

/** The next step of the ladder after a refusal or failure: one step at a time, in the Measures' order. */
export function nextSanction(current: SanctionLevel | null): SanctionLevel {
  if (current === null) return 'criticism';
  if (current === 'terminated') throw new RangeError('R-RECTIFY: a terminated project has no further step');
  return SANCTION_LADDER[SANCTION_LADDER.indexOf(current) + 1];
}

/** Whether `level` is at or above `step` (a suspended project's funds are suspended too). */
export function isAtLeast(level: SanctionLevel | null, step: SanctionLevel): boolean {
  return level !== null && SANCTION_LEVELS[level].rank >= SANCTION_LEVELS[step].rank;
}

/** What a sanction stops: money (暂缓拨付), building (暂停项目建设), or nothing but termination. */
export type SanctionScope = 'funds' | 'construction' | 'oversight';

/**
 * Which actions each sanction stops. `funds`: payments and disbursements (暂缓拨付建设资金及运维经费).
 * `construction`: every step that moves the project on (暂停项目建设). `oversight`: the reports and
 * evaluations the Measures still demand of a sanctioned project, and the rectification itself — these
 * stop only at termination.
 */
export const ACTION_SCOPE: Record<ProjectAction, SanctionScope> = {
  edit: 'construction',
  submit: 'construction',
  withdraw: 'construction',
  forward: 'construction',
  sector_return: 'construction',
  pre_review_opinion: 'construction',
  budget_review: 'construction',
  issue_plan: 'construction',
  submit_application: 'construction',
  ndrc_approve: 'construction',
  joint_review_opinion: 'construction',
  record_control_price: 'construction',
  record_meeting: 'construction',
  submit_revision: 'construction',
  approve: 'construction',
  request_decentral: 'construction',
  record_decentral: 'construction',
  record_procurement: 'construction',
  record_supervision: 'construction',
  start_construction: 'construction',
  file_change: 'construction',
  resubmit_change: 'construction',
  start_service: 'construction',
  record_progress: 'construction',
  record_payment: 'funds',
  file_supervision_report: 'oversight',
  draft_self_evaluation: 'oversight',
  self_evaluation_opinion: 'oversight',
  self_evaluation_supervision: 'oversight',
  file_self_evaluation: 'oversight',
  record_trial_start: 'construction',
  submit_acceptance: 'construction',
  review_acceptance: 'construction',
  hold_acceptance: 'construction',
  submit_acceptance_report: 'construction',
  record_disbursement: 'funds',
  record_handover: 'construction',
  confirm_handover: 'construction',
  close: 'oversight',
  order_rectification: 'oversight',
  answer_rectification: 'oversight',
  judge_rectification: 'oversight',
};

/** The sanction that stops `action` on a project at `stage` under `level`, or null when none does. */
export function blockingSanction(
  level: SanctionLevel | null,
  stage: Stage,
  action: ProjectAction,
): SanctionLevel | null {
  // Termination is final: the stage says so even if the level were lost.
  if (stage === 'terminated' || level === 'terminated') return 'terminated';
  const scope = ACTION_SCOPE[action];
  if (scope === 'construction' && isAtLeast(level, 'suspended')) return 'suspended';
  if (scope === 'funds' && isAtLeast(level, 'funds_suspended'))
    return level === 'suspended' ? 'suspended' : 'funds_suspended';
  return null;
}
