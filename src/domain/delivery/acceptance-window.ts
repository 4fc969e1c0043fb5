// Trial operation and the acceptance window (试运行, Art.25; SPEC §5):
// "项目竣工验收应在系统上线试运行1个月后进行，其中软件开发项目的竣工验收应在上线试运行3个月后进行。
//  试运行至完成项目竣工验收的时间最长不超过6个月。"
// The earliest day is an *earliest allowed date* (N months after the trial start, never moved); the
// latest is a *deadline* (6 months after, moved to the next working day when it falls on a rest day).
// Past the years of the official calendar the latest day cannot be moved and is not guessed.
import {
  CalendarYearNotCoveredError,
  compareIsoDate,
  describeDeadline,
  earliestAfterMonths,
  type DeadlineRule,
  type IsoDate,
  type WorkingCalendar,
} from '../calendar/index.js';
import type { Edition } from '../editions/types.js';

export interface AcceptanceWindow {
  trialStart: IsoDate;
  softwareDevelopment: boolean;
  /** The first day acceptance may be held (Art.25: 1 month, software development 3 months). */
  earliest: IsoDate;
  earliestRule: DeadlineRule;
  /** The last day (Art.25: at most 6 months), moved to a working day; null while its year is not in the calendar. */
  latest: IsoDate | null;
  latestRule: DeadlineRule;
  article: string;
}

export function acceptanceWindow(
  trialStart: IsoDate,
  softwareDevelopment: boolean,
  edition: Edition,
  calendar: WorkingCalendar | null,
): AcceptanceWindow {
  const { trialMin, trialMinSoftware, trialMax } = edition.params;
  const min = softwareDevelopment ? trialMinSoftware : trialMin;
  const earliestRule: DeadlineRule = { kind: 'earliest-months-after', n: min.value };
  const latestRule: DeadlineRule = { kind: 'months-after', n: trialMax.value };
  // The earliest date needs no calendar: it never moves.
  const earliest = earliestAfterMonths(trialStart, min.value);
  let latest: IsoDate | null = null;
  if (calendar) {
    try {
      latest = describeDeadline(calendar, trialStart, latestRule).date;
    } catch (err) {
      if (!(err instanceof CalendarYearNotCoveredError)) throw err;
    }
  }
  return { trialStart, softwareDevelopment, earliest, earliestRule, latest, latestRule, article: trialMax.article };
}

export type WindowPosition = 'too_early' | 'open' | 'too_late' | 'unknown_end';

/** Where a day lies in the window: before it, in it, after it, or after the earliest with the end not yet known. */
export function windowPosition(w: Pick<AcceptanceWindow, 'earliest' | 'latest'>, day: IsoDate): WindowPosition {
  if (compareIsoDate(day, w.earliest) < 0) return 'too_early';
  if (w.latest === null) return 'unknown_end';
  return compareIsoDate(day, w.latest) > 0 ? 'too_late' : 'open';
}
