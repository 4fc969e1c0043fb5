// GET /health: the database answers and the file storage takes a write (a full or read-only disk is
// reported, not hidden behind "ok"). 200 when both hold, 503 otherwise, for load balancers and monitoring.
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { ZApp } from '../zapp.js';
import { type Health, HealthSchema } from './responses.js';
import { probeStorage } from './storage.js';

export async function healthRoutes(app: ZApp) {
  // The upload temp folder (LocalFileStore.tmpDir): every upload is written there first.
  const probeDir = path.join(app.services.config.dataDir, 'files', 'tmp');

  app.get(
    '/health',
    {
      schema: {
        tags: ['platform'],
        summary: '健康检查（含数据库就绪、文件存储可写）',
        security: [],
        response: {
          200: HealthSchema,
          503: {
            description:
              '数据库无应答或文件存储不可写 / The database does not answer or the file storage cannot be written',
            content: { 'application/json': { schema: HealthSchema } },
          },
        },
      },
    },
    async (_req, reply) => {
      const storage = await probeStorage(probeDir);
      const started = performance.now();
      try {
        await app.services.db.execute(sql`SELECT 1`);
      } catch {
        const down: Health = { status: 'unavailable', database: { kind: app.services.dbKind, ok: false }, storage };
        return reply.status(503).send(down);
      }
      const database = {
        kind: app.services.dbKind,
        ok: true,
        latencyMs: Math.round((performance.now() - started) * 10) / 10,
      };
      const body: Health = {
        status: storage.ok ? 'ok' : 'degraded',
        database,
        storage,
        uptimeSeconds: Math.round(process.uptime()),
      };
      return storage.ok ? body : reply.status(503).send(body);
    },
  );
}
