// R-REVISE-3WD (Art.14): the 3rd working day after the Shanghai date the opinions were complete.
import { describe, expect, it } from 'vitest';
import { CalendarYearNotCoveredError, defaultCalendar as cal } from '../calendar/index.js';
import { defaultEdition as ed } from '../editions/index.js';
import { revisionDeadline, revisionStatus } from './revision.js';
import { expectCited, summary } from './test-support.js';

describe('revisionDeadline at hard dates', () => {
  it.each([
    ['an ordinary Wednesday → the next Monday', '2025-03-05T10:00:00+08:00', '2025-03-05', '2025-03-10'],
    ['before National Day → the 调休 Saturday', '2026-09-30T10:00:00+08:00', '2026-09-30', '2026-10-10'],
    ['before Spring Festival (调休 Sat 02-14 counts) ', '2026-02-13T10:00:00+08:00', '2026-02-13', '2026-02-25'],
    ['23:30 on 09-30 Shanghai is 09-30', '2026-09-30T23:30:00+08:00', '2026-09-30', '2026-10-10'],
    [
      '00:10 on 10-01 Shanghai is 10-01 (a holiday: same due day)',
      '2026-10-01T00:10:00+08:00',
      '2026-10-01',
      '2026-10-10',
    ],
    ['23:30 on 09-29 Shanghai is 09-29', '2026-09-29T23:30:00+08:00', '2026-09-29', '2026-10-09'],
    ['00:10 on 09-30 Shanghai (09-29 in UTC) is 09-30', '2026-09-30T00:10:00+08:00', '2026-09-30', '2026-10-10'],
    ['00:10 on 10-09 Shanghai (10-08 in UTC) → 10-13', '2026-10-09T00:10:00+08:00', '2026-10-09', '2026-10-13'],
    ['completed on a holiday counts from the next day', '2026-10-03T15:00:00+08:00', '2026-10-03', '2026-10-10'],
    ['completed on the 调休 Saturday itself', '2026-10-10T09:00:00+08:00', '2026-10-10', '2026-10-14'],
  ])('%s', (_n, at, basis, due) => {
    const d = revisionDeadline(new Date(at), ed, cal);
    expect(d.basis).toBe(basis);
    expect(d.dueDate).toBe(due);
    expect(d.dueAt.toISOString()).toBe(new Date(`${due}T23:59:59.999+08:00`).toISOString());
    expect(d).toMatchObject({
      rule: 'R-REVISE-3WD',
      article: 'Art.14',
      deadlineRule: { kind: 'working-days-after', n: 3 },
    });
  });

  it("refuses to guess beyond the calendar's years", () => {
    expect(() => revisionDeadline(new Date('2026-12-30T10:00:00+08:00'), ed, cal)).toThrow(CalendarYearNotCoveredError);
    expect(() => revisionDeadline(new Date('2027-03-01T10:00:00+08:00'), ed, cal)).toThrow(CalendarYearNotCoveredError);
  });
});

describe('revisionStatus: late revisions are marked, never blocked', () => {
  const due = revisionDeadline(new Date('2026-09-30T10:00:00+08:00'), ed, cal); // due 2026-10-10 (Sat, 调休)
  const t = (s: string) => new Date(s);

  it.each([
    ['a week before', '2026-10-01T09:00:00+08:00', 3],
    ['the day before', '2026-10-09T12:00:00+08:00', 1],
    ['the due day morning', '2026-10-10T08:00:00+08:00', 0],
    ['the last millisecond of the due day', '2026-10-10T23:59:59.999+08:00', 0],
  ])('open: %s → %s working day(s) left', (_n, now, left) => {
    expect(revisionStatus(due, null, t(now), cal)).toEqual({
      state: 'open',
      overdue: false,
      workingDaysLeft: left,
      finding: null,
    });
  });

  it.each([
    ['the first millisecond after (Sunday, no working day yet)', '2026-10-11T00:00:00+08:00', 1, 0],
    ['Monday', '2026-10-12T09:00:00+08:00', 2, 1],
    ['a week later', '2026-10-17T09:00:00+08:00', 7, 5],
  ])('overdue: %s', (_n, now, days, workingDays) => {
    const s = revisionStatus(due, null, t(now), cal);
    expect(s).toMatchObject({ state: 'overdue', overdue: true, overdueBy: { days, workingDays } });
    if (!s.overdue) throw new Error('expected overdue');
    expect(summary([s.finding])).toEqual(['R-REVISE-3WD warn Art.14 finalVersion']);
    expect(s.finding.message).toContain('截止日为2026-10-10（联审意见反馈后3个工作日内）');
    expect(s.finding.message).toContain(`已逾期${days}天`);
    expectCited([s.finding]);
  });

  it('submitted on the due day is on time, whatever "now" is', () => {
    expect(revisionStatus(due, t('2026-10-10T23:59:59.999+08:00'), t('2026-12-01T00:00:00+08:00'), cal)).toEqual({
      state: 'submitted',
      overdue: false,
      finding: null,
    });
  });

  it('submitted one millisecond late is accepted and marked overdue', () => {
    const s = revisionStatus(due, t('2026-10-11T00:00:00+08:00'), t('2026-10-11T00:00:00+08:00'), cal);
    expect(s).toMatchObject({ state: 'submitted_late', overdue: true, overdueBy: { days: 1, workingDays: 0 } });
    if (s.overdue) expect(s.finding.severity).toBe('warn');
  });
});
