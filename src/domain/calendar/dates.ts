// Calendar-date arithmetic in Asia/Shanghai (SPEC §5 "Time zone Asia/Shanghai").
// A date is an ISO string 'YYYY-MM-DD' naming a Shanghai calendar day. China has no DST, so
// Shanghai is always UTC+08:00 and day arithmetic can be done on UTC midnights.

/** A Shanghai calendar date, 'YYYY-MM-DD'. Validated at runtime by every function here. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

/** Splits and validates an IsoDate; throws RangeError on anything that is not a real date. */
export function parseIsoDate(d: IsoDate): { year: number; month: number; day: number } {
  const m = ISO_DATE.exec(d);
  if (m) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) {
      return { year, month, day };
    }
  }
  throw new RangeError(`Not a valid ISO calendar date (YYYY-MM-DD): ${JSON.stringify(d)}`);
}

export function isIsoDate(d: unknown): d is IsoDate {
  if (typeof d !== 'string') return false;
  try {
    parseIsoDate(d);
    return true;
  } catch {
    return false;
  }
}

export function formatIsoDate(year: number, month: number, day: number): IsoDate {
  const p = (n: number, w: number) => String(n).padStart(w, '0');
  return `${p(year, 4)}-${p(month, 2)}-${p(day, 2)}`;
}

/** Number of days in a month (month 1–12), Gregorian leap years. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function toDayNumber(d: IsoDate): number {
  const { year, month, day } = parseIsoDate(d);
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

function fromDayNumber(n: number): IsoDate {
  const t = new Date(n * DAY_MS);
  return formatIsoDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** d plus n calendar days (n may be negative). */
export function addDays(d: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`addDays: n must be an integer, got ${n}`);
  return fromDayNumber(toDayNumber(d) + n);
}

/** Signed number of calendar days from a to b (b − a). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return toDayNumber(b) - toDayNumber(a);
}

/** -1, 0 or 1; IsoDate strings also compare correctly as strings once validated. */
export function compareIsoDate(a: IsoDate, b: IsoDate): number {
  return Math.sign(daysBetween(b, a));
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(d: IsoDate): number {
  return new Date(toDayNumber(d) * DAY_MS).getUTCDay();
}

export function isWeekend(d: IsoDate): boolean {
  const w = dayOfWeek(d);
  return w === 0 || w === 6;
}

/**
 * "N months after d" — 民法典 Art.202 (the period rule SPEC §5 cites with Art.201/203): the day
 * with the same number N months later, or the last day of that month when it has no such day.
 * 2026-01-31 + 1 → 2026-02-28; 2024-01-31 + 1 → 2024-02-29. Negative n counts back the same way.
 * Pure date arithmetic: whether the result is a working day is the caller's concern (deadlines.ts).
 */
export function addMonths(d: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`addMonths: n must be an integer, got ${n}`);
  const { year, month, day } = parseIsoDate(d);
  const index = year * 12 + (month - 1) + n;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return formatIsoDate(y, m, Math.min(day, daysInMonth(y, m)));
}

/** The Asia/Shanghai calendar date of a UTC instant. */
export function shanghaiDateOf(instant: Date): IsoDate {
  const t = instant.getTime();
  if (Number.isNaN(t)) throw new RangeError('shanghaiDateOf: invalid Date');
  return fromDayNumber(Math.floor((t + SHANGHAI_OFFSET_MS) / DAY_MS));
}

/** 00:00:00.000 +08:00 on d, as a UTC instant. */
export function startOfShanghaiDay(d: IsoDate): Date {
  return new Date(toDayNumber(d) * DAY_MS - SHANGHAI_OFFSET_MS);
}

/**
 * 23:59:59.999 +08:00 on d, as a UTC instant — the last moment of a deadline day
 * (民法典 Art.203: the last day of a period ends at 24:00).
 */
export function endOfShanghaiDay(d: IsoDate): Date {
  return new Date((toDayNumber(d) + 1) * DAY_MS - SHANGHAI_OFFSET_MS - 1);
}
