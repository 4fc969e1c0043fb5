// Valid baselines, one per moment: each produces no finding at all, except the two that always
// record one (control_price: R-RECOVERY; change: R-CHANGE). Cases override single fields.
import { approvalRoute, type ApprovalRouteInput } from '../../approval/approval-route.js';
import { revisionDeadline } from '../../approval/revision.js';
import { defaultCalendar } from '../../calendar/index.js';
import { reportAttachments, reportDeadline } from '../../delivery/acceptance-report.js';
import { acceptanceWindow } from '../../delivery/acceptance-window.js';
import { endedOmPeriods } from '../../delivery/om-report.js';
import { selfEvaluationsDue } from '../../delivery/self-evaluation.js';
import { defaultEdition } from '../../editions/index.js';
import type { BudgetItemCode, Edition, EditionParams } from '../../editions/types.js';
import { wan, yuan, type Fen } from '../../money.js';
import type { DeclarationInput } from '../declaration-input.js';
import type {
  AcceptanceHoldInput,
  AcceptanceReportInput,
  ApplicationInput,
  ApprovalInput,
  BudgetReviewInput,
  ChangeRequest,
  ConstructionInput,
  ControlPriceInput,
  DecentralApprovalInput,
  DecentralRequestInput,
  DisbursementInput,
  ExitInput,
  HandoverInput,
  OmReportInput,
  PlanIssueInput,
  RectificationJudgementInput,
  RectificationOrderInput,
  SanctionInput,
  ProcurementFacts,
  RevisionInput,
  SelfEvaluationInput,
  StageInputs,
} from '../stage-inputs.js';

/** 2025-10-10 10:00 Shanghai — in time for the 2026 call (deadline 2025-10-15 23:59:59). */
export const ON_TIME = new Date('2025-10-10T10:00:00+08:00');

export const baselineDeclaration: DeclarationInput = {
  planYear: 2026,
  category: 'business_system',
  kind: 'build',
  fundingSources: [{ source: 'fiscal', amountFen: yuan(3_000_000) }],
  totalFen: yuan(3_000_000),
  budgetBreakdown: {
    development: yuan(1_800_000),
    implementation: yuan(500_000),
    maintenance: yuan(300_000),
    training: yuan(100_000),
    supervision: yuan(150_000),
    other: yuan(150_000),
  },
  yearlyBudgets: [
    { year: 2026, amountFen: yuan(2_000_000) },
    { year: 2027, amountFen: yuan(1_000_000) },
  ],
  dataResources: [{ name: '企业基础信息', costFen: yuan(50_000), catalogueRef: 'SC-DR-0001' }],
  sharingList: [
    { item: '企业基础信息', direction: 'provide', interface: '市一体化公共数据平台 API', frequency: '每日' },
  ],
  deployment: { mode: 'gov_cloud' },
  commonPlatforms: ['unified_identity', 'collaborative_office'],
  commonPlatformsNoneReason: null,
  scenario: { area: 'digital_government', description: '企业开办“一件事”全流程网上办理' },
  classified: false,
  classifiedSplitStatement: null,
  mlpsLevel: 3,
  cryptoPlan: '采用商用密码实现身份鉴别、传输和存储加密，同步规划、同步建设、同步运行',
  secureReliableStatement: '服务器、数据库、中间件均采购安全可靠产品',
  declaredItems: [],
  planChapters: [
    'background_basis',
    'necessity_feasibility',
    'estimate_funding',
    'goals',
    'content',
    'schedule',
    'resource_catalogue',
    'security_system',
    'hw_sw_config',
    'compute_needs',
    'features',
    'innovation_scenario',
    'data_sharing_analysis',
    'network_security_analysis',
  ],
  materials: ['declaration_form', 'construction_plan', 'basis_documents', 'collective_decision'],
  predecessor: null,
  declaringOrg: { id: 'org-district-market', needsSectorAuthority: false, forwardedBySectorAuthority: false },
  submittedAt: ON_TIME,
  callDeadline: null,
  urgentBasis: null,
  sameOrgBuildProjectsThisYear: 0,
};

const ZERO: Record<BudgetItemCode, Fen> = {
  development: 0,
  implementation: 0,
  maintenance: 0,
  training: 0,
  supervision: 0,
  other: 0,
};

