// The register's queries (信息系统台账, Art.2, 7, 20, 21, 30, 33): what a system's page reads, and
// the one check every piece of evidence passes. Kept together so the use cases stay short; like the
// other server queries they belong in src/db as a repository when that move happens.
import { and, asc, desc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import {
  documents,
  omReports,
  projects,
  systemExits,
  systemProjects,
  systemSecurityRecords,
  users,
} from '../../db/schema.js';
import { AppError } from '../errors.js';

/** The document types a system owns itself (its evidence when no project of it holds the file). */
export const SYSTEM_DOCUMENT_TYPES = [
  'sharing_evidence',
  'security_test_report',
  'om_report',
  'exit_material',
  'other',
] as const;
export type SystemDocumentType = (typeof SYSTEM_DOCUMENT_TYPES)[number];

const projectsOf = (systemId: string) =>
  sql`(SELECT ${systemProjects.projectId} FROM ${systemProjects} WHERE ${systemProjects.systemId} = ${systemId})`;

/**
 * Evidence (a sharing note, a security record, an O&M report, an exit step) names a document of one
 * of the system's projects or one the system owns; anything else is refused (400).
 */
export async function assertSystemEvidence(
  db: Db | Tx,
  systemId: string,
  documentId: string | null | undefined,
  article: string,
  field = 'documentId',
): Promise<void> {
  if (!documentId) return;
  const [doc] = await db
    .select({ id: documents.id })
    .from(documents)
    .where(
      and(
        eq(documents.id, documentId),
        isNull(documents.withdrawnAt),
        or(
          and(eq(documents.ownerType, 'system'), eq(documents.ownerId, systemId)),
          and(eq(documents.ownerType, 'project'), sql`${documents.ownerId} IN ${projectsOf(systemId)}`),
        ),
      ),
    );
  if (!doc)
    throw new AppError(400, 'BAD_DOCUMENT', '所选材料不是本系统或其关联项目的材料', {
      field,
      article,
      messageEn: 'The document belongs neither to this system nor to one of its projects',
    });
}

/** The projects that built, upgrade or maintain the system (Art.7, 32). */
export function linkedProjects(db: Db | Tx, systemId: string) {
  return db
    .select({
      id: projects.id,
      code: projects.code,
      name: projects.name,
      stage: projects.stage,
      relation: systemProjects.relation,
    })
    .from(systemProjects)
    .innerJoin(projects, eq(projects.id, systemProjects.projectId))
    .where(eq(systemProjects.systemId, systemId))
    .orderBy(asc(projects.code));
}

export function securityRecordsOf(db: Db | Tx, systemId: string) {
  return db
    .select()
    .from(systemSecurityRecords)
    .where(eq(systemSecurityRecords.systemId, systemId))
    .orderBy(desc(systemSecurityRecords.date), desc(systemSecurityRecords.recordedAt));
}

export function omReportsOf(db: Db | Tx, systemId: string) {
  return db.select().from(omReports).where(eq(omReports.systemId, systemId)).orderBy(asc(omReports.year));
}

export async function exitOf(db: Db | Tx, systemId: string) {
  const [row] = await db.select().from(systemExits).where(eq(systemExits.systemId, systemId));
  return row ?? null;
}

/** The system's own documents, current versions first (withdrawn ones are hidden). */
export function systemDocuments(db: Db | Tx, systemId: string) {
  return db
    .select()
    .from(documents)
    .where(and(eq(documents.ownerType, 'system'), eq(documents.ownerId, systemId), isNull(documents.withdrawnAt)))
    .orderBy(asc(documents.docType), desc(documents.version));
}

/** The next version of a system document type, counting withdrawn ones (numbers are never reused). */
export async function nextSystemDocumentVersion(tx: Tx, systemId: string, docType: string): Promise<number> {
  const [row] = await tx
    .select({ next: sql<number>`coalesce(max(${documents.version}), 0)::int + 1` })
    .from(documents)
    .where(and(eq(documents.ownerType, 'system'), eq(documents.ownerId, systemId), eq(documents.docType, docType)));
  return Number(row.next);
}

/** Display names of the people a page mentions, in one query. */
export async function userNameMap(db: Db | Tx, ids: readonly (string | null | undefined)[]) {
  const unique = [...new Set(ids.filter((i): i is string => Boolean(i)))];
  if (unique.length === 0) return new Map<string, string>();
  const rows = await db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, unique));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The current document versions of the system's projects: evidence the system's records may cite. */
export function projectDocumentsOf(db: Db | Tx, systemId: string) {
  return db
    .select({
      id: documents.id,
      docType: documents.docType,
      version: documents.version,
      fileName: documents.fileName,
      projectCode: projects.code,
    })
    .from(systemProjects)
    .innerJoin(projects, eq(projects.id, systemProjects.projectId))
    .innerJoin(documents, and(eq(documents.ownerType, 'project'), eq(documents.ownerId, projects.id)))
    .where(and(eq(systemProjects.systemId, systemId), isNull(documents.withdrawnAt)))
    .orderBy(asc(projects.code), asc(documents.docType), desc(documents.version))
    .limit(500);
}
