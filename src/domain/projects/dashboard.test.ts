import { describe, expect, it } from 'vitest';
import { dashboard, isRevisionOverdue, type DashboardRow } from './dashboard.js';

const row = (over: Partial<DashboardRow>): DashboardRow => ({
  id: 'p',
  stage: 'listed',
  declaringOrgId: 'a',
  category: 'business_system',
  totalFen: 100,
  approvedBudgetFen: null,
  contractFen: null,
  recoveryFen: null,
  revisionDueAt: null,
  revisionSubmittedAt: null,
  ...over,
});
const due = new Date('2026-12-02T15:59:59.999Z');

describe('dashboard (SPEC §7)', () => {
  it('counts and sums by stage (lifecycle order), department (largest first) and category', () => {
    const d = dashboard(
      [
        row({
          id: '1',
          stage: 'construction',
          totalFen: 300,
          approvedBudgetFen: 300,
          contractFen: 280,
          recoveryFen: 14,
        }),
        row({ id: '2', stage: 'draft', declaringOrgId: 'b', totalFen: 500, category: null }),
        row({ id: '3', stage: 'listed', totalFen: 1, approvedBudgetFen: 1 }),
      ],
      new Date(),
    );
    expect(d.byStage.map((s) => s.stage)).toEqual(['draft', 'listed', 'construction']);
    expect(d.byDepartment).toEqual([
      { orgId: 'b', count: 1, totalFen: 500, approvedBudgetFen: 0, contractFen: 0 },
      { orgId: 'a', count: 2, totalFen: 301, approvedBudgetFen: 301, contractFen: 280 },
    ]);
    expect(d.byCategory.map((c) => c.category)).toEqual(['unspecified', 'business_system']);
    expect(d.totals).toEqual({ count: 3, totalFen: 801, approvedBudgetFen: 301, contractFen: 280, recoveryFen: 14 });
  });

  it('a final version is overdue only after the deadline instant, and only while not submitted', () => {
    const r = row({ stage: 'revision', revisionDueAt: due });
    expect(isRevisionOverdue(r, due)).toBe(false);
    expect(isRevisionOverdue(r, new Date(due.getTime() + 1))).toBe(true);
    expect(isRevisionOverdue({ ...r, revisionSubmittedAt: due }, new Date(due.getTime() + 1))).toBe(false);
    expect(dashboard([r], new Date(due.getTime() + 1)).overdueRevisionIds).toEqual(['p']);
  });
});
