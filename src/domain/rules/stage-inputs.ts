// Inputs of the moments whose rules are checked here (the keys of StageInputs). Plain data: the
// use case assembles them from the project, its documents and the request.
import type { ApprovalRoute, SimplifiedPathCode } from '../approval/approval-route.js';
import type { RevisionDeadline } from '../approval/revision.js';
import type { IsoDate, WorkingCalendar } from '../calendar/index.js';
import type { AcceptanceWindow } from '../delivery/acceptance-window.js';
import type { ExitStep } from '../delivery/systems.js';
import type { JointReviewPartyCode, KindCode } from '../editions/types.js';
import type { Fen } from '../money.js';
import type { DeclarationInput } from './declaration-input.js';
import type { FundedSystemFacts } from '../oversight/funding.js';
import type { Stage } from '../lifecycle/stages.js';
import type { ProjectAction } from '../lifecycle/transitions.js';
import type { RectificationDecision, SanctionLevel } from '../oversight/sanctions.js';

export type PreReviewOpinion = 'pass' | 'return' | 'fail';

/** Budget review (预算审核, Art.10(3)): the pre-review opinions given so far. */
export interface BudgetReviewInput {
  preReviewOpinions: Partial<Record<JointReviewPartyCode, PreReviewOpinion>>;
  /** The systems the project continues, upgrades or maintains (Art.32, 33): R-MONITOR, R-NO-FUNDS. */
  systems?: readonly FundedSystemFacts[];
}

/** Plan issue (下达计划, Art.10(4)). */
export interface PlanIssueInput {
  /** The amount finance approved in the budget review; null when none. */
  approvedBudgetFen: Fen | null;
  /** The district government's consent, with its document number. */
  governmentConsent: { docNumber: string; date?: string | null } | null;
}

/** The route a declarant applies by: the general one, or a simplified path of Art.12(1)–(3). */
export type ApplicationPath = 'standard' | SimplifiedPathCode;

/** Project application (项目审核申报, Art.11, 12): R-MATERIALS / R-NDRC documents, R-NDRC-SIMPLE path. */
export interface ApplicationInput {
  /** approvalRoute() of the project. */
  route: ApprovalRoute;
  /** The path chosen; a simplified one must be among route.simplifiedPaths. */
  path: ApplicationPath;
  /** Document types of the project's current (not withdrawn) versions. */
  uploadedTypes: readonly string[];
}

/** Finance records the reviewed tender control price (招标控制价, Art.13): R-RECOVERY. */
export interface ControlPriceInput {
  budgetFen: Fen;
  controlPriceFen: Fen;
}

/** The final version is submitted (终稿, Art.14): R-REVISE-3WD. */
export interface RevisionInput {
  /** The stored deadline; null when none could be set (no calendar for that year). */
  due: Pick<RevisionDeadline, 'dueDate' | 'dueAt' | 'deadlineRule'> | null;
  submittedAt: Date;
  /** The working calendar in force; null when it does not cover the year (instants compared only). */
  calendar: WorkingCalendar | null;
}

/**
 * Art.15: "涉密项目及由上级部门统一开发部署的项目等特殊情况，确需采取分散建设的，应经区级信息化项目管理工作
 * 会商机制审核同意后，由申报单位报经区政府批准后组织实施。"
 */
export interface DecentralisedFacts {
  /** The declarant asks for decentralised construction (分散建设). */
  requested: boolean;
  /** 会商机制审核同意, recorded. */
  consultationApproved: boolean;
  /** 区政府批准, recorded. */
  governmentApproved: boolean;
}

/** Approval (批复, Art.14, 15): R-FORM, R-DECENTRAL. */
export interface ApprovalInput {
  signedScanUploaded: boolean;
  decentralised?: DecentralisedFacts;
}

/** The declarant asks for decentralised construction (Art.15): R-DECENTRAL. */
export interface DecentralRequestInput {
  /** 涉密项目 or 由上级部门统一开发部署的项目. */
  basis: 'classified' | 'upper_level';
  /** The project is marked classified (涉密). */
  classified: boolean;
}

/** The consultation mechanism's and the government's approvals are recorded (Art.15): R-DECENTRAL. */
export interface DecentralApprovalInput {
  /** Decentralised construction has been requested. */
  requested: boolean;
  /** 会商机制审核同意 already on record. */
  consultationApproved: boolean;
  /** 会商机制审核同意 given in this request. */
  consultationGiven: boolean;
  /** 区政府批准 given in this request. */
  governmentGiven: boolean;
}

/** Facts derived from the project's stage and records before procurement (Art.18). */
export interface ProcurementFacts {
  /** In the annual district IT project list (年度区级信息化项目清单, Art.10(4)). */
  inAnnualList: boolean;
  /** Passed the joint review (技术方案审核, Art.13). */
  jointReviewPassed: boolean;
  /** Budget / estimate approved (概算审核). */
  budgetApproved: boolean;
  /** R-NDRC applies (approvalRoute().ndrcRequired). */
  ndrcRequired: boolean;
  /** 区发改局 立项批复 recorded. */
  ndrcApproved: boolean;
  /** The project is approved (批复, Art.14). */
  approved: boolean;
  decentralised?: DecentralisedFacts;
}

