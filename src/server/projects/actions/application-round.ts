// Writes to the current application round (project_applications) — the chapter record of Art.11–14.
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../../db/client.js';
import { projectApplications } from '../../../db/schema.js';
import { AppError } from '../../errors.js';
import type { ApplicationRow, ProjectRecord } from '../record.js';

/** The current round; its absence where the stage implies one is a broken record, not a user error. */
export function currentRound(r: Pick<ProjectRecord, 'application' | 'project'>): ApplicationRow {
  if (!r.application)
    throw new AppError(409, 'NO_APPLICATION', '项目尚未提交项目审核申报（第十一条）', { article: 'Art.11' });
  return r.application;
}

export async function updateRound(
  tx: Tx,
  a: Pick<ApplicationRow, 'projectId' | 'round'>,
  set: Partial<typeof projectApplications.$inferInsert>,
): Promise<void> {
  await tx
    .update(projectApplications)
    .set(set)
    .where(and(eq(projectApplications.projectId, a.projectId), eq(projectApplications.round, a.round)));
}
