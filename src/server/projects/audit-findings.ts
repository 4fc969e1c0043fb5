// 审计发现 (Art.34; issue 10): the audit bureau records findings on a project (text, severity, article, the
// date an answer is due), the declarant answers (Art.31 如实提供项目有关资料和情况). Both go on the project's
// history and the audit trail in the same transaction, and the other side is notified. Only the audit bureau
// (project.audit) and the project's own unit (declarant) read the findings; the history says only that a
// finding was recorded or answered, not its words.
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { auditFindings, documents, notifications } from '../../db/schema.js';
import { shanghaiDateOf, type IsoDate } from '../../domain/calendar/dates.js';
import {
  FINDING_SEVERITIES,
  FINDING_SEVERITY_CODES,
  findingState,
  isDueDateAcceptable,
} from '../../domain/audit/findings.js';
import { articleZh } from '../../domain/rules/cite.js';
import { requireUser } from '../auth/guard.js';
import { AppError, forbidden, notFound } from '../errors.js';
import type { ZApp } from '../zapp.js';
import { accessTo, type ProjectAccess } from './access.js';
import { recordProjectEvent } from './history.js';
import { recipients } from './notify.js';
import { type AuditFinding, AuditFindingListSchema, AuditFindingSchema } from './action-responses.js';

type FindingRow = typeof auditFindings.$inferSelect;

export function presentFinding(f: FindingRow, today: IsoDate): AuditFinding {
  const sev = FINDING_SEVERITIES[f.severity as keyof typeof FINDING_SEVERITIES] ?? { zh: f.severity, en: f.severity };
  return {
    id: f.id,
    projectId: f.projectId,
    text: f.text,
    severity: f.severity as AuditFinding['severity'],
    severityName: sev.zh,
    severityNameEn: sev.en,
    article: f.article,
    answerDueOn: f.answerDueOn,
    state: findingState(f, today),
    recordedAt: f.recordedAt.toISOString(),
    recordedBy: f.recordedBy,
    answer: f.answer,
    answerDocumentId: f.answerDocumentId,
    answeredAt: f.answeredAt?.toISOString() ?? null,
    answeredBy: f.answeredBy,
  };
}

const isAuditor = (a: Pick<ProjectAccess, 'auth'>) => a.auth.permissions.has('project.audit');
const isOwner = (a: Pick<ProjectAccess, 'relations'>) => a.relations.has('declarant');

const ARTICLE = 'Art.34';
const notParty = () =>
  forbidden(
    '审计发现仅区审计局与项目申报单位可见（第三十四条）',
    'Audit findings are for the audit bureau and the project owner only (Art.34)',
  );

async function load(db: Db, req: FastifyRequest, id: string) {
  return accessTo(db, requireUser(req), id, req.now);
}

const idParams = z.object({ id: z.uuid('无效的项目编号') });
const findingParams = idParams.extend({ findingId: z.uuid('无效的审计发现编号') });

