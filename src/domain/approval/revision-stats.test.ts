import { describe, expect, it } from 'vitest';
import { isPastDeadline, revisionStatsByDepartment } from './revision-stats.js';

const due = new Date('2026-10-09T15:59:59.999Z'); // 2026-10-09 23:59:59.999 Beijing

describe('revision statistics by department (Art.14, R-REVISE-3WD)', () => {
  it('the deadline instant itself is not late; one millisecond after is', () => {
    expect(isPastDeadline(due, due)).toBe(false);
    expect(isPastDeadline(due, new Date(due.getTime() + 1))).toBe(true);
  });

  it('counts on-time, late, pending and pending-overdue per unit', () => {
    const now = new Date('2026-10-12T02:00:00Z');
    const stats = revisionStatsByDepartment(
      [
        {
          declaringOrgId: 'a',
          revisionDueAt: due,
          revisionSubmittedAt: new Date('2026-10-09T08:00:00Z'),
          revisionOverdue: false,
        },
        {
          declaringOrgId: 'a',
          revisionDueAt: due,
          revisionSubmittedAt: new Date('2026-10-10T08:00:00Z'),
          revisionOverdue: true,
        },
        { declaringOrgId: 'a', revisionDueAt: due, revisionSubmittedAt: null, revisionOverdue: false },
        {
          declaringOrgId: 'a',
          revisionDueAt: new Date('2026-10-15T15:59:59.999Z'),
          revisionSubmittedAt: null,
          revisionOverdue: false,
        },
        { declaringOrgId: 'b', revisionDueAt: null, revisionSubmittedAt: null, revisionOverdue: false },
      ],
      now,
    );
    expect(stats).toEqual([
      { orgId: 'a', total: 4, submittedOnTime: 1, submittedLate: 1, pending: 1, pendingOverdue: 1, lateRate: 0.5 },
    ]);
  });
});
