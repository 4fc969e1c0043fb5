// 待办 (GET /todo): every project where the person has work waiting, with the action, its article
// and, for the final version, its deadline — the same actions the project page offers (one table
// in src/domain/lifecycle decides them), filtered to the to-dos. Paged, with counts (issue 12): the
// database reads the facts and pages, the domain decides every distinct set of facts (todo-list.ts).
import { z } from 'zod';
import { requireUser } from '../auth/guard.js';
import type { ZApp } from '../zapp.js';
import { TodoPageSchema } from './plan-responses.js';
import { listTodos } from './todo-list.js';

export async function todoRoutes(app: ZApp) {
  const { db } = app.services;

  app.get(
    '/todo',
    {
      schema: {
        tags: ['projects'],
        summary: '我的待办：需要我办理的项目、事项、依据条款与期限（分页，含各事项数量）',
        querystring: z.object({
          page: z.coerce.number().int().min(1).default(1),
          pageSize: z.coerce.number().int().min(1).max(200).default(50),
        }),
        response: { 200: TodoPageSchema },
      },
    },
    async (req) => listTodos(db, requireUser(req), req.now, req.query),
  );
}
