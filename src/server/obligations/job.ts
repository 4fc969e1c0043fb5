// The obligations job the app runs every few minutes (app.ts): sweep the reminders (queueing their
// e-mails when SMTP is configured), then drain the outbox. Every instance runs it; the claims and the
// outbox leases keep each reminder and each mail single (sweep.ts, mail/outbox.ts).
import { deliverOutbox, type DeliveryResult } from '../mail/outbox.js';
import { mailerFor } from '../mail/mailer.js';
import type { Services } from '../services.js';
import { sweepObligations, type SweepResult } from './sweep.js';

export async function runObligationsJob(services: Services): Promise<SweepResult & DeliveryResult> {
  const mailer = mailerFor(services.config.smtp);
  const swept = await sweepObligations(services.db, services.clock.now(), {
    email: mailer ? { publicUrl: services.config.publicUrl } : null,
  });
  // The clock is read again: sending comes after the sweep.
  const delivered = mailer ? await deliverOutbox(services.db, mailer, services.clock.now()) : { sent: 0, failed: 0 };
  return { ...swept, ...delivered };
}
