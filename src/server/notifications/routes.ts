// 消息中心 (issue 10): a person's messages — 待办 (to-dos of a stage), 提醒 (deadline reminders) and
// 项目进展 (notices) — filtered and paged on the server, with "全部已读". A message whose obligation is
// fulfilled is settled (resolvedAt) and no longer counted as unread by the bell.
import { and, count, desc, eq, isNull, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { notifications } from '../../db/schema.js';
import { requireUser } from '../auth/guard.js';
import { notFound } from '../errors.js';
import { Ok } from '../platform/api-schemas.js';
import type { ZApp } from '../zapp.js';
import {
  type Notification,
  NOTIFICATION_FILTERS as FILTERS,
  NotificationsReadSchema,
  NotificationsSchema,
} from './responses.js';

type Filter = (typeof FILTERS)[number];

/** Unread means something to attend to: not read, and its step not done yet. */
const isUnread = and(isNull(notifications.readAt), isNull(notifications.resolvedAt))!;

function filterOf(f: Filter): SQL | undefined {
  switch (f) {
    case 'all':
      return undefined;
    case 'unread':
      return isUnread;
    case 'todo':
      return eq(notifications.category, 'todo');
    case 'reminder':
      return eq(notifications.category, 'reminder');
    default: {
      const never: never = f;
      return never;
    }
  }
}

export async function notificationRoutes(app: ZApp) {
  const { db } = app.services;

  app.get(
    '/notifications',
    {
      schema: {
        tags: ['notifications'],
        summary: '我的消息（消息中心）：全部 / 未读 / 待办 / 提醒，分页；未读数不含已办结的事项',
        querystring: z.object({
          filter: z.enum(FILTERS).optional(),
          /** Before the message centre: ?unread=true. */
          unread: z.enum(['true', 'false', '1', '0']).optional(),
          page: z.coerce.number().int().min(1).default(1),
          pageSize: z.coerce.number().int().min(1).max(100).default(20),
        }),
        response: { 200: NotificationsSchema },
      },
    },
    async (req) => {
      const auth = requireUser(req);
      const { page, pageSize } = req.query;
      const filter: Filter = req.query.filter ?? (['true', '1'].includes(req.query.unread ?? '') ? 'unread' : 'all');
      const mine = eq(notifications.userId, auth.user.id);
      const where = and(mine, filterOf(filter));
      const [rows, [total], [unread], [todo], [reminder]] = await Promise.all([
        db
          .select()
          .from(notifications)
          .where(where)
          .orderBy(desc(notifications.createdAt), desc(notifications.id))
          .limit(pageSize)
          .offset((page - 1) * pageSize),
        db.select({ n: count() }).from(notifications).where(where),
        db.select({ n: count() }).from(notifications).where(and(mine, isUnread)),
        db
          .select({ n: count() })
          .from(notifications)
          .where(and(mine, isUnread, eq(notifications.category, 'todo'))),
        db
          .select({ n: count() })
          .from(notifications)
          .where(and(mine, isUnread, eq(notifications.category, 'reminder'))),
      ]);
      return {
        items: rows.map(
          (n): Notification => ({
            id: n.id,
            title: n.title,
            body: n.body,
            link: n.link,
            // Stored as text; written only by the notifier with these categories.
            category: n.category as Notification['category'],
            obligationKey: n.obligationKey,
            createdAt: n.createdAt.toISOString(),
            readAt: n.readAt?.toISOString() ?? null,
            resolvedAt: n.resolvedAt?.toISOString() ?? null,
          }),
        ),
        filter,
        total: total.n,
        page,
        pageSize,
        /** Unread and not settled: what the bell counts. */
        unread: unread.n,
        unreadTodo: todo.n,
        unreadReminder: reminder.n,
        emptyText: '暂无消息。待办提醒、审核结果与截止期限提醒会出现在这里。',
      };
    },
  );

  app.post(
    '/notifications/:id/read',
    {
      schema: {
        tags: ['notifications'],
        summary: '标记已读',
        params: z.object({ id: z.uuid() }),
        response: { 200: Ok },
      },
    },
    async (req) => {
      const auth = requireUser(req);
      const [row] = await db
        .update(notifications)
        .set({ readAt: req.now })
        .where(and(eq(notifications.id, req.params.id), eq(notifications.userId, auth.user.id)))
        .returning({ id: notifications.id });
      if (!row) throw notFound('消息', 'Notification');
      return { ok: true } as const;
    },
  );

  app.post(
    '/notifications/read-all',
    {
      schema: {
        tags: ['notifications'],
        summary: '全部已读：把我的未读消息全部标记为已读',
        response: { 200: NotificationsReadSchema },
      },
    },
    async (req) => {
      const auth = requireUser(req);
      const rows = await db
        .update(notifications)
        .set({ readAt: req.now })
        .where(and(eq(notifications.userId, auth.user.id), isNull(notifications.readAt)))
        .returning({ id: notifications.id });
      return { ok: true as const, updated: rows.length };
    },
  );
}
