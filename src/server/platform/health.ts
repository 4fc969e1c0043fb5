import { sql } from 'drizzle-orm';
import type { ZApp } from '../zapp.js';

export async function healthRoutes(app: ZApp) {
  app.get(
    '/health',
    { schema: { tags: ['platform'], summary: '健康检查（含数据库就绪）', security: [] } },
    async (_req, reply) => {
      const started = performance.now();
      try {
        await app.services.db.execute(sql`SELECT 1`);
        return {
          status: 'ok',
          database: {
            kind: app.services.dbKind,
            ok: true,
            latencyMs: Math.round((performance.now() - started) * 10) / 10,
          },
          uptimeSeconds: Math.round(process.uptime()),
        };
      } catch {
        return reply.status(503).send({ status: 'unavailable', database: { kind: app.services.dbKind, ok: false } });
      }
    },
  );
}
