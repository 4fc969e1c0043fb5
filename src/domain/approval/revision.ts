// Revision after the joint review: SPEC §3 step 8, rule R-REVISE-3WD; Measures Art.14: "根据联审意见，
// 申报单位一般应当在3个工作日内完成项目方案终稿修订，并在宿城区信息化项目管理平台同步修改完善项目申报信息、
// 建设方案等材料。" "一般" → a late revision is marked overdue, never refused.
// SPEC §5: "N working days after" counts from the next day; the Nth working day is the last day.
// The calendar throws CalendarYearNotCoveredError for a year it has no holiday data for.
import {
  describeDeadline,
  endOfShanghaiDay,
  shanghaiDateOf,
  workingDaysBetween,
  type DeadlineRule,
  type IsoDate,
  type WorkingCalendar,
} from '../calendar/index.js';
import type { Edition } from '../editions/types.js';
import { revisionOverdue, type OverdueBy } from '../rules/revision.js';
import type { Finding } from '../rules/types.js';

export interface RevisionDeadline {
  /** Shanghai date the opinions were complete (excluded from the count). */
  basis: IsoDate;
  /** The Nth working day after basis: the last day to upload the final version. */
  dueDate: IsoDate;
  /** 23:59:59.999 +08:00 on dueDate. */
  dueAt: Date;
  rule: 'R-REVISE-3WD';
  article: string;
  /** Stored beside the date (SPEC §5 "deadlines are stored with the rule that produced them"). */
  deadlineRule: DeadlineRule;
}

/** Due date of the final version: the edition's revisionPeriod working days after the completion date. */
export function revisionDeadline(
  opinionsCompletedAt: Date,
  edition: Edition,
  calendar: WorkingCalendar,
): RevisionDeadline {
  const period = edition.params.revisionPeriod;
  if (period.unit !== 'working_day') throw new RangeError(`revisionPeriod must be in working days, got ${period.unit}`);
  const basis = shanghaiDateOf(opinionsCompletedAt);
  const d = describeDeadline(calendar, basis, { kind: 'working-days-after', n: period.value });
  return {
    basis,
    dueDate: d.date,
    dueAt: endOfShanghaiDay(d.date),
    rule: 'R-REVISE-3WD',
    article: period.article,
    deadlineRule: d.rule,
  };
}

export type { OverdueBy };

export type RevisionStatus =
  | { state: 'open'; overdue: false; workingDaysLeft: number; finding: null }
  | { state: 'submitted'; overdue: false; finding: null }
  | { state: 'overdue' | 'submitted_late'; overdue: true; overdueBy: OverdueBy; finding: Finding };

/**
 * Where the revision stands. Submitted: late iff submittedAt is after dueAt. Not submitted: open
 * until dueAt, with the working days left (0 on the due day itself), then overdue.
 */
export function revisionStatus(
  due: Pick<RevisionDeadline, 'dueDate' | 'dueAt' | 'deadlineRule'>,
  submittedAt: Date | null,
  now: Date,
  calendar: WorkingCalendar,
): RevisionStatus {
  const at = submittedAt ?? now;
  if (at.getTime() <= due.dueAt.getTime()) {
    return submittedAt
      ? { state: 'submitted', overdue: false, finding: null }
      : {
          state: 'open',
          overdue: false,
          workingDaysLeft: workingDaysBetween(calendar, shanghaiDateOf(now), due.dueDate),
          finding: null,
        };
  }
  const late = submittedAt !== null;
  const { overdueBy, finding: f } = revisionOverdue(due, at, late, calendar);
  return { state: late ? 'submitted_late' : 'overdue', overdue: true, overdueBy, finding: f };
}
