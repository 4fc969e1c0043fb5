// Who may move a project from which stage, and where it goes. One table, checked by the server;
// the UI receives the same list as "actions" so it offers only what is allowed.
import type { Stage } from './stages.js';

export type ProjectAction =
  | 'edit' | 'submit' | 'withdraw' | 'forward' | 'sector_return' | 'pre_review_opinion'
  | 'budget_review' | 'issue_plan';

/** Whose action it is, by the relation of the person's organisation to the project. */
export type Actor = 'declarant' | 'sector_authority' | 'review_party' | 'finance' | 'data_bureau';

export interface TransitionDef {
  from: readonly Stage[];
  actor: Actor;
  zh: string;
  en: string;
  article: string;
}

export const TRANSITIONS: Record<ProjectAction, TransitionDef> = {
  edit: { from: ['draft', 'returned'], actor: 'declarant', zh: '编辑申报信息', en: 'Edit the declaration', article: 'Art.10(1)' },
  submit: { from: ['draft', 'returned'], actor: 'declarant', zh: '提交申报', en: 'Submit', article: 'Art.8, 10(1)' },
  withdraw: { from: ['sector_review', 'submitted'], actor: 'declarant', zh: '撤回申报', en: 'Withdraw', article: 'Art.10(1)' },
  forward: { from: ['sector_review'], actor: 'sector_authority', zh: '审核通过并统一申报', en: 'Forward', article: 'Art.9' },
  sector_return: { from: ['sector_review'], actor: 'sector_authority', zh: '退回修改', en: 'Return to the unit', article: 'Art.9' },
  pre_review_opinion: { from: ['submitted', 'pre_review'], actor: 'review_party', zh: '出具预审意见', en: 'Give a pre-review opinion', article: 'Art.10(2)' },
  budget_review: { from: ['pre_review_passed'], actor: 'finance', zh: '预算审核', en: 'Budget review', article: 'Art.10(3)' },
  issue_plan: { from: ['budgeted'], actor: 'data_bureau', zh: '下达计划', en: 'Issue the plan', article: 'Art.10(4)' },
};

export function canTake(action: ProjectAction, stage: Stage): boolean {
  return TRANSITIONS[action].from.includes(stage);
}

export type PreReviewDecision = 'pass' | 'return' | 'fail';

/**
 * Where the project goes when a pre-review opinion arrives (Art.10(2)). Every party must speak:
 * no early veto. When the last of the parties has spoken: any fail → failed; else any return →
 * returned; else passed.
 */
export function stageAfterOpinion(decisions: readonly (PreReviewDecision | undefined)[]): Stage {
  if (decisions.some((d) => d === undefined)) return 'pre_review';
  if (decisions.includes('fail')) return 'pre_review_failed';
  if (decisions.includes('return')) return 'returned';
  return 'pre_review_passed';
}
