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
  pre_review_passed: { zh: '预审通过，待预算审核', en: 'Pre-review passed, awaiting budget review', article: 'Art.10(3)' },
  budget_refused: { zh: '不予安排预算', en: 'No budget arranged', article: 'Art.10(3)' },
  budgeted: { zh: '预算已审核，待下达计划', en: 'Budget approved, awaiting the plan', article: 'Art.10(4)' },
  listed: { zh: '已列入年度项目清单', en: 'In the annual project list', article: 'Art.10(4)' },
} as const;

export type Stage = keyof typeof STAGES;
export const STAGE_CODES = Object.keys(STAGES) as Stage[];

/** Stages in which the declarant may still edit the form and its documents. */
export const EDITABLE_STAGES: readonly Stage[] = ['draft', 'returned'];

/** Stages a reviewer party may give a pre-review opinion in. */
export const PRE_REVIEW_OPEN: readonly Stage[] = ['submitted', 'pre_review'];

/** Stages visible to the whole district (drafts are private to their unit). */
export function isDeclared(stage: Stage): boolean {
  return stage !== 'draft' && stage !== 'sector_review';
}
