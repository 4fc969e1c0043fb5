// Registry of regulation editions. Adding an edition = adding a file and one line here.
import { daysInMonth, formatIsoDate, type IsoDate } from '../calendar/dates.js';
import { sucheng2024 } from './sucheng-2024.js';
import type { AnnualDate, Edition, Labelled } from './types.js';

export * from './types.js';
export { isPhraseTrue, meets } from './legal-number.js';

function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object' && !Object.isFrozen(o)) {
    Object.freeze(o);
    for (const v of Object.values(o)) deepFreeze(v);
  }
  return o;
}

/** All known editions, oldest first. */
export const EDITIONS: readonly Edition[] = deepFreeze([sucheng2024]);

export const defaultEdition: Edition = sucheng2024;

export function getEdition(id: string): Edition | undefined {
  return EDITIONS.find((e) => e.id === id);
}

/** The edition's local calendar date of an instant (fixed offset; China has no DST). */
export function localDateOf(instant: Date, edition: Edition): IsoDate {
  const t = instant.getTime();
  if (Number.isNaN(t)) throw new RangeError('localDateOf: invalid Date');
  const local = new Date(t + edition.utcOffsetMinutes * 60_000);
  return formatIsoDate(local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate());
}

/**
 * The edition in force at an instant: effective ≤ local date < repealed. Null before the first
 * edition took effect (the 2023 measures are not encoded).
 */
export function editionInForce(at: Date): Edition | null {
  const inForce = EDITIONS.filter((e) => {
    const d = localDateOf(at, e);
    return e.effective <= d && (e.repealed === null || d < e.repealed);
  });
  return inForce.length ? inForce[inForce.length - 1] : null;
}

/**
 * The last millisecond of the second named by an AnnualDate, as a UTC instant: the whole second
 * 'HH:MM:SS' counts as in time (10-15 23:59:59 → 23:59:59.999 +08:00).
 */
export function annualDateInstant(date: Omit<AnnualDate, 'yearOffset'>, year: number, edition: Edition): Date {
  const m = /^(\d{2}):(\d{2}):(\d{2})$/.exec(date.time);
  if (!m) throw new RangeError(`Bad time ${JSON.stringify(date.time)}; expected HH:MM:SS`);
  if (date.month < 1 || date.month > 12 || date.day < 1 || date.day > daysInMonth(year, date.month)) {
    throw new RangeError(`No day ${date.month}-${date.day} in ${year}`);
  }
  const local = Date.UTC(year, date.month - 1, date.day, Number(m[1]), Number(m[2]), Number(m[3]), 999);
  return new Date(local - edition.utcOffsetMinutes * 60_000);
}

/** The label of a code in a list param, or the code itself when unknown. */
export function labelOf<C extends string>(items: readonly Labelled<C>[], code: string): Labelled<string> {
  return items.find((i) => i.code === code) ?? { code, zh: code, en: code };
}
