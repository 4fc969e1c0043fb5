// What the message centre answers (issue 10, issue 13): a person's messages, filtered and paged,
// with the counts the bell shows.
import { z } from 'zod';
import { int, isoDateTime, pageOf, uuid } from '../platform/api-schemas.js';

export const NOTIFICATION_FILTERS = ['all', 'unread', 'todo', 'reminder'] as const;

export const NotificationFilterSchema = z.enum(NOTIFICATION_FILTERS).meta({ id: 'NotificationFilter' });

export const NotificationSchema = z
  .object({
    id: uuid,
    title: z.string(),
    body: z.string(),
    link: z.string().nullable(),
    /** todo (待办) | reminder (提醒, a deadline) | notice (项目进展). */
    category: z.enum(['todo', 'reminder', 'notice']),
    /** The obligation the message is about, if any. */
    obligationKey: z.string().nullable(),
    createdAt: isoDateTime,
    readAt: isoDateTime.nullable(),
    /** Set once its step is done: no longer counted as unread. */
    resolvedAt: isoDateTime.nullable(),
  })
  .meta({ id: 'Notification' });
export type Notification = z.output<typeof NotificationSchema>;

export const NotificationsSchema = pageOf(NotificationSchema)
  .extend({
    filter: NotificationFilterSchema,
    /** Unread and not done: what the bell counts. */
    unread: int,
    unreadTodo: int,
    unreadReminder: int,
    emptyText: z.string(),
  })
  .meta({ id: 'Notifications' });

export const NotificationsReadSchema = z
  .object({ ok: z.literal(true), updated: int })
  .meta({ id: 'NotificationsRead' });
