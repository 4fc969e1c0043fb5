// selfEvaluationsDue and selfEvaluationState (Art.33): one report per year whose end falls inside
// the construction period, due 12-31 23:59:59.999 Asia/Shanghai.
import { describe, expect, it } from 'vitest';
import { defaultEdition } from '../editions/index.js';
import { selfEvaluationsDue, selfEvaluationState } from './self-evaluation.js';

const ed = defaultEdition;
const years = (start: string, accepted: string | null, today: string) =>
  selfEvaluationsDue(start, accepted, today, ed).map((d) => d.year);

describe('selfEvaluationsDue', () => {
  it('a construction starting 2026-12-20 owes the 2026 report, due at the last millisecond of 12-31 (+08:00)', () => {
    expect(selfEvaluationsDue('2026-12-20', null, '2026-12-25', ed)).toEqual([
      { year: 2026, dueAt: new Date('2026-12-31T23:59:59.999+08:00'), article: 'Art.33' },
    ]);
    expect(selfEvaluationsDue('2026-12-20', null, '2026-12-25', ed)[0].dueAt.toISOString()).toBe(
      '2026-12-31T15:59:59.999Z',
    );
  });

  it('accepted 2027-06-01: only 2026 (construction ended before the end of 2027)', () => {
    expect(years('2026-12-20', '2027-06-01', '2027-08-01')).toEqual([2026]);
  });

  it('still under construction in 2027: 2026 and 2027 (the current year is listed, due at its end)', () => {
    expect(years('2026-12-20', null, '2027-03-01')).toEqual([2026, 2027]);
    expect(years('2026-03-01', null, '2028-02-01')).toEqual([2026, 2027, 2028]);
  });

  it("accepted on a year's last day owes nothing for that year; the next day, it does", () => {
    expect(years('2026-03-01', '2026-12-31', '2027-02-01')).toEqual([]);
    expect(years('2026-03-01', '2027-01-01', '2027-02-01')).toEqual([2026]);
  });

  it('owes nothing before construction starts', () => {
    expect(years('2026-03-01', null, '2025-12-01')).toEqual([]);
  });
});

describe('selfEvaluationState', () => {
  const due = selfEvaluationsDue('2026-03-01', null, '2026-12-01', ed)[0];
  const last = new Date('2026-12-31T23:59:59.999+08:00');
  const next = new Date('2027-01-01T00:00:00.000+08:00');

  it('filed at the last millisecond is on time; one millisecond later is late', () => {
    expect(selfEvaluationState(due, last, next)).toBe('filed');
    expect(selfEvaluationState(due, next, next)).toBe('filed_late');
  });

  it('not filed: open until the last millisecond, overdue from the next', () => {
    expect(selfEvaluationState(due, null, last)).toBe('open');
    expect(selfEvaluationState(due, null, next)).toBe('overdue');
  });
});
