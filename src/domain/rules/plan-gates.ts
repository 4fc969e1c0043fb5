// The two annual-plan gates: budget review after pre-review (Art.10(3)) and plan issue (Art.10(4)).
import type { Edition, JointReviewPartyCode } from '../editions/types.js';
import { isFen } from '../money.js';
import { finding, hasText } from './cite.js';
import type { BudgetReviewInput, PreReviewOpinion } from './stage-inputs.js';
import type { Finding, Rule } from './types.js';

export type PreReviewOutcome = 'pending' | 'failed' | 'returned' | 'passed';

/**
 * Art.10(2): the four parties each give an opinion; the result is known when all have spoken.
 * Any 'fail' → failed; else any 'return' → returned; all 'pass' → passed.
 */
export function preReviewOutcome(opinions: BudgetReviewInput['preReviewOpinions'], edition: Edition): PreReviewOutcome {
  const given = edition.lists.jointReviewParties.value.map((p) => opinions[p.code]);
  if (given.some((o) => o === undefined)) return 'pending';
  if (given.includes('fail')) return 'failed';
  if (given.includes('return')) return 'returned';
  return 'passed';
}

const OPINION_ZH: Record<PreReviewOpinion | 'none', [string, string]> = {
  pass: ['通过', 'passed'],
  return: ['退回修改', 'returned for revision'],
  fail: ['不予通过', 'failed'],
  none: ['未出具意见', 'no opinion yet'],
};

/**
 * Art.10(3): "申报单位应在项目预审通过后，向区财政局申报下一年度项目预算……预审未通过的项目不予安排项目预算。"
 * Pre-review passed = every joint-review party of the edition gave 'pass'.
 */
export const rulePreBeforeBudget: Rule<'budget_review'> = {
  id: 'R-PRE-BEFORE-BUDGET',
  article: 'Art.10(3)',
  stage: 'budget_review',
  severity: 'block',
  effects: ['block'],
  title: '预审未通过的项目不予安排项目预算',
  titleEn: 'No budget for a project that has not passed pre-review',
  params: (ed) => ({ jointReviewParties: ed.lists.jointReviewParties }),
  check(input, ed) {
    if (preReviewOutcome(input.preReviewOpinions, ed) === 'passed') return [];
    const notPassed = ed.lists.jointReviewParties.value
      .map((p) => ({ p, o: input.preReviewOpinions[p.code as JointReviewPartyCode] ?? ('none' as const) }))
      .filter(({ o }) => o !== 'pass');
    return [
      finding(
        rulePreBeforeBudget,
        'block',
        `项目预审未通过（${notPassed.map(({ p, o }) => `${p.zh}：${OPINION_ZH[o][0]}`).join('；')}），预审未通过的项目不予安排项目预算`,
        `Pre-review not passed (${notPassed.map(({ p, o }) => `${p.en}: ${OPINION_ZH[o][1]}`).join('; ')}); no budget is arranged`,
        'preReviewOpinions',
      ),
    ];
  },
};

/**
 * Art.10(4): "对于已落实财政预算的项目，报经区政府同意后，区数据局纳入年度区级信息化项目清单管理。"
 * Needs an approved budget (> 0) and the government's consent with its document number.
 */
export const rulePlanList: Rule<'issue_plan'> = {
  id: 'R-PLAN-LIST',
  article: 'Art.10(4)',
  stage: 'issue_plan',
  severity: 'block',
  effects: ['block'],
  title: '已落实财政预算并报经区政府同意的项目，纳入年度区级信息化项目清单',
  titleEn: "Only budgeted projects, with the district government's consent, enter the annual project list",
  params: () => ({}),
  check(input) {
    const out: Finding[] = [];
    const b = input.approvedBudgetFen;
    if (b === null || !isFen(b) || b === 0) {
      out.push(
        finding(
          rulePlanList,
          'block',
          '项目未落实财政预算，不得纳入年度信息化项目清单',
          'The project has no approved budget and cannot enter the annual list',
          'approvedBudgetFen',
        ),
      );
    }
    if (!input.governmentConsent || !hasText(input.governmentConsent.docNumber)) {
      out.push(
        finding(
          rulePlanList,
          'block',
          '须报经区政府同意，并记录区政府同意的文号',
          "Record the district government's consent with its document number",
          'governmentConsent',
        ),
      );
    }
    return out;
  },
};
