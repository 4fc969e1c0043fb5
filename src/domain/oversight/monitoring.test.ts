// Art.32 monitoring thresholds at every boundary: one month and one percent either side, and a
// missing month restarting a run of consecutive months.
import { describe, expect, it } from 'vitest';
import { defaultCalendar } from '../calendar/index.js';
import { sucheng2024 as ed } from '../editions/sucheng-2024.js';
import {
  cpuUsePercent,
  isMonthKey,
  listingAction,
  type MonitoringMonth,
  monitoringFlags,
  nextMonth,
  rectificationDue,
  rectificationDueBounds,
  trailingRun,
} from './monitoring.js';

const healthy: Omit<MonitoringMonth, 'month'> = {
  vcpuAllocated: 100,
  vcpuUsed: 40,
  memoryAllocatedGb: 64,
  memoryUsedGb: 30,
  storageAllocatedGb: 1000,
  storageUsedGb: 400,
  availabilityPercent: 99.9,
  activeUsers: 120,
  calls: 5000,
  findings: { critical: 0, high: 0, medium: 2, low: 5 },
};
const m = (month: string, over: Partial<MonitoringMonth> = {}): MonitoringMonth => ({ ...healthy, month, ...over });
const flagsOf = (h: MonitoringMonth[]) => monitoringFlags(h, ed).map((f) => f.flag);

