import { describe, expect, it } from 'vitest';
import { createCalendar } from '../calendar/index.js';
import { reviewTimeliness, weightedMedian, type OpinionGroup } from './review-timeliness.js';

// 2026: 10-01..10-07 National Day, 10-10 (Sat) a working day (调休) — a small table of our own.
const cal = createCalendar({
  2026: {
    holidays: ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07'],
    workdays: ['2026-10-10'],
  },
});
const PARTIES = ['data_bureau', 'cyberspace', 'finance', 'bigdata_center'];
const o = (party: string, openedOn: string, answeredOn: string, count = 1): OpinionGroup => ({
  party,
  review: 'pre_review',
  openedOn,
  answeredOn,
  count,
});

describe('weightedMedian', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(weightedMedian([])).toBeNull();
    expect(weightedMedian([{ value: 3, weight: 1 }])).toBe(3);
    expect(
      weightedMedian([
        { value: 1, weight: 1 },
        { value: 4, weight: 1 },
      ]),
    ).toBe(2.5);
    expect(
      weightedMedian([
        { value: 9, weight: 1 },
        { value: 1, weight: 2 },
      ]),
    ).toBe(1);
    expect(
      weightedMedian([
        { value: 9, weight: 2 },
        { value: 1, weight: 2 },
      ]),
    ).toBe(5);
  });
});

describe('reviewTimeliness', () => {
  it('counts working days on the calendar: the same day is 0, a holiday week is skipped, 调休 counts', () => {
    const r = reviewTimeliness(
      [
        o('finance', '2026-09-29', '2026-09-29'), // same day: 0
        o('finance', '2026-09-30', '2026-10-08'), // 10-01..07 off: 10-08 is the 1st working day
        o('finance', '2026-10-09', '2026-10-10', 2), // Saturday 10-10 is a working day: 1
      ],
      cal,
      PARTIES,
      null,
    );
    const f = r.find((p) => p.party === 'finance')!;
    expect(f).toMatchObject({ zh: '区财政局', count: 4, medianDays: 1, maxDays: 1, avgDays: 0.8, overdueCount: null });
  });

  it('lists every party of the review, those without opinions with nulls', () => {
    const r = reviewTimeliness([], cal, PARTIES, null);
    expect(r.map((p) => p.party)).toEqual(PARTIES);
    expect(r[0]).toMatchObject({ count: 0, medianDays: null, avgDays: null, maxDays: null });
  });

  it('counts opinions past a waiting time at its exact line (不超过 3 working days: 3 on time, 4 late)', () => {
    const r = reviewTimeliness(
      [o('cyberspace', '2026-09-14', '2026-09-17'), o('cyberspace', '2026-09-14', '2026-09-18', 3)],
      cal,
      PARTIES,
      { value: 3, word: '不超过', article: 'Art.10(2)' },
    );
    expect(r.find((p) => p.party === 'cyberspace')!.overdueCount).toBe(3);
    expect(r.find((p) => p.party === 'finance')!.overdueCount).toBe(0);
  });

  it('leaves out, and counts, opinions in a year the calendar does not cover', () => {
    const r = reviewTimeliness([o('bigdata_center', '2031-01-05', '2031-01-06', 2)], cal, PARTIES, null);
    expect(r.find((p) => p.party === 'bigdata_center')).toMatchObject({
      count: 2,
      uncountedCount: 2,
      medianDays: null,
    });
  });
});
