// Organisation roles of SPEC §1 (Measures Art.4, 5, 9).

export const ORG_ROLES = {
  data_bureau: { zh: '区数据局', en: 'District Data Bureau' },
  cyberspace: { zh: '区委网信办', en: 'Cyberspace Affairs Office' },
  finance: { zh: '区财政局', en: 'Finance Bureau' },
  bigdata_center: { zh: '区大数据中心', en: 'Big Data Center' },
  ndrc: { zh: '区发改局', en: 'Development and Reform Bureau' },
  public_security: { zh: '公安分局', en: 'Public Security Sub-bureau' },
  secrecy_crypto: { zh: '区保密局、密码管理局', en: 'Secrecy and Cryptography Bureau' },
  audit: { zh: '区审计局', en: 'Audit Bureau' },
  declarant: { zh: '申报单位', en: 'Declaring unit' },
  sector_authority: { zh: '行业主管部门 / 上级国企', en: 'Sector authority / parent SOE' },
  implementer: { zh: '实施单位', en: 'Implementer' },
  supervisor: { zh: '监理单位', en: 'Supervision unit' },
  evaluator: { zh: '第三方机构', en: 'Third-party evaluator' },
} as const;

export type OrgRole = keyof typeof ORG_ROLES;
export const ORG_ROLE_CODES = Object.keys(ORG_ROLES) as OrgRole[];

/** The four parties of the joint review (四方联审, Art.4). */
export const JOINT_REVIEW_PARTIES = ['data_bureau', 'cyberspace', 'finance', 'bigdata_center'] as const;

export const ORG_KINDS = {
  district_dept: { zh: '区级部门', en: 'District department' },
  town: { zh: '镇', en: 'Town' },
  street: { zh: '街道', en: 'Street office' },
  park: { zh: '园区管委会', en: 'Park committee' },
  soe: { zh: '区属国有企业', en: 'District SOE' },
  sub_enterprise: { zh: '国企下属子企业', en: 'SOE subsidiary' },
  school: { zh: '学校', en: 'School' },
  hospital: { zh: '医院', en: 'Hospital' },
  public_institution: { zh: '事业单位', en: 'Public institution' },
  company: { zh: '企业', en: 'Company' },
} as const;

export type OrgKind = keyof typeof ORG_KINDS;

/**
 * Units whose declarations go through a sector authority first (扎口管理, Art.9): schools,
 * hospitals and other public institutions under a department, and SOE subsidiaries.
 */
export function needsSectorAuthority(kind: OrgKind): boolean {
  return kind === 'school' || kind === 'hospital' || kind === 'sub_enterprise';
}

export type HomeKind =
  | 'system_admin'
  | 'security_admin'
  | 'audit_admin'
  | 'data_bureau'
  | 'reviewer'
  | 'ndrc'
  | 'oversight'
  | 'declarant'
  | 'implementer'
  | 'supervisor'
  | 'evaluator';

/** Which home page fits the person: administrators by their role, others by their organisation. */
export function homeKindFor(orgRoles: readonly string[], adminRole: string | null): HomeKind {
  if (adminRole === 'system_admin' || adminRole === 'security_admin' || adminRole === 'audit_admin') return adminRole;
  const has = (r: OrgRole) => orgRoles.includes(r);
  if (has('data_bureau')) return 'data_bureau';
  if (has('cyberspace') || has('finance') || has('bigdata_center')) return 'reviewer';
  if (has('ndrc')) return 'ndrc';
  if (has('public_security') || has('secrecy_crypto') || has('audit')) return 'oversight';
  if (has('implementer')) return 'implementer';
  if (has('supervisor')) return 'supervisor';
  if (has('evaluator')) return 'evaluator';
  return 'declarant';
}
