// SPEC §5: working days per the official PRC calendar (holidays and 调休), deadlines (民法典
// Art.201–203). 2026 dates verified against 国务院办公厅关于2026年部分节假日安排的通知 (2025-11-04):
// National Day 10-01..10-07 off, 09-20 (Sun) and 10-10 (Sat) worked; Spring Festival 02-15..02-23
// off, 02-14 (Sat) and 02-28 (Sat) worked; New Year 01-01..01-03 off, 01-04 (Sun) worked.
import { isWorkday } from 'chinese-days';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addWorkingDays,
  CalendarYearNotCoveredError,
  createCalendar,
  deadlineAfterMonths,
  deadlineAfterWorkingDays,
  defaultCalendar as cal,
  describeDeadline,
  earliestAfterMonths,
  HOLIDAY_DATA,
  isWorkingDay,
  nextWorkingDayOnOrAfter,
  workingDaysBetween,
} from './index.js';

describe('isWorkingDay', () => {
  it('treats adjusted working weekends (调休) as working days and holidays as not', () => {
    expect(isWorkingDay(cal, '2026-09-20')).toBe(true); // Sunday, worked
    expect(isWorkingDay(cal, '2026-10-10')).toBe(true); // Saturday, worked
    expect(isWorkingDay(cal, '2026-02-14')).toBe(true); // Saturday, worked
    expect(isWorkingDay(cal, '2026-02-28')).toBe(true); // Saturday, worked
    expect(isWorkingDay(cal, '2026-10-11')).toBe(false); // ordinary Sunday
    expect(isWorkingDay(cal, '2026-10-05')).toBe(false); // Monday in the National Day holiday
    expect(isWorkingDay(cal, '2026-02-23')).toBe(false); // Monday, 正月初七
    expect(isWorkingDay(cal, '2026-10-08')).toBe(true);
    expect(isWorkingDay(cal, '2024-02-04')).toBe(true); // 2024 Spring Festival, Sunday worked
    expect(isWorkingDay(cal, '2025-10-08')).toBe(false); // 2025 National Day + Mid-autumn
  });

  it('agrees with chinese-days on every day of every covered year', () => {
    expect(cal.years).toEqual([2023, 2024, 2025, 2026]);
    for (const year of cal.years) {
      for (let d = `${year}-01-01`; d.startsWith(String(year)); d = addDays(d, 1)) {
        expect(isWorkingDay(cal, d), d).toBe(isWorkday(d));
      }
    }
  });

  it('counts 248 working days in 2026 (261 weekdays − 19 weekday holidays + 6 调休)', () => {
    expect(workingDaysBetween(cal, '2025-12-31', '2026-12-31')).toBe(248);
  });
});

describe('addWorkingDays ("N working days after D": count from the next day)', () => {
  it.each([
    ['2026-09-30', 1, '2026-10-08'],
    ['2026-09-30', 3, '2026-10-10'], // 10-08 Thu, 10-09 Fri, 10-10 adjusted Sat
    ['2026-09-30', 4, '2026-10-12'], // 10-11 is an ordinary Sunday
    ['2026-02-13', 1, '2026-02-14'], // adjusted working Saturday
    ['2026-02-13', 3, '2026-02-25'], // 02-14, then 02-15..23 off, 02-24, 02-25
    ['2026-09-18', 1, '2026-09-20'], // Sat 09-19 off, Sun 09-20 worked
    ['2025-12-31', 3, '2026-01-06'], // 01-01..03 off, 01-04 Sun worked, 01-05, 01-06
    ['2026-12-28', 3, '2026-12-31'], // stays inside 2026
    ['2026-01-05', -2, '2025-12-31'], // backwards: 01-04, then 2025-12-31
  ] as const)('%s + %i working days = %s', (d, n, expected) => {
    expect(addWorkingDays(cal, d, n)).toBe(expected);
    expect(workingDaysBetween(cal, d, expected)).toBe(n);
  });

  it('refuses n = 0 and fractions', () => {
    expect(() => addWorkingDays(cal, '2026-09-30', 0)).toThrow(RangeError);
    expect(() => addWorkingDays(cal, '2026-09-30', 1.5)).toThrow(RangeError);
    expect(() => deadlineAfterWorkingDays(cal, '2026-09-30', -1)).toThrow(RangeError);
  });

  it('finds the next working day on or after a date', () => {
    expect(nextWorkingDayOnOrAfter(cal, '2026-10-01')).toBe('2026-10-08');
    expect(nextWorkingDayOnOrAfter(cal, '2026-10-08')).toBe('2026-10-08');
    expect(nextWorkingDayOnOrAfter(cal, '2026-09-19')).toBe('2026-09-20');
  });
});

