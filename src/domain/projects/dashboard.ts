// 统筹看板 (SPEC §7): the district's projects by stage, by department and by category, with the
// money at each (declared total, approved budget, contract, recovered), and the final versions
// now overdue (Art.14). Pure: the handler reads rows, this counts them.
import { isPastDeadline } from '../approval/revision-stats.js';
import { STAGES, type Stage } from '../lifecycle/stages.js';
import { sumFen, type Fen } from '../money.js';

export interface DashboardRow {
  id: string;
  stage: Stage;
  declaringOrgId: string;
  category: string | null;
  totalFen: Fen;
  approvedBudgetFen: Fen | null;
  contractFen: Fen | null;
  recoveryFen: Fen | null;
  revisionDueAt: Date | null;
  revisionSubmittedAt: Date | null;
}

export interface Bucket {
  count: number;
  totalFen: Fen;
  approvedBudgetFen: Fen;
  contractFen: Fen;
}

function bucket(rows: readonly DashboardRow[]): Bucket {
  return {
    count: rows.length,
    totalFen: sumFen(rows.map((r) => r.totalFen)),
    approvedBudgetFen: sumFen(rows.map((r) => r.approvedBudgetFen ?? 0)),
    contractFen: sumFen(rows.map((r) => r.contractFen ?? 0)),
  };
}

function groupBy<K extends string>(rows: readonly DashboardRow[], key: (r: DashboardRow) => K): Map<K, DashboardRow[]> {
  const m = new Map<K, DashboardRow[]>();
  for (const r of rows) m.set(key(r), [...(m.get(key(r)) ?? []), r]);
  return m;
}

/** In revision, not yet submitted, and past the 3-working-day deadline now (the deadline instant is on time). */
export function isRevisionOverdue(r: DashboardRow, now: Date): boolean {
  return (
    r.stage === 'revision' &&
    r.revisionSubmittedAt === null &&
    r.revisionDueAt !== null &&
    isPastDeadline(r.revisionDueAt, now)
  );
}

export function dashboard(rows: readonly DashboardRow[], now: Date) {
  const stageOrder = Object.keys(STAGES) as Stage[];
  const byStage = [...groupBy(rows, (r) => r.stage)]
    .map(([stage, rs]) => ({ stage, ...bucket(rs) }))
    .sort((a, b) => stageOrder.indexOf(a.stage as Stage) - stageOrder.indexOf(b.stage as Stage));
  const byDepartment = [...groupBy(rows, (r) => r.declaringOrgId)]
    .map(([orgId, rs]) => ({ orgId, ...bucket(rs) }))
    .sort((a, b) => b.totalFen - a.totalFen || b.count - a.count);
  const byCategory = [...groupBy(rows, (r) => r.category ?? 'unspecified')]
    .map(([category, rs]) => ({ category, ...bucket(rs) }))
    .sort((a, b) => b.totalFen - a.totalFen);
  return {
    totals: { ...bucket(rows), recoveryFen: sumFen(rows.map((r) => r.recoveryFen ?? 0)) },
    byStage,
    byDepartment,
    byCategory,
    overdueRevisionIds: rows.filter((r) => isRevisionOverdue(r, now)).map((r) => r.id),
  };
}
