// The typed catalogue of audit events (Art.31, 34; 等保 安全审计). Every write the platform makes
// names one of these. Adding an event = one line here, with a comment saying when it is written.

export const AUDIT_EVENTS = {
  /** A person signed in (password, password + TOTP, or the unified identity system). */
  'auth.login': '登录',
  /** A sign-in failed: unknown user, wrong password, wrong or replayed code, disabled, locked or not activated account. */
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
  /** A request was refused for lack of permission (403), or named an id it may not see (404: an id probe). */
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
  /** The security admin handed over the second half of an account's one-time password (三权分立). */
  'user.password_half_issued': '发放一次性密码后半段',
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
  /** The audit admin exported a signed anchor of the chain's head (to keep outside the platform). */
  'audit.anchor_exported': '导出审计日志锚点',
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
  /** The changed declaration was entered and submitted again (Art.17 ¶3). */
  'project.change_redeclared': '变更后重新申报',
  // ——— Delivery (Art.16–33) ———
  /** An O&M or service project's service period started (Art.24). */
  'project.service_started': '开始运维服务',
  /** The implementer reported progress (Art.16). */
  'project.progress_reported': '报告建设进度',
  /** The declarant recorded a payment against the contract (Art.16). */
  'project.payment_recorded': '登记合同付款',
  /** The supervisor filed a supervision report (Art.19). */
  'project.supervision_report_filed': '提交监理报告',
  /** The implementer drafted the year's self-evaluation (Art.33). */
  'project.self_evaluation_drafted': '编制年度自评价',
  /** The declarant or the supervisor gave its opinion on the self-evaluation (Art.33). */
  'project.self_evaluation_opinion': '对自评价出具意见',
  /** The self-evaluation was filed with the data bureau (Art.33), on time or late. */
  'project.self_evaluation_filed': '报送年度自评价',
  /** The system went live on trial (Art.25); the acceptance window follows. */
  'project.trial_started': '上线试运行',
  /** The acceptance material was submitted to the data bureau (Art.26). */
  'project.acceptance_submitted': '提交竣工验收资料',
  /** The data bureau approved or returned the acceptance material (Art.26). */
  'project.acceptance_reviewed': '审核竣工验收资料',
  /** The declarant recorded the acceptance it held (Art.24–26). */
  'project.acceptance_held': '竣工验收',
  /** The acceptance report and its attachments were filed (Art.27). */
  'project.acceptance_report_filed': '提交竣工验收报告',
  /** Finance recorded a disbursement (Art.26). */
  'project.disbursement_recorded': '资金拨付',
  /** The implementer recorded the assets handed over and the warranty (Art.28, 29). */
  'project.handover_recorded': '登记资产移交与质保',
  /** The declarant confirmed and registered the assets; the system is in operation (Art.28). */
  'project.handover_confirmed': '确认资产移交',
  /** Someone exported the year's review results as Excel (SPEC §7). */
  'review_results.exported': '导出评审结果',
  /** Someone exported the project's whole file (documents, history) as one archive (SPEC §7). */
  'project.archive_exported': '导出项目档案',
  /** Someone downloaded the pre-filled declaration form (.docx) of a project (SPEC §7). */
  'project.declaration_form_exported': '导出项目申报表',
  /** The data bureau entered or corrected a year of official holidays and 调休 working days. */
  'calendar.updated': '更新节假日数据',
  /** The demo district was seeded at first start. */
  'system.seeded': '初始化演示数据',
  // The systems register (信息系统台账, Art.2, 6, 7, 20, 21, 30, 32, 33). `system.*` here is a system of
  // the register, not the platform (`system.seeded`, the admin area `system`).
  /** The data bureau registered an existing system in the register (Art.2, 32). */
  'system.registered': '登记信息系统',
  /** The data bureau imported existing systems from an .xlsx file (the counts are in the detail). */
  'system.imported': '导入信息系统台账',
  /** The data bureau (any field) or the owner unit (deployment, 等保) changed a system (Art.6, 20). */
  'system.updated': '修改信息系统台账',
  /** The data bureau recorded whether a system's data-sharing duties are met, with evidence (Art.7). */
  'system.sharing_recorded': '登记数据共享落实情况',
  /** A 等保 filing or test, 密评 or risk assessment of a system was recorded (Art.20, 21). */
  'system.security_recorded': '登记安全测评记录',
  /** The owner unit filed a yearly O&M report, on time or overdue (Art.33). */
  'system.om_report_filed': '提交年度运维服务情况报表',
  /** The exit of a system started (Art.30). */
  'system.exit_started': '发起系统退出',
  /** One exit step (数据移交、系统停用、云资源回收、备案注销) was recorded with its evidence (Art.30). */
  'system.exit_step_recorded': '登记退出步骤',
  /** All four exit steps done: the system exited (Art.30). */
  'system.exited': '系统退出完成',
  /** A project in operation (or completed) closed because the system it is linked to exited (Art.30). */
  'project.closed': '项目退出',
  // Monthly monitoring and the elimination list (Art.32).
  /** The big data center submitted monthly monitoring rows (JSON or .xlsx/.csv; counts and errors in the detail). */
  'monitoring.submitted': '报送月度监测数据',
  /** A flagged system entered the elimination list, or its pending entry took new evidence (Art.32). */
  'elimination.listed': '列入淘汰退出清单',
  /** The data bureau decided a listed system: kept with a rectification deadline, or eliminated (Art.32). */
  'elimination.decided': '淘汰退出决定',
  /** The cloud reclaim (强制收回云资源) or the shutdown (关停) of an eliminated system was recorded (Art.32). */
  'elimination.step_recorded': '登记云资源回收/系统关停',
  // ——— Audit (Art.34) ———
  /** The audit bureau recorded a finding on a project, with its severity, article and answer due date (Art.34). */
  'project.audit_finding_recorded': '记录审计发现',
  /** The declarant answered an audit finding (Art.31 "如实提供项目有关资料和情况"). */
  'project.audit_finding_answered': '答复审计发现',
  // ——— Performance evaluation, rectification ladder, oversight requests (Art.22, 31, 33) ———
  /** The data bureau or an assigned third party scored the declared performance targets (Art.33). */
  'project.performance_evaluated': '绩效评价',
  /** The data bureau assigned a key project's third-party evaluation to an evaluator organisation (Art.33). */
  'project.evaluation_assigned': '委托第三方绩效评估',
  /** The data bureau drew a seeded random sample of self-evaluations or O&M reports to check (Art.33). */
  'spot_check.drawn': '抽查复核抽样',
  /** The data bureau ordered a rectification with a deadline (Art.33). */
  'project.rectification_ordered': '下达限期整改通知',
  /** The owner answered a rectification order with its report (Art.33). */
  'project.rectification_answered': '提交整改报告',
  /** The data bureau judged a rectification: accepted (sanctions lifted) or refused/failed (one step up the ladder). */
  'project.rectification_judged': '认定整改结果',
  /** An oversight bureau sent the owner a request for information or a guidance note (Art.22, 31). */
  'project.oversight_request_sent': '发送监督事项',
  /** The owner answered an oversight request (Art.31). */
  'project.oversight_request_answered': '答复监督事项',
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
  'user.password_half_issued': 'Second half of a one-time password handed over',
  'role.created': 'Role created',
  'role.updated': 'Role permissions changed',
  'policy.updated': 'Security policy changed',
  'audit.viewed': 'Audit trail read',
  'audit.verified': 'Audit trail verified',
  'audit.anchor_exported': 'Audit trail anchor exported',
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
  'project.change_redeclared': 'Change declared again',
  'project.service_started': 'Service period started',
  'project.progress_reported': 'Progress reported',
  'project.payment_recorded': 'Payment recorded',
  'project.supervision_report_filed': 'Supervision report filed',
  'project.self_evaluation_drafted': 'Self-evaluation drafted',
  'project.self_evaluation_opinion': 'Opinion on the self-evaluation',
  'project.self_evaluation_filed': 'Self-evaluation filed',
  'project.trial_started': 'Trial operation started',
  'project.acceptance_submitted': 'Acceptance material submitted',
  'project.acceptance_reviewed': 'Acceptance material reviewed',
  'project.acceptance_held': 'Completion acceptance',
  'project.acceptance_report_filed': 'Acceptance report filed',
  'project.disbursement_recorded': 'Disbursement recorded',
  'project.handover_recorded': 'Handover and warranty recorded',
  'project.handover_confirmed': 'Handover confirmed',
  'review_results.exported': 'Review results exported',
  'project.archive_exported': 'Project file exported',
  'project.declaration_form_exported': 'Declaration form exported',
  'calendar.updated': 'Holiday calendar updated',
  'system.seeded': 'Demo data seeded',
  'system.registered': 'System registered',
  'system.imported': 'Systems imported',
  'system.updated': 'System changed',
  'system.sharing_recorded': 'Data sharing fulfilment recorded',
  'system.security_recorded': 'Security record added',
  'system.om_report_filed': 'Yearly O&M report filed',
  'system.exit_started': 'System exit started',
  'system.exit_step_recorded': 'Exit step recorded',
  'system.exited': 'System exited',
  'project.closed': 'Project closed (its system exited)',
  'monitoring.submitted': 'Monthly monitoring submitted',
  'elimination.listed': 'Listed for elimination',
  'elimination.decided': 'Elimination decided',
  'elimination.step_recorded': 'Cloud reclaim / shutdown recorded',
  'project.audit_finding_recorded': 'Audit finding recorded',
  'project.audit_finding_answered': 'Audit finding answered',
  'project.performance_evaluated': 'Performance evaluated',
  'project.evaluation_assigned': 'Third-party evaluation assigned',
  'spot_check.drawn': 'Spot-check sample drawn',
  'project.rectification_ordered': 'Rectification ordered',
  'project.rectification_answered': 'Rectification report filed',
  'project.rectification_judged': 'Rectification judged',
  'project.oversight_request_sent': 'Oversight request sent',
  'project.oversight_request_answered': 'Oversight request answered',
};