describe('workingDaysBetween (countdowns and overdue)', () => {
  it('is signed, excludes the start and includes the end', () => {
    expect(workingDaysBetween(cal, '2026-09-30', '2026-10-10')).toBe(3);
    expect(workingDaysBetween(cal, '2026-10-10', '2026-09-30')).toBe(-3);
    expect(workingDaysBetween(cal, '2026-10-10', '2026-10-10')).toBe(0);
    expect(workingDaysBetween(cal, '2026-10-01', '2026-10-07')).toBe(0);
    expect(workingDaysBetween(cal, '2026-10-10', '2026-10-12')).toBe(1);
  });
});

describe('deadlines and earliest dates (民法典 Art.203)', () => {
  it('moves a deadline that lands in the National Day holiday to the first working day after', () => {
    expect(deadlineAfterMonths(cal, '2026-09-03', 1)).toBe('2026-10-08'); // 10-03 is a holiday
    expect(deadlineAfterMonths(cal, '2026-09-01', 1)).toBe('2026-10-08');
    expect(deadlineAfterMonths(cal, '2026-02-07', 1)).toBe('2026-03-09'); // Sat 03-07 → Mon
  });

  it('does not move a deadline on an adjusted working Saturday', () => {
    expect(deadlineAfterMonths(cal, '2026-01-31', 1)).toBe('2026-02-28');
    expect(deadlineAfterMonths(cal, '2024-01-31', 1)).toBe('2024-02-29');
  });

  it('never moves an earliest allowed date, even onto a holiday', () => {
    expect(earliestAfterMonths('2026-09-03', 1)).toBe('2026-10-03');
    expect(earliestAfterMonths('2026-01-31', 1)).toBe('2026-02-28');
  });

  it('describes a date with the rule and basis that produced it', () => {
    const wd = describeDeadline(cal, '2026-09-30', { kind: 'working-days-after', n: 3 });
    expect(wd).toEqual({ date: '2026-10-10', rule: { kind: 'working-days-after', n: 3 }, basis: '2026-09-30' });
    expect(describeDeadline(cal, '2026-09-03', { kind: 'months-after', n: 1 }).date).toBe('2026-10-08');
    const earliest = describeDeadline(cal, '2026-09-03', { kind: 'earliest-months-after', n: 1 });
    expect(earliest.date).toBe('2026-10-03');
    expect(JSON.parse(JSON.stringify(earliest))).toEqual(earliest);
  });
});

describe('years without official data', () => {
  it('throws a clear error instead of treating 2027 holidays as working days', () => {
    expect(isWorkingDay(cal, '2026-12-31')).toBe(true);
    expect(() => addWorkingDays(cal, '2026-12-31', 3)).toThrow(CalendarYearNotCoveredError);
    expect(() => addWorkingDays(cal, '2026-12-31', 3)).toThrow(/no official holiday data for 2027/);
    expect(() => isWorkingDay(cal, '2022-06-01')).toThrow(/2022 \(covered: 2023, 2024, 2025, 2026\)/);
    expect(() => deadlineAfterMonths(cal, '2026-12-15', 1)).toThrow(CalendarYearNotCoveredError);
    expect(() => workingDaysBetween(cal, '2026-12-30', '2027-01-04')).toThrow(CalendarYearNotCoveredError);
    const error = (() => {
      try {
        isWorkingDay(cal, '2027-01-01');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(CalendarYearNotCoveredError);
    expect((error as CalendarYearNotCoveredError).year).toBe(2027);
  });

  it('crosses into 2027 once a 2027 table is loaded (FIXTURE, not the official 2027 notice)', () => {
    const fixture = createCalendar({ ...HOLIDAY_DATA, 2027: { holidays: ['2027-01-01'], workdays: [] } });
    expect(addWorkingDays(fixture, '2026-12-31', 3)).toBe('2027-01-06'); // 01-01 off, 01-02/03 weekend
    expect(workingDaysBetween(fixture, '2026-12-31', '2027-01-06')).toBe(3);
    const withSunday = createCalendar({
      ...HOLIDAY_DATA,
      2027: { holidays: ['2027-01-01'], workdays: ['2027-01-03'] },
    });
    expect(addWorkingDays(withSunday, '2026-12-31', 3)).toBe('2027-01-05');
  });
});

describe('createCalendar validation', () => {
  it.each([
    ['a workday that is not a weekend', { 2026: { holidays: [], workdays: ['2026-10-09'] } }, /not a weekend/],
    ['a date in another year', { 2026: { holidays: ['2027-01-01'], workdays: [] } }, /another year/],
    ['an invalid date', { 2026: { holidays: ['2026-02-30'], workdays: [] } }, /bad holiday date/],
    ['a day both off and worked', { 2026: { holidays: ['2026-10-10'], workdays: ['2026-10-10'] } }, /both/],
    ['a bad year key', { '26': { holidays: [], workdays: [] } }, /bad year key/],
  ])('rejects %s', (_name, table, message) => {
    expect(() => createCalendar(table)).toThrow(message);
  });
});
