// Built-in roles and the separation-of-duties rules (三权分立) that govern any role and any
// assignment of roles to a person.
import { areaOf, type Area, type Permission } from './permissions.js';

export interface RoleDef {
  code: string;
  name: string;
  nameEn: string;
  area: Area;
  permissions: Permission[];
}

export const ADMIN_ROLES = {
  system_admin: {
    code: 'system_admin',
    name: '系统管理员',
    nameEn: 'System administrator',
    area: 'system',
    permissions: ['org.manage', 'user.manage', 'session.revoke'],
  },
  security_admin: {
    code: 'security_admin',
    name: '安全管理员',
    nameEn: 'Security administrator',
    area: 'security',
    permissions: ['role.manage', 'user.assign_roles', 'policy.manage', 'user.unlock', 'user.reset_mfa'],
  },
  audit_admin: {
    code: 'audit_admin',
    name: '审计管理员',
    nameEn: 'Audit administrator',
    area: 'audit',
    permissions: ['audit.read', 'audit.verify'],
  },
} as const satisfies Record<string, RoleDef>;

export const BUSINESS_ROLES: RoleDef[] = [
  {
    code: 'declarant_clerk',
    name: '申报单位经办人',
    nameEn: 'Declarant clerk',
    area: 'business',
    permissions: ['project.view_own', 'project.declare'],
  },
  {
    code: 'declarant_leader',
    name: '申报单位负责人',
    nameEn: 'Declarant leader',
    area: 'business',
    permissions: ['project.view_own', 'project.declare'],
  },
  {
    code: 'sector_reviewer',
    name: '行业主管部门审核人',
    nameEn: 'Sector authority reviewer',
    area: 'business',
    permissions: ['project.view_own', 'project.forward'],
  },
  {
    code: 'data_bureau_officer',
    name: '数据局经办人',
    nameEn: 'Data bureau officer',
    area: 'business',
    permissions: [
      'project.view_all',
      'call.manage',
      'review.opinion',
      'plan.issue',
      'system.manage',
      'monitoring.decide',
    ],
  },
  {
    code: 'reviewer',
    name: '联审部门审核人',
    nameEn: 'Joint-review reviewer',
    area: 'business',
    permissions: ['project.view_all', 'review.opinion'],
  },
  {
    // 区大数据中心: a joint-review party (Art.4) that also runs the monthly monitoring (Art.32).
    code: 'bigdata_center_officer',
    name: '大数据中心经办人',
    nameEn: 'Big data center officer',
    area: 'business',
    permissions: ['project.view_all', 'review.opinion', 'monitoring.submit'],
  },
  {
    code: 'finance_officer',
    name: '财政局审核人',
    nameEn: 'Finance reviewer',
    area: 'business',
    permissions: ['project.view_all', 'review.opinion', 'budget.review'],
  },
  {
    code: 'ndrc_officer',
    name: '发改局审批人',
    nameEn: 'NDRC approver',
    area: 'business',
    permissions: ['project.view_all', 'ndrc.approve'],
  },
  {
    code: 'oversight',
    name: '监管部门',
    nameEn: 'Oversight body',
    area: 'business',
    permissions: ['project.view_all', 'project.comment'],
  },
  {
    code: 'auditor',
    name: '审计局审计人员',
    nameEn: 'Auditor (区审计局)',
    area: 'business',
    permissions: ['project.view_all', 'project.audit'],
  },
  {
    code: 'implementer',
    name: '实施单位人员',
    nameEn: 'Implementer',
    area: 'business',
    permissions: ['project.view_own', 'project.implement'],
  },
  {
    code: 'supervisor',
    name: '监理单位人员',
    nameEn: 'Supervisor',
    area: 'business',
    permissions: ['project.view_own', 'project.supervise'],
  },
  {
    code: 'evaluator',
    name: '第三方评估人员',
    nameEn: 'Third-party evaluator',
    area: 'business',
    permissions: ['project.view_own', 'project.evaluate'],
  },
];

export const ADMIN_ROLE_CODES = Object.keys(ADMIN_ROLES) as (keyof typeof ADMIN_ROLES)[];

export type SeparationProblem =
  | { code: 'ROLE_MIXES_AREAS'; message: string }
  | { code: 'ASSIGNMENT_MIXES_AREAS'; message: string }
  | { code: 'TWO_ADMIN_ROLES'; message: string };

/** A role holds permissions of its own area only (no admin permission in a business role). */
export function checkRolePermissions(area: Area, permissions: Permission[]): SeparationProblem | null {
  const foreign = permissions.filter((p) => areaOf(p) !== area);
  if (foreign.length === 0) return null;
  return { code: 'ROLE_MIXES_AREAS', message: `三权分立：该角色不能包含其他领域的权限（${foreign.join('、')}）` };
}

/** A person holds either business roles, or exactly one administrator role (三权分立). */
export function checkAssignment(roles: { code: string; area: Area }[]): SeparationProblem | null {
  const admin = roles.filter((r) => r.area !== 'business');
  if (admin.length > 1) {
    return { code: 'TWO_ADMIN_ROLES', message: '三权分立：一个账号只能担任一种管理员角色' };
  }
  if (admin.length === 1 && roles.length > 1) {
    return { code: 'ASSIGNMENT_MIXES_AREAS', message: '三权分立：管理员账号不能同时拥有业务角色' };
  }
  return null;
}

/**
 * The business role a new account of an organisation starts with (the security admin may change
 * it). Follows SPEC §1: what a person may do follows from their organisation's role.
 */
export function defaultRoleFor(orgRoles: readonly string[], position: 'clerk' | 'leader'): string {
  const has = (r: string) => orgRoles.includes(r);
  if (has('data_bureau')) return 'data_bureau_officer';
  if (has('finance')) return 'finance_officer';
  if (has('bigdata_center')) return 'bigdata_center_officer';
  if (has('cyberspace')) return 'reviewer';
  if (has('ndrc')) return 'ndrc_officer';
  if (has('audit')) return 'auditor';
  if (has('public_security') || has('secrecy_crypto')) return 'oversight';
  if (has('implementer')) return 'implementer';
  if (has('supervisor')) return 'supervisor';
  if (has('evaluator')) return 'evaluator';
  if (has('sector_authority') && position === 'leader') return 'sector_reviewer';
  return position === 'leader' ? 'declarant_leader' : 'declarant_clerk';
}