/** Construction starts (Art.19): R-SUPERVISION. */
export interface ConstructionInput {
  /** The approved budget (or the total where none is recorded). */
  budgetFen: Fen;
  /** A supervision contract with a qualified unit is recorded. */
  supervisionContract: boolean;
}

/** Art.17 (一)–(三): the three grounds for a filed change. */
export type ChangeGround = 'mandate' | 'optimisation' | 'business_need';

/** A change during construction (调整变更, Art.17): R-CHANGE. */
export interface ChangeRequest {
  approvedBudgetFen: Fen;
  /** Project total after the change. */
  totalAfterFen: Fen;
  /** Amount of the change (调整金额). */
  changeFen: Fen;
  contractFen: Fen;
  ground: ChangeGround | null;
}

// ——— Delivery (Art.24–33) ———

/** Holding the completion acceptance (Art.24–26): R-ACCEPT-ORDER, R-TRIAL (build), R-OM-ACCEPT (O&M, service). */
export interface AcceptanceHoldInput {
  kind: KindCode;
  /** Build projects: the window of the current trial run (null when no trial start is recorded). */
  window: Pick<AcceptanceWindow, 'trialStart' | 'softwareDevelopment' | 'earliest' | 'latest'> | null;
  /** O&M and service projects: the last day of the service period (null when not given). */
  serviceEndOn: IsoDate | null;
  /** The day the acceptance was held. */
  acceptanceDate: IsoDate;
  /** The data bureau approved the acceptance material (Art.26 "经区数据局审核通过后"). */
  materialApproved: boolean;
}

/** Filing the acceptance report (Art.27; Art.24 for O&M): R-REPORT, R-OM-ACCEPT. */
export interface AcceptanceReportInput {
  kind: KindCode;
  classified: boolean;
  /** Document types of the project's current versions. */
  uploadedTypes: readonly string[];
  /** 档案验收: passed, failed, or not yet held (null). */
  archiveAcceptancePassed: boolean | null;
  /** Due date (1 month after the acceptance, moved to a working day); null when it cannot be computed. */
  dueDate: IsoDate | null;
  /** The day it is filed. */
  submittedOn: IsoDate;
}

/** Recording a disbursement (Art.26 "区财政局根据区数据局审核意见和竣工验收报告拨付相应资金"): R-ACCEPT-ORDER. */
export interface DisbursementInput {
  materialApproved: boolean;
  reportFiled: boolean;
}

/** Handing the assets over with the warranty (Art.28, 29): R-WARRANTY. */
export interface HandoverInput {
  acceptanceDate: IsoDate;
  warrantyEndOn: IsoDate;
}

/** Filing the yearly self-evaluation (Art.33): R-SELF-EVAL. */
export interface SelfEvaluationInput {
  year: number;
  /** 12-31 23:59:59.999 of the year, Asia/Shanghai (edition selfEvaluationDue). */
  dueAt: Date;
  filedAt: Date;
  declarantOpinion: boolean;
  /** A supervision unit is contracted (Art.19): its opinion is then asked too. */
  supervisorAssigned: boolean;
  supervisorOpinion: boolean;
}

/** Filing a yearly O&M report (Art.33): R-OM-REPORT. */
export interface OmReportInput {
  year: number;
  /** Due date of the period's report; null when it cannot be computed yet. */
  dueDate: IsoDate | null;
  submittedOn: IsoDate;
}

/** Completing an exit (Art.30): R-EXIT — all four steps, each with its evidence. */
export interface ExitInput {
  done: Readonly<Record<ExitStep, boolean>>;
}

/** Ordering a rectification (Art.33 "限期整改"): R-RECTIFY. */
export interface RectificationOrderInput {
  /** The evaluation it follows found a target partly or not met. */
  hasUnmetTargets: boolean;
  orderedOn: IsoDate;
  deadline: IsoDate;
}

/** Judging a rectification (Art.33 "拒不整改或整改后仍不符合要求"): R-RECTIFY. */
export interface RectificationJudgementInput {
  decision: RectificationDecision;
  answered: boolean;
  deadline: IsoDate;
  today: IsoDate;
}

/** Any action on a project under a sanction of Art.33's ladder: R-RECTIFY. */
export interface SanctionInput {
  action: ProjectAction;
  stage: Stage;
  level: SanctionLevel | null;
}

export interface StageInputs {
  declare: DeclarationInput;
  budget_review: BudgetReviewInput;
  issue_plan: PlanIssueInput;
  application: ApplicationInput;
  control_price: ControlPriceInput;
  revision: RevisionInput;
  approval: ApprovalInput;
  decentral_request: DecentralRequestInput;
  decentral_approval: DecentralApprovalInput;
  procurement: ProcurementFacts;
  construction: ConstructionInput;
  change: ChangeRequest;
  acceptance_hold: AcceptanceHoldInput;
  acceptance_report: AcceptanceReportInput;
  disbursement: DisbursementInput;
  handover: HandoverInput;
  self_evaluation: SelfEvaluationInput;
  om_report: OmReportInput;
  exit: ExitInput;
  rectification_order: RectificationOrderInput;
  rectification_judgement: RectificationJudgementInput;
  sanction: SanctionInput;
}
