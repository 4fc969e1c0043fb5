// Messages of the oversight chapter (Art.22, 31, 33) through the platform's notification table (the
// bell), to the people who act for the project as `actor` (notify.ts recipients: by organisation and
// permission) — written in the same transaction as the step they announce.
import type { Tx } from '../../db/client.js';
import { notifications, type projects } from '../../db/schema.js';
import { obligationKey } from '../../domain/lifecycle/obligations.js';
import type { Actor, ProjectAction } from '../../domain/lifecycle/transitions.js';
import { recipients } from '../projects/notify.js';

/** The key a project's to-do for `action` carries, so it is settled once the step is done (obligations/settle.ts). */
export const todoKey = (projectId: string, action: ProjectAction) => obligationKey({ projectId }, 'todo', action);

/**
 * A message to the project's `actor`s; with `todo` it is a 待办 for that action (category todo, carrying
 * its key), settled when the step is done — not left in the bell (issue 10).
 */
export async function notifyActors(
  tx: Tx,
  p: typeof projects.$inferSelect,
  actors: readonly Actor[],
  msg: { title: string; body: string; actingUserId: string | null; now: Date; link?: string; todo?: ProjectAction },
): Promise<void> {
  const ids = new Set<string>();
  for (const a of actors) for (const id of await recipients(tx, a, p)) ids.add(id);
  ids.delete(msg.actingUserId ?? '');
  if (ids.size === 0) return;
  await tx.insert(notifications).values(
    [...ids].map((userId) => ({
      userId,
      title: msg.title,
      body: `${p.code} ${p.name}：${msg.body}`,
      link: msg.link ?? `/projects/${p.id}`,
      createdAt: msg.now,
      ...(msg.todo ? { category: 'todo', obligationKey: todoKey(p.id, msg.todo) } : {}),
    })),
  );
}

/** Messages to named users (an oversight bureau's senders, an evaluator organisation's people). */
export async function notifyUsers(
  tx: Tx,
  userIds: readonly string[],
  msg: { title: string; body: string; link: string; now: Date },
): Promise<void> {
  if (userIds.length === 0) return;
  await tx
    .insert(notifications)
    .values(
      userIds.map((userId) => ({ userId, title: msg.title, body: msg.body, link: msg.link, createdAt: msg.now })),
    );
}
