// The obvious arithmetic of the rules of Art.12–19, as pure functions over edition parameters.
import { meets } from '../editions/legal-number.js';
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

// R-CHANGE, Art.17: decided in one place (./change.ts); changeRoute is its route.
export type { ChangeGround, ChangeRequest } from './stage-inputs.js';
export { changeRoute } from './change.js';
