// Deadline reminders (SPEC §5: "reminded before and after"): the declarant is reminded within the
// last day before its final version is due (Art.14) and again once it is overdue, together with the
// data bureau. Each reminder is sent once per person (per-project advisory lock across instances);
// a timer runs this every few minutes.
import { and, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { notifications, projectApplications, projects } from '../../db/schema.js';
import { currentApplication } from './record.js';
import { revisionReminder, type ReminderKind } from '../../domain/approval/index.js';
import { localDateTime } from '../exports/format.js';
import type { Actor } from '../../domain/lifecycle/transitions.js';
import { recipients } from './notify.js';

const TITLES: Record<ReminderKind, string> = { due_soon: '提醒：方案终稿即将到期', overdue: '提醒：方案终稿已逾期' };
const WHO: Record<ReminderKind, Actor[]> = { due_soon: ['declarant'], overdue: ['declarant', 'data_bureau'] };

/** Sends the reminders due now; returns how many messages were written. */
export async function sendRevisionReminders(db: Db, now: Date): Promise<number> {
  const rows = await db
    .select({ p: projects, revisionDueAt: projectApplications.revisionDueAt })
    .from(projects)
    .innerJoin(projectApplications, currentApplication)
    .where(
      and(
        eq(projects.stage, 'revision'),
        isNull(projectApplications.revisionSubmittedAt),
        isNotNull(projectApplications.revisionDueAt),
      ),
    );
  let sent = 0;
  for (const { p, revisionDueAt } of rows) {
    const kind = revisionReminder(revisionDueAt!, now);
    if (!kind) continue;
    const link = `/projects/${p.id}`;
    sent += await db.transaction(async (tx) => {
      // Several instances may run this at once: one at a time per project, so each sees the other's messages.
      await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`govit.reminder:${p.id}`}))`);
      const already = new Set(
        (
          await tx
            .select({ userId: notifications.userId })
            .from(notifications)
            .where(and(eq(notifications.link, link), eq(notifications.title, TITLES[kind])))
        ).map((r) => r.userId),
      );
      const users = new Set<string>();
      for (const actor of WHO[kind]) for (const u of await recipients(tx, actor, p)) if (!already.has(u)) users.add(u);
      if (!users.size) return 0;
      const body = `${p.code} ${p.name}：方案终稿期限 ${localDateTime(revisionDueAt!)}（北京时间；第十四条，联审意见出具后3个工作日内）${kind === 'overdue' ? '，已逾期，逾期将计入本单位统计' : ''}`;
      await tx
        .insert(notifications)
        .values([...users].map((userId) => ({ userId, title: TITLES[kind], body, link, createdAt: now })));
      return users.size;
    });
  }
  return sent;
}
