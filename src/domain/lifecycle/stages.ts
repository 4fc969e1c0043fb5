// The stages of a project in the annual plan (SPEC §3 steps 1–5; Measures Art.8–10). Later
// chapters (application, joint review, …) extend this map; `Record<Stage, …>` maps break the build
// where a new stage must be handled.

export const STAGES = {
  draft: { zh: '草稿', en: 'Draft', article: 'Art.10(1)' },
  sector_review: { zh: '行业主管部门审核中', en: 'With the sector authority', article: 'Art.9' },
  submitted: { zh: '已申报，待预审', en: 'Declared, awaiting pre-review', article: 'Art.10(1)' },
  pre_review: { zh: '四方预审中', en: 'Four-party pre-review', article: 'Art.10(2)' },
  returned: { zh: '退回修改', en: 'Returned for revision', article: 'Art.10(2)' },
  pre_review_failed: { zh: '预审不予通过', en: 'Pre-review failed', article: 'Art.10(2)' },
  pre_review_passed: {
    zh: '预审通过，待预算审核',
    en: 'Pre-review passed, awaiting budget review',
    article: 'Art.10(3)',
  },
  budget_refused: { zh: '不予安排预算', en: 'No budget arranged', article: 'Art.10(3)' },
  budgeted: { zh: '预算已审核，待下达计划', en: 'Budget approved, awaiting the plan', article: 'Art.10(4)' },
  listed: {
    zh: '已列入年度项目清单，待项目审核申报',
    en: 'In the annual list, awaiting application',
    article: 'Art.10(4), 11',
  },
  joint_review: { zh: '联审中', en: 'Joint review', article: 'Art.13' },
  joint_review_failed: { zh: '联审不予通过', en: 'Joint review failed', article: 'Art.13' },
  revision: { zh: '终稿修订中（3个工作日）', en: 'Final revision (3 working days)', article: 'Art.14' },
  form_pending: { zh: '待上传签章的联合评审表', en: 'Awaiting the signed joint review form', article: 'Art.14' },
  approved: { zh: '已批复，待采购', en: 'Approved, awaiting procurement', article: 'Art.14, 18' },
  contracted: { zh: '已签订合同', en: 'Contract signed', article: 'Art.16, 18' },
  construction: { zh: '建设中', en: 'Under construction', article: 'Art.15–17' },
} as const;

export type Stage = keyof typeof STAGES;
export const STAGE_CODES = Object.keys(STAGES) as Stage[];

/** Stages in which the declarant may still edit the form and its documents. */
export const EDITABLE_STAGES: readonly Stage[] = ['draft', 'returned'];

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
  construction: ['supervision_contract', 'change_filing', 'other'],
};

/** What the data bureau files itself: the minutes of an offline review meeting it held (Art.13). */
export const DATA_BUREAU_UPLOADS: Partial<Record<Stage, readonly string[]>> = {
  joint_review: ['meeting_minutes'],
  revision: ['meeting_minutes'],
};

/** Stages a reviewer party may give a pre-review opinion in. */
export const PRE_REVIEW_OPEN: readonly Stage[] = ['submitted', 'pre_review'];

/** Stages visible to the whole district (drafts are private to their unit). */
export function isDeclared(stage: Stage): boolean {
  return stage !== 'draft' && stage !== 'sector_review';
}
