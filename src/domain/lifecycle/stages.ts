// The stages of a project (SPEC §3; Measures Art.8–19 so far). Each stage names its phase — the
// chapter of the Measures it belongs to — whether it is terminal (nothing waits for anyone there),
// and who sees it. Stage groups (editable, closed, visible to the district …) are derived from this
// table and the transition table, never listed by hand; `Record<Stage, …>` maps break the build where
// a new stage must be handled.

/** The chapters of a project's life (Measures ch.2–5), in order. Tabs and dashboards group by phase. */
export const PHASES = {
  plan: { zh: '计划编制', en: 'Annual plan', article: 'Art.8–10' },
  review: { zh: '项目审核', en: 'Project review', article: 'Art.11–14' },
  construction: { zh: '建设管理', en: 'Construction', article: 'Art.15–23' },
  operation: { zh: '验收运行', en: 'Acceptance and operation', article: 'Art.24–30' },
} as const;
export type Phase = keyof typeof PHASES;
export const PHASE_ORDER = Object.keys(PHASES) as Phase[];

interface StageDef {
  zh: string;
  en: string;
  article: string;
  phase: Phase;
  /** The project's road ends here (a refusal, an end): no action moves it on (a record may still be added). */
  terminal: boolean;
  /** 'unit': only the declaring unit (and its sector authority) sees it — drafts stay with their unit. */
  visibility: 'unit' | 'district';
}

const stage = (
  zh: string,
  en: string,
  article: string,
  phase: Phase,
  opts: { terminal?: boolean; visibility?: StageDef['visibility'] } = {},
): StageDef => ({
  zh,
  en,
  article,
  phase,
  terminal: opts.terminal ?? false,
  visibility: opts.visibility ?? 'district',
});

export const STAGES = {
  draft: stage('草稿', 'Draft', 'Art.10(1)', 'plan', { visibility: 'unit' }),
  sector_review: stage('行业主管部门审核中', 'With the sector authority', 'Art.9', 'plan', { visibility: 'unit' }),
  submitted: stage('已申报，待预审', 'Declared, awaiting pre-review', 'Art.10(1)', 'plan'),
  pre_review: stage('四方预审中', 'Four-party pre-review', 'Art.10(2)', 'plan'),
  returned: stage('退回修改', 'Returned for revision', 'Art.10(2)', 'plan'),
  pre_review_failed: stage('预审不予通过', 'Pre-review failed', 'Art.10(2)', 'plan', { terminal: true }),
  pre_review_passed: stage('预审通过，待预算审核', 'Pre-review passed, awaiting budget review', 'Art.10(3)', 'plan'),
  budget_refused: stage('不予安排预算', 'No budget arranged', 'Art.10(3)', 'plan', { terminal: true }),
  budgeted: stage('预算已审核，待下达计划', 'Budget approved, awaiting the plan', 'Art.10(4)', 'plan'),
  listed: stage(
    '已列入年度项目清单，待项目审核申报',
    'In the annual list, awaiting application',
    'Art.10(4), 11',
    'review',
  ),
  // A change that must be declared again (Art.17 ¶3): the declarant enters the changed declaration.
  redeclaring: stage('变更重新申报中', 'Declaring the change again', 'Art.17', 'review'),
  joint_review: stage('联审中', 'Joint review', 'Art.13', 'review'),
  joint_review_failed: stage('联审不予通过', 'Joint review failed', 'Art.13', 'review', { terminal: true }),
  revision: stage('终稿修订中（3个工作日）', 'Final revision (3 working days)', 'Art.14', 'review'),
  form_pending: stage('待上传签章的联合评审表', 'Awaiting the signed joint review form', 'Art.14', 'review'),
  approved: stage('已批复，待采购', 'Approved, awaiting procurement', 'Art.14, 18', 'construction'),
  contracted: stage('已签订合同', 'Contract signed', 'Art.16, 18', 'construction'),
  construction: stage('建设中', 'Under construction', 'Art.15–17', 'construction'),
  // O&M and service projects (kind operate / service): the service period, then acceptance (Art.24).
  in_service: stage('运维服务期内', 'In its service period', 'Art.24', 'construction'),
  // Trial operation and acceptance (Art.25–27), handover and operation (Art.28, 29).
  trial: stage('上线试运行中', 'Trial operation', 'Art.25', 'operation'),
  acceptance_review: stage('竣工验收资料审核中', 'Acceptance material under review', 'Art.26', 'operation'),
  acceptance_ready: stage(
    '资料审核通过，待组织竣工验收',
    'Material approved, acceptance to be held',
    'Art.26',
    'operation',
  ),
  accepted: stage('已竣工验收，待提交验收报告', 'Accepted, report due', 'Art.27', 'operation'),
  handover: stage('验收报告已提交，待资产移交', 'Report filed, assets to hand over', 'Art.28, 29', 'operation'),
  operation: stage('运行维护中', 'In operation', 'Art.29, 32, 33', 'operation'),
  completed: stage('已验收，服务期满', 'Accepted after its service period', 'Art.24', 'operation'),
  closed: stage('已退出', 'Exited', 'Art.30', 'operation', { terminal: true }),
  // The last step of the rectification ladder (Art.33 "直至项目终止", R-RECTIFY): final, every action refused.
  terminated: stage('项目终止', 'Terminated', 'Art.33', 'construction', { terminal: true }),
} as const satisfies Record<string, StageDef>;

