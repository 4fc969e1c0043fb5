// 审计日志 — only the audit admin reads and verifies the trail (三权分立). Reading is itself audited.
import { and, desc, eq, gte, lt, lte } from 'drizzle-orm';
import { z } from 'zod';
import { auditEvents } from '../../db/schema.js';
import { verifyAuditChain } from '../../db/audit-repo.js';
import { AUDIT_EVENTS, AUDIT_EVENTS_EN, type AuditAction } from '../../domain/audit/events.js';
import { audit } from '../audit/record.js';
import { requirePermission } from '../auth/guard.js';
import type { ZApp } from '../zapp.js';

const query = z.object({
  action: z.string().max(60).optional(),
  actor: z.string().max(64).optional(),
  outcome: z.enum(['success', 'failure', 'denied']).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  beforeSeq: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});

export async function auditRoutes(app: ZApp) {
  const { db } = app.services;

  app.get('/audit-events/catalogue', { schema: { tags: ['audit'], summary: '审计事件类型目录' } }, async (req) => {
    await requirePermission(req, 'audit.read');
    return {
      items: Object.entries(AUDIT_EVENTS).map(([code, name]) => ({
        code,
        name,
        nameEn: AUDIT_EVENTS_EN[code as AuditAction],
      })),
    };
  });

  app.get(
    '/audit-events',
    { schema: { tags: ['audit'], summary: '查询审计日志（审计管理员）', querystring: query } },
    async (req) => {
      await requirePermission(req, 'audit.read');
      const q = req.query;
      const rows = await db
        .select()
        .from(auditEvents)
        .where(
          and(
            q.action ? eq(auditEvents.action, q.action) : undefined,
            q.actor ? eq(auditEvents.actorUsername, q.actor) : undefined,
            q.outcome ? eq(auditEvents.outcome, q.outcome) : undefined,
            q.from ? gte(auditEvents.at, new Date(q.from)) : undefined,
            q.to ? lte(auditEvents.at, new Date(q.to)) : undefined,
            q.beforeSeq ? lt(auditEvents.seq, q.beforeSeq) : undefined,
          ),
        )
        .orderBy(desc(auditEvents.seq))
        .limit(q.limit);
      await audit(req, {
        action: 'audit.viewed',
        outcome: 'success',
        targetType: 'audit_events',
        detail: { filter: { ...q } },
      });
      return {
        items: rows.map((r) => ({
          ...r,
          at: r.at.toISOString(),
          actionName: AUDIT_EVENTS[r.action as AuditAction] ?? r.action,
        })),
        nextBeforeSeq: rows.length === q.limit ? rows[rows.length - 1].seq : null,
      };
    },
  );

  app.post(
    '/audit-events/verify',
    { schema: { tags: ['audit'], summary: '校验审计日志哈希链（SM3），指出第一条被破坏的记录' } },
    async (req) => {
      await requirePermission(req, 'audit.verify');
      const result = await verifyAuditChain(db);
      await audit(req, {
        action: 'audit.verified',
        outcome: result.ok ? 'success' : 'failure',
        targetType: 'audit_events',
        detail: { ...result },
      });
      return result;
    },
  );
}
