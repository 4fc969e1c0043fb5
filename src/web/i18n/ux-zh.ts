// Chinese strings of the clerk-facing fixes of issue 13: money messages, tables, home page, hints.
// ux-en.ts must have the same keys (checked by its type).

export const uxZh = {
  ux: {
    money: {
      negative: '金额不能为负数',
      format: '请输入数字金额（元），如 1234.56',
      precision: '金额最多保留两位小数（精确到分）',
      range: '金额过大，请核对单位（此处以元为单位）',
    },
    columns: { title: '显示的列', button: '列设置', reset: '恢复默认' },
    ruleTip: '规则编号 {{rule}}',
    noMatch: '没有符合条件的项目。请调整筛选条件或搜索词。',
    uploadRefused: '未上传：{{reason}}',
    home: {
      more: '查看全部',
      todoCount: '共 {{count}} 项待办',
      todoCountOverdue: '共 {{count}} 项待办，其中 {{overdue}} 项已逾期',
      projectsShown: '共 {{count}} 个项目，此处显示最近更新的几个',
      revisionOverdue: '终稿修订已逾期（期限 {{due}}，第十四条）',
      given: '{{review}}第{{round}}轮 · {{decision}} · 现处于：{{stage}}',
      review: { pre_review: '预审', joint_review: '联审' },
      openCall: '{{year}}年度项目申报进行中：{{title}}',
      deadline: '申报截止',
      timeLeft: '剩余时间',
      newDeclaration: '新建申报',
    },
    bell: { todo: '待办 {{count}} 项', todoOverdue: '待办 {{count}} 项（{{overdue}} 项逾期）', noTodo: '暂无待办' },
  },
};
