// A system's monthly monitoring history (Art.32), for its page's charts: each month's use against the
// allocation, availability, users and calls, open findings; the flags raised now, with their evidence,
// and its entries on the elimination list. Whoever may see the system may see this (404 otherwise).
import { desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { eliminationEntries } from '../../db/schema.js';
import { editionForNew } from '../../domain/editions/resolve.js';
import { cpuUsePercent, monitoringFlags } from '../../domain/oversight/monitoring.js';
import { loadSystem } from '../systems/access.js';
import type { ZApp } from '../zapp.js';
import { historyOf } from './repo.js';
import { MonitoringHistorySchema, presentThresholds } from './responses.js';

const idParams = z.object({ id: z.uuid('无效的系统编号') });

const pct = (used: number, allocated: number) => (allocated > 0 ? Math.round((used / allocated) * 10_000) / 100 : null);

export async function monitoringHistoryRoutes(app: ZApp) {
  const { db } = app.services;
  app.get(
    '/systems/:id/monitoring',
    {
      schema: {
        tags: ['monitoring'],
        summary: '系统月度监测历史、当前监测发现及淘汰退出记录（第三十二条）',
        params: idParams,
        response: { 200: MonitoringHistorySchema },
      },
    },
    async (req) => {
      const a = await loadSystem(db, req, req.params.id);
      const edition = editionForNew(req.now);
      const history = await historyOf(db, a.system.id);
      const entries = await db
        .select()
        .from(eliminationEntries)
        .where(eq(eliminationEntries.systemId, a.system.id))
        .orderBy(desc(eliminationEntries.listedAt));
      return {
        months: history.map((m) => ({
          ...m,
          cpuPercent: cpuUsePercent(m),
          memoryPercent: pct(m.memoryUsedGb, m.memoryAllocatedGb),
          storagePercent: pct(m.storageUsedGb, m.storageAllocatedGb),
        })),
        flags: monitoringFlags(history, edition),
        thresholds: presentThresholds(edition.monitoring),
        entries: entries.map((e) => ({
          id: e.id,
          status: e.status,
          flags: e.flags,
          throughMonth: e.throughMonth,
          listedAt: e.listedAt.toISOString(),
          decidedAt: e.decidedAt?.toISOString() ?? null,
          decisionNote: e.decisionNote,
          rectificationDueOn: e.rectificationDueOn,
          cloudReclaimedOn: e.cloudReclaimedOn,
          shutdownOn: e.shutdownOn,
        })),
        rule: 'R-MONITOR',
        article: 'Art.32',
      };
    },
  );
}
