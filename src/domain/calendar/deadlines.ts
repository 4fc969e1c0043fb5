// Deadlines and earliest-allowed dates (SPEC §5). A *deadline* (the last day to act) that falls on
// a non-working day moves to the next working day (民法典 Art.203: a period whose last day is a
// statutory rest day ends on the day after the rest days); an *earliest allowed date* never moves.
// Deadlines are stored with the rule that produced them (SPEC §5), hence describeDeadline.
import { addWorkingDays, nextWorkingDayOnOrAfter, type WorkingCalendar } from './calendar.js';
import { addMonths, parseIsoDate, type IsoDate } from './dates.js';

/** Deadline: N months after d (民法典 Art.201/202), moved forward to a working day (Art.203). */
export function deadlineAfterMonths(cal: WorkingCalendar, d: IsoDate, n: number): IsoDate {
  return nextWorkingDayOnOrAfter(cal, addMonths(d, n));
}

/**
 * Earliest allowed date: N months after d (民法典 Art.201/202), NOT moved — a rest day is a
 * permissible day to be "on or after". Needs no calendar.
 */
export function earliestAfterMonths(d: IsoDate, n: number): IsoDate {
  return addMonths(d, n);
}

/** Deadline: the Nth working day after d (SPEC §5); always a working day, so never moved. */
export function deadlineAfterWorkingDays(cal: WorkingCalendar, d: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n) || n < 1) {
    throw new RangeError(`deadlineAfterWorkingDays: n must be a positive integer, got ${n}`);
  }
  return addWorkingDays(cal, d, n);
}

/** The rules a stored date can come from; plain JSON, so it can be persisted beside the date. */
export type DeadlineRule =
  | { kind: 'working-days-after'; n: number } // deadline: Nth working day after basis
  | { kind: 'months-after'; n: number } // deadline: N months after basis, moved to a working day
  | { kind: 'earliest-months-after'; n: number }; // earliest allowed: N months after, not moved

export interface DescribedDeadline {
  /** The resulting date (Asia/Shanghai calendar date). */
  date: IsoDate;
  /** The rule that produced it. */
  rule: DeadlineRule;
  /** The date the rule counts from (excluded from the count, 民法典 Art.201). */
  basis: IsoDate;
}

/** Computes a date from a rule and returns it together with the rule and its basis, for storage. */
export function describeDeadline(cal: WorkingCalendar, basis: IsoDate, rule: DeadlineRule): DescribedDeadline {
  parseIsoDate(basis);
  let date: IsoDate;
  switch (rule.kind) {
    case 'working-days-after':
      date = deadlineAfterWorkingDays(cal, basis, rule.n);
      break;
    case 'months-after':
      date = deadlineAfterMonths(cal, basis, rule.n);
      break;
    case 'earliest-months-after':
      date = earliestAfterMonths(basis, rule.n);
      break;
    default: {
      const never: never = rule;
      throw new Error(`Unknown deadline rule ${JSON.stringify(never)}`);
    }
  }
  return { date, rule: { ...rule }, basis };
}
