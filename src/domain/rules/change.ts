// Changes during construction (调整变更, Art.17): R-CHANGE, decided in one place. Art.17:
// "项目投资规模未超出预算批复前提下，项目主要建设内容确需调整且调整金额不超过400万元或调整数额不超过合同金额10%，
// 并符合下列情形之一的，可以由申报单位调整，并通过信息化项目管理平台进行备案：（一）根据国家、省、市、区部署，确需
// 改变建设内容的；（二）确需对原项目技术方案进行完善优化的；（三）根据所建信息化项目业务发展需要，在已批复项目建设
// 规划的框架下调整相关建设内容及进度的。不符合上述情形的，应重新履行项目申报程序。"
import { isPhraseTrue, meets } from '../editions/legal-number.js';
import type { Edition } from '../editions/types.js';
import { assertFen } from '../money.js';
import { finding } from './cite.js';
import type { ChangeGround, ChangeRequest } from './stage-inputs.js';
import type { Finding, Rule, RuleMeta } from './types.js';
import { inclusiveZh, lineEn, lineZh, percentOfZh, yuanEn, yuanZh } from './wording.js';

export const CHANGE_GROUNDS: Record<ChangeGround, { zh: string; en: string; article: string }> = {
  mandate: {
    zh: '根据国家、省、市、区部署，确需改变建设内容的',
    en: 'A national/provincial/city/district deployment requires changing the content',
    article: 'Art.17(1)',
  },
  optimisation: {
    zh: '确需对原项目技术方案进行完善优化的',
    en: 'The technical plan needs to be improved or optimised',
    article: 'Art.17(2)',
  },
  business_need: {
    zh: '根据所建信息化项目业务发展需要，在已批复项目建设规划的框架下调整相关建设内容及进度的',
    en: "Business development needs, within the approved construction plan's framework",
    article: 'Art.17(3)',
  },
};

export type ChangeCondition = 'within_budget' | 'amount_line' | 'contract_percent' | 'ground';

export interface ChangeReason {
  condition: ChangeCondition;
  met: boolean;
  zh: string;
  en: string;
  article: string;
}

export interface ChangeDecision {
  route: 'file' | 'redeclare';
  /** Every condition, met or not, with its amounts — shown and kept with the decision. */
  reasons: ChangeReason[];
  finding: Finding;
  /** The edition whose lines decided (kept with the decision). */
  edition: string;
}

const CHANGE_META: RuleMeta = {
  id: 'R-CHANGE',
  article: 'Art.17',
  stage: 'change',
  severity: 'info',
  effects: ['route'],
  title: '未超出预算批复、调整金额不超过400万元或不超过合同金额10%且符合法定情形的，备案；否则重新申报',
  titleEn:
    'Within the approved budget, ≤ 4 million yuan or ≤ 10% of the contract, on a listed ground → filing; else re-declaration',
  params: (ed) => ({
    changeAmountLine: ed.params.changeAmountLine,
    changeContractPercent: ed.params.changeContractPercent,
  }),
};

/**
 * Decides a change: 'file' (申报单位调整并备案) when within the approved budget (equal is within),
 * (amount "不超过" the line OR "不超过" pct% of the contract, exactly in BigInt), and on one of the
 * three grounds; else 'redeclare' (重新履行项目申报程序). Every condition is returned with its amounts,
 * and one finding explains the route.
 */
