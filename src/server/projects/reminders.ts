// Deadline reminders, as the callers before issue 10 knew them: now one case of the obligations sweep
// (src/server/obligations/sweep.ts), which claims each reminder once in the database.
import type { Db } from '../../db/client.js';
import { sweepObligations } from '../obligations/sweep.js';

/** Sends the final-version reminders due now (Art.14); returns how many messages were written. */
export async function sendRevisionReminders(db: Db, now: Date): Promise<number> {
  return (await sweepObligations(db, now, { kinds: ['final_version'] })).notices;
}

/** Sends every deadline reminder due now (bell only, no e-mail); returns how many messages were written. */
export async function sendDeadlineReminders(db: Db, now: Date): Promise<number> {
  return (await sweepObligations(db, now)).notices;
}
