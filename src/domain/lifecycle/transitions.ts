// Who may move a project from which stage, and where it goes. One table, checked by the server;
// the UI receives the same list as "actions" so it offers only what is allowed.
import type { Stage } from './stages.js';

export type ProjectAction =
  | 'edit'
  | 'submit'
  | 'withdraw'
  | 'forward'
  | 'sector_return'
  | 'pre_review_opinion'
  | 'budget_review'
  | 'issue_plan'
  | 'submit_application'
  | 'ndrc_approve'
  | 'joint_review_opinion'
  | 'record_control_price'
  | 'record_meeting'
  | 'submit_revision'
  | 'approve'
  | 'request_decentral'
  | 'record_decentral'
  | 'record_procurement'
  | 'record_supervision'
  | 'start_construction'
  | 'file_change';

/** Whose action it is, by the relation of the person's organisation to the project. */
export type Actor = 'declarant' | 'sector_authority' | 'review_party' | 'finance' | 'data_bureau' | 'ndrc';

const AFTER_PLAN: readonly Stage[] = ['listed', 'joint_review', 'revision', 'form_pending', 'approved'];

export interface TransitionDef {
  from: readonly Stage[];
  actor: Actor;
  zh: string;
  en: string;
  article: string;
}

export const TRANSITIONS: Record<ProjectAction, TransitionDef> = {
  edit: {
    from: ['draft', 'returned'],
    actor: 'declarant',
    zh: '编辑申报信息',
    en: 'Edit the declaration',
    article: 'Art.10(1)',
  },
  submit: { from: ['draft', 'returned'], actor: 'declarant', zh: '提交申报', en: 'Submit', article: 'Art.8, 10(1)' },
  withdraw: {
    from: ['sector_review', 'submitted'],
    actor: 'declarant',
    zh: '撤回申报',
    en: 'Withdraw',
    article: 'Art.10(1)',
  },
  forward: {
    from: ['sector_review'],
    actor: 'sector_authority',
    zh: '审核通过并统一申报',
    en: 'Forward',
    article: 'Art.9',
  },
  sector_return: {
    from: ['sector_review'],
    actor: 'sector_authority',
    zh: '退回修改',
    en: 'Return to the unit',
    article: 'Art.9',
  },
  pre_review_opinion: {
    from: ['submitted', 'pre_review'],
    actor: 'review_party',
    zh: '出具预审意见',
    en: 'Give a pre-review opinion',
    article: 'Art.10(2)',
  },
  budget_review: {
    from: ['pre_review_passed'],
    actor: 'finance',
    zh: '预算审核',
    en: 'Budget review',
    article: 'Art.10(3)',
  },
  issue_plan: { from: ['budgeted'], actor: 'data_bureau', zh: '下达计划', en: 'Issue the plan', article: 'Art.10(4)' },
  submit_application: {
    from: ['listed'],
    actor: 'declarant',
    zh: '提交项目审核申报',
    en: 'Submit the application',
    article: 'Art.11, 12',
  },
  ndrc_approve: {
    from: ['joint_review', 'revision', 'form_pending', 'approved'],
    actor: 'ndrc',
    zh: '录入立项批复',
    en: 'Record the project approval',
    article: 'Art.12',
  },
  joint_review_opinion: {
    from: ['joint_review'],
    actor: 'review_party',
    zh: '出具联审意见',
    en: 'Give a joint-review opinion',
    article: 'Art.13',
  },
  record_control_price: {
    from: ['joint_review', 'revision', 'form_pending'],
    actor: 'finance',
    zh: '录入招标控制价',
    en: 'Record the tender control price',
    article: 'Art.13',
  },
  record_meeting: {
    from: ['joint_review', 'revision'],
    actor: 'data_bureau',
    zh: '登记线下评审会',
    en: 'Record an offline review meeting',
    article: 'Art.13',
  },
  submit_revision: {
    from: ['revision'],
    actor: 'declarant',
    zh: '提交方案终稿',
    en: 'Submit the final version',
    article: 'Art.14',
  },
  approve: { from: ['form_pending'], actor: 'data_bureau', zh: '审核批复', en: 'Approve', article: 'Art.14' },
  request_decentral: {
    from: AFTER_PLAN,
    actor: 'declarant',
    zh: '申请分散建设',
    en: 'Ask for decentralised construction',
    article: 'Art.15',
  },
  record_decentral: {
    from: AFTER_PLAN,
    actor: 'data_bureau',
    zh: '登记分散建设审批',
    en: 'Record decentralised-construction approvals',
    article: 'Art.15',
  },
  record_procurement: {
    from: ['budgeted', ...AFTER_PLAN],
    actor: 'declarant',
    zh: '登记采购与合同',
    en: 'Record procurement and contract',
    article: 'Art.16, 18',
  },
  record_supervision: {
    from: ['contracted', 'construction'],
    actor: 'declarant',
    zh: '登记监理合同',
    en: 'Record the supervision contract',
    article: 'Art.19',
  },
  start_construction: {
    from: ['contracted'],
    actor: 'declarant',
    zh: '开始建设',
    en: 'Start construction',
    article: 'Art.15, 19',
  },
  file_change: {
    from: ['contracted', 'construction'],
    actor: 'declarant',
    zh: '调整变更',
    en: 'Change',
    article: 'Art.17',
  },
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

/** Facts besides the stage that decide whether an action is open to the person now. */
export interface ActionFacts {
  ndrcRequired: boolean;
  ndrcApproved: boolean;
  decentralRequested: boolean;
  /** Both approvals of Art.15 recorded. */
  decentralApproved: boolean;
  supervised: boolean;
  /** The person's review party has already spoken in the current pre-review round / the joint review. */
  spokePreReview: boolean;
  spokeJointReview: boolean;
}

/**
 * Whether an action the stage allows is still to be done: 区发改局 approves only where R-NDRC applies
 * and once (Art.12); decentralised construction is asked once and approved until both approvals are
 * in (Art.15); one supervision contract (Art.19); each party speaks once per review (Art.10(2), 13).
 */
export function actionOpen(action: ProjectAction, f: ActionFacts): boolean {
  switch (action) {
    case 'ndrc_approve':
      return f.ndrcRequired && !f.ndrcApproved;
    case 'request_decentral':
      return !f.decentralRequested;
    case 'record_decentral':
      return f.decentralRequested && !f.decentralApproved;
    case 'record_supervision':
      return !f.supervised;
    case 'pre_review_opinion':
      return !f.spokePreReview;
    case 'joint_review_opinion':
      return !f.spokeJointReview;
    default:
      return true;
  }
}
