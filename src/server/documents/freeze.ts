// Document queries the project use cases share (SPEC §6: a submitted version is never
// overwritten). Pure SQL, safe inside the caller's transaction — no file I/O here.
import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { documents } from '../../db/schema.js';

export type DocumentRow = typeof documents.$inferSelect;

const ofProject = (projectId: string) =>
  and(eq(documents.ownerType, 'project'), eq(documents.ownerId, projectId), isNull(documents.withdrawnAt));

/** The current version of each type: the latest one not withdrawn. */
export async function currentDocuments(db: Db | Tx, projectId: string): Promise<DocumentRow[]> {
  return db
    .selectDistinctOn([documents.docType])
    .from(documents)
    .where(ofProject(projectId))
    .orderBy(asc(documents.docType), desc(documents.version));
}

/**
 * At submission (Art.10(1)): marks the current version of each type as submitted — from then on it
 * can never be withdrawn — and returns the ids of the submitted set (a version submitted in an
 * earlier round keeps its first submittedAt). Call inside the submit transaction.
 */
export async function freezeSubmittedDocuments(tx: Tx, projectId: string, at: Date): Promise<string[]> {
  const current = await currentDocuments(tx, projectId);
  const ids = current.map((d) => d.id);
  if (ids.length) {
    await tx
      .update(documents)
      .set({ submittedAt: at })
      .where(and(inArray(documents.id, ids), isNull(documents.submittedAt)));
  }
  return ids;
}

/** The document type codes a project currently has (withdrawn versions do not count). */
export async function latestDocumentTypes(db: Db | Tx, projectId: string): Promise<Set<string>> {
  const rows = await db.selectDistinct({ docType: documents.docType }).from(documents).where(ofProject(projectId));
  return new Set(rows.map((r) => r.docType));
}

/** The next version number of a type, counting withdrawn versions too (numbers are never reused). */
export async function nextVersion(tx: Tx, projectId: string, docType: string): Promise<number> {
  const [row] = await tx
    .select({ next: sql<number>`coalesce(max(${documents.version}), 0)::int + 1` })
    .from(documents)
    .where(and(eq(documents.ownerType, 'project'), eq(documents.ownerId, projectId), eq(documents.docType, docType)));
  return Number(row.next);
}

/** Postgres unique_violation (23505), as thrown by node-postgres or PGlite, wrapped by Drizzle or not. */
export function isUniqueViolation(err: unknown): boolean {
  for (let e = err as { code?: string; cause?: unknown } | undefined, i = 0; e && i < 5; e = e.cause as typeof e, i++) {
    if (e.code === '23505') return true;
  }
  return false;
}
