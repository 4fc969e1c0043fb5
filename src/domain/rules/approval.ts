// Approval (批复, Art.14) and decentralised construction (分散建设, Art.15): R-FORM, R-DECENTRAL.
// R-DECENTRAL applies at four moments — the request, the recording of its approvals, approval and
// procurement — so it has four checks sharing one meta.
import { finding, withCode } from './cite.js';
import type { DecentralisedFacts } from './stage-inputs.js';
import type { Finding, Rule, RuleMeta } from './types.js';

/**
 * Art.14: "审核通过后，申报单位自行在信息化项目管理平台下载《联合评审表》，并由联审单位分管领导签字并加盖公章
 * 后，扫描上传至信息化项目管理平台。" Approval without the scan is refused.
 */
export const ruleForm: Rule<'approval'> = {
  id: 'R-FORM',
  article: 'Art.14',
  stage: 'approval',
  severity: 'block',
  effects: ['block'],
  title: '联合评审表经联审单位分管领导签字并加盖公章后扫描上传',
  titleEn: 'The signed and stamped joint review form is uploaded before approval',
  params: () => ({}),
  check(input) {
    if (input.signedScanUploaded) return [];
    return [
      finding(
        ruleForm,
        'block',
        '未上传经联审单位分管领导签字并加盖公章的《联合评审表》扫描件，不予批复',
        "The joint review form signed by the reviewers' leaders and stamped is not uploaded; no approval",
        'signedScanUploaded',
      ),
    ];
  },
};

/**
 * Art.15: "涉密项目及由上级部门统一开发部署的项目等特殊情况，确需采取分散建设的，应经区级信息化项目管理工作
 * 会商机制审核同意后，由申报单位报经区政府批准后组织实施。"
 */
export const DECENTRAL_META: RuleMeta = {
  id: 'R-DECENTRAL',
  article: 'Art.15',
  stage: 'approval',
  severity: 'block',
  effects: ['block'],
  title: '确需分散建设的，经会商机制审核同意后报区政府批准',
  titleEn: "Decentralised construction needs the consultation mechanism's and the government's approval",
  params: () => ({}),
};

/** A requested decentralised construction needs both approvals recorded (before approval and procurement). */
export function decentralFindings(d: DecentralisedFacts | undefined): Finding[] {
  if (!d?.requested) return [];
  const out: Finding[] = [];
  if (!d.consultationApproved) {
    out.push(
      finding(
        DECENTRAL_META,
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
        DECENTRAL_META,
        'block',
        '确需采取分散建设的，会商机制审核同意后应由申报单位报经区政府批准；尚未记录区政府批准',
        "Decentralised construction needs the district government's approval, which is not recorded",
        'decentralised.governmentApproved',
      ),
    );
  }
  return out;
}

/** R-DECENTRAL at approval (批复). */
export const ruleDecentralAtApproval: Rule<'approval'> = {
  ...DECENTRAL_META,
  check: (input) => decentralFindings(input.decentralised),
};

/** R-DECENTRAL before procurement (Art.18 "不得组织采购和建设" with Art.15's approvals missing). */
export const ruleDecentralAtProcurement: Rule<'procurement'> = {
  ...DECENTRAL_META,
  check: (input) => decentralFindings(input.decentralised),
};

/**
 * R-DECENTRAL at the request: the basis must be one of Art.15's special cases. A classified basis
 * needs a project marked classified (涉密); an upper-level deployment is stated by the declarant and
 * weighed by the consultation mechanism.
 */
export const ruleDecentralRequest: Rule<'decentral_request'> = {
  ...DECENTRAL_META,
  check(input) {
    if (input.basis !== 'classified' || input.classified) return [];
    return [
      finding(
        DECENTRAL_META,
        'block',
        '本项目未标记为涉密项目',
        'The project is not marked classified, so classification cannot be the basis for decentralised construction',
        'basis',
      ),
    ];
  },
};

/**
 * R-DECENTRAL when its approvals are recorded: only a requested decentralised construction is
 * approved, and in Art.15's order — the consultation mechanism first (on record or in the same
 * request), then the government.
 */
export const ruleDecentralApproval: Rule<'decentral_approval'> = {
  ...DECENTRAL_META,
  check(input) {
    if (!input.requested) {
      return [
        finding(
          DECENTRAL_META,
          'block',
          '申报单位尚未申请分散建设',
          'The declarant has not asked for decentralised construction',
          'requested',
        ),
      ];
    }
    if (!input.governmentGiven || input.consultationApproved || input.consultationGiven) return [];
    return [
      withCode(
        finding(
          DECENTRAL_META,
          'block',
          '须先经会商机制审核同意，再报区政府批准',
          "The consultation mechanism's approval comes first, then the district government's",
          'government',
        ),
        'RULE_BLOCKED',
      ),
    ];
  },
};
