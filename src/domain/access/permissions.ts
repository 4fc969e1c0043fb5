// The permission catalogue. Every permission belongs to exactly one area; platform administration
// is split three ways (三权分立: system / security / audit) and none of the three areas holds any
// business (project) permission, so an administrator can never act on a project.

export const AREAS = ['system', 'security', 'audit', 'business'] as const;
export type Area = (typeof AREAS)[number];

export const PERMISSIONS = {
  // — system admin (系统管理员): organisations and accounts
  'org.manage': { area: 'system', zh: '管理组织机构', en: 'Manage organisations' },
  'user.manage': { area: 'system', zh: '管理用户账号', en: 'Manage accounts' },
  'session.revoke': { area: 'system', zh: '强制下线', en: 'Force sign-out' },
  // — security admin (安全管理员): roles, permissions, password and lockout policy
  'role.manage': { area: 'security', zh: '管理角色与权限', en: 'Manage roles and permissions' },
  'user.assign_roles': { area: 'security', zh: '为用户分配角色', en: 'Assign roles to accounts' },
  'policy.manage': { area: 'security', zh: '管理口令与锁定策略', en: 'Manage password and lockout policy' },
  'user.unlock': { area: 'security', zh: '解锁账号', en: 'Unlock accounts' },
  'user.reset_mfa': { area: 'security', zh: '重置双因素认证', en: 'Reset second factor' },
  // — audit admin (审计管理员): alone reads and verifies the audit trail
  'audit.read': { area: 'audit', zh: '查阅审计日志', en: 'Read the audit trail' },
  'audit.verify': { area: 'audit', zh: '校验审计日志完整性', en: 'Verify the audit chain' },
  // — business: the project lifecycle (Measures Art.8–34)
  'project.view_own': { area: 'business', zh: '查看本单位项目', en: "View own unit's projects" },
  'project.view_all': { area: 'business', zh: '查看全区项目', en: 'View all projects in the district' },
  'project.declare': { area: 'business', zh: '申报项目', en: 'Declare projects' },
  'project.forward': { area: 'business', zh: '扎口审核并转报 (第九条)', en: 'Review and forward (Art.9)' },
  'call.manage': { area: 'business', zh: '发布年度申报通知 (第十条)', en: 'Open the annual call (Art.10)' },
  'review.opinion': { area: 'business', zh: '出具联审意见 (第四条、第十条)', en: 'Give review opinions (Art.4, 10)' },
  'budget.review': { area: 'business', zh: '预算审核 (第十条)', en: 'Budget review (Art.10)' },
  'plan.issue': { area: 'business', zh: '下达年度计划 (第十条)', en: 'Issue the annual plan (Art.10)' },
  'ndrc.approve': { area: 'business', zh: '立项审批 (第十二条)', en: 'Project approval (Art.12)' },
  'project.comment': { area: 'business', zh: '监督意见', en: 'Oversight comments' },
  'project.implement': { area: 'business', zh: '项目实施与报告', en: 'Implement and report' },
  'project.supervise': { area: 'business', zh: '工程监理 (第十九条)', en: 'Supervise (Art.19)' },
  'project.evaluate': { area: 'business', zh: '第三方绩效评估 (第三十三条)', en: 'Third-party evaluation (Art.33)' },
  'project.audit': {
    area: 'business',
    zh: '审计监督：按日查阅、审计发现 (第三十四条)',
    en: 'Audit: as-of reads, findings (Art.34)',
  },
  'monitoring.submit': {
    area: 'business',
    zh: '报送月度监测数据 (第三十二条)',
    en: 'Submit monthly monitoring (Art.32)',
  },
  'monitoring.decide': {
    area: 'business',
    zh: '淘汰退出决定 (第三十二条)',
    en: 'Decide the elimination list (Art.32)',
  },
  'system.manage': {
    area: 'business',
    zh: '管理信息系统台账 (第二条、第七条)',
    en: 'Keep the systems register (Art.2, 7)',
  },
} as const satisfies Record<string, { area: Area; zh: string; en: string }>;

export type Permission = keyof typeof PERMISSIONS;

export function isPermission(p: string): p is Permission {
  return Object.hasOwn(PERMISSIONS, p);
}

export function areaOf(p: Permission): Area {
  return PERMISSIONS[p].area;
}

/** Business users who read projects (their own unit's, a forwarded unit's, or the district's): lists, statistics, exports. */
export const PROJECT_READ_PERMISSIONS: readonly Permission[] = [
  'project.view_all',
  'project.view_own',
  'project.declare',
  'project.forward',
];
