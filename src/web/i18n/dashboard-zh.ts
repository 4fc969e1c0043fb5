// Chinese strings of the data bureau's dashboard (SPEC §7). dashboard-en.ts has the same keys.
export const dashboardZh = {
  dashboard: {
    title: '统筹看板',
    intro: '全区（或本单位）信息化项目的阶段、单位、类别分布与金额，以及逾期事项。点击图表或数字可查看对应项目。',
    allYears: '全部年度',
    projects: '项目数',
    total: '申报总投资',
    approved: '审核预算',
    contract: '合同金额',
    recovered: '收回金额',
    byStage: '各阶段项目',
    byDepartment: '各单位项目',
    byCategory: '各类别项目',
    overdue: '逾期的方案终稿（第十四条）',
    exportReview: '导出评审结果（Excel）',
    unit: '单位',
    count: '项目数',
    wan: '万元',
    noOverdue: '暂无逾期的方案终稿。',
    due: '终稿期限',
    empty: '暂无项目',
  },
};
