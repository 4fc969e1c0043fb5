// Chinese strings of project review to contract (Measures chapter 3, Art.11–14), in the regulation's
// words. approval-en.ts must have the same keys (checked by its type).

export const approvalZh = {
  approvalTabs: { approval: '审核批复', contract: '采购与建设', history: '办理记录' },
  approvalActions: {
    submit_application: '提交项目审核申报', ndrc_approve: '录入立项批复', joint_review_opinion: '出具联审意见',
    record_control_price: '录入招标控制价', record_meeting: '登记线下评审会', submit_revision: '提交方案终稿', approve: '审核批复',
    request_decentral: '申请分散建设', record_decentral: '登记分散建设审批', record_procurement: '登记采购与合同',
    record_supervision: '登记监理合同', start_construction: '开始建设', file_change: '调整变更',
    downloadArchive: '导出项目档案', archiveHint: '全部材料版本、办理记录及材料清单（含 SM3 摘要），用于审计和档案验收', downloadDocx: '下载联合评审表（Word）', downloadPdf: '下载联合评审表（PDF）',
  },
  application: {
    title: '项目审核申报', intro: '列入年度项目清单的项目，申报单位应提交项目申报表和按规范要求编制的可行性研究报告或建设方案（{{article}}）。平台根据总投资、资金来源和建设性质确定审批路径，并说明理由。',
    flags: '项目情况', inPlan: '已列入国家、省、市、区信息化建设规划（第十二条第（一）项）',
    urgentMandate: '国家、省、市、区有明确要求或涉及国家重大战略、国家安全，情况紧急且前期工作深度达到规定要求（第十二条第（二）项）',
    newCivilWorks: '涉及新建土建工程', energyIntensive: '高耗能项目', ndrcYes: '需报区发改局立项审批（R-NDRC）', ndrcNo: '无需区发改局立项审批',
    reasons: '审批路径及理由', path: '编报程序', standard: '标准程序', documents: '所需材料', uploaded: '已上传', missing: '未上传',
    missingHint: '请先在“申报材料”页签上传缺少的材料。', extra: '另须办理：{{items}}', submit: '提交审核申报', done: '已提交项目审核申报，进入联审',
    blocked: '申报材料不全',
  },
  ndrc: {
    title: '录入区发改局立项批复', intro: '总投资超过400万元的使用预算安排资金的建设类项目，需提交区发改局履行立项审批手续（{{article}}）。',
    docNumber: '批复文号', docNumberPlaceholder: '如：宿区发改投〔2028〕15号', date: '批复日期', done: '立项批复已录入', recorded: '立项批复',
    none: '尚未取得立项批复', notRequired: '无需发改立项',
  },
  joint: {
    title: '联合评审（{{article}}）', intro: '区数据局会同区委网信办、区财政局、区大数据中心，从集约建设、系统整合、数据共享、业务协同、网络安全、项目概算等方面对项目进行审核，出具正式意见。',
    formTitle: '出具联审意见（{{party}}）', dimensions: '各方面意见', decision: '结论', overall: '总体意见',
    pass: '通过', return: '修改后通过', fail: '不予通过', submit: '提交联审意见', given: '联审意见已提交',
    spoke: '已出具', waiting: '待出具', hidden: '其他联审单位的 {{count}} 条意见在本单位出具意见后可见（独立审核）。',
    hiddenOther: '联审进行中，{{count}} 条意见在联审结束后可见。', none: '尚无联审意见', dimensionRequired: '请填写该方面的意见',
    controlPrice: '招标控制价', recovery: '收回金额', recoveryHint: '预算金额超过审核确定的招标控制价的部分予以收回（R-RECOVERY）',
    notYet: '未录入', meetings: '线下汇报、评审',
  },
  controlPrice: {
    title: '录入招标控制价', intro: '区财政局对项目概算进行审核，确定招标控制价；平台按“预算 − 招标控制价”（不小于零）计算收回金额（{{article}}）。',
    amount: '审核确定的招标控制价（元）', budget: '预算金额：{{amount}}', done: '招标控制价已录入，收回金额 {{amount}}',
  },
  meeting: {
    title: '登记线下汇报、评审会', intro: '区数据局可组织申报单位、联审部门进行线下汇报、评审（{{article}}）。', date: '会议日期',
    attendees: '参会单位及人员', summary: '会议纪要摘要', minutes: '会议纪要文件', minutesHint: '先在“申报材料”页签以“线下评审会议纪要”类型上传，再在此选择',
    done: '评审会已登记',
  },
  revision: {
    title: '方案终稿修订（{{article}}）', due: '终稿期限', dueValue: '{{time}}（联审意见出具完毕后第3个工作日）', left: '剩余 {{text}}',
    overdue: '已逾期', overdueHint: '逾期提交的终稿标记为逾期，计入本单位统计（不阻断办理）', submittedAt: '终稿提交时间',
    onTime: '按期提交', lateSubmitted: '逾期提交', noDeadline: '未能计算期限：官方工作日历未覆盖该年度，请区数据局录入该年度日历',
    confirm: '请确认已根据联审意见完成方案终稿修订，上传了终稿材料并更新了项目数据。提交后平台生成《联合评审表》。',
    done: '方案终稿已提交，可下载《联合评审表》', doneLate: '方案终稿已提交（已逾期，已记录）',
  },
  jrForm: {
    title: '联合评审表（{{article}}）', code: '核验码', codeHint: '纸质表格上的核验码和二维码可在平台核验，确认所载数据与平台记录一致。',
    verify: '打开核验页', scan: '签章扫描件', scanYes: '已上传', scanNo: '未上传',
    scanHint: '下载《联合评审表》，由联审单位分管领导签字并加盖公章后扫描上传（申报材料类型“联合评审表（签字盖章扫描件）”）。未上传扫描件不予批复（R-FORM）。',
    notReady: '方案终稿提交后生成', approvedAt: '批复时间',
  },
  approve: { title: '审核批复', confirm: '请核对签字盖章的《联合评审表》扫描件与平台数据一致后批复。', done: '项目已批复', blockedTitle: '不能批复' },
  route: { title: '审批路径', path: '编报程序', submittedAt: '审核申报时间', none: '尚未提交项目审核申报', preview: '项目审核申报准备（第十一条、第十二条）', previewHint: '按项目当前数据确定的审批路径及所需材料。已列入规划、情况紧急、涉及新建土建工程或高耗能的，请在提交审核申报时勾选，路径会相应调整。' },
  history: {
    title: '办理记录', intro: '项目每一次状态变化：谁、何时、为何、依据的规则和条款。', time: '时间', action: '事项', actor: '办理人',
    stage: '阶段变化', basis: '依据', note: '说明', empty: '暂无办理记录',
  },
  verify: {
    title: '联合评审表核验', intro: '输入纸质《联合评审表》上的核验码（形如 JR-XXXX-XXXX-XXXX），核验表中所载数据与平台记录是否一致。',
    code: '核验码', check: '核验', ok: '核验通过', mismatch: '核验不一致', notFound: '未找到该核验码', project: '项目',
    declaringOrg: '申报单位', stage: '当前阶段', approvedAt: '批复时间',
  },
  blocked: { title: '规则不允许此操作' },
  calc: {
    title: '工作日与期限计算', intro: '按官方工作日历（法定节假日及调休）计算：某日后第N个工作日（从次日起算）；N个月后的期限（无对应日的取月末，遇休息日顺延至下一工作日）；N个月后的最早日期（不顺延）。',
    from: '起算日', workingDays: '第N个工作日（期限）', deadline: 'N个月后（期限，遇休息日顺延）', earliest: 'N个月后（最早日期，不顺延）',
    compute: '计算', isWorking: '工作日', isRest: '休息日',
  },
};

export const revisionStatsZh = {
  revisionStats: {
    intro: '根据联审意见，申报单位一般应当在3个工作日内完成项目方案终稿修订（{{article}}）。逾期提交不阻断办理，但计入本统计。',
    year: '计划年度', allYears: '全部年度', org: '申报单位', total: '终稿修订项目数', onTime: '按期提交', late: '逾期提交',
    pending: '修订中', pendingOverdue: '修订中已逾期', lateRate: '逾期率', empty: '暂无终稿修订记录',
  },
};