export function decideChange(req: ChangeRequest, edition: Edition): ChangeDecision {
  for (const k of ['approvedBudgetFen', 'totalAfterFen', 'changeFen', 'contractFen'] as const) assertFen(req[k], k);
  const { changeAmountLine: amountLine, changeContractPercent: pct } = edition.params;
  const art = amountLine.article;

  const withinBudget = req.totalAfterFen <= req.approvedBudgetFen; // 未超出预算批复: equal is within
  const byAmount = meets(req.changeFen, amountLine);
  // Exactly, in BigInt: change·100 against contract·pct (10% of 1,000,000.05元 is 100,000.005元).
  const diff = BigInt(req.changeFen) * 100n - BigInt(req.contractFen) * BigInt(pct.value);
  const byPercent = isPhraseTrue(diff > 0n ? 1 : diff < 0n ? -1 : 0, pct.word, 0);
  const ground = req.ground === null ? null : CHANGE_GROUNDS[req.ground];
  const smallEnough = byAmount || byPercent;
  const route = withinBudget && smallEnough && ground !== null ? 'file' : 'redeclare';

  const reasons: ChangeReason[] = [
    {
      condition: 'within_budget',
      met: withinBudget,
      article: art,
      zh: `调整后总投资${yuanZh(req.totalAfterFen)}，${withinBudget ? '未超出' : '超出'}预算批复${yuanZh(req.approvedBudgetFen)}`,
      en: `Total after the change ${yuanEn(req.totalAfterFen)} is ${withinBudget ? 'within' : 'over'} the approved budget ${yuanEn(req.approvedBudgetFen)}`,
    },
    {
      condition: 'amount_line',
      met: byAmount,
      article: art,
      zh: `调整金额${yuanZh(req.changeFen)}，${byAmount ? '' : '不'}符合“${lineZh(amountLine)}”`,
      en: `Change amount ${yuanEn(req.changeFen)} ${byAmount ? 'meets' : 'fails'} “${lineEn(amountLine)}”`,
    },
    {
      condition: 'contract_percent',
      met: byPercent,
      article: pct.article,
      zh: `调整数额${yuanZh(req.changeFen)}，合同金额${yuanZh(req.contractFen)}的${pct.value}%为${percentOfZh(req.contractFen, pct.value)}，${byPercent ? '' : '不'}符合“${pct.word}合同金额${pct.value}%”（“${pct.word}”${inclusiveZh(pct.word)}）`,
      en: `Change ${yuanEn(req.changeFen)} ${byPercent ? 'meets' : 'fails'} “${pct.word === '不超过' ? 'at most' : pct.word} ${pct.value}% of the contract ${yuanEn(req.contractFen)}” (limit ${percentOfZh(req.contractFen, pct.value).replace('元', ' yuan')})`,
    },
    {
      condition: 'ground',
      met: ground !== null,
      article: ground?.article ?? 'Art.17(1)–(3)',
      zh: ground ? `符合法定情形：${ground.zh}` : '未说明符合第十七条第（一）至（三）项情形之一',
      en: ground ? `Ground: ${ground.en}` : 'No ground of Art.17(1)–(3) given',
    },
  ];

  // Unmet conditions that decide: the amount tests matter only when both fail (either suffices).
  const unmet = reasons.filter(
    (x) => !x.met && (x.condition === 'within_budget' || x.condition === 'ground' || !smallEnough),
  );
  const met = reasons.filter((x) => x.met);
  const f =
    route === 'file'
      ? finding(
          CHANGE_META,
          'info',
          `${met.map((x) => x.zh).join('；')}：可以由申报单位调整，并通过信息化项目管理平台进行备案`,
          `${met.map((x) => x.en).join('; ')}: the declarant makes the change and files it`,
          'change',
        )
      : finding(
          CHANGE_META,
          'info',
          `${unmet.map((x) => x.zh).join('；')}：不符合备案情形，应重新履行项目申报程序`,
          `${unmet.map((x) => x.en).join('; ')}: not a filed change, the project must be declared again`,
          'change',
        );
  return { route, reasons, finding: f, edition: edition.id };
}

/** R-CHANGE, Art.17: 'file' (备案) or 'redeclare' (重新申报) — the route decideChange gives. */
export const changeRoute = (c: ChangeRequest, edition: Edition): 'file' | 'redeclare' => decideChange(c, edition).route;

/** R-CHANGE: the finding that explains the route, condition by condition. */
export const ruleChange: Rule<'change'> = {
  ...CHANGE_META,
  check: (input, edition) => [decideChange(input, edition).finding],
};