export type Stage = keyof typeof STAGES;
export const STAGE_CODES = Object.keys(STAGES) as Stage[];

export function isStage(s: string): s is Stage {
  return Object.hasOwn(STAGES, s);
}

/** Stages at the end of the road (refusals, completion, exit): no action moves the project on from them. */
export const TERMINAL_STAGES: readonly Stage[] = STAGE_CODES.filter((s) => STAGES[s].terminal);

/** Stages visible to the whole district (drafts are private to their unit, Art.10(1)). */
export function isDeclared(s: Stage): boolean {
  return STAGES[s].visibility === 'district';
}

/** Stages of a phase, in lifecycle order. */
export function stagesOf(phase: Phase): Stage[] {
  return STAGE_CODES.filter((s) => STAGES[s].phase === phase);
}

/** Whether the project has reached `phase` (a project in review has reached plan and review). */
export function hasReached(s: Stage, phase: Phase): boolean {
  return PHASE_ORDER.indexOf(STAGES[s].phase) >= PHASE_ORDER.indexOf(phase);
}

/**
 * Document types the declarant may upload after the plan, by stage: the application materials
 * (Art.11, 12), the final version (Art.14), the signed 联合评审表 scan (Art.14), contracts (Art.16–19).
 */
export const LATER_UPLOADS: Partial<Record<Stage, readonly string[]>> = {
  listed: [
    'declaration_form',
    'feasibility_study',
    'construction_plan',
    'proposal',
    'preliminary_design',
    'budget_estimate',
    'combined_filing',
    'other',
  ],
  joint_review: ['other'],
  revision: ['construction_plan', 'feasibility_study', 'preliminary_design', 'budget_estimate', 'other'],
  form_pending: ['joint_review_scan', 'other'],
  approved: ['contract', 'other'],
  contracted: ['contract', 'supervision_contract', 'other'],
  construction: [
    'supervision_contract',
    'change_filing',
    'progress_report',
    'payment_voucher',
    'self_evaluation',
    'other',
  ],
  in_service: ['progress_report', 'payment_voucher', 'acceptance_material', 'om_service_report', 'other'],
  trial: ['acceptance_material', 'progress_report', 'payment_voucher', 'self_evaluation', 'change_filing', 'other'],
  acceptance_review: ['acceptance_material', 'payment_voucher', 'self_evaluation', 'other'],
  acceptance_ready: ['acceptance_minutes', 'payment_voucher', 'self_evaluation', 'other'],
  accepted: [
    'acceptance_report',
    'construction_summary',
    'financial_report',
    'audit_report',
    'mlps_test_report',
    'classified_protection_report',
    'data_security_assessment',
    'crypto_assessment',
    'secure_reliable_report',
    'archive_acceptance',
    'om_service_report',
    'payment_voucher',
    'other',
  ],
  handover: ['asset_handover', 'payment_voucher', 'other'],
  operation: ['payment_voucher', 'other'],
  completed: ['payment_voucher', 'other'],
};

/**
 * What the units under contract file themselves (Art.16, 19, 28, 33): the implementer its progress
 * reports, the self-evaluation and the asset handover list; the supervisor its supervision reports.
 */
export const CONTRACTED_UNIT_UPLOADS: Record<
  'implementer' | 'supervisor',
  Partial<Record<Stage, readonly string[]>>
> = {
  implementer: {
    contracted: ['progress_report'],
    construction: ['progress_report', 'self_evaluation'],
    in_service: ['progress_report', 'om_service_report'],
    trial: ['progress_report', 'self_evaluation'],
    acceptance_review: ['self_evaluation'],
    acceptance_ready: ['self_evaluation'],
    handover: ['asset_handover'],
  },
  supervisor: {
    contracted: ['supervision_report'],
    construction: ['supervision_report'],
    trial: ['supervision_report'],
    acceptance_review: ['supervision_report'],
    acceptance_ready: ['supervision_report'],
  },
};

/** What the data bureau files itself: the minutes of an offline review meeting it held (Art.13). */
export const DATA_BUREAU_UPLOADS: Partial<Record<Stage, readonly string[]>> = {
  joint_review: ['meeting_minutes'],
  revision: ['meeting_minutes'],
};