/** A consistent single-year budget of `total`, all under one item (default: other costs). */
export function budgetOf(total: Fen, item: BudgetItemCode = 'other'): Partial<DeclarationInput> {
  return {
    totalFen: total,
    fundingSources: [{ source: 'fiscal', amountFen: total }],
    budgetBreakdown: { ...ZERO, [item]: total },
    yearlyBudgets: [],
  };
}

/** A hardware-only purchase of `total` (no data resources; hardware is not a "system"). */
export function hardwareOf(total: Fen): Partial<DeclarationInput> {
  return { ...budgetOf(total), category: 'hardware', dataResources: [] };
}

export const baselineBudgetReview: BudgetReviewInput = {
  preReviewOpinions: { data_bureau: 'pass', cyberspace: 'pass', finance: 'pass', bigdata_center: 'pass' },
};

export const baselinePlanIssue: PlanIssueInput = {
  approvedBudgetFen: yuan(3_000_000),
  governmentConsent: { docNumber: '宿区政复〔2025〕88号', date: '2025-12-20' },
};

/** A variant edition for tests that show the parameters, not the logic, decide. */
export function editionWith(base: Edition, params: Partial<EditionParams>): Edition {
  return { ...base, id: `${base.id}-test`, params: { ...base.params, ...params } };
}

/** The approval route (sucheng-2024) of a build project fully funded by the budget, of `totalFen`. */
export function routeOf(totalFen: Fen, more: Partial<ApprovalRouteInput> = {}): ApplicationInput['route'] {
  return approvalRoute(
    {
      kind: 'build',
      totalFen,
      fundingSources: [{ source: 'fiscal', amountFen: totalFen }],
      inPlan: false,
      urgentMandate: false,
      newCivilWorks: false,
      energyIntensive: false,
      ...more,
    },
    defaultEdition,
  );
}

/** 300万, no NDRC: 申报表 + 建设方案 (Art.11) are enough. */
export const baselineApplication: ApplicationInput = {
  route: routeOf(wan(300)),
  path: 'standard',
  uploadedTypes: ['declaration_form', 'construction_plan'],
};

/** Records R-RECOVERY: 20万 of 300万 is recovered. */
export const baselineControlPrice: ControlPriceInput = { budgetFen: wan(300), controlPriceFen: wan(280) };

/** Opinions complete 2026-09-30 → due 2026-10-10 (the 调休 Saturday), 23:59:59.999 +08:00. */
export const REVISION_DUE = revisionDeadline(new Date('2026-09-30T10:00:00+08:00'), defaultEdition, defaultCalendar);

export const baselineRevision: RevisionInput = {
  due: REVISION_DUE,
  submittedAt: new Date('2026-10-09T12:00:00+08:00'),
  calendar: defaultCalendar,
};

export const baselineApproval: ApprovalInput = { signedScanUploaded: true };

export const baselineDecentralRequest: DecentralRequestInput = { basis: 'classified', classified: true };

/** The consultation mechanism approves first. */
export const baselineDecentralApproval: DecentralApprovalInput = {
  requested: true,
  consultationApproved: false,
  consultationGiven: true,
  governmentGiven: false,
};

export const baselineProcurement: ProcurementFacts = {
  inAnnualList: true,
  jointReviewPassed: true,
  budgetApproved: true,
  ndrcRequired: true,
  ndrcApproved: true,
  approved: true,
};

export const baselineConstruction: ConstructionInput = { budgetFen: wan(300), supervisionContract: true };

/** Records R-CHANGE: 100万 of a 900万 contract, within 1000万, on ground (二) → filed. */
export const baselineChange: ChangeRequest = {
  approvedBudgetFen: wan(1000),
  totalAfterFen: wan(1000),
  changeFen: wan(100),
  contractFen: wan(900),
  ground: 'optimisation',
};

// ——— Delivery (Art.24–33) ———

/** The acceptance window of a trial run starting on `trialStart` (sucheng-2024, the shipped calendar). */
export const trialWindow = (trialStart: string, softwareDevelopment = false) =>
  acceptanceWindow(trialStart, softwareDevelopment, defaultEdition, defaultCalendar);

