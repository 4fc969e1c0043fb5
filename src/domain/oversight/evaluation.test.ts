// 绩效评价 (Art.33): targets scored one by one, a score 0–100, and the rectification deadline.
import { describe, expect, it } from 'vitest';
import { defaultCalendar } from '../calendar/index.js';
import { defaultEdition } from '../editions/index.js';
import {
  checkScoring,
  isValidNamedDeadline,
  needsRectification,
  rectificationDeadline,
  suggestedScore,
} from './evaluation.js';

const declared = [
  { indicator: '办件时长', target: '缩短30%' },
  { indicator: '用户数', target: '1000人' },
];
const scored = (r1: 'met' | 'partly' | 'not_met', r2: 'met' | 'partly' | 'not_met') => [
  { ...declared[0], result: r1, note: '' },
  { ...declared[1], result: r2, note: '' },
];

describe('scoring', () => {
  it('suggests met = full, partly = half, not met = nothing', () => {
    expect(suggestedScore(['met', 'met'])).toBe(100);
    expect(suggestedScore(['met', 'partly'])).toBe(75);
    expect(suggestedScore(['not_met', 'partly'])).toBe(25);
    expect(suggestedScore([])).toBe(100);
  });
  it('a target partly or not met needs a rectification; all met does not', () => {
    expect(needsRectification(scored('met', 'met'))).toBe(false);
    expect(needsRectification(scored('met', 'partly'))).toBe(true);
    expect(needsRectification(scored('not_met', 'met'))).toBe(true);
  });
  it('scores at 0 and 100 are valid; −1, 101 and 50.5 are not', () => {
    expect(checkScoring(declared, scored('met', 'met'), 0)).toBeNull();
    expect(checkScoring(declared, scored('met', 'met'), 100)).toBeNull();
    expect(checkScoring(declared, scored('met', 'met'), -1)?.code).toBe('SCORE_OUT_OF_RANGE');
    expect(checkScoring(declared, scored('met', 'met'), 101)?.code).toBe('SCORE_OUT_OF_RANGE');
    expect(checkScoring(declared, scored('met', 'met'), 50.5)?.code).toBe('SCORE_OUT_OF_RANGE');
  });
  it('every declared target is scored, as declared', () => {
    expect(checkScoring(declared, scored('met', 'met').slice(0, 1), 80)?.code).toBe('TARGETS_MISMATCH');
    expect(checkScoring(declared, [...scored('met', 'met')].reverse(), 80)?.code).toBe('TARGETS_MISMATCH');
    expect(checkScoring([], [], 80)).toBeNull();
  });
});

describe('the rectification deadline', () => {
  it('one month after the order, moved off a rest day (2026-05-02 → 06-02, a Tuesday)', () => {
    const d = rectificationDeadline('2026-05-02', defaultEdition, defaultCalendar);
    expect(d.date).toBe('2026-06-02');
    expect(d.rule).toEqual({ kind: 'months-after', n: 1 });
  });
  it('one month falling on a Saturday moves to Monday (2026-06-04 → 07-04 Sat → 07-06)', () => {
    expect(rectificationDeadline('2026-06-04', defaultEdition, defaultCalendar).date).toBe('2026-07-06');
  });
  it('a named deadline must be after the order day', () => {
    expect(isValidNamedDeadline('2026-06-01', '2026-06-01')).toBe(false);
    expect(isValidNamedDeadline('2026-06-01', '2026-06-02')).toBe(true);
  });
});
