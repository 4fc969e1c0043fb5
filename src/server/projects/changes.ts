// GET the changes of a project (Art.17): each with its amounts, ground, route (filed / declared
// again) and the reasons, condition by condition.
import { desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { projectChanges } from '../../db/schema.js';
import type { ZApp } from '../zapp.js';
import { loadProject } from './access.js';
import { type ChangeRecord, ChangeListSchema } from './approval-responses.js';

const idParams = z.object({ id: z.uuid('无效的项目编号') });

export async function changeRoutes(app: ZApp) {
  const { db } = app.services;
  app.get(
    '/projects/:id/changes',
    { schema: { tags: ['construction'], summary: '变更记录', params: idParams, response: { 200: ChangeListSchema } } },
    async (req) => {
      const { project: p } = await loadProject(db, req, req.params.id);
      const rows = await db
        .select()
        .from(projectChanges)
        .where(eq(projectChanges.projectId, p.id))
        .orderBy(desc(projectChanges.createdAt));
      return { items: rows.map(presentChange) };
    },
  );
}

/** A change as the API answers it (GET …/changes, and the decision of POST …/changes). */
export function presentChange(c: typeof projectChanges.$inferSelect): ChangeRecord {
  return {
    ...c,
    ground: c.ground as ChangeRecord['ground'],
    route: c.route as ChangeRecord['route'],
    reasons: c.reasons as ChangeRecord['reasons'],
    createdAt: c.createdAt.toISOString(),
  };
}
