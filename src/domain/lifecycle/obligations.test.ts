// The obligations' reminders at their boundaries (issue 10; SPEC §5 "reminded before and after"): the
// lead time counted in working days off the 2026 calendar (National Day and its 调休), the deadline's
// last millisecond and the next, and the waiting time of a review party.
import { describe, expect, it } from 'vitest';
import { defaultCalendar as cal } from '../calendar/index.js';
import { sucheng2024 as edition } from '../editions/sucheng-2024.js';
import {
  obligationKey,
  OBLIGATION_KINDS,
  obligationScopePrefix,
  rectificationDueAt,
  remindFrom,
  reminderFor,
  reminderTitle,
  reminderTitleEn,
  reviewOpinionDueAt,
} from './obligations.js';

/** An instant written in Beijing time. */
const bj = (local: string) => new Date(`${local}+08:00`);
const endOf = (day: string) => bj(`${day}T23:59:59.999`);

describe('obligation reminders (SPEC §5, edition parameters in working days)', () => {
  it('the lead times are edition parameters, stated as the platform reading', () => {
    expect(edition.reminders.leadWorkingDays.value.acceptance_report).toBe(5);
    expect(edition.reminders.leadWorkingDays.value.final_version).toBe(0);
    expect(edition.reminders.reviewOpinionPeriod).toMatchObject({ value: 5, unit: 'working_day' });
  });

  it('5 working days before a Thursday: from the Thursday a week earlier (00:00), not the evening before', () => {
    const due = endOf('2026-12-31');
    expect(remindFrom('acceptance_report', due, edition, cal)).toBe('2026-12-24');
    expect(reminderFor('acceptance_report', due, bj('2026-12-23T23:59:59.999'), edition, cal)).toBeNull();
    expect(reminderFor('acceptance_report', due, bj('2026-12-24T00:00:00.000'), edition, cal)).toBe('due_soon');
    expect(reminderFor('acceptance_report', due, due, edition, cal)).toBe('due_soon');
    expect(reminderFor('acceptance_report', due, new Date(due.getTime() + 1), edition, cal)).toBe('overdue');
  });

  it('counts working days across National Day and its 调休 (10-10 Saturday worked, 10-01..10-07 off)', () => {
    // 10-12 (Mon) − 5 working days: 10-10, 10-09, 10-08, then 09-30, 09-29.
    const due = endOf('2026-10-12');
    expect(remindFrom('acceptance_report', due, edition, cal)).toBe('2026-09-29');
    expect(reminderFor('acceptance_report', due, bj('2026-09-28T23:59:59.999'), edition, cal)).toBeNull();
    expect(reminderFor('acceptance_report', due, bj('2026-09-29T00:00:00.000'), edition, cal)).toBe('due_soon');
  });

  it('a lead of 0 reminds on the due day only (the final version, Art.14)', () => {
    const due = endOf('2026-12-31');
    expect(reminderFor('final_version', due, bj('2026-12-30T23:59:59.999'), edition, cal)).toBeNull();
    expect(reminderFor('final_version', due, bj('2026-12-31T00:00:00.000'), edition, cal)).toBe('due_soon');
    expect(reminderFor('final_version', due, new Date(due.getTime() + 1), edition, cal)).toBe('overdue');
  });

  it('a closed call is not reminded as overdue (nothing is left to do but an urgent declaration, Art.8)', () => {
    const due = endOf('2026-10-15');
    expect(reminderFor('call_deadline', due, due, edition, cal)).toBe('due_soon');
    expect(reminderFor('call_deadline', due, new Date(due.getTime() + 1), edition, cal)).toBeNull();
  });

  it('the waiting time of a review party: the end of the 5th working day after the review opened', () => {
    // Opened 09-30: 10-08, 10-09, 10-10 (调休), 10-12, 10-13.
    expect(reviewOpinionDueAt(bj('2026-09-30T10:00:00'), edition, cal)).toEqual(endOf('2026-10-13'));
    // Opened late on a Friday: counting starts the next day (民法典 Art.201).
    expect(reviewOpinionDueAt(bj('2026-12-04T23:00:00'), edition, cal)).toEqual(endOf('2026-12-11'));
  });

  describe('a rectification order (Art.33 限期整改, R-RECTIFY)', () => {
    // An order due Monday 2026-10-12: the deadline day is in time to its last millisecond.
    const due = rectificationDueAt('2026-10-12');

    it('is the owner’s, reminded 5 working days ahead and once overdue (then the data bureau too)', () => {
      expect(OBLIGATION_KINDS.rectification).toMatchObject({
        rule: 'R-RECTIFY',
        article: 'Art.33',
        actor: 'declarant',
        remindsOverdue: true,
      });
      expect(edition.reminders.leadWorkingDays.value.rectification).toBe(5);
      expect(due).toEqual(endOf('2026-10-12'));
    });

    it('due soon from the 5th working day before (across National Day and its 调休), not the day before', () => {
      expect(remindFrom('rectification', due, edition, cal)).toBe('2026-09-29');
      expect(reminderFor('rectification', due, bj('2026-09-28T23:59:59.999'), edition, cal)).toBeNull();
      expect(reminderFor('rectification', due, bj('2026-09-29T00:00:00.000'), edition, cal)).toBe('due_soon');
    });

    it('the due day is still due soon, to its last millisecond; overdue from the next, one working day after', () => {
      expect(reminderFor('rectification', due, bj('2026-10-12T00:00:00.000'), edition, cal)).toBe('due_soon');
      expect(reminderFor('rectification', due, due, edition, cal)).toBe('due_soon');
      expect(reminderFor('rectification', due, new Date(due.getTime() + 1), edition, cal)).toBe('overdue');
      expect(reminderFor('rectification', due, bj('2026-10-13T09:00:00'), edition, cal)).toBe('overdue');
      // Still overdue weeks later: it closes only when answered, judged or superseded (the server's source).
      expect(reminderFor('rectification', due, bj('2026-11-30T09:00:00'), edition, cal)).toBe('overdue');
    });

    it('a deadline on a day after a weekend: the lead skips the weekend', () => {
      // Friday 2026-12-04: 12-03, 12-02, 12-01, 11-30, 11-27.
      const friday = rectificationDueAt('2026-12-04');
      expect(remindFrom('rectification', friday, edition, cal)).toBe('2026-11-27');
      expect(reminderFor('rectification', friday, bj('2026-11-26T23:59:59.999'), edition, cal)).toBeNull();
    });

    it('is named with its round, and each round has its own key', () => {
      expect(reminderTitle('rectification', 'due_soon', '第1轮')).toBe('提醒：第1轮整改报告即将到期');
      expect(reminderTitle('rectification', 'overdue', '第2轮')).toBe('提醒：第2轮整改报告已逾期');
      expect(reminderTitleEn('rectification', 'overdue', '第2轮')).toBe(
        'Reminder: The rectification report (第2轮) is overdue',
      );
      expect(obligationKey({ projectId: 'p1' }, 'rectification', 2)).toBe('p:p1:rectification:2');
    });
  });

  it('names what and which, in Chinese and English', () => {
    expect(reminderTitle('self_evaluation', 'due_soon', '2026年度')).toBe('提醒：2026年度自评价报告即将到期');
    expect(reminderTitle('final_version', 'overdue')).toBe('提醒：方案终稿已逾期');
    expect(reminderTitleEn('final_version', 'overdue')).toBe('Reminder: The final version is overdue');
  });

  it('keys are stable per obligation and share their project prefix', () => {
    const key = obligationKey({ projectId: 'p1' }, 'self_evaluation', 2026);
    expect(key).toBe('p:p1:self_evaluation:2026');
    expect(key.startsWith(obligationScopePrefix({ projectId: 'p1' }))).toBe(true);
    expect(obligationKey({ systemId: 's1' }, 'om_report', 2026)).toBe('s:s1:om_report:2026');
  });
});
