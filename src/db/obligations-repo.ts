// The obligations' tables (issue 10): reminders claimed once per (obligation, person, reminder), the
// messages that carry an obligation's key and are settled when it closes, and the e-mail outbox that
// several instances drain without sending a mail twice (a row lease taken with FOR UPDATE SKIP LOCKED).
import { and, asc, eq, inArray, isNull, like, lte, or, sql } from 'drizzle-orm';
import type { Db, Tx } from './client.js';
import { emailOutbox, notifications, obligationReminders } from './schema.js';

export interface ReminderClaim {
  obligationKey: string;
  kind: string;
  userId: string;
  reminder: 'due_soon' | 'overdue';
  dueAt: Date;
}

/**
 * Claims the reminder for this person: the id when this call is the first ever to claim it, null when
 * someone (another sweep, another instance) already has. The unique index decides; a concurrent claim
 * waits for the first one's transaction and then finds the row.
 */
export async function claimReminder(tx: Tx, c: ReminderClaim, now: Date): Promise<string | null> {
  const [row] = await tx
    .insert(obligationReminders)
    .values({ ...c, createdAt: now })
    .onConflictDoNothing({
      target: [obligationReminders.obligationKey, obligationReminders.userId, obligationReminders.reminder],
    })
    .returning({ id: obligationReminders.id });
  return row?.id ?? null;
}

export async function linkClaimToNotice(tx: Tx, claimId: string, notificationId: string): Promise<void> {
  await tx.update(obligationReminders).set({ notificationId }).where(eq(obligationReminders.id, claimId));
}

/** Settles the open messages of these obligation keys: done, no longer counted by the bell. */
export async function settleNotices(db: Db | Tx, keys: readonly string[], now: Date): Promise<number> {
  if (!keys.length) return 0;
  const rows = await db
    .update(notifications)
    .set({ resolvedAt: now })
    .where(and(inArray(notifications.obligationKey, [...keys]), isNull(notifications.resolvedAt)))
    .returning({ id: notifications.id });
  return rows.length;
}

/**
 * Settles the open reminder messages (category 'reminder') whose obligation is no longer open: all of
 * them, or those whose key starts with `prefix` (one project's or system's). `open` is every open key.
 */
export async function settleClosedReminders(
  db: Db | Tx,
  open: readonly string[],
  now: Date,
  prefix?: string,
): Promise<number> {
  const rows = await db
    .update(notifications)
    .set({ resolvedAt: now })
    .where(
      and(
        eq(notifications.category, 'reminder'),
        isNull(notifications.resolvedAt),
        sql`${notifications.obligationKey} IS NOT NULL`,
        prefix ? like(notifications.obligationKey, `${prefix}%`) : undefined,
        // One array parameter, however many keys are open (not one bind parameter each).
        open.length
          ? sql`NOT (${notifications.obligationKey} = ANY(${`{${open.map((k) => `"${k}"`).join(',')}}`}::text[]))`
          : undefined,
      ),
    )
    .returning({ id: notifications.id });
  return rows.length;
}

/** The open to-do messages of a project (key prefix), with their person: to settle the finished ones. */
export async function openTodoNotices(
  db: Db | Tx,
  prefix: string,
): Promise<{ id: string; userId: string; obligationKey: string }[]> {
  const rows = await db
    .select({ id: notifications.id, userId: notifications.userId, obligationKey: notifications.obligationKey })
    .from(notifications)
    .where(
      and(
        eq(notifications.category, 'todo'),
        isNull(notifications.resolvedAt),
        like(notifications.obligationKey, `${prefix}%`),
      ),
    );
  return rows.map((r) => ({ ...r, obligationKey: r.obligationKey! }));
}

export async function settleNoticeIds(db: Db | Tx, ids: readonly string[], now: Date): Promise<void> {
  if (!ids.length) return;
  await db
    .update(notifications)
    .set({ resolvedAt: now })
    .where(and(inArray(notifications.id, [...ids]), isNull(notifications.resolvedAt)));
}

// ——— E-mail outbox ———

export type OutboxRow = typeof emailOutbox.$inferSelect;

/** Queues a mail once: a second call with the same dedupe key does nothing. */
export async function enqueueMail(
  tx: Tx,
  m: { dedupeKey: string; userId: string | null; toAddress: string; subject: string; body: string },
  now: Date,
): Promise<void> {
  await tx
    .insert(emailOutbox)
    .values({ ...m, nextAttemptAt: now, createdAt: now, updatedAt: now })
    .onConflictDoNothing({ target: emailOutbox.dedupeKey });
}

/**
 * Takes up to `limit` mails due now for sending, each leased to this caller until `leaseUntil`:
 * pending ones whose time has come, and 'sending' ones whose lease ran out (an instance that died
 * mid-send). Rows another instance is taking at this moment are skipped (FOR UPDATE SKIP LOCKED).
 */
export async function leaseDueMails(db: Db, now: Date, leaseUntil: Date, limit: number): Promise<OutboxRow[]> {
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ id: emailOutbox.id })
      .from(emailOutbox)
      .where(
        or(
          and(eq(emailOutbox.status, 'pending'), lte(emailOutbox.nextAttemptAt, now)),
          and(eq(emailOutbox.status, 'sending'), lte(emailOutbox.leaseUntil, now)),
        ),
      )
      .orderBy(asc(emailOutbox.nextAttemptAt))
      .limit(limit)
      .for('update', { skipLocked: true });
    if (!due.length) return [];
    return tx
      .update(emailOutbox)
      .set({ status: 'sending', leaseUntil, attempts: sql`${emailOutbox.attempts} + 1`, updatedAt: now })
      .where(
        inArray(
          emailOutbox.id,
          due.map((d) => d.id),
        ),
      )
      .returning();
  });
}

export async function markMailSent(db: Db, id: string, messageId: string, now: Date): Promise<void> {
  await db
    .update(emailOutbox)
    .set({ status: 'sent', sentAt: now, messageId, leaseUntil: null, lastError: null, updatedAt: now })
    .where(and(eq(emailOutbox.id, id), eq(emailOutbox.status, 'sending')));
}

/** A failed attempt: back to pending at `retryAt`, or failed for good when retryAt is null. */
export async function markMailFailed(
  db: Db,
  id: string,
  error: string,
  retryAt: Date | null,
  now: Date,
): Promise<void> {
  await db
    .update(emailOutbox)
    .set({
      status: retryAt ? 'pending' : 'failed',
      nextAttemptAt: retryAt ?? now,
      leaseUntil: null,
      lastError: error.slice(0, 1000),
      updatedAt: now,
    })
    .where(and(eq(emailOutbox.id, id), eq(emailOutbox.status, 'sending')));
}
