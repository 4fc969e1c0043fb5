// Chinese (default) UI strings, in the words of the 宿城区信息化项目管理办法 (2024).
// en.ts must have exactly the same keys (checked by its type).

import { approvalZh, revisionStatsZh } from './approval-zh';
import { contractZh } from './contract-zh';
import { dashboardZh } from './dashboard-zh';
import { planZh } from './plan-zh';

export const zhCN = {
  ...planZh,
  ...approvalZh,
  ...revisionStatsZh,
  ...contractZh,
  ...dashboardZh,
  app: {
    name: '宿城区信息化项目管理平台', owner: '宿城区数据局', loading: '加载中…',
    basis: '依据《宿城区信息化项目管理办法》（2024年12月2日印发）',
  },
  lang: { zh: '中文', en: 'English', label: '语言' },
  common: {
    search: '搜索', reset: '重置', edit: '编辑', view: '查看', save: '保存', cancel: '取消', ok: '确定', close: '关闭',
    actions: '操作', status: '状态', normal: '正常', disabled: '已停用', enable: '启用', disable: '停用',
    reload: '刷新', yes: '是', no: '否', none: '—', total: '共 {{count}} 条', copy: '复制', copied: '已复制到剪贴板',
    copyFailed: '复制失败，请手动选择文本复制', download: '下载', back: '返回', backHome: '返回首页', saved: '已保存',
    created: '已创建', updatedAt: '更新时间', createdAt: '创建时间', all: '全部', more: '更多',
  },
  validation: {
    required: '请填写{{label}}', select: '请选择{{label}}', email: '邮箱格式不正确', phone: '电话格式不正确',
    min: '{{label}}至少 {{min}} 个字', code: '编码须为小写字母、数字或连字符，2–63 位',
    username: '用户名须为 3–32 位小写字母开头的字母、数字、下划线、点或连字符', roleCode: '编码须为小写字母开头的字母、数字、下划线，3–40 位',
  },
  menu: {
    home: '首页', system: '系统管理', organizations: '组织机构', users: '用户账号', security: '安全管理',
    roles: '角色权限', accountSecurity: '账号安全', policy: '安全策略', auditGroup: '安全审计', audit: '审计日志',
    changePassword: '修改密码', mfaEnrol: '绑定动态口令',
    annualPlan: '年度计划', calls: '年度申报通知', declare: '项目申报', projects: '项目列表', reviews: '待我预审',
    planIssue: '下达计划', statsGroup: '统计分析', approvalGroup: '项目审核与建设', dashboard: '统筹看板', revisionStats: '终稿修订统计', verify: '联合评审表核验', annualList: '年度项目清单', rules: '规则目录', detail: '详情',
  },
  header: {
    changePassword: '修改密码', enrolMfa: '绑定动态口令', logout: '退出登录', loggedOut: '已安全退出',
    collapse: '收起菜单', expand: '展开菜单',
  },
  homeKind: {
    system_admin: '系统管理员', security_admin: '安全管理员', audit_admin: '审计管理员', data_bureau: '区数据局',
    reviewer: '四方联审单位', ndrc: '区发改局', oversight: '监督单位', declarant: '申报单位',
    implementer: '实施单位', supervisor: '监理单位', evaluator: '第三方机构',
  },
  login: {
    username: '用户名', password: '密码', submit: '登录', totp: '动态口令', recoveryCode: '恢复码',
    usernameRequired: '请输入用户名', passwordRequired: '请输入密码', totpRequired: '请输入 6 位动态口令',
    totpFormat: '动态口令为 6 位数字', recoveryRequired: '请输入恢复码',
    totpHint: '您的账号已启用双因素认证，请输入手机验证器中显示的 6 位动态口令。',
    recoveryHint: '手机不在身边时，可使用绑定时保存的恢复码登录；每个恢复码只能使用一次。',
    useRecovery: '使用恢复码', useTotp: '使用动态口令', oidc: '统一身份认证登录', or: '或',
    notice: '本平台仅限授权的政府工作人员使用，所有操作均记录审计日志。', failed: '登录失败',
  },
  password: {
    title: '修改密码', forced: '首次登录或密码已过期，请先设置新密码后再使用平台。',
    current: '原密码', new: '新密码', confirm: '确认新密码', mismatch: '两次输入的新密码不一致', submit: '修改密码',
    policy: '密码至少 {{min}} 位，须包含大写字母、小写字母、数字、特殊符号四类中的至少 {{classes}} 类，且不得包含用户名。',
    success: '密码已修改，您的其他登录会话已结束', expiresAt: '当前密码有效期至 {{time}}',
  },
  mfa: {
    title: '绑定动态口令', required: '按照安全策略，您的账号须绑定动态口令（双因素认证）后才能继续使用平台。',
    scan: '第一步：使用手机验证器（如 腾讯身份验证器、Google Authenticator、FreeOTP）扫描二维码。',
    secret: '无法扫码时，在验证器中手动输入以下密钥：', qrAlt: '动态口令绑定二维码',
    enter: '第二步：输入验证器中显示的 6 位动态口令。', code: '动态口令', submit: '验证并启用',
    already: '您已绑定动态口令。如需更换手机，请联系安全管理员重置后重新绑定。',
    recoveryTitle: '动态口令已启用，请保存恢复码',
    recoveryWarn: '恢复码只显示这一次。手机丢失时可用恢复码登录，每个恢复码只能使用一次。请复制或下载后妥善保管，切勿告诉他人。',
    copyAll: '复制恢复码', downloadTxt: '下载为文本文件', done: '我已妥善保存，继续',
    fileHeader: '宿城区信息化项目管理平台 — 动态口令恢复码（每个只能使用一次，请妥善保管）',
  },
  home: {
    myAccount: '我的账号', lastLogin: '上次登录', mfa: '双因素认证', mfaOn: '已绑定动态口令', mfaOff: '未绑定',
    passwordExpires: '密码有效期至', never: '长期有效', roles: '我的角色', org: '所属单位',
    quickLinks: '常用功能', loadFailed: '首页数据加载失败',
    todoDraft: '草稿：补充申报信息和材料后提交申报', todoReturned: '退回修改：按意见修改后重新提交', waited: '已等待 {{hours}} 小时',
    stageCount: '{{count}} 个项目',
    todoDue: '{{action}}（{{article}}），期限 {{due}}', todoOverdue: '{{action}}（{{article}}），已逾期（期限 {{due}}）', todoAction: '{{action}}（{{article}}）',
    overdueRevisions: '{{count}} 项终稿修订已逾期（第十四条）',
  },
  notifications: {
    title: '消息通知', empty: '暂无消息。待办提醒、审核结果与截止期限提醒会出现在这里。', unread: '未读',
    markRead: '标为已读',
  },
  orgRole: {
    data_bureau: '区数据局', cyberspace: '区委网信办', finance: '区财政局', bigdata_center: '区大数据中心',
    ndrc: '区发改局', public_security: '公安分局', secrecy_crypto: '区保密局、密码管理局', audit: '区审计局',
    declarant: '申报单位', sector_authority: '行业主管部门/上级国企', implementer: '实施单位',
    supervisor: '监理单位', evaluator: '第三方机构',
  },
  orgKind: {
    district_dept: '区级部门', town: '镇', street: '街道', park: '园区管委会', soe: '区属国有企业',
    sub_enterprise: '国企下属子企业', school: '学校', hospital: '医院', public_institution: '事业单位', company: '企业',
  },
  orgs: {
    title: '组织机构', intro: '维护参与信息化项目管理的单位：四方联审单位、申报单位、行业主管部门、实施、监理与第三方机构。',
    create: '新建单位', edit: '编辑单位', code: '编码', name: '名称', nameEn: '英文名称', kind: '单位类型',
    roles: '单位角色', parent: '上级单位', noParent: '无（顶级单位）', searchPlaceholder: '按名称或编码搜索',
    codeHelp: '小写字母、数字或连字符；创建后不可修改', parentHelp: '学校、医院、国企下属子企业须经上级主管部门扎口申报（第九条）',
    confirmDisable: '确定停用“{{name}}”？', confirmEnable: '确定启用“{{name}}”？',
  },
  users: {
    titleSystem: '用户账号', titleSecurity: '账号安全', create: '新建用户', edit: '编辑用户',
    introSystem: '系统管理员维护账号与所属单位；角色分配、解锁与双因素认证由安全管理员负责（三权分立）。',
    introSecurity: '安全管理员分配角色、解锁账号、重置双因素认证；账号的新建与停用由系统管理员负责（三权分立）。',
    username: '用户名', displayName: '姓名', org: '所属单位', position: '职务', clerk: '经办人', leader: '单位领导',
    roles: '角色', email: '邮箱', phone: '电话', lastLogin: '最近登录', searchPlaceholder: '按用户名或姓名搜索',
    allOrgs: '全部单位', onlyLocked: '仅显示已锁定', locked: '已锁定', lockedUntil: '锁定至 {{time}}',
    mfaOn: '已绑定动态口令', mfaOff: '未绑定动态口令', mustChange: '须修改密码', demo: '演示账号',
    resetPassword: '重置密码', confirmReset: '重置“{{name}}”的密码？其现有会话将结束，下次登录须修改密码。',
    revokeSessions: '强制下线', confirmRevoke: '强制“{{name}}”下线？其所有登录会话将立即结束。',
    sessionsEnded: '已结束 {{count}} 个会话', confirmDisable: '停用“{{name}}”？停用后该账号立即下线且无法登录。',
    confirmEnable: '启用“{{name}}”？', tempTitle: '临时密码（只显示一次）',
    tempHint: '请通过安全渠道告知“{{name}}”本人。该密码只显示这一次，首次登录后须修改。',
    usernameHelp: '3–32 位，小写字母开头；创建后不可修改', newRoleNote: '新账号按所属单位与职务获得默认角色，可由安全管理员调整。',
    assignRoles: '分配角色', rolesHint: '三权分立：管理员角色之间、管理员角色与业务角色之间不能同时授予。保存后该账号的会话将结束，新权限在重新登录后生效。',
    unlock: '解锁', confirmUnlock: '解锁“{{name}}”？', unlocked: '已解锁',
    resetMfa: '重置动态口令', confirmResetMfa: '重置“{{name}}”的动态口令？其会话将结束，下次登录须重新绑定。', mfaReset: '已重置动态口令',
  },
  area: { system: '系统管理', security: '安全管理', audit: '安全审计', business: '业务' },
  roles: {
    title: '角色权限', intro: '管理员角色（系统、安全、审计）权限固定，体现三权分立；业务角色可新建并调整其业务权限。',
    create: '新建业务角色', edit: '编辑角色', view: '查看角色', code: '编码', name: '名称', nameEn: '英文名称',
    area: '领域', permissions: '权限', builtin: '内置', custom: '自定义', permCount: '{{count}} 项',
    readOnly: '三权分立：管理员角色的权限固定，不可修改', businessOnly: '业务角色只能包含业务权限。',
  },
  policy: {
    title: '安全策略', intro: '依据网络安全等级保护对身份鉴别、访问控制与会话管理的要求设置。保存后立即生效。',
    password: '口令策略', lockout: '登录失败处理', session: '会话管理', mfa: '双因素认证',
    passwordMinLength: '密码最小长度', passwordMinClasses: '至少包含的字符类别数',
    passwordMinClassesHelp: '大写字母、小写字母、数字、特殊符号，四类中至少包含几类',
    passwordExpiryDays: '密码有效期（天）', passwordExpiryHelp: '0 表示不过期', lockoutThreshold: '连续失败锁定次数',
    lockoutMinutes: '锁定时长（分钟）', sessionIdleMinutes: '空闲超时（分钟）', sessionMaxHours: '会话最长时长（小时）',
    mfaRequiredFor: '须绑定动态口令的账号', admins: '仅管理员账号', all: '全部账号',
  },
  audit: {
    title: '审计日志', intro: '审计日志以 SM3 哈希链防篡改，只有审计管理员可以查阅和校验（三权分立）。查阅本身也会被记录。',
    verify: '校验完整性', ok: '审计日志完整', okDetail: '已校验 {{checked}} 条记录，最后序号 {{lastSeq}}，链头哈希 {{headHash}}',
    broken: '审计日志完整性被破坏', brokenDetail: '第一条被破坏的记录：序号 {{seq}}（{{action}}，{{at}}）— {{reason}}。期望 {{expected}}，实际 {{found}}。',
    hash_mismatch: '记录内容与其哈希不符（记录被修改）', prev_mismatch: '与前一条记录的哈希链接不符（记录被删除或插入）',
    seq: '序号', at: '时间', actor: '操作人', action: '事件', target: '对象', outcome: '结果', ip: 'IP 地址',
    requestId: '请求编号', detail: '详情', prevHash: '前一哈希', hash: '本条哈希', success: '成功', failure: '失败',
    denied: '拒绝', range: '时间范围', loadMore: '加载更多', noMore: '已加载全部记录', allActions: '全部事件',
    allOutcomes: '全部结果', actorPlaceholder: '操作人用户名', empty: '没有符合条件的审计记录。',
  },
  errors: {
    notFound: '页面不存在', notFoundSub: '您访问的页面不存在或已被移动。', forbidden: '无权访问',
    forbiddenSub: '您的角色没有访问此页面的权限（三权分立）。', crashed: '页面出错了',
    crashedSub: '请刷新页面重试；如仍有问题，请联系管理员。', reload: '刷新页面',
    conflictTitle: '记录已被他人修改', conflictHint: '为避免覆盖他人的修改，请刷新后重新编辑。',
    requestId: '请求编号：{{id}}', rule: '规则 {{rule}}（{{article}}）',
  },
};

type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };
export type Resource = Strings<typeof zhCN>;
