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
  | 'file_change'
  | 'resubmit_change'
  // Delivery (Art.16–33)
  | 'start_service'
  | 'record_progress'
  | 'record_payment'
  | 'file_supervision_report'
  | 'draft_self_evaluation'
  | 'self_evaluation_opinion'
  | 'self_evaluation_supervision'
  | 'file_self_evaluation'
  | 'record_trial_start'
  | 'submit_acceptance'
  | 'review_acceptance'
  | 'hold_acceptance'
  | 'submit_acceptance_report'
  | 'record_disbursement'
  | 'record_handover'
  | 'confirm_handover'
  | 'close'
  // Rectification ladder (Art.33, R-RECTIFY)
  | 'order_rectification'
  | 'answer_rectification'
  | 'judge_rectification';

/** Whose action it is, by the relation of the person's organisation to the project. */
export type Actor =
  | 'declarant'
  | 'sector_authority'
  | 'review_party'
  | 'finance'
  | 'data_bureau'
  | 'ndrc'
  | 'implementer'
  | 'supervisor'
  // A third-party evaluator assigned to the project (Art.33): reads it and files its report; no lifecycle action.
  | 'evaluator';

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
/** Under construction until accepted (Art.33 "建设期内"): the stages a self-evaluation is made in. */
const CONSTRUCTION_PERIOD: readonly Stage[] = ['construction', 'trial', 'acceptance_review', 'acceptance_ready'];
/** A contract is running: payments are recorded against it (Art.16). */
const UNDER_CONTRACT: readonly Stage[] = [
  'contracted',
  'construction',
  'in_service',
  'trial',
  'acceptance_review',
  'acceptance_ready',
  'accepted',
  'handover',
  'operation',
  'completed',
];

const t = (from: readonly Stage[], to: Destination, actor: Actor, zh: string, en: string, article: string) => ({
  from,
  to,
  actor,
  zh,
  en,
  article,
});

export const TRANSITIONS: Record<ProjectAction, TransitionDef> = {
  edit: t(
    ['draft', 'returned', 'redeclaring'],
    'stay',
    'declarant',
    '编辑申报信息',
    'Edit the declaration',
    'Art.10(1), 17',
  ),
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
    // Back into the annual list when it was already there (a change declared again with a higher total).
    ['budgeted', 'budget_refused', 'listed'],
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
  file_change: t(['contracted', 'construction'], ['stay', 'redeclaring'], 'declarant', '调整变更', 'Change', 'Art.17'),
  resubmit_change: t(
    ['redeclaring'],
    ['listed', 'pre_review_passed'],
    'declarant',
    '重新申报变更',
    'Declare the change again',
    'Art.17, 10(3)',
  ),
  // ——— Delivery: construction reports, trial operation, acceptance, handover (Art.16–33) ———
  start_service: t(['contracted'], 'in_service', 'declarant', '开始运维服务', 'Start the service period', 'Art.24'),
  record_progress: t(
    ['contracted', 'construction', 'in_service', 'trial'],
    'stay',
    'implementer',
    '报告建设进度',
    'Report progress',
    'Art.16',
  ),
  record_payment: t(UNDER_CONTRACT, 'stay', 'declarant', '登记合同付款', 'Record a payment', 'Art.16'),
  file_supervision_report: t(
    [...CONSTRUCTION_PERIOD, 'contracted'],
    'stay',
    'supervisor',
    '提交监理报告',
    'File a supervision report',
    'Art.19',
  ),
  draft_self_evaluation: t(
    CONSTRUCTION_PERIOD,
    'stay',
    'implementer',
    '编制年度自评价',
    'Draft the yearly self-evaluation',
    'Art.33',
  ),
  self_evaluation_opinion: t(
    CONSTRUCTION_PERIOD,
    'stay',
    'declarant',
    '对自评价出具申报单位意见',
    "Give the declarant's opinion on the self-evaluation",
    'Art.33',
  ),
  self_evaluation_supervision: t(
    CONSTRUCTION_PERIOD,
    'stay',
    'supervisor',
    '对自评价出具监理意见',
    "Give the supervisor's opinion on the self-evaluation",
    'Art.33',
  ),
  file_self_evaluation: t(
    CONSTRUCTION_PERIOD,
    'stay',
    'implementer',
    '报送自评价报告',
    'File the self-evaluation report',
    'Art.33',
  ),
  record_trial_start: t(
    ['construction', 'trial'],
    'trial',
    'declarant',
    '登记上线试运行',
    'Record the start of trial operation',
    'Art.25',
  ),
  submit_acceptance: t(
    ['trial', 'in_service'],
    'acceptance_review',
    'declarant',
    '提交竣工验收资料',
    'Submit the acceptance material',
    'Art.26',
  ),
  review_acceptance: t(
    ['acceptance_review'],
    ['acceptance_ready', 'trial', 'in_service'],
    'data_bureau',
    '审核竣工验收资料',
    'Review the acceptance material',
    'Art.26',
  ),
  hold_acceptance: t(
    ['acceptance_ready'],
    ['accepted', 'trial', 'in_service'],
    'declarant',
    '登记竣工验收',
    'Record the completion acceptance',
    'Art.24, 25, 26',
  ),
  submit_acceptance_report: t(
    ['accepted'],
    ['handover', 'completed'],
    'declarant',
    '提交竣工验收报告',
    'File the acceptance report',
    'Art.27',
  ),
  record_disbursement: t(
    ['handover', 'operation', 'completed'],
    'stay',
    'finance',
    '登记资金拨付',
    'Record a disbursement',
    'Art.26',
  ),
  record_handover: t(
    ['handover'],
    'stay',
    'implementer',
    '登记资产移交与质保',
    'Record the handover and warranty',
    'Art.28, 29',
  ),
  confirm_handover: t(
    ['handover'],
    'operation',
    'declarant',
    '确认资产移交并登记',
    'Confirm and register the assets',
    'Art.28',
  ),
  close: t(['operation', 'completed'], 'closed', 'data_bureau', '项目退出', 'Close the project', 'Art.30'),
  // ——— Rectification ladder (Art.33, R-RECTIFY): while a contract runs, through operation ———
  order_rectification: t(UNDER_CONTRACT, 'stay', 'data_bureau', '下达限期整改通知', 'Order a rectification', 'Art.33'),
  answer_rectification: t(
    UNDER_CONTRACT,
    'stay',
    'declarant',
    '提交整改报告',
    'Answer with a rectification report',
    'Art.33',
  ),
  judge_rectification: t(
    UNDER_CONTRACT,
    ['stay', 'terminated'],
    'data_bureau',
    '认定整改结果',
    'Judge the rectification',
    'Art.33',
  ),
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
  /** A build project (建设类): constructed and tried; an O&M or service project runs a service period (Art.24). */
  isBuild: boolean;
  /** This year's self-evaluation (Art.33): none yet, a draft gathering opinions, or filed. */
  selfEvaluation: 'none' | 'draft' | 'filed';
  selfEvaluationDeclarantOpinion: boolean;
  selfEvaluationSupervisorOpinion: boolean;
  /** The implementer has recorded the assets and the warranty (Art.28, 29). */
  handoverRecorded: boolean;
  /** The open rectification order (Art.33): none, waiting for the owner's report, or answered. */
  rectification: 'none' | 'open' | 'answered';
  /** The latest performance evaluation found a target not met and no order followed it yet (Art.33). */
  rectificationDue: boolean;
}

