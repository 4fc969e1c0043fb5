// English strings of the dashboard (same keys as dashboard-zh.ts).
import type { dashboardZh } from './dashboard-zh';

export const dashboardEn: typeof dashboardZh = {
  dashboard: {
    title: 'Dashboard',
    intro:
      "The district's (or your unit's) IT projects by stage, department and category, with their money, and what is overdue. Click a chart or a number to open the projects behind it.",
    allYears: 'All years',
    projects: 'Projects',
    total: 'Declared total',
    approved: 'Approved budget',
    contract: 'Contracted',
    recovered: 'Recovered',
    byStage: 'By stage',
    byDepartment: 'By department',
    byCategory: 'By category',
    overdue: 'Overdue final versions (Art.14)',
    exportReview: 'Export review results (Excel)',
    unit: 'Unit',
    count: 'Projects',
    wan: '×10k ¥',
    noOverdue: 'No final version is overdue.',
    due: 'Due',
    empty: 'No projects',
  },
};
