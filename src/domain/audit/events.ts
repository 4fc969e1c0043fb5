// The typed catalogue of audit events (Art.31, 34; 等保 安全审计). Every write the platform makes
// names one of these. Adding an event = one line here, with a comment saying when it is written.

export const AUDIT_EVENTS = {
  /** A person signed in (password, password + TOTP, or the unified identity system). */
  'auth.login': '登录',
  /** A sign-in failed: unknown user, wrong password, wrong code, disabled or locked account. */
  'auth.login_failed': '登录失败',
  /** The account reached the failed-attempt threshold and was locked. */
  'auth.locked': '账号锁定',
  /** A person signed out. */
  'auth.logout': '退出登录',
  /** A person changed their own password (first sign-in, expiry, or by choice). */
  'auth.password_changed': '修改密码',
  /** A person enrolled a TOTP authenticator. */
  'auth.mfa_enrolled': '绑定双因素认证',
  /** A person signed in with a one-time recovery code. */
  'auth.recovery_code_used': '使用恢复码',
  /** A request was refused for lack of permission (403). */
  'access.denied': '越权访问被拒绝',
  /** The system admin created an organisation. */
  'org.created': '新建组织机构',
  /** The system admin changed an organisation (name, roles, parent, disabled). */
  'org.updated': '修改组织机构',
  /** The system admin created an account. */
  'user.created': '新建用户',
  /** The system admin changed an account (name, organisation, contact, disabled). */
  'user.updated': '修改用户',
  /** The system admin reset an account's password (it must be changed at next sign-in). */
  'user.password_reset': '重置密码',
  /** The system admin ended every session of an account (强制下线). */
  'user.sessions_revoked': '强制下线',
  /** The security admin set an account's roles. */
  'user.roles_changed': '分配角色',
  /** The security admin unlocked a locked account. */
  'user.unlocked': '解锁账号',
  /** The security admin cleared an account's second factor. */
  'user.mfa_reset': '重置双因素认证',
  /** The security admin created a role. */
  'role.created': '新建角色',
  /** The security admin changed a role's name or permissions. */
  'role.updated': '修改角色权限',
  /** The security admin changed the password / lockout / session / MFA policy. */
  'policy.updated': '修改安全策略',
  /** The audit admin read the audit trail. */
  'audit.viewed': '查阅审计日志',
  /** The audit admin (or `npm run audit:verify`) checked the hash chain. */
  'audit.verified': '校验审计日志',
  /** The data bureau opened an annual call for next year's declarations (Art.8, 10(1)). */
  'call.opened': '发布年度申报通知',
  /** The data bureau changed a call (text, deadline, closed it). */
  'call.updated': '修改年度申报通知',
  /** A declarant created a project draft. */
  'project.created': '新建项目草稿',
  /** A declarant saved the draft (autosave included). */
  'project.updated': '保存申报信息',
  /** A declarant submitted (to the sector authority first where Art.9 applies). */
  'project.submitted': '提交申报',
  /** A submission was refused by blocking rules (the findings are in the detail). */
  'project.submit_refused': '申报被规则拦截',
  /** A declarant withdrew a submission before review started. */
  'project.withdrawn': '撤回申报',
  /** The sector authority forwarded a declaration (Art.9). */
  'project.forwarded': '行业主管部门转报',
  /** The sector authority returned a declaration to its unit (Art.9). */
  'project.sector_returned': '行业主管部门退回',
  /** A joint-review party gave its pre-review opinion (Art.10(2)). */
  'project.pre_review_opinion': '出具预审意见',
  /** The fourth opinion arrived and the pre-review outcome was computed (Art.10(2)). */
  'project.pre_review_concluded': '预审结论',
  /** Finance reviewed the budget (Art.10(3)). */
  'project.budget_reviewed': '预算审核',
  /** The data bureau issued the annual plan with the government's consent (Art.10(4)). */
  'plan.issued': '下达年度计划',
  /** Someone exported the annual project list. */
  'plan.exported': '导出年度项目清单',
  /** A declarant uploaded a new version of a project document (SPEC §6; Art.10(1)). */
  'document.uploaded': '上传材料',
  /** Someone downloaded a document version (who read which file, SPEC §6). */
  'document.downloaded': '下载材料',
  /** A declarant withdrew a never-submitted document version (kept, hidden). */
  'document.withdrawn': '撤回材料',
  /** A lifecycle action was refused by a blocking rule (rule ids in the detail). */
  'project.action_refused': '操作被规则拦截',
  /** The declarant submitted the project application (Art.11, 12). */
  'project.application_submitted': '提交项目审核申报',
  /** 区发改局 recorded its project approval (立项批复, Art.12). */
  'project.ndrc_approved': '立项批复',
  /** A joint-review party gave its formal opinion (Art.13). */
  'project.joint_review_opinion': '出具联审意见',
  /** The fourth joint-review opinion arrived; the revision deadline started (Art.13, 14). */
  'project.joint_review_concluded': '联审结论',
  /** Finance recorded the reviewed tender control price; the recovery was computed (Art.13). */
  'project.control_price_recorded': '录入招标控制价',
  /** The data bureau recorded an offline review meeting (Art.13). */
  'project.meeting_recorded': '登记线下评审会',
  /** The declarant submitted the final version (Art.14), on time or overdue. */
  'project.revision_submitted': '提交方案终稿',
  /** Someone generated the 联合评审表 (Art.14). */
  'project.form_generated': '生成联合评审表',
  /** The data bureau approved the project (批复, Art.14). */
  'project.approved': '项目批复',
  /** Decentralised construction was requested or its approvals recorded (Art.15). */
  'project.decentral_updated': '分散建设申请/审批',
  /** Procurement and contract recorded; the implementer now sees the project (Art.16, 18). */
  'project.procurement_recorded': '登记采购与合同',
  /** Supervision contract recorded; the supervisor now sees the project (Art.19). */
  'project.supervision_recorded': '登记监理合同',
  /** Construction started (Art.15, 19). */
  'project.construction_started': '开始建设',
  /** A change was filed (备案) or sent back to declaration (Art.17). */
  'project.change_decided': '调整变更',
  /** Someone exported the year's review results as Excel (SPEC §7). */
  'review_results.exported': '导出评审结果',
  /** Someone exported the project's whole file (documents, history) as one archive (SPEC §7). */
  'project.archive_exported': '导出项目档案',
  /** The data bureau entered or corrected a year of official holidays and 调休 working days. */
  'calendar.updated': '更新节假日数据',
  /** The demo district was seeded at first start. */
  'system.seeded': '初始化演示数据',
} as const;

