// Chinese strings of construction management (Measures Art.15–19), in the regulation's words.
// contract-en.ts must have the same keys (checked by its type).

export const contractZh = {
  contract: {
    contractAmount: '合同金额', none: '暂无', orgPlaceholder: '请选择单位', docOptional: '合同文件（可选）',
    docHint: '先在“申报材料”页签以“{{type}}”类型上传，再在此选择',
    decentral: {
      title: '申请分散建设', approvalTitle: '登记分散建设审批', section: '分散建设（{{article}}）',
      intro: '区级信息化项目原则上统一建设。涉密或上级统一部署的项目确需分散建设的，经区级信息化项目管理工作会商机制审核同意后，由申报单位报经区政府批准（{{article}}）。',
      basis: '申请依据', classified: '涉密项目', upper_level: '上级统一部署项目', notClassified: '本项目未标记为涉密项目',
      reason: '确需分散建设的理由', consultation: '会商机制审核同意', government: '区政府批准', docNumber: '文号', date: '日期',
      recorded: '已登记', pending: '待审批', requested: '已申请', done: '分散建设申请已提交', approvalsDone: '审批已登记',
      governmentAfter: '须先经会商机制审核同意，再报区政府批准', nothing: '请至少登记一项审批',
    },
    procurement: {
      title: '登记采购与合同', section: '采购与合同（{{article}}）',
      intro: '已列入年度项目清单、通过联审、预算经审核批复（需发改立项的已取得立项批复）的项目方可采购（{{article}}，R-PROCURE）。中标单位即为实施单位，登记后可查看本项目。',
      method: '采购方式', date: '合同签订日期', implementer: '中标单位（实施单位）', amount: '合同金额（元）', done: '采购与合同已登记',
      methods: {
        public_tender: '公开招标', invited_tender: '邀请招标', competitive_negotiation: '竞争性谈判', competitive_consultation: '竞争性磋商',
        single_source: '单一来源采购', inquiry: '询价', framework: '框架协议采购',
      },
    },
    supervision: {
      title: '登记监理合同', section: '工程监理（{{article}}）',
      intro: '预算超过50万元的项目，须委托具备资质的监理单位，依据信息系统工程监理合同对项目建设进行监督管理；签订监理合同后方可开工（{{article}}，R-SUPERVISION）。',
      supervisor: '监理单位', amount: '监理合同金额（元）', date: '监理合同签订日期', done: '监理合同已登记',
    },
    start: { confirm: '确认项目开始建设？预算超过50万元的项目须已签订监理合同（第十九条）。', done: '项目已开始建设', startedAt: '开工时间' },
    change: {
      title: '调整变更', section: '调整变更（{{article}}）',
      intro: '项目原则上不得调整变更。在已批复预算内，且变更金额不超过400万元或不超过合同金额10%，并符合下列情形之一的，由申报单位调整并备案；否则重新履行项目申报程序（{{article}}，R-CHANGE）。',
      content: '变更内容', amount: '变更金额（元）', totalAfter: '变更后项目总投资（元）', ground: '变更情形', noGround: '不属于上述情形',
      reference: '批复预算 {{budget}}，合同金额 {{contract}}', decision: '处理结果', file: '已备案，变更生效', redeclare: '须重新履行项目申报程序',
      redeclareHint: '项目已退回“待项目审核申报”阶段，变更内容随项目重新申报。', close: '关闭', met: '满足', notMet: '不满足',
      list: '变更记录', time: '时间', route: '处理', done: '变更已处理', empty: '暂无变更',
    },
  },
};
