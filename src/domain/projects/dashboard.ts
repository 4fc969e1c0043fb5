// 统筹看板 (SPEC §7): the district's projects by stage, by department and by category, with the
// money at each (declared total, approved budget, contract, recovered), and the final versions
// now overdue (Art.14). Pure: the database groups the projects (one row per stage × department ×
// category, however many projects there are); this folds those groups into the three views.
import { isPastDeadline } from '../approval/revision-stats.js';
import { STAGE_CODES, type Stage } from '../lifecycle/stages.js';
import { sumFen, type Fen } from '../money.js';

/** The projects of one stage, department and category, counted and summed by the database. */
export interface DashboardGroup {
  stage: Stage;
  declaringOrgId: string;
  category: string | null;
  count: number;
  totalFen: Fen;
  approvedBudgetFen: Fen;
  contractFen: Fen;
  recoveryFen: Fen;
}

export interface Bucket {
  count: number;
  totalFen: Fen;
  approvedBudgetFen: Fen;
  contractFen: Fen;
}

function fold<K extends string>(groups: readonly DashboardGroup[], key: (g: DashboardGroup) => K): Map<K, Bucket> {
  const m = new Map<K, Bucket>();
  for (const g of groups) {
    const b = m.get(key(g)) ?? { count: 0, totalFen: 0, approvedBudgetFen: 0, contractFen: 0 };
    m.set(key(g), {
      count: b.count + g.count,
      totalFen: sumFen([b.totalFen, g.totalFen]),
      approvedBudgetFen: sumFen([b.approvedBudgetFen, g.approvedBudgetFen]),
      contractFen: sumFen([b.contractFen, g.contractFen]),
    });
  }
  return m;
}

/** In revision, not yet submitted, and past the 3-working-day deadline now (the deadline instant is on time). */
export function isRevisionOverdue(
  r: { stage: Stage; revisionDueAt: Date | null; revisionSubmittedAt: Date | null },
  now: Date,
): boolean {
  return (
    r.stage === 'revision' &&
    r.revisionSubmittedAt === null &&
    r.revisionDueAt !== null &&
    isPastDeadline(r.revisionDueAt, now)
  );
}

export function dashboard(groups: readonly DashboardGroup[]) {
  const byStage = [...fold(groups, (g) => g.stage)]
    .map(([stage, b]) => ({ stage, ...b }))
    .sort((a, b) => STAGE_CODES.indexOf(a.stage) - STAGE_CODES.indexOf(b.stage));
  const byDepartment = [...fold(groups, (g) => g.declaringOrgId)]
    .map(([orgId, b]) => ({ orgId, ...b }))
    .sort((a, b) => b.totalFen - a.totalFen || b.count - a.count);
  const byCategory = [...fold(groups, (g) => g.category ?? 'unspecified')]
    .map(([category, b]) => ({ category, ...b }))
    .sort((a, b) => b.totalFen - a.totalFen);
  const all = fold(groups, () => 'all').get('all') ?? { count: 0, totalFen: 0, approvedBudgetFen: 0, contractFen: 0 };
  return {
    totals: { ...all, recoveryFen: sumFen(groups.map((g) => g.recoveryFen)) },
    byStage,
    byDepartment,
    byCategory,
  };
}
