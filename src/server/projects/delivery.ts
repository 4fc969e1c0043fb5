// GET /projects/:id/delivery — everything of the project's delivery on one page (Art.16–33): progress,
// payments against the contract and disbursements, supervision reports, the yearly self-evaluations
// with their deadlines, the trial runs and their acceptance windows, the acceptance attempts (material,
// review, acceptance, report with its attachments and deadline, handover and warranty), and the
// systems it builds or maintains.
import { asc, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import {
  progressReports,
  projectAcceptances,
  projectPayments,
  projectTrials,
  selfEvaluations,
  supervisionReports,
  systemProjects,
  systems,
} from '../../db/schema.js';
import { CalendarYearNotCoveredError, shanghaiDateOf } from '../../domain/calendar/index.js';
import { calendarInForce } from '../platform/calendar.js';
import { reportAttachments, warrantyMinimumEnd } from '../../domain/delivery/acceptance-report.js';
import { acceptanceWindow, windowPosition } from '../../domain/delivery/acceptance-window.js';
import { selfEvaluationState, selfEvaluationsDue } from '../../domain/delivery/self-evaluation.js';
import { SYSTEM_STATUSES } from '../../domain/delivery/systems.js';
import { DOCUMENT_TYPES } from '../../domain/documents.js';
import { editionOfProject } from '../../domain/editions/resolve.js';
import { sumFen } from '../../domain/money.js';
import type { ZApp } from '../zapp.js';
import { inTurn, type Db, type Tx } from '../../db/client.js';
import { loadProject, type ProjectAccess } from './access.js';
import { uploadedTypes } from './facts.js';
import { type AcceptanceWindow, AcceptanceWindowSchema, type Delivery, DeliverySchema } from './delivery-responses.js';

const idParams = z.object({ id: z.uuid('无效的项目编号') });
const iso = (d: Date | null | undefined) => d?.toISOString() ?? null;

export async function deliveryRoutes(app: ZApp) {
  const { db } = app.services;

  // The window a trial start would open (Art.25), computed by the domain on the calendar in force —
  // the same numbers the trial start will store, for the form to show before it is sent.
  app.get(
    '/projects/:id/trial/window',
    {
      schema: {
        tags: ['delivery'],
        summary: '试运行的验收窗口预览（第二十五条：最早、最迟日期，遇节假日顺延）',
        params: idParams,
        querystring: z.object({ startedOn: z.iso.date(), softwareDevelopment: z.coerce.boolean().default(false) }),
        response: { 200: AcceptanceWindowSchema },
      },
    },
    async (req): Promise<AcceptanceWindow> => {
      const { project: p } = await loadProject(db, req, req.params.id);
      let calendar = null;
      try {
        calendar = await calendarInForce(db);
      } catch (err) {
        if (!(err instanceof CalendarYearNotCoveredError)) throw err;
      }
      return acceptanceWindow(req.query.startedOn, req.query.softwareDevelopment, editionOfProject(p), calendar);
    },
  );

  app.get(
    '/projects/:id/delivery',
    {
      schema: {
        tags: ['delivery'],
        summary: '项目实施与验收运行记录（第十六条至第三十三条）',
        params: idParams,
        response: { 200: DeliverySchema },
      },
    },
    async (req) => deliveryRecord(db, await loadProject(db, req, req.params.id), req.now),
  );
}

/** Everything of a project's delivery (Art.16–33), as GET …/delivery answers and the project file keeps. */
export async function deliveryRecord(db: Db | Tx, access: ProjectAccess, now: Date): Promise<Delivery> {
  const p = access.project;
  const edition = editionOfProject(p);
  const today = shanghaiDateOf(now);
  const [progress, payments, supervision, evaluations, trials, acceptances, linked, uploaded] = await inTurn(db, [
    () =>
      db
        .select()
        .from(progressReports)
        .where(eq(progressReports.projectId, p.id))
        .orderBy(desc(progressReports.reportedAt)),
    () =>
      db.select().from(projectPayments).where(eq(projectPayments.projectId, p.id)).orderBy(asc(projectPayments.paidOn)),
    () =>
      db
        .select()
        .from(supervisionReports)
        .where(eq(supervisionReports.projectId, p.id))
        .orderBy(desc(supervisionReports.filedAt)),
    () =>
      db.select().from(selfEvaluations).where(eq(selfEvaluations.projectId, p.id)).orderBy(asc(selfEvaluations.year)),
    () => db.select().from(projectTrials).where(eq(projectTrials.projectId, p.id)).orderBy(asc(projectTrials.attempt)),
    () =>
      db
        .select()
        .from(projectAcceptances)
        .where(eq(projectAcceptances.projectId, p.id))
        .orderBy(asc(projectAcceptances.attempt)),
    () =>
      db
        .select({
          id: systems.id,
          code: systems.code,
          name: systems.name,
          status: systems.status,
          relation: systemProjects.relation,
        })
        .from(systemProjects)
        .innerJoin(systems, eq(systems.id, systemProjects.systemId))
        .where(eq(systemProjects.projectId, p.id)),
    () => uploadedTypes(db, p.id),
  ]);
  const paid = payments.filter((x) => x.kind === 'payment');
  const disbursed = payments.filter((x) => x.kind === 'disbursement');
  const started = access.contract?.constructionStartedAt ?? null;
  const a = access.acceptance;
  const acceptedOn = a?.conclusion === 'pass' ? a.acceptanceDate : null;
  const dues = started ? selfEvaluationsDue(shanghaiDateOf(started), acceptedOn, today, edition) : [];
  const attachments =
    (p.kind ?? 'build') === 'build'
      ? [...reportAttachments(p.classified), 'acceptance_report' as const]
      : ['acceptance_report' as const];
  const money = (rows: typeof payments) =>
    rows.map((x) => ({
      id: x.id,
      amountFen: x.amountFen,
      paidOn: x.paidOn,
      note: x.note,
      documentId: x.documentId,
      recordedAt: x.recordedAt.toISOString(),
    }));
  return {
    contractFen: access.contract?.contractFen ?? null,
    constructionStartedAt: iso(started),
    service: access.contract?.serviceEndOn
      ? {
          startOn: access.contract.serviceStartOn,
          endOn: access.contract.serviceEndOn,
          ended: today > access.contract.serviceEndOn,
        }
      : null,
    progress: progress.map((x) => ({
      id: x.id,
      milestone: x.milestone,
      percent: x.percent,
      note: x.note,
      documentId: x.documentId,
      reportedAt: x.reportedAt.toISOString(),
    })),
    payments: { items: money(paid), totalFen: sumFen(paid.map((x) => x.amountFen)) },
    disbursements: { items: money(disbursed), totalFen: sumFen(disbursed.map((x) => x.amountFen)) },
    supervisionReports: supervision.map((x) => ({
      id: x.id,
      period: x.period,
      summary: x.summary,
      documentId: x.documentId,
      filedAt: x.filedAt.toISOString(),
    })),
    selfEvaluations: dues.map((d) => {
      const row = evaluations.find((e) => e.year === d.year) ?? null;
      return {
        year: d.year,
        dueAt: d.dueAt.toISOString(),
        article: d.article,
        state: selfEvaluationState(d, row?.filedAt ?? null, now),
        progress: row?.progress ?? null,
        investment: row?.investment ?? null,
        trialEffects: row?.trialEffects ?? null,
        documentId: row?.documentId ?? null,
        declarantOpinion: row?.declarantOpinion ?? null,
        supervisorOpinion: row?.supervisorOpinion ?? null,
        filedAt: iso(row?.filedAt),
      };
    }),
    trials: trials.map((t) => ({
      attempt: t.attempt,
      startedOn: t.startedOn,
      softwareDevelopment: t.softwareDevelopment,
      earliest: t.earliestOn,
      latest: t.latestOn,
      reason: t.reason,
      current: t.attempt === p.trialAttempt,
      // Where today lies in the window (too_early, open, too_late = overdue, unknown_end).
      position: windowPosition({ earliest: t.earliestOn, latest: t.latestOn }, today),
    })),
    acceptances: acceptances.map((x) => ({
      attempt: x.attempt,
      current: x.attempt === p.acceptanceAttempt,
      materialSubmittedAt: x.materialSubmittedAt.toISOString(),
      review: x.reviewDecision
        ? { decision: x.reviewDecision as 'approve' | 'return', opinion: x.reviewOpinion, at: iso(x.reviewedAt) }
        : null,
      acceptanceDate: x.acceptanceDate,
      experts: x.experts,
      conclusion: x.conclusion as 'pass' | 'fail' | null,
      minutesDocumentId: x.minutesDocumentId,
      report: {
        dueDate: x.reportDueDate,
        submittedAt: iso(x.reportSubmittedAt),
        issuedOn: x.reportIssuedOn,
        overdue: x.reportOverdue || (!x.reportSubmittedAt && x.reportDueDate !== null && today > x.reportDueDate),
        archiveAcceptancePassed: x.archiveAcceptancePassed,
      },
      assets: x.assets,
      warrantyEndOn: x.warrantyEndOn,
      // The first day the warranty may end (R-WARRANTY, Art.29), for the handover form.
      warrantyMinimumEnd: x.acceptanceDate ? warrantyMinimumEnd(x.acceptanceDate, edition) : null,
      handoverRecordedAt: iso(x.handoverRecordedAt),
      handoverConfirmedAt: iso(x.handoverConfirmedAt),
    })),
    // The checklist of the report's attachments (Art.27), ticked by the documents uploaded.
    reportAttachments: attachments.map((code) => ({ code, ...DOCUMENT_TYPES[code], uploaded: uploaded.has(code) })),
    systems: linked.map((s) => ({
      ...s,
      statusName: SYSTEM_STATUSES[s.status].zh,
      statusNameEn: SYSTEM_STATUSES[s.status].en,
    })),
  };
}
