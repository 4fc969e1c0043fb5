// 审计日志 — only the audit admin reads and verifies the trail (三权分立). Reading is itself audited.
// Verification checks the keyed chain and every anchor of its head (issue 11 finding 1); the admin
// can take a signed anchor home (GET /audit-events/anchor) and hand it back to a later verification.
import { and, desc, eq, gte, lt, lte } from 'drizzle-orm';
import { z } from 'zod';
import { auditEvents } from '../../db/schema.js';
import { AUDIT_EVENTS, AUDIT_EVENTS_EN, type AuditAction } from '../../domain/audit/events.js';
import { AuditChainBrokenError, openAuditTrail, startAnchoring } from '../audit/trail.js';
import { audit } from '../audit/record.js';
import { requirePermission } from '../auth/guard.js';
import { AppError } from '../errors.js';
import type { ZApp } from '../zapp.js';
import {
  AuditAnchorSchema,
  AuditEventCatalogueSchema,
  AuditEventPageSchema,
  type AuditEvent,
  AuditVerifySchema,
} from './responses.js';

const query = z.object({
  action: z.string().max(60).optional(),
  actor: z.string().max(64).optional(),
  outcome: z.enum(['success', 'failure', 'denied']).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  beforeSeq: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});

/** An anchor as exported by GET /audit-events/anchor; its MAC is checked by the verification. */
const exportedAnchor = z.object({
  v: z.literal(1),
  seq: z.number().int().positive(),
  hash: z.string().min(1).max(128),
  at: z.string().max(40),
  anchoredAt: z.string().max(40),
  keyedFrom: z.number().int().positive().nullable(),
  keyId: z.string().min(1).max(200),
  mac: z.string().min(1).max(256),
});
const verifyBody = z.object({ anchors: z.array(exportedAnchor).max(1000).optional() }).optional();

export async function auditRoutes(app: ZApp) {
  const { db, config, clock } = app.services;
  // The key is registered and anchoring runs for as long as the server does (one more anchor at close).
  const trail = openAuditTrail(config);
  trail.onAnchor = (anchor) => app.log.info({ auditAnchor: anchor }, 'audit chain anchored');
  const stopAnchoring = startAnchoring(trail, db, clock, app.log);
  app.addHook('onClose', stopAnchoring);

  app.get(
    '/audit-events/catalogue',
    { schema: { tags: ['audit'], summary: '审计事件类型目录', response: { 200: AuditEventCatalogueSchema } } },
    async (req) => {
      await requirePermission(req, 'audit.read');
      return {
        items: Object.entries(AUDIT_EVENTS).map(([code, name]) => ({
          code,
          name,
          nameEn: AUDIT_EVENTS_EN[code as AuditAction],
        })),
      };
    },
  );

  app.get(
    '/audit-events',
    {
      schema: {
        tags: ['audit'],
        summary: '查询审计日志（审计管理员）',
        querystring: query,
        response: { 200: AuditEventPageSchema },
      },
    },
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
        items: rows.map(
          (r): AuditEvent => ({
            ...r,
            at: r.at.toISOString(),
            // Stored as text; written only by the audit recorder with these outcomes and object details.
            outcome: r.outcome as AuditEvent['outcome'],
            detail: r.detail as AuditEvent['detail'],
            actionName: AUDIT_EVENTS[r.action as AuditAction] ?? r.action,
          }),
        ),
        nextBeforeSeq: rows.length === q.limit ? rows[rows.length - 1].seq : null,
      };
    },
  );

  app.post(
    '/audit-events/verify',
    {
      schema: {
        tags: ['audit'],
        summary: '校验审计日志（HMAC-SM3 链与全部锚点），指出第一条被破坏的记录',
        description:
          '逐条校验哈希链（有密钥的记录用 HMAC-SM3，启用密钥前的记录用 SM3），并核对锚点日志和随请求提交的锚点（GET /audit-events/anchor 的导出）中每个锚定的 (seq, hash) 仍然存在且一致。完整时把链头写入锚点日志。',
        body: verifyBody,
        response: { 200: AuditVerifySchema },
      },
    },
    async (req) => {
      await requirePermission(req, 'audit.verify');
      const result = await trail.verify(db, req.now, { exports: req.body?.anchors });
      const b = result.firstBroken;
      await audit(req, {
        action: 'audit.verified',
        outcome: result.ok ? 'success' : 'failure',
        targetType: 'audit_events',
        detail: {
          ok: result.ok,
          checked: result.checked,
          lastSeq: result.lastSeq,
          headHash: result.headHash,
          anchors: result.anchors,
          anchored: result.anchored && { seq: result.anchored.seq, hash: result.anchored.hash },
          firstBroken: b && { seq: b.seq, reason: b.reason, message: b.message },
        },
      });
      return result;
    },
  );

  app.get(
    '/audit-events/anchor',
    {
      schema: {
        tags: ['audit'],
        summary: '导出审计日志锚点（链头 seq、hash、时间与 HMAC-SM3）',
        description:
          '校验上一个锚点之后的记录，把当前链头写入锚点日志并返回；请把导出保存在平台之外，日后随 POST /audit-events/verify 提交核对。记录被删除或改写时答 409 AUDIT_CHAIN_BROKEN。',
        response: { 200: AuditAnchorSchema },
      },
    },
    async (req) => {
      await requirePermission(req, 'audit.verify');
      let anchor: Awaited<ReturnType<typeof trail.anchorHead>>;
      try {
        anchor = await trail.anchorHead(db, req.now);
      } catch (err) {
        if (!(err instanceof AuditChainBrokenError)) throw err;
        const b = err.report.firstBroken;
        throw new AppError(409, 'AUDIT_CHAIN_BROKEN', `审计日志完整性被破坏，不能导出锚点：${b?.message ?? ''}`, {
          messageEn: `The audit trail is broken; no anchor exported: ${b?.messageEn ?? ''}`,
          details: b,
        });
      }
      if (!anchor) throw new AppError(404, 'NOT_FOUND', '审计日志为空', { messageEn: 'The audit trail is empty' });
      await audit(req, {
        action: 'audit.anchor_exported',
        outcome: 'success',
        targetType: 'audit_events',
        targetId: String(anchor.seq),
        detail: { seq: anchor.seq, hash: anchor.hash, keyId: anchor.keyId },
      });
      return anchor;
    },
  );
}
