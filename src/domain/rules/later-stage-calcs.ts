// The obvious arithmetic of some later-stage rules, as pure functions over edition parameters.
import { isPhraseTrue, meets } from '../editions/legal-number.js';
import type { Edition, FundingSourceCode, KindCode } from '../editions/types.js';
import { assertFen, type Fen } from '../money.js';

/** R-RECOVERY, Art.13: "预算超过审核确定的招标控制价部分区财政予以收回" = max(0, budget − control price). */
export function recoveryFen(budgetFen: Fen, controlPriceFen: Fen): Fen {
  assertFen(budgetFen, 'budget');
  assertFen(controlPriceFen, 'control price');
  return Math.max(0, budgetFen - controlPriceFen);
}

/** Funding that counts as 预算安排资金 (Art.12): fiscal funds and the government part of joint funding. */
export const BUDGET_FUNDED: readonly FundingSourceCode[] = ['fiscal', 'joint'];

/** Art.12 "使用预算安排资金": some fiscal or joint (government part) funding above 0. */
export function usesBudgetFunds(fundingSources: readonly { source: FundingSourceCode; amountFen: Fen }[]): boolean {
  return fundingSources.some((f) => BUDGET_FUNDED.includes(f.source) && f.amountFen > 0);
}

/**
 * R-NDRC, Art.12: "总投资超过400万元的使用预算安排资金的建设类项目" — a build project whose total
 * (all sources) is 超过 the line and that uses some budget funds.
 */
export function needsNdrcApproval(
  p: { kind: KindCode; totalFen: Fen; fundingSources: readonly { source: FundingSourceCode; amountFen: Fen }[] },
  edition: Edition,
): boolean {
  return p.kind === 'build' && usesBudgetFunds(p.fundingSources) && meets(p.totalFen, edition.params.ndrcLine);
}

/** R-NDRC-SIMPLE, Art.12(3): "总投资800万元以下的项目，可以视情合并编报" (以下 includes 800万). */
export function mayMergeNdrcDocuments(totalFen: Fen, edition: Edition): boolean {
  return meets(totalFen, edition.params.simplifiedMergeLine);
}

/** R-SUPERVISION, Art.19: "投资预算超过50万元的信息化项目应实行工程监理制" (超过: 50万 itself does not). */
export function needsSupervision(budgetFen: Fen, edition: Edition): boolean {
  return meets(budgetFen, edition.params.supervisionLine);
}

/** Art.17 (一)–(三): the three grounds for a filed change. */
export type ChangeGround = 'mandate' | 'optimisation' | 'business_need';

export interface ChangeRequest {
  approvedBudgetFen: Fen;
  /** Project total after the change. */
  totalAfterFen: Fen;
  /** Amount of the change (调整金额). */
  changeFen: Fen;
  contractFen: Fen;
  ground: ChangeGround | null;
}

/**
 * R-CHANGE, Art.17: "项目投资规模未超出预算批复前提下，项目主要建设内容确需调整且调整金额不超过400万元或
 * 调整数额不超过合同金额10%，并符合下列情形之一的，可以由申报单位调整……备案……不符合上述情形的，应重新履行
 * 项目申报程序。" → 'file' (备案) or 'redeclare' (重新申报).
 */
export function changeRoute(c: ChangeRequest, edition: Edition): 'file' | 'redeclare' {
  const { changeAmountLine, changeContractPercent: pct } = edition.params;
  const withinBudget = c.totalAfterFen <= c.approvedBudgetFen;
  // Exact percentage: compare change·100 with contract·percent, as a sign against 0.
  const diff = BigInt(c.changeFen) * 100n - BigInt(c.contractFen) * BigInt(pct.value);
  const withinPercent = isPhraseTrue(diff > 0n ? 1 : diff < 0n ? -1 : 0, pct.word, 0);
  const smallEnough = meets(c.changeFen, changeAmountLine) || withinPercent;
  return withinBudget && smallEnough && c.ground !== null ? 'file' : 'redeclare';
}
