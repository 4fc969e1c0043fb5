// acceptanceWindow and windowPosition (Art.25; SPEC §5): the earliest day is N months after the
// trial start and never moves; the latest is 6 months after, moved off a rest day, and null rather
// than guessed when the calendar does not cover its year.
import { describe, expect, it } from 'vitest';
import { createCalendar, defaultCalendar, HOLIDAY_DATA } from '../calendar/index.js';
import { defaultEdition } from '../editions/index.js';
import type { Edition } from '../editions/types.js';
import { acceptanceWindow, windowPosition } from './acceptance-window.js';

const ed = defaultEdition;
const win = (start: string, software = false, calendar = defaultCalendar, edition: Edition = ed) =>
  acceptanceWindow(start, software, edition, calendar);

describe('acceptanceWindow', () => {
  it('states its rules and article with the dates', () => {
    expect(win('2026-03-02')).toEqual({
      trialStart: '2026-03-02',
      softwareDevelopment: false,
      earliest: '2026-04-02',
      earliestRule: { kind: 'earliest-months-after', n: 1 },
      latest: '2026-09-02',
      latestRule: { kind: 'months-after', n: 6 },
      article: 'Art.25',
    });
  });

  it('clamps a month end (民法典 Art.202): 01-31 + 1 month → 02-28', () => {
    const w = win('2026-01-31');
    expect(w.earliest).toBe('2026-02-28');
    expect(w.latest).toBe('2026-07-31');
  });

  it('software development waits 3 months: 2026-11-30 → 2027-02-28 (clamped), 2023-11-30 → 2024-02-29 (leap)', () => {
    expect(win('2026-11-30', true).earliest).toBe('2027-02-28');
    expect(win('2026-11-30', true).earliestRule).toEqual({ kind: 'earliest-months-after', n: 3 });
    expect(win('2023-11-30', true).earliest).toBe('2024-02-29');
    expect(win('2026-11-30', false).earliest).toBe('2026-12-30');
  });

  it('never moves the earliest day, even inside a holiday (2026-05-05, May Day)', () => {
    expect(win('2026-04-05').earliest).toBe('2026-05-05');
  });

  it('moves the latest day off a holiday: 2026-04-05 + 6 months = 10-05 (National Day) → 10-08', () => {
    expect(win('2026-04-05').latest).toBe('2026-10-08');
  });

  it('leaves a latest working day where it is (2026-07-15, a Wednesday)', () => {
    expect(win('2026-01-15').latest).toBe('2026-07-15');
  });

  it('gives no latest day outside the calendar years (2027), but still the earliest', () => {
    const w = win('2026-11-30', true);
    expect(w.latest).toBeNull();
    expect(w.latestRule).toEqual({ kind: 'months-after', n: 6 });
    expect(win('2026-08-31').latest).toBeNull(); // 2027-02-28
    expect(win('2026-08-31').earliest).toBe('2026-09-30');
  });

  it('gives no latest day without a calendar, or with an empty one', () => {
    expect(acceptanceWindow('2026-03-02', false, ed, null)).toMatchObject({ earliest: '2026-04-02', latest: null });
    expect(win('2026-03-02', false, createCalendar({})).latest).toBeNull();
  });

  it('gives no latest day when moving it would cross into an uncovered year', () => {
    const cal = createCalendar({ 2026: { holidays: ['2026-12-30', '2026-12-31'], workdays: [] } });
    expect(win('2026-06-30', false, cal).latest).toBeNull();
  });

  it('with a calendar covering 2027, the software window of 2026-11-30 closes on 2027-05-31 (05-30 a Sunday)', () => {
    const cal = createCalendar({ ...HOLIDAY_DATA, 2027: { holidays: [], workdays: [] } });
    expect(win('2026-11-30', true, cal).latest).toBe('2027-05-31');
  });

  it('takes its lengths from the edition', () => {
    const p = ed.params;
    const other: Edition = {
      ...ed,
      params: {
        ...p,
        trialMin: { ...p.trialMin, value: 2 },
        trialMinSoftware: { ...p.trialMinSoftware, value: 4 },
        trialMax: { ...p.trialMax, value: 3 },
      },
    };
    expect(win('2026-01-15', false, defaultCalendar, other)).toMatchObject({
      earliest: '2026-03-15',
      latest: '2026-04-15',
    });
    expect(win('2026-01-15', true, defaultCalendar, other).earliest).toBe('2026-05-15');
  });
});

describe('windowPosition', () => {
  const w = { earliest: '2026-02-28', latest: '2026-07-31' };

  it('is too early before the earliest day, open from it to the latest day, too late after', () => {
    expect(windowPosition(w, '2026-02-27')).toBe('too_early');
    expect(windowPosition(w, '2026-02-28')).toBe('open');
    expect(windowPosition(w, '2026-05-01')).toBe('open');
    expect(windowPosition(w, '2026-07-31')).toBe('open');
    expect(windowPosition(w, '2026-08-01')).toBe('too_late');
  });

  it('without a latest day: too early before the earliest, unknown end from it on', () => {
    const open = { earliest: '2027-02-28', latest: null };
    expect(windowPosition(open, '2027-02-27')).toBe('too_early');
    expect(windowPosition(open, '2027-02-28')).toBe('unknown_end');
    expect(windowPosition(open, '2028-01-01')).toBe('unknown_end');
  });

  it('compares dates across years and months, not as numbers', () => {
    expect(windowPosition({ earliest: '2026-12-30', latest: '2027-05-31' }, '2027-01-01')).toBe('open');
    expect(windowPosition({ earliest: '2026-12-30', latest: '2027-05-31' }, '2026-12-29')).toBe('too_early');
  });
});