export type AuditAction = keyof typeof AUDIT_EVENTS;
export type AuditOutcome = 'success' | 'failure' | 'denied';

/** The same events in English (the UI's second language); the type keeps the keys complete. */
export const AUDIT_EVENTS_EN: Record<AuditAction, string> = {
  'auth.login': 'Signed in',
  'auth.login_failed': 'Sign-in failed',
  'auth.locked': 'Account locked',
  'auth.logout': 'Signed out',
  'auth.password_changed': 'Password changed',
  'auth.mfa_enrolled': 'Second factor bound',
  'auth.recovery_code_used': 'Recovery code used',
  'access.denied': 'Access denied',
  'org.created': 'Organisation created',
  'org.updated': 'Organisation changed',
  'user.created': 'Account created',
  'user.updated': 'Account changed',
  'user.password_reset': 'Password reset',
  'user.sessions_revoked': 'Signed out by force',
  'user.roles_changed': 'Roles assigned',
  'user.unlocked': 'Account unlocked',
  'user.mfa_reset': 'Second factor reset',
  'role.created': 'Role created',
  'role.updated': 'Role permissions changed',
  'policy.updated': 'Security policy changed',
  'audit.viewed': 'Audit trail read',
  'audit.verified': 'Audit trail verified',
  'call.opened': 'Annual call published',
  'call.updated': 'Annual call changed',
  'project.created': 'Draft created',
  'project.updated': 'Declaration saved',
  'project.submitted': 'Declared',
  'project.submit_refused': 'Declaration refused by a rule',
  'project.withdrawn': 'Declaration withdrawn',
  'project.forwarded': 'Forwarded by the sector authority',
  'project.sector_returned': 'Returned by the sector authority',
  'project.pre_review_opinion': 'Pre-review opinion given',
  'project.pre_review_concluded': 'Pre-review concluded',
  'project.budget_reviewed': 'Budget reviewed',
  'plan.issued': 'Annual plan issued',
  'plan.exported': 'Annual list exported',
  'document.uploaded': 'Document uploaded',
  'document.downloaded': 'Document downloaded',
  'document.withdrawn': 'Document withdrawn',
  'project.action_refused': 'Action refused by a rule',
  'project.application_submitted': 'Application submitted',
  'project.ndrc_approved': 'NDRC approval recorded',
  'project.joint_review_opinion': 'Joint-review opinion given',
  'project.joint_review_concluded': 'Joint review concluded',
  'project.control_price_recorded': 'Tender control price recorded',
  'project.meeting_recorded': 'Review meeting recorded',
  'project.revision_submitted': 'Final version submitted',
  'project.form_generated': 'Joint review form generated',
  'project.approved': 'Project approved',
  'project.decentral_updated': 'Decentralised construction requested / approved',
  'project.procurement_recorded': 'Procurement and contract recorded',
  'project.supervision_recorded': 'Supervision contract recorded',
  'project.construction_started': 'Construction started',
  'project.change_decided': 'Change decided',
  'review_results.exported': 'Review results exported',
  'project.archive_exported': 'Project file exported',
  'calendar.updated': 'Holiday calendar updated',
  'system.seeded': 'Demo data seeded',
};
