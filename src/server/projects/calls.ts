// 年度计划申报通知 — the data bureau opens the call for year Y+1 (Art.8, 10(1)); declarants see it
// and its countdown. The deadline defaults to the edition's (10-15 23:59:59 Asia/Shanghai of Y).
import { and, desc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { annualCalls } from '../../db/schema.js';
import { editionById, editionForNew } from '../../domain/editions/resolve.js';
import { declarationDeadline } from '../../domain/rules/index.js';
import { AppError, notFound } from '../errors.js';
import { auditTx } from '../audit/record.js';
import { requirePermission, requireUser } from '../auth/guard.js';
import type { ZApp } from '../zapp.js';
import { expectedVersion, setEtag, staleError } from '../platform/versioning.js';
import { type Call as CallAnswer, CallListSchema, CallSchema } from './plan-responses.js';

type Call = typeof annualCalls.$inferSelect;

export function presentCall(c: Call, now: Date): CallAnswer {
  const edition = editionById(c.editionId);
  return {
    ...c,
    // Written only as 'open' or 'closed' (POST and PATCH /calls take that enum).
    status: c.status as CallAnswer['status'],
    deadlineAt: c.deadlineAt.toISOString(),
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
    defaultDeadlineAt: declarationDeadline(c.planYear, edition).toISOString(),
    deadlinePassed: now.getTime() > c.deadlineAt.getTime(),
    serverNow: now.toISOString(),
    article: edition.params.declarationDeadline.article,
  };
}

const instant = z.iso.datetime({ offset: true, error: '截止时间须为带时区的 ISO 时间，如 2026-10-15T23:59:59+08:00' });

export async function callRoutes(app: ZApp) {
  const { db } = app.services;

  app.get(
    '/calls',
    { schema: { tags: ['annual plan'], summary: '年度计划申报通知列表', response: { 200: CallListSchema } } },
    async (req) => {
      requireUser(req);
      const rows = await db.select().from(annualCalls).orderBy(desc(annualCalls.planYear));
      return { items: rows.map((c) => presentCall(c, req.now)) };
    },
  );

  app.get(
    '/calls/:id',
    {
      schema: {
        tags: ['annual plan'],
        summary: '申报通知详情',
        params: z.object({ id: z.uuid() }),
        response: { 200: CallSchema },
      },
    },
    async (req, reply) => {
      requireUser(req);
      const [c] = await db.select().from(annualCalls).where(eq(annualCalls.id, req.params.id));
      if (!c) throw notFound('申报通知', 'Call');
      setEtag(reply, c.version);
      return presentCall(c, req.now);
    },
  );

  app.post(
    '/calls',
    {
      schema: {
        tags: ['annual plan'],
        summary: '发布年度计划申报通知（区数据局，第八条、第十条）',
        body: z.object({
          planYear: z.number().int().min(2025).max(2100),
          title: z.string().trim().min(4).max(200),
          notice: z.string().max(20000).default(''),
          deadlineAt: instant.optional(),
        }),
        response: { 201: CallSchema },
      },
    },
    async (req, reply) => {
      await requirePermission(req, 'call.manage');
      // A new call is made under the edition of the Measures in force today (Art.36).
      const edition = editionForNew(req.now);
      const b = req.body;
      const deadline = b.deadlineAt ? new Date(b.deadlineAt) : declarationDeadline(b.planYear, edition);
      if (deadline.getTime() <= req.now.getTime()) {
        throw new AppError(400, 'DEADLINE_IN_PAST', '申报截止时间不能早于当前时间', {
          messageEn: 'The deadline is in the past',
          field: 'deadlineAt',
          article: 'Art.8',
        });
      }
      const created = await db.transaction(async (tx) => {
        const [dup] = await tx
          .select({ id: annualCalls.id })
          .from(annualCalls)
          .where(eq(annualCalls.planYear, b.planYear));
        if (dup)
          throw new AppError(409, 'CALL_EXISTS', `${b.planYear} 年度的申报通知已发布`, {
            messageEn: 'A call for this year exists',
            field: 'planYear',
          });
        const [row] = await tx
          .insert(annualCalls)
          .values({
            createdAt: req.now,
            updatedAt: req.now,
            planYear: b.planYear,
            title: b.title,
            notice: b.notice,
            deadlineAt: deadline,
            editionId: edition.id,
            createdBy: req.auth!.user.id,
          })
          .returning();
        await auditTx(tx, req, {
          action: 'call.opened',
          outcome: 'success',
          targetType: 'call',
          targetId: row.id,
          detail: { planYear: row.planYear, deadlineAt: deadline.toISOString() },
        });
        return row;
      });
      setEtag(reply, created.version);
      return reply.status(201).send(presentCall(created, req.now));
    },
  );

  app.patch(
    '/calls/:id',
    {
      schema: {
        tags: ['annual plan'],
        summary: '修改申报通知（需版本号）',
        params: z.object({ id: z.uuid() }),
        body: z.object({
          title: z.string().trim().min(4).max(200).optional(),
          notice: z.string().max(20000).optional(),
          deadlineAt: instant.optional(),
          status: z.enum(['open', 'closed']).optional(),
          version: z.number().int().optional(),
        }),
        response: { 200: CallSchema },
      },
    },
    async (req, reply) => {
      await requirePermission(req, 'call.manage');
      const { version, deadlineAt, ...rest } = req.body;
      const expected = expectedVersion(req, version);
      if (deadlineAt && new Date(deadlineAt).getTime() <= req.now.getTime()) {
        throw new AppError(400, 'DEADLINE_IN_PAST', '申报截止时间不能早于当前时间', {
          field: 'deadlineAt',
          article: 'Art.8',
        });
      }
      const row = await db.transaction(async (tx) => {
        const [r] = await tx
          .update(annualCalls)
          .set({
            ...rest,
            ...(deadlineAt ? { deadlineAt: new Date(deadlineAt) } : {}),
            version: sql`${annualCalls.version} + 1`,
            updatedAt: req.now,
          })
          .where(and(eq(annualCalls.id, req.params.id), eq(annualCalls.version, expected.version)))
          .returning();
        if (!r) {
          const [exists] = await tx
            .select({ id: annualCalls.id })
            .from(annualCalls)
            .where(eq(annualCalls.id, req.params.id));
          throw exists ? staleError(expected.via) : notFound('申报通知', 'Call');
        }
        await auditTx(tx, req, {
          action: 'call.updated',
          outcome: 'success',
          targetType: 'call',
          targetId: r.id,
          detail: { changes: req.body },
        });
        return r;
      });
      setEtag(reply, row.version);
      return presentCall(row, req.now);
    },
  );
}