export async function auditFindingRoutes(app: ZApp) {
  const { db } = app.services;
  const tags = ['audit'];

  app.get(
    '/projects/:id/audit-findings',
    {
      schema: {
        tags,
        summary: '审计发现及答复（区审计局、申报单位可见，第三十四条）',
        params: idParams,
        response: { 200: AuditFindingListSchema },
      },
    },
    async (req) => {
      const access = await load(db, req, req.params.id);
      if (!isAuditor(access) && !isOwner(access)) throw notParty();
      const rows = await db
        .select()
        .from(auditFindings)
        .where(eq(auditFindings.projectId, access.project.id))
        .orderBy(asc(auditFindings.recordedAt));
      const today = shanghaiDateOf(req.now);
      return {
        items: rows.map((f) => presentFinding(f, today)),
        canRecord: isAuditor(access),
        canAnswer: isOwner(access),
        severities: FINDING_SEVERITY_CODES.map((code) => ({ code, ...FINDING_SEVERITIES[code] })),
      };
    },
  );

  app.post(
    '/projects/:id/audit-findings',
    {
      schema: {
        tags,
        summary: '记录审计发现（区审计局，第三十四条）',
        params: idParams,
        body: z.object({
          text: z.string().trim().min(1, '请填写审计发现').max(4000),
          severity: z.enum(FINDING_SEVERITY_CODES),
          article: z
            .string()
            .trim()
            .regex(/^Art\.\d{1,2}(\(\d+\))?(¶\d+)?$/, '条款格式应为 Art.16 或 Art.10(1)'),
          answerDueOn: z.iso.date('日期格式应为 YYYY-MM-DD'),
        }),
        response: { 201: AuditFindingSchema },
      },
    },
    async (req, reply) => {
      const access = await load(db, req, req.params.id);
      if (!isAuditor(access))
        throw forbidden(
          '只有区审计局可以记录审计发现（第三十四条）',
          'Only the audit bureau records findings (Art.34)',
        );
      const b = req.body;
      const today = shanghaiDateOf(req.now);
      if (!isDueDateAcceptable(b.answerDueOn, today))
        throw new AppError(422, 'DUE_DATE_IN_PAST', `答复期限 ${b.answerDueOn} 早于今天（${today}）`, {
          messageEn: `The answer due date ${b.answerDueOn} is before today (${today})`,
          article: ARTICLE,
          field: 'answerDueOn',
        });
      const p = access.project;
      const sev = FINDING_SEVERITIES[b.severity];
      const row = await db.transaction(async (tx) => {
        const [f] = await tx
          .insert(auditFindings)
          .values({
            projectId: p.id,
            text: b.text,
            severity: b.severity,
            article: b.article,
            answerDueOn: b.answerDueOn,
            recordedBy: access.auth.user.id,
            recordedOrgId: access.auth.org.id,
            recordedAt: req.now,
          })
          .returning();
        await recordProjectEvent(tx, req, {
          projectId: p.id,
          action: 'project.audit_finding_recorded',
          note: `区审计局记录审计发现（${sev.zh}，涉及${articleZh(b.article)}），答复期限 ${b.answerDueOn}`,
          article: ARTICLE,
          detail: { findingId: f.id, severity: b.severity, findingArticle: b.article, answerDueOn: b.answerDueOn },
        });
        const owners = await recipients(tx, 'declarant', p);
        if (owners.length)
          await tx.insert(notifications).values(
            owners.map((userId) => ({
              userId,
              title: `审计发现：${p.code}`,
              body: `${p.code} ${p.name}：区审计局记录了一项${sev.zh}审计发现，请于 ${b.answerDueOn} 前答复（${articleZh(ARTICLE)}）`,
              link: `/projects/${p.id}`,
              createdAt: req.now,
            })),
          );
        return f;
      });
      return reply.status(201).send(presentFinding(row, today));
    },
  );

  app.post(
    '/projects/:id/audit-findings/:findingId/answer',
    {
      schema: {
        tags,
        summary: '答复审计发现（申报单位，第三十一条、第三十四条）',
        params: findingParams,
        body: z.object({
          answer: z.string().trim().min(1, '请填写答复').max(4000),
          documentId: z.uuid().optional(),
        }),
        response: { 200: AuditFindingSchema },
      },
    },
    async (req) => {
      const access = await load(db, req, req.params.id);
      if (!isOwner(access))
        throw forbidden('只有项目申报单位可以答复审计发现（第三十一条）', 'Only the project owner answers (Art.31)');
      const p = access.project;
      const b = req.body;
      const today = shanghaiDateOf(req.now);
      const row = await db.transaction(async (tx) => {
        const [f] = await tx
          .select()
          .from(auditFindings)
          .where(and(eq(auditFindings.id, req.params.findingId), eq(auditFindings.projectId, p.id)))
          .for('update');
        if (!f) throw notFound('审计发现', 'Audit finding');
        if (f.answeredAt)
          throw new AppError(409, 'FINDING_ANSWERED', '该审计发现已答复', {
            messageEn: 'This finding has already been answered',
            article: ARTICLE,
          });
        if (b.documentId) {
          const [doc] = await tx
            .select({ id: documents.id })
            .from(documents)
            .where(and(eq(documents.id, b.documentId), eq(documents.ownerId, p.id), isNull(documents.withdrawnAt)));
          if (!doc)
            throw new AppError(400, 'BAD_DOCUMENT', '所选文件不是本项目的材料', {
              messageEn: 'The document is not one of this project',
              field: 'documentId',
            });
        }
        const [answered] = await tx
          .update(auditFindings)
          .set({
            answer: b.answer,
            answerDocumentId: b.documentId ?? null,
            answeredBy: access.auth.user.id,
            answeredAt: req.now,
          })
          .where(eq(auditFindings.id, f.id))
          .returning();
        const late = findingState({ answerDueOn: f.answerDueOn, answeredAt: null }, today) === 'overdue';
        await recordProjectEvent(tx, req, {
          projectId: p.id,
          action: 'project.audit_finding_answered',
          note: `申报单位答复审计发现${late ? `（逾期，期限 ${f.answerDueOn}）` : ''}`,
          article: 'Art.31',
          detail: { findingId: f.id, late, answerDueOn: f.answerDueOn },
        });
        await tx.insert(notifications).values({
          userId: f.recordedBy,
          title: `审计发现已答复：${p.code}`,
          body: `${p.code} ${p.name}：申报单位已答复审计发现${late ? '（逾期）' : ''}`,
          link: `/projects/${p.id}`,
          createdAt: req.now,
        });
        return answered;
      });
      return presentFinding(row, today);
    },
  );
}