/** A build project on trial from 2026-03-02: window 2026-04-02 … 2026-09-02; accepted 2026-05-15. */
export const baselineAcceptanceHold: AcceptanceHoldInput = {
  kind: 'build',
  window: trialWindow('2026-03-02'),
  serviceEndOn: null,
  acceptanceDate: '2026-05-15',
  materialApproved: true,
};

/** Accepted 2026-09-01 → report due 2026-10-01, moved out of the National Day holiday to 2026-10-08. */
export const REPORT_DUE = reportDeadline('2026-09-01', defaultEdition, defaultCalendar);

/** A non-classified build project: the report and every attachment, archive acceptance passed, on time. */
export const baselineAcceptanceReport: AcceptanceReportInput = {
  kind: 'build',
  classified: false,
  uploadedTypes: ['acceptance_report', ...reportAttachments(false)],
  archiveAcceptancePassed: true,
  dueDate: REPORT_DUE.dueDate,
  submittedOn: '2026-09-20',
};

export const baselineDisbursement: DisbursementInput = { materialApproved: true, reportFiled: true };

/** Accepted 2026-03-15, warranty to 2029-03-15: exactly three years. */
export const baselineHandover: HandoverInput = { acceptanceDate: '2026-03-15', warrantyEndOn: '2029-03-15' };

/** The 2026 report of a construction started 2026-03-01: due 2026-12-31 23:59:59.999 +08:00. */
export const SELF_EVALUATION_DUE = selfEvaluationsDue('2026-03-01', null, '2026-12-01', defaultEdition)[0];

export const baselineSelfEvaluation: SelfEvaluationInput = {
  year: SELF_EVALUATION_DUE.year,
  dueAt: SELF_EVALUATION_DUE.dueAt,
  filedAt: new Date('2026-12-20T10:00:00+08:00'),
  declarantOpinion: true,
  supervisorAssigned: true,
  supervisorOpinion: true,
};

/** In operation from 2025-05-10: the 2025 period's report is due 2026-01-31 (a Saturday) → 2026-02-02. */
export const OM_PERIOD_2025 = endedOmPeriods('2025-05-10', '2026-01-05', defaultEdition, defaultCalendar)[0];

export const baselineOmReport: OmReportInput = {
  year: OM_PERIOD_2025.year,
  dueDate: OM_PERIOD_2025.dueDate,
  submittedOn: '2026-01-20',
};

export const baselineExit: ExitInput = {
  done: { data_handover: true, shutdown: true, cloud_reclaim: true, record_cancellation: true },
};

/** A rectification ordered 2026-06-01 after an evaluation with a target not met, due 2026-07-01. */
export const baselineRectificationOrder: RectificationOrderInput = {
  hasUnmetTargets: true,
  orderedOn: '2026-06-01',
  deadline: '2026-07-01',
};

/** A report answered, judged still not compliant after the deadline. */
export const baselineRectificationJudgement: RectificationJudgementInput = {
  decision: 'failed',
  answered: true,
  deadline: '2026-07-01',
  today: '2026-07-02',
};

/** A payment on a project under construction with no sanction. */
export const baselineSanction: SanctionInput = { action: 'record_payment', stage: 'construction', level: null };

/** The baseline of every moment, for the harness. */
export const BASELINES: { readonly [S in keyof StageInputs]: StageInputs[S] } = {
  declare: baselineDeclaration,
  budget_review: baselineBudgetReview,
  issue_plan: baselinePlanIssue,
  application: baselineApplication,
  control_price: baselineControlPrice,
  revision: baselineRevision,
  approval: baselineApproval,
  decentral_request: baselineDecentralRequest,
  decentral_approval: baselineDecentralApproval,
  procurement: baselineProcurement,
  construction: baselineConstruction,
  change: baselineChange,
  acceptance_hold: baselineAcceptanceHold,
  acceptance_report: baselineAcceptanceReport,
  disbursement: baselineDisbursement,
  handover: baselineHandover,
  self_evaluation: baselineSelfEvaluation,
  om_report: baselineOmReport,
  exit: baselineExit,
  rectification_order: baselineRectificationOrder,
  rectification_judgement: baselineRectificationJudgement,
  sanction: baselineSanction,
};
