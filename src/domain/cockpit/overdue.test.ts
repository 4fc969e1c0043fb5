import { describe, expect, it } from 'vitest';
import { overdueByUnit } from './overdue.js';

describe('overdueByUnit', () => {
  it('folds per unit with the catalogue labels, most overdue first', () => {
    const r = overdueByUnit([
      { orgId: 'b', kind: 'acceptance_report', state: 'late', count: 2 },
      { orgId: 'a', kind: 'final_version', state: 'overdue', count: 1 },
      { orgId: 'a', kind: 'final_version', state: 'late', count: 3 },
      { orgId: 'a', kind: 'acceptance_window', state: 'overdue', count: 1 },
    ]);
    expect(r.map((u) => [u.orgId, u.overdue, u.late])).toEqual([
      ['a', 2, 3],
      ['b', 0, 2],
    ]);
    expect(r[0]!.byKind).toEqual([
      {
        kind: 'final_version',
        zh: '方案终稿',
        en: 'The final version',
        rule: 'R-REVISE-3WD',
        article: 'Art.14',
        overdue: 1,
        late: 3,
      },
      expect.objectContaining({ kind: 'acceptance_window', rule: 'R-TRIAL', overdue: 1, late: 0 }),
    ]);
  });
  it('is empty without deadlines', () => {
    expect(overdueByUnit([])).toEqual([]);
  });
});