/** Facts of a project with nothing of the later chapters yet (for tests and new records). */
export const NO_ACTION_FACTS: ActionFacts = {
  ndrcRequired: false,
  ndrcApproved: false,
  decentralRequested: false,
  decentralApproved: false,
  supervised: false,
  spokePreReview: false,
  spokeJointReview: false,
  isBuild: true,
  selfEvaluation: 'none',
  selfEvaluationDeclarantOpinion: false,
  selfEvaluationSupervisorOpinion: false,
  handoverRecorded: false,
  rectification: 'none',
  rectificationDue: false,
};

/**
 * Whether an action the stage allows is still to be done: 区发改局 approves only where R-NDRC applies
 * and once (Art.12); decentralised construction is asked once and approved until both approvals are
 * in (Art.15); one supervision contract (Art.19); each party speaks once per review (Art.10(2), 13);
 * a build project is constructed and tried, an O&M or service one runs its service period (Art.24,
 * 25); this year's self-evaluation is drafted, opined on by the declarant and the supervisor, then
 * filed (Art.33); the owner confirms the handover the implementer recorded (Art.28).
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
    case 'start_construction':
    case 'record_trial_start':
      return f.isBuild;
    case 'start_service':
      return !f.isBuild;
    case 'draft_self_evaluation':
      return f.selfEvaluation !== 'filed';
    case 'self_evaluation_opinion':
      return f.selfEvaluation === 'draft' && !f.selfEvaluationDeclarantOpinion;
    case 'self_evaluation_supervision':
      return f.selfEvaluation === 'draft' && f.supervised && !f.selfEvaluationSupervisorOpinion;
    case 'file_self_evaluation':
      return f.selfEvaluation === 'draft';
    case 'confirm_handover':
      return f.handoverRecorded;
    case 'order_rectification':
      return f.rectification === 'none' && f.rectificationDue;
    case 'answer_rectification':
      return f.rectification === 'open';
    case 'judge_rectification':
      return f.rectification !== 'none';
    // Taken by the exit of the project's system (Art.30), never offered on the project page.
    case 'close':
      return false;
    default:
      return true;
  }
}

/** Why an action the stage allows is not open now (the refusal's code and words). */
export function whyNotOpen(action: ProjectAction, f: ActionFacts): { code: string; zh: string; en: string } {
  switch (action) {
    case 'ndrc_approve':
      return f.ndrcRequired
        ? { code: 'NDRC_ALREADY_APPROVED', zh: '立项批复已录入', en: 'The project approval is already recorded' }
        : {
            code: 'NDRC_NOT_REQUIRED',
            zh: '本项目无需区发改局立项审批（第十二条）',
            en: 'This project needs no NDRC approval (Art.12)',
          };
    case 'pre_review_opinion':
    case 'joint_review_opinion':
      return {
        code: 'OPINION_EXISTS',
        zh: '本方已在本轮出具意见',
        en: 'Your party has already given its opinion this round',
      };
    case 'request_decentral':
      return {
        code: 'ALREADY_REQUESTED',
        zh: '已申请分散建设',
        en: 'Decentralised construction was already requested',
      };
    case 'record_decentral':
      return f.decentralRequested
        ? { code: 'ALREADY_APPROVED', zh: '分散建设的两项审批均已登记', en: 'Both approvals are already recorded' }
        : { code: 'NOT_REQUESTED', zh: '申报单位尚未申请分散建设', en: 'No decentralised construction was requested' };
    case 'record_supervision':
      return { code: 'ALREADY_SUPERVISED', zh: '监理合同已登记', en: 'The supervision contract is already recorded' };
    case 'start_construction':
    case 'record_trial_start':
      return {
        code: 'NOT_A_BUILD_PROJECT',
        zh: '运维类、购买服务类项目不开工建设、不试运行，应开始运维服务并在服务期满后验收（第二十四条）',
        en: 'An O&M or service project is not constructed or tried: it runs its service period and is accepted after it (Art.24)',
      };
    case 'start_service':
      return {
        code: 'A_BUILD_PROJECT',
        zh: '建设类项目应开始建设，而非运维服务（第二十四条）',
        en: 'A build project starts construction, not a service period (Art.24)',
      };
    case 'draft_self_evaluation':
      return {
        code: 'NO_SELF_EVALUATION_DUE',
        zh: '当前没有需要编制的年度自评价（第三十三条）',
        en: 'No self-evaluation is due now (Art.33)',
      };
    case 'self_evaluation_opinion':
    case 'self_evaluation_supervision':
    case 'file_self_evaluation':
      return f.selfEvaluation === 'draft'
        ? { code: 'OPINION_EXISTS', zh: '已出具意见', en: 'The opinion is already given' }
        : {
            code: 'NO_SELF_EVALUATION_DRAFT',
            zh: '实施单位尚未编制本年度自评价（第三十三条）',
            en: 'The implementer has not drafted this year’s self-evaluation (Art.33)',
          };
    case 'confirm_handover':
      return {
        code: 'HANDOVER_NOT_RECORDED',
        zh: '实施单位尚未登记资产移交清单与质保期（第二十八条）',
        en: 'The implementer has not recorded the assets and the warranty (Art.28)',
      };
    case 'order_rectification':
      return f.rectification !== 'none'
        ? {
            code: 'RECTIFICATION_OPEN',
            zh: '已有未办结的整改通知（第三十三条）',
            en: 'A rectification order is still open (Art.33)',
          }
        : {
            code: 'NO_UNMET_TARGETS',
            zh: '最近一次绩效评价未发现未实现的建设目标（第三十三条）',
            en: 'The latest evaluation found no target unmet (Art.33)',
          };
    case 'answer_rectification':
      return f.rectification === 'answered'
        ? {
            code: 'ALREADY_ANSWERED',
            zh: '整改报告已提交，待区数据局认定',
            en: 'The report is in, awaiting the judgement',
          }
        : {
            code: 'NO_RECTIFICATION',
            zh: '没有待整改的通知（第三十三条）',
            en: 'No rectification is ordered (Art.33)',
          };
    case 'judge_rectification':
      return {
        code: 'NO_RECTIFICATION',
        zh: '没有待认定的整改（第三十三条）',
        en: 'No rectification to judge (Art.33)',
      };
    case 'close':
      return {
        code: 'CLOSED_BY_EXIT',
        zh: '项目随其系统退出而退出（第三十条）',
        en: 'A project closes with its system’s exit (Art.30)',
      };
    default:
      return { code: 'ACTION_NOT_OPEN', zh: '该事项当前不可办理', en: 'This action is not open now' };
  }
}
