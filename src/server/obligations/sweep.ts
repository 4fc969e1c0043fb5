// The reminder sweep (issue 10, "deadlines that remind"; SPEC §5): every open obligation (sources.ts)
// is reminded in its last stretch to whoever must act, and once overdue to them and the data bureau
// (src/domain/lifecycle/obligations.ts says when). Each (obligation, person, reminder) is claimed in
// the database before its message is written (obligation_reminders' unique index), so it goes out
// exactly once however many sweeps or instances run at once; its e-mail is queued in the same
// transaction. Reminders whose obligation has closed meanwhile are settled (the bell stops counting
// them). The app runs this every few minutes (app.ts), then drains the outbox over SMTP.
import { inArray } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { claimReminder, enqueueMail, linkClaimToNotice, settleClosedReminders } from '../../db/obligations-repo.js';
import { notifications, users } from '../../db/schema.js';
import { CalendarYearNotCoveredError } from '../../domain/calendar/index.js';
import {
  OBLIGATION_KINDS,
  reminderFor,
  reminderTitle,
  type ObligationKindCode,
  type ReminderKind,
} from '../../domain/lifecycle/obligations.js';
import { articleZh } from '../../domain/rules/cite.js';
import { localDateTime } from '../exports/format.js';
import { calendarInForce } from '../platform/calendar.js';
import { ownerRecipients, partyRecipients, recipients } from '../projects/notify.js';
import { openObligations, type ObligationContext, type OpenObligation } from './sources.js';

export interface SweepOptions {
  /** Queue e-mails (SMTP configured); the platform's address for the link in the mail. */
  email?: { publicUrl: string } | null;
  /** Only these kinds (all by default). */
  kinds?: readonly ObligationKindCode[];
}

export interface SweepResult {
  /** Messages written to the bell. */
  notices: number;
  /** E-mails queued. */
  mails: number;
  /** Reminder messages settled because their obligation closed. */
  settled: number;
}

type Due = OpenObligation & { dueAt: Date };

async function whoIsReminded(tx: Tx, o: Due, reminder: ReminderKind): Promise<string[]> {
  const w = o.who;
  const who =
    'ownerOrgId' in w
      ? await ownerRecipients(tx, w.ownerOrgId)
      : 'party' in w
        ? await partyRecipients(tx, w.party)
        : await recipients(tx, w.actor, w.project);
  // Once overdue, the data bureau is told too (it follows up, Art.5).
  const bureau = reminder === 'overdue' && 'project' in w ? await recipients(tx, 'data_bureau', w.project) : [];
  return [...new Set([...who, ...bureau])];
}

function bodyOf(o: Due, reminder: ReminderKind): string {
  const def = OBLIGATION_KINDS[o.kind];
  return `${o.subject}：${o.which}${def.zh}期限 ${localDateTime(o.dueAt)}（北京时间；${articleZh(def.article)}）${
    reminder === 'overdue' ? '，已逾期，逾期将计入本单位统计' : ''
  }`;
}

/** Writes one obligation's reminder for everyone who has not had it yet; returns [messages, mails]. */
async function remind(
  db: Db,
  o: Due,
  reminder: ReminderKind,
  now: Date,
  email: SweepOptions['email'],
): Promise<[number, number]> {
  return db.transaction(async (tx) => {
    const title = reminderTitle(o.kind, reminder, o.which);
    const body = bodyOf(o, reminder);
    const people = await whoIsReminded(tx, o, reminder);
    if (!people.length) return [0, 0];
    const addresses = new Map(
      (await tx.select({ id: users.id, email: users.email }).from(users).where(inArray(users.id, people))).map((u) => [
        u.id,
        u.email,
      ]),
    );
    let notices = 0;
    let mails = 0;
    for (const userId of people) {
      const claim = await claimReminder(
        tx,
        { obligationKey: o.key, kind: o.kind, userId, reminder, dueAt: o.dueAt },
        now,
      );
      if (!claim) continue;
      const [n] = await tx
        .insert(notifications)
        .values({ userId, title, body, link: o.link, createdAt: now, category: 'reminder', obligationKey: o.key })
        .returning({ id: notifications.id });
      await linkClaimToNotice(tx, claim, n.id);
      notices++;
      const address = addresses.get(userId);
      if (email && address) {
        await enqueueMail(
          tx,
          {
            dedupeKey: `reminder:${claim}`,
            userId,
            toAddress: address,
            subject: `【宿城区信息化项目管理平台】${title}`,
            body: `${body}\n\n办理入口：${new URL(o.link, email.publicUrl).toString()}\n\n（本邮件由平台自动发送，请勿回复。）`,
          },
          now,
        );
        mails++;
      }
    }
    return [notices, mails];
  });
}

/** One sweep at `now`: remind what is due, settle what has closed. */
export async function sweepObligations(db: Db, now: Date, opts: SweepOptions = {}): Promise<SweepResult> {
  const calendar = await calendarInForce(db);
  const ctx: ObligationContext = { db, now, calendar, scope: null };
  const open = await openObligations(ctx, opts.kinds);
  const result: SweepResult = { notices: 0, mails: 0, settled: 0 };
  for (const o of open) {
    if (!o.dueAt) continue;
    let reminder: ReminderKind | null;
    try {
      reminder = reminderFor(o.kind, o.dueAt, now, o.edition, calendar);
    } catch (err) {
      // A year the calendar does not cover: refuse to guess a working day; the data bureau adds the year.
      if (err instanceof CalendarYearNotCoveredError) continue;
      throw err;
    }
    if (!reminder) continue;
    const [notices, mails] = await remind(db, { ...o, dueAt: o.dueAt }, reminder, now, opts.email);
    result.notices += notices;
    result.mails += mails;
  }
  // Only a full, complete sweep knows every open key.
  if (!opts.kinds && !ctx.incomplete)
    result.settled = await settleClosedReminders(
      db,
      open.map((o) => o.key),
      now,
    );
  return result;
}
