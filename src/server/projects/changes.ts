// GET the changes of a project (Art.17): each with its amounts, ground, route (filed / declared
// again) and the reasons, condition by condition.
import { desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { projectChanges } from '../../db/schema.js';
import type { ZApp } from '../zapp.js';
import { loadProject } from './access.js';

const idParams = z.object({ id: z.uuid('无效的项目编号') });

export async function changeRoutes(app: ZApp) {
  const { db } = app.services;
  app.get(
    '/projects/:id/changes',
    { schema: { tags: ['construction'], summary: '变更记录', params: idParams } },
    async (req) => {
      const { project: p } = await loadProject(db, req, req.params.id);
      const rows = await db
        .select()
        .from(projectChanges)
        .where(eq(projectChanges.projectId, p.id))
        .orderBy(desc(projectChanges.createdAt));
      return { items: rows.map((c) => ({ ...c, createdAt: c.createdAt.toISOString() })) };
    },
  );
}
