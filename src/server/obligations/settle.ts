// Settling messages when the step is done (issue 10: "today stale 待办 messages stay in the bell after
// the step is finished"). Runs in the transaction of every project event (history.ts):
// - a new stage settles every to-do of the stage left (whoever still had it; the new stage's to-dos
//   are written next by notifyStageReached);
// - the acting unit's to-dos on the project that it can no longer take are settled (a review party
//   that has given its opinion while the others have not);
// - the project's reminders whose obligation closed are settled (its sources asked for this project).
// The sweep settles the rest (an O&M report filed, a call closed) within its period.
import { and, eq, inArray } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { Tx } from '../../db/client.js';
import { openTodoNotices, settleClosedReminders, settleNoticeIds } from '../../db/obligations-repo.js';
import { users } from '../../db/schema.js';
import { obligationKey, obligationScopePrefix } from '../../domain/lifecycle/obligations.js';
import type { ProjectAction } from '../../domain/lifecycle/transitions.js';
import { calendarInForce } from '../platform/calendar.js';
import { accessTo, allowedActions } from '../projects/access.js';
import { openObligations, type ObligationContext } from './sources.js';

const todoPrefix = (projectId: string) => `${obligationKey({ projectId }, 'todo')}:`;

/** Before the new stage's notices: the to-dos of the stage left are done (or moot). */
export async function settleStageTodos(tx: Tx, projectId: string, now: Date): Promise<void> {
  const open = await openTodoNotices(tx, todoPrefix(projectId));
  await settleNoticeIds(
    tx,
    open.map((n) => n.id),
    now,
  );
}

/** After the event: the acting unit's finished to-dos, and the project's closed reminders. */
export async function settleAfterEvent(tx: Tx, req: FastifyRequest, projectId: string): Promise<void> {
  const now = req.now;
  const auth = req.auth;
  if (auth) {
    const open = await openTodoNotices(tx, todoPrefix(projectId));
    if (open.length) {
      let still: ReadonlySet<ProjectAction> = new Set();
      try {
        still = new Set(allowedActions(await accessTo(tx, auth, projectId, now)));
      } catch {
        // The actor no longer sees the project: nothing of theirs is left to do on it.
      }
      const sameUnit = new Set(await unitMembers(tx, auth.org.id, [...new Set(open.map((n) => n.userId))]));
      const prefix = todoPrefix(projectId);
      const done = open.filter(
        (n) => sameUnit.has(n.userId) && !still.has(n.obligationKey.slice(prefix.length) as ProjectAction),
      );
      await settleNoticeIds(
        tx,
        done.map((n) => n.id),
        now,
      );
    }
  }
  const scope = { projectId };
  const ctx: ObligationContext = { db: tx, now, calendar: await calendarInForce(tx), scope };
  const openNow = await openObligations(ctx);
  if (ctx.incomplete) return; // the sweep settles them once the calendar covers the year
  await settleClosedReminders(
    tx,
    openNow.map((o) => o.key),
    now,
    obligationScopePrefix(scope),
  );
}

/** Which of these users belong to the unit. */
async function unitMembers(tx: Tx, orgId: string, userIds: string[]): Promise<string[]> {
  if (!userIds.length) return [];
  const rows = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.orgId, orgId), inArray(users.id, userIds)));
  return rows.map((r) => r.id);
}
