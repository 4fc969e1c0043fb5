// "This project as of date D" (Art.34 区审计局负责对信息化项目的审计; issue 10; docs/decisions/0004):
// GET /projects/:id?asOf=D answers the project as it stood at the end of D (Asia/Shanghai) in the same
// shape as today's, plus `asOf`; GET /projects/:id/records?asOf=D lists its chapter records, document
// versions and history as they stood then. Read-only (no actions); for the audit bureau (project.audit).
import { and, asc, desc, eq, lte } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import {
  chapterOfVersion,
  firstVersion,
  projectOfVersion,
  type ProjectVersionRow,
  versionAsOf,
} from '../../db/project-versions-repo.js';
import {
  auditFindings,
  documents,
  progressReports,
  projectChanges,
  projectEvents,
  projectPayments,
  supervisionReports,
  users,
} from '../../db/schema.js';
import { type AsOfAnswer, asOfInstant, beforeHistory, documentsAsOf } from '../../domain/audit/as-of.js';
import type { IsoDate } from '../../domain/calendar/dates.js';
import { requirePermission } from '../auth/guard.js';
import { groupByType, presentDocument } from '../documents/present.js';
import { AppError } from '../errors.js';
import type { ZApp } from '../zapp.js';
import { accessTo, type ProjectAccess } from './access.js';
import { blindEvent } from './blind.js';
import { presentFinding } from './audit-findings.js';
import { orgNameMap } from './org-names.js';
import { presentProject } from './presenter.js';
import type { ProjectRecord } from './record.js';
import { AsOfRecordsSchema } from './records-responses.js';
import type { AsOfMeta, ProjectAsOf } from './responses.js';

export const asOfDate = z.iso.date('日期格式应为 YYYY-MM-DD');

function refusal(a: Extract<AsOfAnswer, { ok: false }>): AppError {
  return new AppError(a.status, a.code, a.zh, { messageEn: a.en, article: a.article });
}

/** The project's version in force at the end of `date`, with the person's access to the project today. */
export async function loadAsOf(db: Db, req: FastifyRequest, id: string, date: IsoDate) {
  const auth = await requirePermission(req, 'project.audit');
  // Seen today at all? (404 outside the person's scope, like every read.)
  const current = await accessTo(db, auth, id, req.now);
  const answer = asOfInstant(date, req.now, current.project.createdAt);
  if (!answer.ok) throw refusal(answer);
  const version = await versionAsOf(db, id, answer.at);
  if (!version) {
    const first = await firstVersion(db, id);
    const a = beforeHistory(date, first?.at ?? req.now);
    throw refusal(a as Extract<AsOfAnswer, { ok: false }>);
  }
  return { current, version, at: answer.at, date };
}

/** The current chapter records of a version, chosen as record.ts chooses them today. */
export function recordOfVersion(v: ProjectVersionRow): ProjectRecord {
  const project = projectOfVersion(v);
  const round = project.applicationRound;
  return {
    project,
    application:
      chapterOfVersion(v, 'project_applications').find((a) => a.round === round && a.supersededAt === null) ?? null,
    contract: chapterOfVersion(v, 'project_contracts').find((c) => c.round === round) ?? null,
    decentral: chapterOfVersion(v, 'project_decentralisations')[0] ?? null,
    trial: chapterOfVersion(v, 'project_trials').find((t) => t.attempt === project.trialAttempt) ?? null,
    acceptance: chapterOfVersion(v, 'project_acceptances').find((a) => a.attempt === project.acceptanceAttempt) ?? null,
  };
}

function asOfMeta(date: IsoDate, at: Date, v: ProjectVersionRow): AsOfMeta {
  return {
    date,
    at: at.toISOString(),
    version: v.version,
    versionAt: v.at.toISOString(),
    versionAction: v.action,
    readOnly: true as const,
  };
}

