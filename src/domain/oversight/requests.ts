// Oversight words (Art.22, 31, 33): what the oversight bureaus send a project owner, and what the data
// bureau samples for its spot checks.

/**
 * Art.22 "加强对项目建设管理的过程性指导"; Art.31 "申报单位、实施单位应当接受……监督管理……如实提供项目有关资料和情况，
 * 不得拒绝、隐匿、瞒报": a request for information (the owner must answer) or a guidance note (answered too).
 */
export const OVERSIGHT_REQUEST_KINDS = {
  information: { zh: '情况说明及资料调取', en: 'Request for information', article: 'Art.31' },
  guidance: { zh: '过程性指导意见', en: 'Guidance note', article: 'Art.22' },
} as const;
export type OversightRequestKind = keyof typeof OVERSIGHT_REQUEST_KINDS;

/** The organisation roles that send them: 公安 (等保), 保密/密码, 审计 (Art.22, 31, 34). */
export const OVERSIGHT_ORG_ROLES = ['public_security', 'secrecy_crypto', 'audit'] as const;

/** Art.33 "区数据局对报表进行抽查复核": the yearly self-evaluations filed, or the yearly O&M reports. */
export const SPOT_CHECK_POPULATIONS = {
  self_evaluation: { zh: '年度自评价报告', en: 'Self-evaluation reports', article: 'Art.33' },
  om_report: { zh: '年度运维服务情况报表', en: 'Yearly O&M reports', article: 'Art.33' },
} as const;
export type SpotCheckPopulation = keyof typeof SPOT_CHECK_POPULATIONS;
