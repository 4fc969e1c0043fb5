import { describe, expect, it } from 'vitest';
import { dashboard, isRevisionOverdue, type DashboardGroup } from './dashboard.js';

const group = (over: Partial<DashboardGroup>): DashboardGroup => ({
  stage: 'listed',
  declaringOrgId: 'a',
  category: 'business_system',
  count: 1,
  totalFen: 100,
  approvedBudgetFen: 0,
  contractFen: 0,
  recoveryFen: 0,
  ...over,
});
const due = new Date('2026-12-02T15:59:59.999Z');

describe('dashboard (SPEC §7)', () => {
  it('folds the groups by stage (lifecycle order), department (largest first) and category', () => {
    const d = dashboard([
      group({ stage: 'construction', totalFen: 300, approvedBudgetFen: 300, contractFen: 280, recoveryFen: 14 }),
      group({ stage: 'draft', declaringOrgId: 'b', totalFen: 500, category: null }),
      group({ stage: 'listed', totalFen: 1, approvedBudgetFen: 1 }),
    ]);
    expect(d.byStage.map((s) => s.stage)).toEqual(['draft', 'listed', 'construction']);
    expect(d.byDepartment).toEqual([
      { orgId: 'b', count: 1, totalFen: 500, approvedBudgetFen: 0, contractFen: 0 },
      { orgId: 'a', count: 2, totalFen: 301, approvedBudgetFen: 301, contractFen: 280 },
    ]);
    expect(d.byCategory.map((c) => c.category)).toEqual(['unspecified', 'business_system']);
    expect(d.totals).toEqual({ count: 3, totalFen: 801, approvedBudgetFen: 301, contractFen: 280, recoveryFen: 14 });
  });

  it('adds many groups of one key in linear time and exactly', () => {
    const many = Array.from({ length: 50_000 }, (_, i) => group({ declaringOrgId: `o${i % 60}`, totalFen: 1 }));
    const d = dashboard(many);
    expect(d.totals.count).toBe(50_000);
    expect(d.byDepartment).toHaveLength(60);
  });

  it('a final version is overdue only after the deadline instant, and only while not submitted', () => {
    const r = { stage: 'revision' as const, revisionDueAt: due, revisionSubmittedAt: null };
    expect(isRevisionOverdue(r, due)).toBe(false);
    expect(isRevisionOverdue(r, new Date(due.getTime() + 1))).toBe(true);
    expect(isRevisionOverdue({ ...r, revisionSubmittedAt: due }, new Date(due.getTime() + 1))).toBe(false);
  });
});