/** GET /projects/:id?asOf=D — the presenter's shape, as it stood then, without actions, plus `asOf`. */
export async function presentProjectAsOf(db: Db, req: FastifyRequest, id: string, date: IsoDate): Promise<ProjectAsOf> {
  const { current, version, at } = await loadAsOf(db, req, id, date);
  const record = recordOfVersion(version);
  const access: ProjectAccess = {
    ...record,
    auth: current.auth,
    declaringParentId: current.declaringParentId,
    // Read-only: no capacity, so no actions.
    relations: new Set(),
  };
  const p = record.project;
  const names = await orgNameMap(db, [p.declaringOrgId, ...(p.leadOrgId ? [p.leadOrgId] : []), ...p.coOrgIds]);
  return { ...presentProject(access, names), asOf: asOfMeta(date, at, version) };
}

const idParams = z.object({ id: z.uuid('无效的项目编号') });

export async function asOfRoutes(app: ZApp) {
  const { db } = app.services;

  app.get(
    '/projects/:id/records',
    {
      schema: {
        tags: ['audit'],
        summary: '审计：项目某日的章节记录、材料版本与办理记录（第三十四条）',
        params: idParams,
        querystring: z.object({ asOf: asOfDate }),
        response: { 200: AsOfRecordsSchema },
      },
    },
    async (req) => {
      const id = req.params.id;
      const { current, version, at, date } = await loadAsOf(db, req, id, req.query.asOf);
      const [docs, payments, progress, supervision, changes, events, findings] = await Promise.all([
        db
          .select({ doc: documents, name: users.displayName, orgId: users.orgId })
          .from(documents)
          .leftJoin(users, eq(users.id, documents.uploadedBy))
          .where(and(eq(documents.ownerType, 'project'), eq(documents.ownerId, id), lte(documents.uploadedAt, at)))
          .orderBy(asc(documents.docType), desc(documents.version)),
        db
          .select()
          .from(projectPayments)
          .where(and(eq(projectPayments.projectId, id), lte(projectPayments.recordedAt, at)))
          .orderBy(asc(projectPayments.recordedAt)),
        db
          .select()
          .from(progressReports)
          .where(and(eq(progressReports.projectId, id), lte(progressReports.reportedAt, at)))
          .orderBy(asc(progressReports.reportedAt)),
        db
          .select()
          .from(supervisionReports)
          .where(and(eq(supervisionReports.projectId, id), lte(supervisionReports.filedAt, at)))
          .orderBy(asc(supervisionReports.filedAt)),
        db
          .select()
          .from(projectChanges)
          .where(and(eq(projectChanges.projectId, id), lte(projectChanges.createdAt, at)))
          .orderBy(asc(projectChanges.createdAt)),
        db
          .select()
          .from(projectEvents)
          .where(and(eq(projectEvents.projectId, id), lte(projectEvents.at, at)))
          .orderBy(asc(projectEvents.at)),
        db
          .select()
          .from(auditFindings)
          .where(and(eq(auditFindings.projectId, id), lte(auditFindings.recordedAt, at)))
          .orderBy(asc(auditFindings.recordedAt)),
      ]);
      const byId = new Map(docs.map((d) => [d.doc.id, d]));
      const existed = documentsAsOf(
        docs.map((d) => d.doc),
        at,
      );
      return {
        asOf: asOfMeta(date, at, version),
        documents: groupByType(
          existed.map((d) => {
            const u = byId.get(d.id);
            return { ...presentDocument(d, { name: u?.name ?? null, orgId: u?.orgId ?? null }), withdrawable: false };
          }),
        ),
        applications: chapterOfVersion(version, 'project_applications'),
        contracts: chapterOfVersion(version, 'project_contracts'),
        decentralisation: chapterOfVersion(version, 'project_decentralisations')[0] ?? null,
        trials: chapterOfVersion(version, 'project_trials'),
        acceptances: chapterOfVersion(version, 'project_acceptances'),
        selfEvaluations: chapterOfVersion(version, 'self_evaluations'),
        payments,
        progressReports: progress,
        supervisionReports: supervision,
        changes,
        // The blind rule of the reviews applies as it does today (src/server/projects/blind.ts).
        history: events.map((e) => blindEvent(e, current)),
        // A finding as it stood then: its answer only if given by then.
        auditFindings: findings.map((f) =>
          presentFinding(
            f.answeredAt && f.answeredAt.getTime() <= at.getTime()
              ? f
              : { ...f, answer: null, answeredAt: null, answeredBy: null, answerDocumentId: null },
            date,
          ),
        ),
      };
    },
  );
}
