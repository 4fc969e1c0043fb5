// Project versions (Art.34 "this project as of date D"; docs/decisions/0004-audit-as-of.md): the project
// row and its mutable chapter records, copied as JSON in the transaction of every project write, and
// read back as typed rows for an as-of view. The copy is one INSERT … SELECT (the database's own JSON
// of each row), the same statement as the baseline of migration 0012.
import { and, asc, desc, eq, getTableColumns, lte, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db, Tx } from './client.js';
import {
  projectAcceptances,
  projectApplications,
  projectContracts,
  projectDecentralisations,
  projects,
  projectTrials,
  projectVersions,
  selfEvaluations,
} from './schema.js';

/** The chapter tables whose rows change after they are written (the append-only ones are read by their times). */
export const VERSIONED_CHAPTERS = {
  project_applications: projectApplications,
  project_contracts: projectContracts,
  project_decentralisations: projectDecentralisations,
  project_trials: projectTrials,
  project_acceptances: projectAcceptances,
  self_evaluations: selfEvaluations,
} as const;
export type VersionedChapter = keyof typeof VERSIONED_CHAPTERS;

const chapterJson = (table: VersionedChapter) =>
  sql.raw(`COALESCE((SELECT jsonb_agg(to_jsonb(x)) FROM ${table} x WHERE x.project_id = p.id), '[]'::jsonb)`);

/**
 * Copies the project as it is now in the transaction (after the write) as its version `projects.version`.
 * Call once per write, after the chapter rows and the project row are written. A second call for the same
 * version is ignored (the first copy of a version stands; rows are append-only).
 */
export async function recordProjectVersion(
  tx: Tx,
  projectId: string,
  meta: { at: Date; action: string; actorUserId: string | null },
): Promise<void> {
  const chapters = sql.join(
    (Object.keys(VERSIONED_CHAPTERS) as VersionedChapter[]).map((t) => sql`${t}::text, ${chapterJson(t)}`),
    sql`, `,
  );
  await tx.execute(sql`
    INSERT INTO project_versions (project_id, version, at, action, actor_user_id, project, chapters, recorded_at)
    SELECT p.id, p.version, ${meta.at.toISOString()}::timestamptz, ${meta.action}, ${meta.actorUserId}::uuid,
      to_jsonb(p), jsonb_build_object(${chapters}), ${meta.at.toISOString()}::timestamptz
    FROM projects p WHERE p.id = ${projectId}::uuid
    ON CONFLICT DO NOTHING`);
}

export type ProjectVersionRow = typeof projectVersions.$inferSelect;

/** The version in force at `at` (the last one written at or before it), or null. */
export async function versionAsOf(db: Db | Tx, projectId: string, at: Date): Promise<ProjectVersionRow | null> {
  const [row] = await db
    .select()
    .from(projectVersions)
    .where(and(eq(projectVersions.projectId, projectId), lte(projectVersions.at, at)))
    .orderBy(desc(projectVersions.at), desc(projectVersions.version))
    .limit(1);
  return row ?? null;
}

/** The first version kept of a project (its creation, or the baseline of a project migrated in 0012). */
export async function firstVersion(db: Db | Tx, projectId: string): Promise<ProjectVersionRow | null> {
  const [row] = await db
    .select()
    .from(projectVersions)
    .where(eq(projectVersions.projectId, projectId))
    .orderBy(asc(projectVersions.at), asc(projectVersions.version))
    .limit(1);
  return row ?? null;
}

/** A row copied as JSON (database column names) read back as the table's typed row: times become Dates again. */
export function rowFromJson<T extends PgTable>(table: T, json: Record<string, unknown>): T['$inferSelect'] {
  const out: Record<string, unknown> = {};
  for (const [key, col] of Object.entries(getTableColumns(table))) {
    const v = json[col.name];
    // A column added after the copy was written reads as null (docs/decisions/0004).
    out[key] = v === undefined ? null : col.dataType === 'date' && typeof v === 'string' ? new Date(v) : v;
  }
  return out as T['$inferSelect'];
}

/** The project row of a version. */
export function projectOfVersion(v: ProjectVersionRow): typeof projects.$inferSelect {
  return rowFromJson(projects, v.project);
}

/** The rows of one chapter table in a version. */
export function chapterOfVersion<K extends VersionedChapter>(
  v: ProjectVersionRow,
  table: K,
): (typeof VERSIONED_CHAPTERS)[K]['$inferSelect'][] {
  return (v.chapters[table] ?? []).map((r) => rowFromJson(VERSIONED_CHAPTERS[table], r));
}
