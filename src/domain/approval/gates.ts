// Gates of approval, procurement and construction: SPEC §3 steps 9–11, rules R-FORM, R-DECENTRAL,
// R-PROCURE, R-SUPERVISION. Each returns blocking findings (empty = may proceed), one per missing
// condition, so the screen can say exactly what is missing.
import type { Edition } from '../editions/types.js';
import { assertFen, type Fen } from '../money.js';
import { finding } from '../rules/cite.js';
import { needsSupervision } from '../rules/later-stage-calcs.js';
import type { Finding } from '../rules/types.js';
import { lineEn, lineZh, ruleRef, yuanEn, yuanZh } from './text.js';

/**
 * Art.15: "涉密项目及由上级部门统一开发部署的项目等特殊情况，确需采取分散建设的，应经区级信息化项目管理工作
 * 会商机制审核同意后，由申报单位报经区政府批准后组织实施。"
 */
export interface DecentralisedFacts {
  /** The declarant asks for decentralised construction (分散建设). */
  requested: boolean;
  /** 会商机制审核同意, recorded. */
  consultationApproved: boolean;
  /** 区政府批准, recorded. */
  governmentApproved: boolean;
}

/** R-DECENTRAL (Art.15): a requested decentralised construction needs both approvals recorded. */
export function decentralFindings(d: DecentralisedFacts | undefined): Finding[] {
  if (!d?.requested) return [];
  const r = ruleRef('R-DECENTRAL');
  const out: Finding[] = [];
  if (!d.consultationApproved) {
    out.push(
      finding(
        r,
        'block',
        '确需采取分散建设的，应经区级信息化项目管理工作会商机制审核同意；尚未记录会商机制审核同意',
        "Decentralised construction needs the consultation mechanism's approval, which is not recorded",
        'decentralised.consultationApproved',
      ),
    );
  }
  if (!d.governmentApproved) {
    out.push(
      finding(
        r,
        'block',
        '确需采取分散建设的，会商机制审核同意后应由申报单位报经区政府批准；尚未记录区政府批准',
        "Decentralised construction needs the district government's approval, which is not recorded",
        'decentralised.governmentApproved',
      ),
    );
  }
  return out;
}

/** Facts derived from the project's stage and records before procurement (Art.18). */
export interface ProcurementFacts {
  /** In the annual district IT project list (年度区级信息化项目清单, Art.10(4)). */
  inAnnualList: boolean;
  /** Passed the joint review (技术方案审核, Art.13). */
  jointReviewPassed: boolean;
  /** Budget / estimate approved (概算审核). */
  budgetApproved: boolean;
  /** R-NDRC applies (approvalRoute().ndrcRequired). */
  ndrcRequired: boolean;
  /** 区发改局 立项批复 recorded. */
  ndrcApproved: boolean;
  /** The project is approved (批复, Art.14). */
  approved: boolean;
  decentralised?: DecentralisedFacts;
}

/**
 * R-PROCURE, Art.18: "未纳入年度区级信息化项目清单、未通过技术方案审核和概算审核、未获得立项批复的项目，
 * 不得组织采购和建设。" Plus R-DECENTRAL (Art.15) when decentralised construction is requested.
 */
export function procurementGate(f: ProcurementFacts, edition: Edition): Finding[] {
  const r = ruleRef('R-PROCURE');
  const tail = '，不得组织采购和建设';
  const tailEn = '; no procurement or construction';
  const missing: [boolean, keyof ProcurementFacts, string, string][] = [
    [
      f.inAnnualList,
      'inAnnualList',
      '项目未纳入年度区级信息化项目清单',
      'The project is not in the annual district IT project list',
    ],
    [
      f.jointReviewPassed,
      'jointReviewPassed',
      '项目未通过技术方案审核（联审）',
      'The project has not passed the technical (joint) review',
    ],
    [f.budgetApproved, 'budgetApproved', '项目未通过概算审核', "The project's budget estimate is not approved"],
    [
      f.approved,
      'approved',
      '项目未获得批复（联合评审表签字盖章扫描件未上传）',
      'The project is not approved (no signed joint review form)',
    ],
    [
      !f.ndrcRequired || f.ndrcApproved,
      'ndrcApproved',
      `总投资${lineZh(edition.params.ndrcLine)}的使用预算安排资金的建设类项目，未获得区发改局立项批复`,
      `A budget-funded build project with a total ${lineEn(edition.params.ndrcLine)} has no NDRC approval recorded`,
    ],
  ];
  const out = missing
    .filter(([ok]) => !ok)
    .map(([, field, zh, en]) => finding(r, 'block', zh + tail, en + tailEn, field));
  return [...out, ...decentralFindings(f.decentralised)];
}

/**
 * R-SUPERVISION, Art.19: "投资预算超过50万元的信息化项目应实行工程监理制，项目法人……委托具备相应资质的信息系统
 * 工程监理单位，依据……信息系统工程监理合同对项目建设进行监督管理。" 超过: 50万 itself needs none.
 * Construction is also subject to procurementGate (Art.18 "不得组织采购和建设").
 */
export function constructionGate(f: { budgetFen: Fen; supervisionContract: boolean }, edition: Edition): Finding[] {
  assertFen(f.budgetFen, 'budgetFen');
  if (!needsSupervision(f.budgetFen, edition) || f.supervisionContract) return [];
  const line = edition.params.supervisionLine;
  return [
    finding(
      ruleRef('R-SUPERVISION'),
      'block',
      `投资预算${yuanZh(f.budgetFen)}，${lineZh(line)}，应实行工程监理制：与具备相应资质的信息系统工程监理单位签订监理合同后方可开工建设`,
      `Budget ${yuanEn(f.budgetFen)} is ${lineEn(line)}: construction starts only after a supervision contract with a qualified supervision unit`,
      'supervisionContract',
    ),
  ];
}

/**
 * R-FORM, Art.14: "审核通过后，申报单位自行在信息化项目管理平台下载《联合评审表》，并由联审单位分管领导签字并加盖
 * 公章后，扫描上传至信息化项目管理平台。" Approval without the scan is refused; plus R-DECENTRAL (Art.15).
 */
export function approvalGate(f: { signedScanUploaded: boolean; decentralised?: DecentralisedFacts }): Finding[] {
  const out: Finding[] = [];
  if (!f.signedScanUploaded) {
    out.push(
      finding(
        ruleRef('R-FORM'),
        'block',
        '未上传经联审单位分管领导签字并加盖公章的《联合评审表》扫描件，不予批复',
        "The joint review form signed by the reviewers' leaders and stamped is not uploaded; no approval",
        'signedScanUploaded',
      ),
    );
  }
  return [...out, ...decentralFindings(f.decentralised)];
}
