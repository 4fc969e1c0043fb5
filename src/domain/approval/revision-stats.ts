// 终稿修订 statistics by department (Art.14): "一般应当在3个工作日内完成项目方案终稿修订" — a late
// final version is not blocked but marked overdue and counted against the declaring unit. Pure.

export interface RevisionFacts {
  declaringOrgId: string;
  /** When the 3-working-day clock ends (null: no deadline could be set, e.g. calendar year missing). */
  revisionDueAt: Date | null;
  revisionSubmittedAt: Date | null;
  /** Recorded at submission (R-REVISE-3WD). */
  revisionOverdue: boolean;
}

export interface DepartmentRevisionStats {
  orgId: string;
  /** Final versions that had a deadline: submitted or still due. */
  total: number;
  submittedOnTime: number;
  submittedLate: number;
  /** Still being revised, deadline not yet passed. */
  pending: number;
  /** Still being revised and past the deadline now. */
  pendingOverdue: number;
  /** Late ones (submitted late + pending overdue) over all counted, 0–1; null when none counted. */
  lateRate: number | null;
}

/** Overdue means the instant is after the deadline (the deadline itself is the last moment). */
export function isPastDeadline(due: Date, at: Date): boolean {
  return at.getTime() > due.getTime();
}

export function revisionStatsByDepartment(rows: readonly RevisionFacts[], now: Date): DepartmentRevisionStats[] {
  const by = new Map<string, DepartmentRevisionStats>();
  for (const r of rows) {
    if (r.revisionDueAt === null && r.revisionSubmittedAt === null) continue;
    const s = by.get(r.declaringOrgId) ?? {
      orgId: r.declaringOrgId,
      total: 0,
      submittedOnTime: 0,
      submittedLate: 0,
      pending: 0,
      pendingOverdue: 0,
      lateRate: null,
    };
    s.total += 1;
    if (r.revisionSubmittedAt) {
      if (r.revisionOverdue) s.submittedLate += 1;
      else s.submittedOnTime += 1;
    } else if (r.revisionDueAt && isPastDeadline(r.revisionDueAt, now)) s.pendingOverdue += 1;
    else s.pending += 1;
    by.set(r.declaringOrgId, s);
  }
  return [...by.values()].map((s) => ({
    ...s,
    lateRate: s.total ? (s.submittedLate + s.pendingOverdue) / s.total : null,
  }));
}
