// 过程指导与监督 (Art.22 "区数据局、网信、发改、财政、公安等部门应按照各自职责分工，加强对项目建设管理的过程性
// 指导"; Art.31 "申报单位、实施单位应当接受……监督管理……如实提供项目有关资料和情况，不得拒绝、隐匿、瞒报"):
// an oversight bureau (公安 等保, 保密/密码, 审计) sends a project's owner a request for information or a
// guidance note; the owner answers; both are on the project's history, and the bureau sees the answer.
import { and, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { oversightRequests, projects } from '../../db/schema.js';
import {
  OVERSIGHT_ORG_ROLES,
  OVERSIGHT_REQUEST_KINDS,
  type OversightRequestKind,
} from '../../domain/oversight/requests.js';
import { requireUser } from '../auth/guard.js';
import type { AuthContext } from '../auth/context.js';
import { AppError, forbidden, notFound } from '../errors.js';
import { accessTo } from '../projects/access.js';
import type { ZApp } from '../zapp.js';
import { notifyActors, notifyUsers } from './notify.js';
import { recordOversightEvent } from './shared.js';
import { assertOwnDocument, idParams } from './evaluations.js';
import { presentRequest } from './present.js';
import { OversightRequestListSchema, OversightRequestSchema } from './responses.js';

const KINDS = Object.keys(OVERSIGHT_REQUEST_KINDS) as [OversightRequestKind, ...OversightRequestKind[]];

const sendBody = z.object({
  kind: z.enum(KINDS, { error: `事项类型须为 ${KINDS.join(' / ')}` }),
  subject: z.string().trim().min(2, '请填写事由').max(200),
  body: z.string().trim().min(2, '请填写内容').max(10000),
  answerDue: z.iso.date().optional(),
});
const answerBody = z.object({
  answer: z.string().trim().min(2, '请填写答复').max(10000),
  documentId: z.uuid('材料编号无效').optional(),
});

/** 公安分局, 区保密局·密码管理局, 区审计局 (Art.22, 31, 34): the oversight bureaus. */
function isOversightBureau(auth: AuthContext): boolean {
  return auth.permissions.has('project.view_all') && OVERSIGHT_ORG_ROLES.some((r) => auth.org.roles.includes(r));
}

export async function requestRoutes(app: ZApp) {
  const { db } = app.services;

  app.post(
    '/projects/:id/oversight-requests',
    {
      schema: {
        tags: ['oversight'],
        summary:
          '监督部门向项目申报单位发送情况说明要求或过程性指导意见（公安、保密密码、审计；第二十二条、第三十一条）',
        params: idParams,
        body: sendBody,
        response: { 201: OversightRequestSchema },
      },
    },
    async (req, reply) => {
      const auth = requireUser(req);
      const b = req.body;
      const row = await db.transaction(async (tx) => {
        const access = await accessTo(tx, auth, req.params.id, req.now, { lock: true });
        if (!isOversightBureau(auth))
          throw forbidden('仅公安、保密密码、审计等监督部门可发送监督事项', 'Only the oversight bureaus send these');
        const [saved] = await tx
          .insert(oversightRequests)
          .values({
            projectId: access.project.id,
            fromOrgId: auth.org.id,
            kind: b.kind,
            subject: b.subject,
            body: b.body,
            answerDue: b.answerDue ?? null,
            sentBy: auth.user.id,
            sentAt: req.now,
          })
          .returning();
        const k = OVERSIGHT_REQUEST_KINDS[b.kind];
        await recordOversightEvent(tx, req, access.project.id, {
          action: 'project.oversight_request_sent',
          article: k.article,
          note: `${k.zh}：${b.subject}`,
          detail: {
            requestId: saved.id,
            kind: b.kind,
            fromOrg: auth.org.name,
            subject: b.subject,
            answerDue: b.answerDue ?? null,
          },
        });
        await notifyActors(tx, access.project, ['declarant'], {
          title: `待办：答复${auth.org.name}的${k.zh}`,
          body: `${b.subject}${b.answerDue ? `（请于${b.answerDue}前答复）` : ''}（${k.article === 'Art.31' ? '第三十一条' : '第二十二条'}）`,
          actingUserId: auth.user.id,
          now: req.now,
        });
        return saved;
      });
      return reply.status(201).send(presentRequest(row));
    },
  );

  app.post(
    '/projects/:id/oversight-requests/:requestId/answer',
    {
      schema: {
        tags: ['oversight'],
        summary: '申报单位答复监督事项（如实提供项目有关资料和情况，第三十一条）',
        params: idParams.extend({ requestId: z.uuid('无效的事项编号') }),
        body: answerBody,
        response: { 200: OversightRequestSchema },
      },
    },
    async (req) => {
      const auth = requireUser(req);
      const b = req.body;
      return db.transaction(async (tx) => {
        const access = await accessTo(tx, auth, req.params.id, req.now, { lock: true });
        if (!access.relations.has('declarant'))
          throw forbidden('仅项目申报单位可答复监督事项（第三十一条）', 'Only the project owner answers (Art.31)');
        const [r] = await tx
          .select()
          .from(oversightRequests)
          .where(
            and(eq(oversightRequests.id, req.params.requestId), eq(oversightRequests.projectId, access.project.id)),
          );
        if (!r) throw notFound('监督事项', 'Oversight request');
        if (r.answeredAt)
          throw new AppError(409, 'ALREADY_ANSWERED', '该事项已答复', {
            messageEn: 'Already answered',
            article: 'Art.31',
          });
        if (b.documentId) await assertOwnDocument(tx, access.project.id, b.documentId);
        const [saved] = await tx
          .update(oversightRequests)
          .set({
            answer: b.answer,
            answerDocumentId: b.documentId ?? null,
            answeredBy: auth.user.id,
            answeredAt: req.now,
          })
          .where(eq(oversightRequests.id, r.id))
          .returning();
        await recordOversightEvent(tx, req, access.project.id, {
          action: 'project.oversight_request_answered',
          article: 'Art.31',
          note: b.answer,
          detail: { requestId: r.id, subject: r.subject, documentId: b.documentId ?? null },
        });
        await notifyUsers(tx, [r.sentBy], {
          title: `监督事项已答复：${r.subject}`,
          body: `${access.project.code} ${access.project.name}：申报单位已答复（第三十一条）`,
          link: `/projects/${access.project.id}`,
          now: req.now,
        });
        return presentRequest(saved);
      });
    },
  );

  app.get(
    '/oversight-requests',
    {
      schema: {
        tags: ['oversight'],
        summary: '本部门发出的监督事项及答复（监督部门）',
        response: { 200: OversightRequestListSchema },
      },
    },
    async (req) => {
      const auth = requireUser(req);
      if (!isOversightBureau(auth))
        throw forbidden('仅监督部门可查看本部门发出的监督事项', 'Only the oversight bureaus list their requests');
      const rows = await db
        .select({ r: oversightRequests, code: projects.code, name: projects.name })
        .from(oversightRequests)
        .innerJoin(projects, eq(projects.id, oversightRequests.projectId))
        .where(eq(oversightRequests.fromOrgId, auth.org.id))
        .orderBy(desc(oversightRequests.sentAt))
        .limit(500);
      return {
        items: rows.map((x) => ({
          ...presentRequest(x.r),
          project: { id: x.r.projectId, code: x.code, name: x.name },
        })),
      };
    },
  );
}
