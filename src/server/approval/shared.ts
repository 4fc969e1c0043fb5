// Helpers shared by the review-to-contract routes (Art.11–19).
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { Db, Tx } from '../../db/client.js';
import { annualCalls, documents, projects } from '../../db/schema.js';
import { defaultEdition, getEdition } from '../../domain/editions/index.js';
import type { Edition } from '../../domain/editions/types.js';
import type { Finding } from '../../domain/rules/index.js';
import { procurementGate, type ProcurementFacts } from '../../domain/approval/index.js';
import type { TodoFacts } from '../../domain/lifecycle/todo.js';
import { isInAnnualList } from '../../domain/projects/annual-list.js';
import { needsSupervision } from '../../domain/rules/later-stage-calcs.js';
import { AppError } from '../errors.js';
import { audit } from '../audit/record.js';
import type { ProjectRow } from '../projects/access.js';

export async function editionOf(db: Db | Tx, p: ProjectRow): Promise<Edition> {
  const [call] = await db
    .select({ editionId: annualCalls.editionId })
    .from(annualCalls)
    .where(eq(annualCalls.id, p.callId));
  return getEdition(call?.editionId ?? '') ?? defaultEdition;
}

/** Document types of the project's current (not withdrawn) versions. */
export async function uploadedTypes(db: Db | Tx, projectId: string): Promise<Set<string>> {
  const rows = await db
    .selectDistinct({ t: documents.docType })
    .from(documents)
    .where(and(eq(documents.ownerId, projectId), isNull(documents.withdrawnAt)));
  return new Set(rows.map((r) => r.t));
}

/** 422 naming the first blocking rule and its article; every finding in `details`; audited. */
export async function refuseWith(
  req: FastifyRequest,
  p: ProjectRow,
  blocking: Finding[],
  extra: Record<string, unknown> = {},
): Promise<never> {
  await audit(req, {
    action: 'project.action_refused',
    outcome: 'failure',
    targetType: 'project',
    targetId: p.id,
    detail: { rules: blocking.map((f) => f.rule), route: `${req.method} ${req.routeOptions.url}` },
  });
  const f = blocking[0];
  throw new AppError(
    422,
    'RULE_BLOCKED',
    `${f.message}${blocking.length > 1 ? `（另有 ${blocking.length - 1} 项未满足）` : ''}`,
    {
      rule: f.rule,
      article: f.article,
      messageEn: f.messageEn,
      field: f.field,
      details: { blocking, ...extra },
    },
  );
}

/** Moves the project from `from` to `to` under the stage guard (no lost update). */
export async function moveStage(
  tx: Tx,
  now: Date,
  p: ProjectRow,
  to: string,
  set: Partial<typeof projects.$inferInsert> = {},
): Promise<ProjectRow> {
  const [row] = await tx
    .update(projects)
    .set({ ...set, stage: to, version: sql`${projects.version} + 1`, updatedAt: now })
    .where(and(eq(projects.id, p.id), eq(projects.stage, p.stage)))
    .returning();
  if (!row)
    throw new AppError(409, 'WRONG_STAGE', '项目状态已变化，请刷新后重试', {
      messageEn: 'The project changed meanwhile; reload',
    });
  return row;
}

/** A document id a form refers to must be this project's current document of that type (else 400). */
export async function assertProjectDocument(
  db: Db | Tx,
  projectId: string,
  documentId: string | undefined,
  docType: string,
  field: string,
  label: string,
  article: string,
): Promise<void> {
  if (!documentId) return;
  const [doc] = await db
    .select({ docType: documents.docType })
    .from(documents)
    .where(and(eq(documents.id, documentId), eq(documents.ownerId, projectId), isNull(documents.withdrawnAt)));
  if (doc?.docType !== docType)
    throw new AppError(400, 'BAD_DOCUMENT', `所选文件不是本项目的“${label}”材料`, {
      field,
      article,
      messageEn: `The file is not this project's ${docType} document`,
    });
}

/** What R-PROCURE (Art.18) asks of the record: listed, reviewed, budgeted, approved, ndrc-approved where needed. */
export function procurementFacts(p: ProjectRow): ProcurementFacts {
  const decentral = p.decentral as {
    requested: boolean;
    consultationApproved: boolean;
    governmentApproved: boolean;
  } | null;
  return {
    inAnnualList: isInAnnualList(p.planId),
    jointReviewPassed: ['form_pending', 'approved'].includes(p.stage),
    budgetApproved: p.approvedBudgetFen !== null,
    ndrcRequired: p.ndrcRequired,
    ndrcApproved: Boolean(p.ndrcApproval),
    approved: p.stage === 'approved',
    decentralised: decentral ?? undefined,
  };
}

/** The record's side of todoActions(): control price recorded, supervision needed (R-SUPERVISION), R-PROCURE met. */
export function todoFactsOf(p: ProjectRow, edition: Edition): TodoFacts {
  return {
    controlPriceRecorded: p.controlPriceFen !== null,
    supervisionNeeded: needsSupervision(p.approvedBudgetFen ?? p.totalFen, edition),
    procurementReady: procurementGate(procurementFacts(p), edition).every((f) => f.severity !== 'block'),
  };
}
