// Gates of approval, procurement and construction: SPEC §3 steps 9–11, rules R-FORM, R-DECENTRAL,
// R-PROCURE, R-SUPERVISION. Each returns blocking findings (empty = may proceed), one per missing
// condition. The checks are the rules' (../rules/approval.ts, ../rules/construction.ts), run by
// runRules at 'approval', 'procurement' and 'construction'; these are the same calls by name.
import { defaultEdition } from '../editions/index.js';
import type { Edition } from '../editions/types.js';
import type { Fen } from '../money.js';
import { runRules } from '../rules/engine.js';
import type { ApprovalInput, ProcurementFacts } from '../rules/stage-inputs.js';
import type { Finding } from '../rules/types.js';

export { decentralFindings } from '../rules/approval.js';
export type { DecentralisedFacts, ProcurementFacts } from '../rules/stage-inputs.js';

/**
 * R-PROCURE, Art.18: "未纳入年度区级信息化项目清单、未通过技术方案审核和概算审核、未获得立项批复的项目，
 * 不得组织采购和建设。" Plus R-DECENTRAL (Art.15) when decentralised construction is requested.
 */
export function procurementGate(f: ProcurementFacts, edition: Edition): Finding[] {
  return runRules('procurement', f, edition);
}

/**
 * R-SUPERVISION, Art.19: "投资预算超过50万元的信息化项目应实行工程监理制" (超过: 50万 itself needs none).
 * Construction is also subject to procurementGate (Art.18 "不得组织采购和建设").
 */
export function constructionGate(f: { budgetFen: Fen; supervisionContract: boolean }, edition: Edition): Finding[] {
  return runRules('construction', f, edition);
}

/**
 * R-FORM, Art.14: approval without the signed 联合评审表 scan is refused; plus R-DECENTRAL (Art.15).
 * No parameter of the edition is involved, so the default edition runs the rules.
 */
export function approvalGate(f: ApprovalInput, edition: Edition = defaultEdition): Finding[] {
  return runRules('approval', f, edition);
}
