// The facts of a project record that the domain's rules, to-dos and notifications ask for: read from
// the record (and, where a rule needs them, its documents). Nothing is decided here.
import { and, eq, isNull } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { documents, organizations } from '../../db/schema.js';
import type { DecentralisedFacts, ProcurementFacts } from '../../domain/approval/index.js';
import type { Edition } from '../../domain/editions/types.js';
import type { TodoFacts } from '../../domain/lifecycle/todo.js';
import { isInAnnualList } from '../../domain/projects/annual-list.js';
import { needsSupervision } from '../../domain/rules/later-stage-calcs.js';
import { runRules } from '../../domain/rules/index.js';
import { AppError } from '../errors.js';
import type { ProjectRecord } from './record.js';

/** Document types of the project's current (not withdrawn) versions. */
export async function uploadedTypes(db: Db | Tx, projectId: string): Promise<Set<string>> {
  const rows = await db
    .selectDistinct({ t: documents.docType })
    .from(documents)
    .where(and(eq(documents.ownerId, projectId), isNull(documents.withdrawnAt)));
  return new Set(rows.map((r) => r.t));
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

/** An organisation chosen as implementer / supervisor must have that role (Art.16, 19). */
export async function assertOrgRole(
  db: Db | Tx,
  id: string,
  role: 'implementer' | 'supervisor',
  label: string,
  field: string,
): Promise<void> {
  const [o] = await db.select({ roles: organizations.roles }).from(organizations).where(eq(organizations.id, id));
  if (!o?.roles.includes(role)) throw new AppError(400, 'ORG_ROLE_MISMATCH', `所选单位不是${label}`, { field });
}

/** Art.15's request as the rules see it. */
export function decentralisedFacts(r: Pick<ProjectRecord, 'decentral'>): DecentralisedFacts | undefined {
  return r.decentral
    ? {
        requested: true,
        consultationApproved: r.decentral.consultation !== null,
        governmentApproved: r.decentral.government !== null,
      }
    : undefined;
}

/** What R-PROCURE (Art.18) asks of the record: listed, reviewed, budgeted, approved, ndrc-approved where needed. */
export function procurementFacts(r: ProjectRecord): ProcurementFacts {
  const p = r.project;
  return {
    inAnnualList: isInAnnualList(p.planId),
    jointReviewPassed: ['form_pending', 'approved'].includes(p.stage),
    budgetApproved: p.approvedBudgetFen !== null,
    ndrcRequired: r.application?.ndrcRequired ?? false,
    ndrcApproved: Boolean(r.application?.ndrcApproval),
    approved: p.stage === 'approved',
    decentralised: decentralisedFacts(r),
  };
}

/** The record's side of todoActions(): control price recorded, supervision needed (R-SUPERVISION), R-PROCURE met. */
export function todoFactsOf(r: ProjectRecord, edition: Edition): TodoFacts {
  const p = r.project;
  return {
    controlPriceRecorded: r.application?.controlPriceFen != null,
    supervisionNeeded: needsSupervision(p.approvedBudgetFen ?? p.totalFen, edition),
    procurementReady: runRules('procurement', procurementFacts(r), edition).every((f) => f.severity !== 'block'),
  };
}