describe('months', () => {
  it('knows a month key and the month after', () => {
    expect(isMonthKey('2026-01')).toBe(true);
    expect(isMonthKey('2026-13')).toBe(false);
    expect(isMonthKey('2026-00')).toBe(false);
    expect(isMonthKey('2026-1')).toBe(false);
    expect(nextMonth('2026-12')).toBe('2027-01');
    expect(nextMonth('2026-09')).toBe('2026-10');
  });

  it('a run of consecutive months ends at a gap', () => {
    const run = trailingRun([m('2026-01'), m('2026-03'), m('2026-04')], () => true);
    expect(run.map((x) => x.month)).toEqual(['2026-03', '2026-04']);
  });

  it('the edition cites Art.32 for every monitoring threshold', () => {
    for (const p of Object.values(ed.monitoring)) {
      expect(p.article).toBe('Art.32');
      expect(p.note).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

describe('low cloud use: average CPU 不足 5 % for 3 consecutive months', () => {
  const low = (month: string, pct: number) => m(month, { vcpuUsed: pct, vcpuAllocated: 100 });
  it('flags 3 months at 4 %', () => {
    expect(flagsOf([low('2026-01', 4), low('2026-02', 4), low('2026-03', 4)])).toEqual(['low_use']);
  });
  it('does not flag at exactly 5 % (不足 is strictly less) nor at 6 %', () => {
    expect(flagsOf([low('2026-01', 4), low('2026-02', 4), low('2026-03', 5)])).toEqual([]);
    expect(flagsOf([low('2026-01', 6), low('2026-02', 4), low('2026-03', 4)])).toEqual([]);
  });
  it('compares without rounding: 4.99 % is low, 5 % of an odd allocation is not', () => {
    expect(flagsOf([low('2026-01', 4.99), low('2026-02', 4.99), low('2026-03', 4.99)])).toEqual(['low_use']);
    const odd = (month: string) => m(month, { vcpuUsed: 0.35, vcpuAllocated: 7 });
    expect(flagsOf([odd('2026-01'), odd('2026-02'), odd('2026-03')])).toEqual([]);
  });
  it('needs 3 months: 2 are not enough, 4 are', () => {
    expect(flagsOf([low('2026-02', 4), low('2026-03', 4)])).toEqual([]);
    const four = monitoringFlags([low('2026-01', 4), low('2026-02', 4), low('2026-03', 4), low('2026-04', 4)], ed);
    expect(four[0].months).toEqual(['2026-01', '2026-02', '2026-03', '2026-04']);
  });
  it('a gap resets the count; so does a later healthy month', () => {
    expect(flagsOf([low('2026-01', 4), low('2026-02', 4), low('2026-04', 4)])).toEqual([]);
    expect(flagsOf([low('2026-01', 4), low('2026-02', 4), low('2026-03', 4), low('2026-04', 40)])).toEqual([]);
  });
  it('nothing allocated is not low use', () => {
    const none = (month: string) => m(month, { vcpuUsed: 0, vcpuAllocated: 0 });
    expect(flagsOf([none('2026-01'), none('2026-02'), none('2026-03')])).toEqual([]);
    expect(cpuUsePercent({ vcpuUsed: 1, vcpuAllocated: 0 })).toBeNull();
  });
  it('keeps the evidence: months, CPU % per month, the line', () => {
    const [f] = monitoringFlags([low('2026-01', 4), low('2026-02', 3), low('2026-03', 2)], ed);
    expect(f).toMatchObject({ flag: 'low_use', article: 'Art.32', values: [4, 3, 2] });
    expect(f.message).toContain('不足5%');
  });
});

describe('idle: no users and no calls for 3 consecutive months', () => {
  const idle = (month: string, over: Partial<MonitoringMonth> = {}) => m(month, { activeUsers: 0, calls: 0, ...over });
  it('flags 3 idle months, not 2', () => {
    expect(flagsOf([idle('2026-01'), idle('2026-02'), idle('2026-03')])).toEqual(['idle']);
    expect(flagsOf([m('2026-01'), idle('2026-02'), idle('2026-03')])).toEqual([]);
  });
  it('one user or one call in a month is not idle', () => {
    expect(flagsOf([idle('2026-01'), idle('2026-02', { activeUsers: 1 }), idle('2026-03')])).toEqual([]);
    expect(flagsOf([idle('2026-01'), idle('2026-02'), idle('2026-03', { calls: 1 })])).toEqual([]);
  });
  it('calls without users are use (users or calls)', () => {
    expect(
      flagsOf([idle('2026-01', { calls: 3 }), idle('2026-02', { calls: 3 }), idle('2026-03', { calls: 3 })]),
    ).toEqual([]);
  });
  it('a gap resets', () => {
    expect(flagsOf([idle('2025-12'), idle('2026-01'), idle('2026-03')])).toEqual([]);
  });
});

describe('unusable: availability 不足 90 % in the latest month', () => {
  it('89 % flags, 90 % and 91 % do not', () => {
    expect(flagsOf([m('2026-03', { availabilityPercent: 89 })])).toEqual(['unusable']);
    expect(flagsOf([m('2026-03', { availabilityPercent: 89.99 })])).toEqual(['unusable']);
    expect(flagsOf([m('2026-03', { availabilityPercent: 90 })])).toEqual([]);
    expect(flagsOf([m('2026-03', { availabilityPercent: 91 })])).toEqual([]);
  });
  it('only the latest month counts', () => {
    expect(flagsOf([m('2026-02', { availabilityPercent: 50 }), m('2026-03')])).toEqual([]);
  });
});

describe('serious risk: an unresolved high or critical finding in the latest month', () => {
  it('one high or one critical flags; medium and low do not', () => {
    expect(flagsOf([m('2026-03', { findings: { critical: 0, high: 1, medium: 0, low: 0 } })])).toEqual([
      'serious_risk',
    ]);
    expect(flagsOf([m('2026-03', { findings: { critical: 1, high: 0, medium: 0, low: 0 } })])).toEqual([
      'serious_risk',
    ]);
    expect(flagsOf([m('2026-03', { findings: { critical: 0, high: 0, medium: 9, low: 9 } })])).toEqual([]);
  });
  it('resolved by the latest month: no flag', () => {
    const risky = m('2026-02', { findings: { critical: 2, high: 0, medium: 0, low: 0 } });
    expect(flagsOf([risky, m('2026-03')])).toEqual([]);
  });
});

describe('the elimination list', () => {
  const flagged = monitoringFlags([m('2026-03', { availabilityPercent: 10 })], ed);
  it('a flagged system enters once; a pending entry is refreshed', () => {
    expect(listingAction([], null, '2026-04-10')).toBe('none');
    expect(listingAction(flagged, null, '2026-04-10')).toBe('enter');
    expect(listingAction(flagged, { status: 'pending', rectificationDueOn: null }, '2026-04-10')).toBe('refresh');
    expect(listingAction(flagged, { status: 'eliminated', rectificationDueOn: null }, '2026-04-10')).toBe('none');
  });
  it('a kept system re-enters only after its rectification deadline', () => {
    const kept = { status: 'kept' as const, rectificationDueOn: '2026-06-30' };
    expect(listingAction(flagged, kept, '2026-06-30')).toBe('none');
    expect(listingAction(flagged, kept, '2026-07-01')).toBe('enter');
  });

  it('the rectification deadline: default 3 months after, moved off a rest day; asked dates validated', () => {
    // 2026-03-02 (Mon) + 3 months = 2026-06-02 (Tue), a working day.
    expect(rectificationDue('2026-03-02', null, defaultCalendar, ed)).toEqual({ dueOn: '2026-06-02', problem: null });
    // 2026-02-28 + 3 months = 2026-05-28; 2026-03-07 + 3 = 2026-06-07 (Sunday) → Monday 2026-06-08.
    expect(rectificationDue('2026-03-07', null, defaultCalendar, ed).dueOn).toBe('2026-06-08');
    expect(rectificationDue('2026-03-02', '2026-06-02', defaultCalendar, ed).dueOn).toBe('2026-06-02');
    expect(rectificationDue('2026-03-02', '2026-06-03', defaultCalendar, ed).problem?.code).toBe('DUE_TOO_LATE');
    expect(rectificationDue('2026-03-02', '2026-03-03', defaultCalendar, ed).dueOn).toBe('2026-03-03');
    expect(rectificationDue('2026-03-02', '2026-03-02', defaultCalendar, ed).problem?.code).toBe(
      'DUE_NOT_AFTER_DECISION',
    );
  });

  it('the keep form’s bounds are the days rectificationDue accepts (the web takes them from the server)', () => {
    const b = rectificationDueBounds('2026-03-07', defaultCalendar, ed);
    expect(b).toEqual({ earliest: '2026-03-08', latest: '2026-06-08' });
    expect(rectificationDue('2026-03-07', b.earliest, defaultCalendar, ed).problem).toBeNull();
    expect(rectificationDue('2026-03-07', b.latest!, defaultCalendar, ed).problem).toBeNull();
    expect(rectificationDue('2026-03-07', '2026-06-09', defaultCalendar, ed).problem?.code).toBe('DUE_TOO_LATE');
    // A latest day in a year the calendar does not cover is not guessed: no upper bound is offered.
    expect(rectificationDueBounds('2026-12-01', defaultCalendar, ed)).toEqual({ earliest: '2026-12-02', latest: null });
  });
});
