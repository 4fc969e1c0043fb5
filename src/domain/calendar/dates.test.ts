// SPEC §5: Asia/Shanghai calendar dates and 民法典 Art.201–203 month arithmetic.
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  dayOfWeek,
  daysBetween,
  endOfShanghaiDay,
  isIsoDate,
  parseIsoDate,
  shanghaiDateOf,
  startOfShanghaiDay,
} from './index.js';

describe('IsoDate parsing', () => {
  it('accepts real dates and rejects the rest', () => {
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    for (const bad of ['2026-02-29', '2026-2-01', '2026-13-01', '2026-00-10', '2026-04-31', '20260101', ''])
      expect(() => parseIsoDate(bad)).toThrow(RangeError);
    expect(isIsoDate('2026-10-10')).toBe(true);
    expect(isIsoDate(20261010)).toBe(false);
  });

  it('knows the weekdays of the hard dates', () => {
    expect(dayOfWeek('2026-10-10')).toBe(6); // adjusted working Saturday
    expect(dayOfWeek('2026-09-20')).toBe(0); // adjusted working Sunday
    expect(dayOfWeek('2026-02-28')).toBe(6);
    expect(dayOfWeek('2027-01-01')).toBe(5);
  });

  it('adds calendar days across month, leap-day and year boundaries', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-09-30', '2026-10-10')).toBe(10);
    expect(daysBetween('2026-10-10', '2026-09-30')).toBe(-10);
  });
});

describe('addMonths (民法典 Art.202: same day number, else the month-end)', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2024-01-31', 1, '2024-02-29'], // leap year
    ['2026-03-31', 1, '2026-04-30'],
    ['2026-01-15', 1, '2026-02-15'],
    ['2026-09-03', 1, '2026-10-03'],
    ['2025-12-31', 2, '2026-02-28'],
    ['2026-11-30', 3, '2027-02-28'], // pure arithmetic needs no holiday data
    ['2024-02-29', 12, '2025-02-28'],
    ['2026-08-31', -6, '2026-02-28'],
    ['2026-05-20', 0, '2026-05-20'],
  ] as const)('%s + %i months = %s', (d, n, expected) => {
    expect(addMonths(d, n)).toBe(expected);
  });

  it('refuses fractional months and invalid dates', () => {
    expect(() => addMonths('2026-01-31', 1.5)).toThrow(RangeError);
    expect(() => addMonths('2026-02-30', 1)).toThrow(RangeError);
  });
});

describe('Asia/Shanghai instants (UTC+08:00, no DST)', () => {
  it('maps a UTC instant to its Shanghai calendar date', () => {
    expect(shanghaiDateOf(new Date('2026-09-30T15:59:59.999Z'))).toBe('2026-09-30');
    expect(shanghaiDateOf(new Date('2026-09-30T16:00:00.000Z'))).toBe('2026-10-01');
    expect(shanghaiDateOf(new Date('2026-12-31T16:00:00.000Z'))).toBe('2027-01-01');
    expect(shanghaiDateOf(new Date('2026-07-01T00:00:00+08:00'))).toBe('2026-07-01');
    expect(() => shanghaiDateOf(new Date('nope'))).toThrow(RangeError);
  });

  it('gives the start and the end (23:59:59.999 +08:00) of a Shanghai day', () => {
    expect(startOfShanghaiDay('2026-10-10').toISOString()).toBe('2026-10-09T16:00:00.000Z');
    expect(endOfShanghaiDay('2026-10-10').toISOString()).toBe('2026-10-10T15:59:59.999Z');
    expect(endOfShanghaiDay('2026-12-31').toISOString()).toBe('2026-12-31T15:59:59.999Z');
    expect(shanghaiDateOf(endOfShanghaiDay('2024-02-29'))).toBe('2024-02-29');
    expect(shanghaiDateOf(new Date(endOfShanghaiDay('2024-02-29').getTime() + 1))).toBe('2024-03-01');
  });
});
