// A project as the use cases see it: its row and the chapter records of its current round — the
// application (Art.11–14), the contract (Art.16–19) and a decentralised-construction request
// (Art.15) — read in one query, optionally locked for an action.
import { and, eq, getTableColumns, isNull, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import {
  organizations,
  projectAcceptances,
  projectApplications,
  projectContracts,
  projectDecentralisations,
  projects,
  projectTrials,
} from '../../db/schema.js';

export type ProjectRow = typeof projects.$inferSelect;
export type ApplicationRow = typeof projectApplications.$inferSelect;
export type ContractRow = typeof projectContracts.$inferSelect;
export type DecentralRow = typeof projectDecentralisations.$inferSelect;
export type TrialRow = typeof projectTrials.$inferSelect;
export type AcceptanceRow = typeof projectAcceptances.$inferSelect;

export interface ProjectRecord {
  project: ProjectRow;
  /** The current application round, unless a re-declared change closed it (Art.17 ¶3). */
  application: ApplicationRow | null;
  /** The contract of the current round (Art.16, 18, 19). */
  contract: ContractRow | null;
  decentral: DecentralRow | null;
  /** The current trial run (Art.25) and acceptance attempt (Art.26–29). */
  trial: TrialRow | null;
  acceptance: AcceptanceRow | null;
}

/** Join conditions of the current chapter records (for lists that need their facts). */
export const currentApplication = and(
  eq(projectApplications.projectId, projects.id),
  eq(projectApplications.round, projects.applicationRound),
  isNull(projectApplications.supersededAt),
);
export const currentContract = and(
  eq(projectContracts.projectId, projects.id),
  eq(projectContracts.round, projects.applicationRound),
);
export const currentTrial = and(
  eq(projectTrials.projectId, projects.id),
  eq(projectTrials.attempt, projects.trialAttempt),
);
export const currentAcceptance = and(
  eq(projectAcceptances.projectId, projects.id),
  eq(projectAcceptances.attempt, projects.acceptanceAttempt),
);

// Every project column but the declaration form and the findings (large; lists do not need them).
const { form: _form, findings: _findings, ...slim } = getTableColumns(projects);
export const slimColumns = slim;

/** A slim row as a ProjectRow: the form and findings read as empty (for summaries and to-dos). */
export function withoutForm(row: Omit<ProjectRow, 'form' | 'findings'>): ProjectRow {
  return { ...row, form: {}, findings: [] };
}

/**
 * Projects with their current chapter records, the declaring unit's name and its parent (sector authority).
 * `slim`: without the form and findings (they read as empty), for lists over many projects.
 */
export async function selectRecords(
  db: Db | Tx,
  where: SQL | undefined,
  opts: { lock?: boolean; slim?: boolean } = {},
): Promise<(ProjectRecord & { declaringParentId: string | null; declaringOrgName: string })[]> {
  if (opts.slim) {
    const rows = await db
      .select({
        project: slimColumns,
        application: projectApplications,
        contract: projectContracts,
        decentral: projectDecentralisations,
        trial: projectTrials,
        acceptance: projectAcceptances,
        declaringParentId: organizations.parentId,
        declaringOrgName: organizations.name,
      })
      .from(projects)
      .innerJoin(organizations, eq(organizations.id, projects.declaringOrgId))
      .leftJoin(projectApplications, currentApplication)
      .leftJoin(projectContracts, currentContract)
      .leftJoin(projectDecentralisations, eq(projectDecentralisations.projectId, projects.id))
      .leftJoin(projectTrials, currentTrial)
      .leftJoin(projectAcceptances, currentAcceptance)
      .where(where);
    return rows.map((r) => ({ ...r, project: withoutForm(r.project) }));
  }
  const q = db
    .select({
      project: projects,
      application: projectApplications,
      contract: projectContracts,
      decentral: projectDecentralisations,
      trial: projectTrials,
      acceptance: projectAcceptances,
      declaringParentId: organizations.parentId,
      declaringOrgName: organizations.name,
    })
    .from(projects)
    .innerJoin(organizations, eq(organizations.id, projects.declaringOrgId))
    .leftJoin(projectApplications, currentApplication)
    .leftJoin(projectContracts, currentContract)
    .leftJoin(projectDecentralisations, eq(projectDecentralisations.projectId, projects.id))
    .leftJoin(projectTrials, currentTrial)
    .leftJoin(projectAcceptances, currentAcceptance)
    .where(where);
  // Lock only the project row: the chapter rows of a project change only under its lock.
  return opts.lock ? q.for('update', { of: projects }) : q;
}

export async function selectRecord(
  db: Db | Tx,
  id: string,
  opts: { lock?: boolean } = {},
): Promise<(ProjectRecord & { declaringParentId: string | null; declaringOrgName: string }) | null> {
  const [row] = await selectRecords(db, eq(projects.id, id), opts);
  return row ?? null;
}
