// Reminders of the 3-working-day final version (Art.14; SPEC §5): one case of the deadline catalogue
// in src/domain/lifecycle/deadlines.ts (once within the last day, once after it has passed).
import { DEADLINE_KINDS, reminderFor, type ReminderKind } from '../lifecycle/deadlines.js';

export type { ReminderKind };

/** How long before the deadline the "due soon" reminder is sent. */
export const DUE_SOON_MS = DEADLINE_KINDS.final_version.dueSoonMs;

/** 'due_soon' within the last 24 hours before the deadline instant (inclusive), 'overdue' once past it. */
export function revisionReminder(dueAt: Date, now: Date): ReminderKind | null {
  return reminderFor('final_version', dueAt, now);
}
