// Joint review (联审, Art.13): R-RECOVERY, when finance records the reviewed tender control price.
import { finding } from './cite.js';
import { recoveryFen } from './later-stage-calcs.js';
import type { Finding, Rule } from './types.js';
import { yuanEn, yuanZh } from './wording.js';
import type { Fen } from '../money.js';

/**
 * Art.13: "预算超过审核确定的招标控制价部分区财政予以收回。" The amount recovered is
 * max(0, budget − control price), computed by recoveryFen; the finding records it.
 */
export const ruleRecovery: Rule<'control_price'> = {
  id: 'R-RECOVERY',
  article: 'Art.13',
  stage: 'joint_review',
  severity: 'info',
  effects: ['record'],
  title: '预算超过审核确定的招标控制价部分区财政予以收回',
  titleEn: 'Budget above the reviewed tender control price is recovered by finance',
  params: () => ({}),
  check: (input) => [recoveryFinding(input.budgetFen, input.controlPriceFen)],
};

/** The R-RECOVERY finding: the amount recovered, or that nothing is. */
export function recoveryFinding(budgetFen: Fen, controlPriceFen: Fen): Finding {
  const rec = recoveryFen(budgetFen, controlPriceFen);
  const head = `预算${yuanZh(budgetFen)}，审核确定的招标控制价${yuanZh(controlPriceFen)}`;
  const headEn = `Budget ${yuanEn(budgetFen)}, reviewed tender control price ${yuanEn(controlPriceFen)}`;
  return rec > 0
    ? finding(
        ruleRecovery,
        'info',
        `${head}，预算超过招标控制价部分${yuanZh(rec)}由区财政予以收回`,
        `${headEn}: ${yuanEn(rec)} above the control price is recovered by finance`,
        'controlPriceFen',
      )
    : finding(
        ruleRecovery,
        'info',
        `${head}，预算未超过招标控制价，无需收回`,
        `${headEn}: the budget is not above the control price, nothing is recovered`,
        'controlPriceFen',
      );
}
