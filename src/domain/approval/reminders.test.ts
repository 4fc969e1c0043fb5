import { describe, expect, it } from 'vitest';
import { DUE_SOON_MS, revisionReminder } from './reminders.js';

describe('final-version reminders (Art.14, SPEC §5)', () => {
  const due = new Date('2026-12-02T15:59:59.999Z');
  const at = (ms: number) => new Date(due.getTime() + ms);
  it('nothing until the last 24 hours; due soon from then until the deadline instant itself', () => {
    expect(revisionReminder(due, at(-DUE_SOON_MS - 1))).toBeNull();
    expect(revisionReminder(due, at(-DUE_SOON_MS))).toBe('due_soon');
    expect(revisionReminder(due, due)).toBe('due_soon');
  });
  it('overdue one millisecond after the deadline', () => {
    expect(revisionReminder(due, at(1))).toBe('overdue');
  });
});
