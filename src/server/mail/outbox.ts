// Draining the e-mail outbox (issue 10): each instance leases the mails due now (a row lease under
// FOR UPDATE SKIP LOCKED, so two instances never take the same mail), sends them over SMTP and marks
// them sent; a failure goes back to pending with an exponential backoff and its error, and is given
// up after MAX_ATTEMPTS. Exactly once as long as the process lives from send to mark; an instance
// that dies between the two leaves a lease that runs out, and the mail is sent again (the SMTP
// protocol gives no way to ask whether a message was taken).
import { leaseDueMails, markMailFailed, markMailSent } from '../../db/obligations-repo.js';
import type { Db } from '../../db/client.js';
import type { Mailer } from './mailer.js';

/** Attempts before a mail is given up ('failed'; its last error stays on the row). */
export const MAX_ATTEMPTS = 8;
/** A leased mail is another instance's to retry after this long (longer than any SMTP timeout). */
const LEASE_MS = 5 * 60_000;
const BATCH = 50;

/** When to try again after `attempts` failed tries: 1, 2, 4 … minutes, at most 6 hours; null to give up. */
export function retryAt(attempts: number, now: Date): Date | null {
  if (attempts >= MAX_ATTEMPTS) return null;
  const minutes = Math.min(2 ** (attempts - 1), 360);
  return new Date(now.getTime() + minutes * 60_000);
}

export interface DeliveryResult {
  sent: number;
  failed: number;
}

/** Sends the mails due now; `now` is the services' clock. */
export async function deliverOutbox(db: Db, mailer: Mailer, now: Date): Promise<DeliveryResult> {
  const result: DeliveryResult = { sent: 0, failed: 0 };
  const leased = await leaseDueMails(db, now, new Date(now.getTime() + LEASE_MS), BATCH);
  for (const m of leased) {
    try {
      const info = await mailer.send({ to: m.toAddress, subject: m.subject, text: m.body, ref: m.dedupeKey });
      await markMailSent(db, m.id, info.messageId, now);
      result.sent++;
    } catch (err) {
      await markMailFailed(db, m.id, err instanceof Error ? err.message : String(err), retryAt(m.attempts, now), now);
      result.failed++;
    }
  }
  return result;
}
