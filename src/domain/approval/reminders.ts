// Reminders of the 3-working-day final version (Art.14; SPEC §5: deadlines "are reminded before and
// after"): once within the last day before the deadline, once after it has passed. Pure.

import { isPastDeadline } from './revision-stats.js';

export type ReminderKind = 'due_soon' | 'overdue';

/** How long before the deadline the "due soon" reminder is sent. */
export const DUE_SOON_MS = 24 * 3_600_000;

/**
 * The reminder a final version still being revised needs now, if any: 'due_soon' within the last
 * 24 hours before the deadline instant (inclusive), 'overdue' once past it.
 */
export function revisionReminder(dueAt: Date, now: Date): ReminderKind | null {
  if (isPastDeadline(dueAt, now)) return 'overdue';
  return dueAt.getTime() - now.getTime() <= DUE_SOON_MS ? 'due_soon' : null;
}
