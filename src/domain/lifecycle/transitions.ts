// Who may move a project from which stage, and where it goes. One table: the server checks it, the
// UI receives the same list as "actions" (and its labels from here), to-dos and notifications are
// derived from it. A new action is a row here, a use case in src/server/projects/actions/ and an
// entry in the web's action map — the compiler refuses the build until each is there.
import { STAGE_CODES, type Stage } from './stages.js';

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

/**
 * Where an action takes the project: a stage; 'stay' (the record changes, the stage does not); or one
 * of several, decided by the action's outcome (the fourth pre-review opinion, Art.10(2); a change
 * filed or declared again, Art.17). The use case names the outcome; the pipeline refuses one the
 * table does not list.
 */
export type Destination = Stage | 'stay' | readonly (Stage | 'stay')[];

export interface TransitionDef {
  from: readonly Stage[];
  to: Destination;
  actor: Actor;
  /** The one label of the action — buttons, to-dos, notifications, history — in zh-CN and English. */
  zh: string;
  en: string;
  article: string;
}

const AFTER_PLAN: readonly Stage[] = ['listed', 'joint_review', 'revision', 'form_pending', 'approved'];

const t = (from: readonly Stage[], to: Destination, actor: Actor, zh: string, en: string, article: string) => ({
  from,
  to,
  actor,
  zh,
  en,
  article,
});

export const TRANSITIONS: Record<ProjectAction, TransitionDef> = {
  edit: t(['draft', 'returned'], 'stay', 'declarant', '编辑申报信息', 'Edit the declaration', 'Art.10(1)'),
  submit: t(['draft', 'returned'], ['sector_review', 'submitted'], 'declarant', '提交申报', 'Submit', 'Art.8, 10(1)'),
  withdraw: t(['sector_review', 'submitted'], 'draft', 'declarant', '撤回申报', 'Withdraw', 'Art.10(1)'),
  forward: t(['sector_review'], 'submitted', 'sector_authority', '审核通过并统一申报', 'Approve and forward', 'Art.9'),
  sector_return: t(['sector_review'], 'returned', 'sector_authority', '退回修改', 'Return to the unit', 'Art.9'),
  pre_review_opinion: t(
    ['submitted', 'pre_review'],
    ['pre_review', 'returned', 'pre_review_failed', 'pre_review_passed'],
    'review_party',
    '出具预审意见',
    'Give a pre-review opinion',
    'Art.10(2)',
  ),
  budget_review: t(
    ['pre_review_passed'],
    ['budgeted', 'budget_refused'],
    'finance',
    '预算审核',
    'Budget review',
    'Art.10(3)',
  ),
  issue_plan: t(['budgeted'], 'listed', 'data_bureau', '下达计划', 'Issue the plan', 'Art.10(4)'),
  submit_application: t(
    ['listed'],
    'joint_review',
    'declarant',
    '提交项目审核申报',
    'Submit the application',
    'Art.11, 12',
  ),
  ndrc_approve: t(
    ['joint_review', 'revision', 'form_pending', 'approved'],
    'stay',
    'ndrc',
    '录入立项批复',
    'Record the project approval',
    'Art.12',
  ),
  joint_review_opinion: t(
    ['joint_review'],
    ['stay', 'revision', 'joint_review_failed'],
    'review_party',
    '出具联审意见',
    'Give a joint-review opinion',
    'Art.13',
  ),
  record_control_price: t(
    ['joint_review', 'revision', 'form_pending'],
    'stay',
    'finance',
    '录入招标控制价',
    'Record the tender control price',
    'Art.13',
  ),
  record_meeting: t(
    ['joint_review', 'revision'],
    'stay',
    'data_bureau',
    '登记线下评审会',
    'Record an offline review meeting',
    'Art.13',
  ),
  submit_revision: t(['revision'], 'form_pending', 'declarant', '提交方案终稿', 'Submit the final version', 'Art.14'),
  approve: t(['form_pending'], 'approved', 'data_bureau', '审核批复', 'Approve', 'Art.14'),
  request_decentral: t(AFTER_PLAN, 'stay', 'declarant', '申请分散建设', 'Ask for decentralised construction', 'Art.15'),
  record_decentral: t(
    AFTER_PLAN,
    'stay',
    'data_bureau',
    '登记分散建设审批',
    'Record decentralised-construction approvals',
    'Art.15',
  ),
  record_procurement: t(
    ['budgeted', ...AFTER_PLAN],
    'contracted',
    'declarant',
    '登记采购与合同',
    'Record procurement and contract',
    'Art.16, 18',
  ),
  record_supervision: t(
    ['contracted', 'construction'],
    'stay',
    'declarant',
    '登记监理合同',
    'Record the supervision contract',
    'Art.19',
  ),
  start_construction: t(['contracted'], 'construction', 'declarant', '开始建设', 'Start construction', 'Art.15, 19'),
  file_change: t(['contracted', 'construction'], ['stay', 'listed'], 'declarant', '调整变更', 'Change', 'Art.17'),
};

export const PROJECT_ACTIONS = Object.keys(TRANSITIONS) as ProjectAction[];

/** The stages an action may end in ('stay' = where it started). */
export function destinationsOf(action: ProjectAction): readonly (Stage | 'stay')[] {
  const to = TRANSITIONS[action].to;
  return typeof to === 'string' ? [to] : to;
}

/**
 * The stage the project goes to: the table's one destination, or the outcome the use case chose among
 * the table's. A choice the table does not allow is a programming error, not a user error.
 */
export function destination(action: ProjectAction, from: Stage, chosen?: Stage | 'stay'): Stage {
  const allowed = destinationsOf(action);
  const pick = chosen ?? (allowed.length === 1 ? allowed[0] : undefined);
  if (pick === undefined) throw new Error(`${action}: the use case must choose one of ${allowed.join(', ')}`);
  if (!allowed.includes(pick) && !(pick === from && allowed.includes('stay')))
    throw new Error(`${action} cannot go to ${pick}; the transition table allows ${allowed.join(', ')}`);
  return pick === 'stay' ? from : pick;
}

/** Stages in which the declarant may still edit the form and its documents (where `edit` is allowed). */
export const EDITABLE_STAGES: readonly Stage[] = TRANSITIONS.edit.from;

/** Stages a reviewer party may give a pre-review opinion in (the pre-review round is open). */
export const PRE_REVIEW_OPEN: readonly Stage[] = TRANSITIONS.pre_review_opinion.from;

/** Stages with no action that moves the project on: the end of its road so far. */
export function stagesWithoutExit(): Stage[] {
  return STAGE_CODES.filter(
    (s) => !PROJECT_ACTIONS.some((a) => canTake(a, s) && destinationsOf(a).some((d) => d !== 'stay' && d !== s)),
  );
}

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
