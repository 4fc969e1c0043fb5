// Working days per the official PRC calendar (SPEC §5): public holidays AND adjusted working
// weekends (调休), kept as data that can be replaced each year. Every function takes the calendar
// object, so the server can build one from a table the data bureau maintains.
import { addDays, daysBetween, isIsoDate, isWeekend, parseIsoDate, type IsoDate } from './dates.js';

/** One year of the State Council holiday notice (国务院办公厅关于YYYY年部分节假日安排的通知). */
export interface HolidayYear {
  /** Days off: statutory holidays and the days moved next to them (放假调休), weekends included. */
  holidays: IsoDate[];
  /** Saturdays/Sundays that are working days (调休上班). */
  workdays: IsoDate[];
}

/** Keyed by year, e.g. { 2026: { holidays: [...], workdays: [...] } } (keys as in JSON). */
export type HolidayTable = Record<string | number, HolidayYear>;

export interface WorkingCalendar {
  readonly years: readonly number[];
  readonly holidays: ReadonlySet<IsoDate>;
  readonly workdays: ReadonlySet<IsoDate>;
}

/** Thrown when a date falls in a year the table does not cover: never guess a working day. */
export class CalendarYearNotCoveredError extends Error {
  override readonly name = 'CalendarYearNotCoveredError';
  constructor(
    readonly year: number,
    readonly coveredYears: readonly number[],
  ) {
    super(
      `The working-day calendar has no official holiday data for ${year} ` +
        `(covered: ${coveredYears.join(', ') || 'none'}); load the ${year} State Council ` +
        `holiday notice into the calendar table before computing dates in that year.`,
    );
  }
}

/**
 * Builds a calendar from a table, validating it: real dates, each in its own year, workdays only
 * on weekends, no day both holiday and workday. Throws on a malformed table.
 */
export function createCalendar(table: HolidayTable): WorkingCalendar {
  const years: number[] = [];
  const holidays = new Set<IsoDate>();
  const workdays = new Set<IsoDate>();
  for (const [key, entry] of Object.entries(table)) {
    const year = Number(key);
    if (!/^\d{4}$/.test(key)) throw new Error(`Holiday table: bad year key ${JSON.stringify(key)}`);
    if (!entry || !Array.isArray(entry.holidays) || !Array.isArray(entry.workdays)) {
      throw new Error(`Holiday table ${year}: expected { holidays: [], workdays: [] }`);
    }
    const check = (d: unknown, kind: string): IsoDate => {
      if (!isIsoDate(d)) throw new Error(`Holiday table ${year}: bad ${kind} date ${JSON.stringify(d)}`);
      if (parseIsoDate(d).year !== year) throw new Error(`Holiday table ${year}: ${kind} ${d} is in another year`);
      return d;
    };
    for (const d of entry.holidays) holidays.add(check(d, 'holiday'));
    for (const d of entry.workdays) {
      const day = check(d, 'workday');
      if (!isWeekend(day)) throw new Error(`Holiday table ${year}: adjusted workday ${day} is not a weekend`);
      if (holidays.has(day)) throw new Error(`Holiday table ${year}: ${day} is both holiday and workday`);
      workdays.add(day);
    }
    years.push(year);
  }
  years.sort((a, b) => a - b);
  return Object.freeze({ years: Object.freeze(years), holidays, workdays });
}

export function coversYear(cal: WorkingCalendar, year: number): boolean {
  return cal.years.includes(year);
}

function assertCovered(cal: WorkingCalendar, d: IsoDate): void {
  const { year } = parseIsoDate(d);
  if (!coversYear(cal, year)) throw new CalendarYearNotCoveredError(year, cal.years);
}

/** A working day: an adjusted working weekend, or a Mon–Fri that is not a holiday. */
export function isWorkingDay(cal: WorkingCalendar, d: IsoDate): boolean {
  assertCovered(cal, d);
  if (cal.workdays.has(d)) return true;
  if (cal.holidays.has(d)) return false;
  return !isWeekend(d);
}

/**
 * "N working days after d" (SPEC §5, 民法典 Art.201): counting starts the next day; the Nth
 * working day is the result. Negative n gives the Nth working day before d. n = 0 is refused
 * (ambiguous); use nextWorkingDayOnOrAfter for "d, or the next working day".
 */
export function addWorkingDays(cal: WorkingCalendar, d: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n) || n === 0) {
    throw new RangeError(`addWorkingDays: n must be a non-zero integer, got ${n}`);
  }
  const step = n > 0 ? 1 : -1;
  let day = d;
  for (let left = Math.abs(n); left > 0; ) {
    day = addDays(day, step);
    if (isWorkingDay(cal, day)) left--;
  }
  return day;
}

/** d itself if it is a working day, otherwise the first working day after it. */
export function nextWorkingDayOnOrAfter(cal: WorkingCalendar, d: IsoDate): IsoDate {
  let day = d;
  while (!isWorkingDay(cal, day)) day = addDays(day, 1);
  return day;
}

/**
 * Signed count of working days from a to b, for countdowns and overdue counts: the working days
 * in (a, b] when b ≥ a, minus those in (b, a] when b < a. The inverse of addWorkingDays:
 * workingDaysBetween(cal, a, addWorkingDays(cal, a, n)) === n.
 * Countdown: workingDaysBetween(cal, today, deadline) (0 on the deadline day itself);
 * overdue: workingDaysBetween(cal, deadline, today) > 0.
 */
export function workingDaysBetween(cal: WorkingCalendar, a: IsoDate, b: IsoDate): number {
  const span = daysBetween(a, b);
  const [from, len, sign] = span >= 0 ? [a, span, 1] : [b, -span, -1];
  let count = 0;
  for (let i = 1; i <= len; i++) if (isWorkingDay(cal, addDays(from, i))) count++;
  return sign * count;
}
