// What submitting and forwarding a declaration share (Art.8–10(1)): the declaration rules run on the
// stored form, the submitted document versions are frozen, and a new pre-review round is snapshotted
// when the declaration reaches the reviewers (Art.10(2)).
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../../db/client.js';
import { projectRounds } from '../../../db/schema.js';
import type { SubmissionOutcome } from '../../../domain/lifecycle/submission.js';
import { runRules, type Finding } from '../../../domain/rules/index.js';
import type { Edition } from '../../../domain/editions/types.js';
import { freezeSubmittedDocuments } from '../../documents/freeze.js';
import { declarationInputFor } from '../declaration-input.js';
import type { ProjectRow } from '../record.js';
import type { ActionOutcome } from './take-action.js';

export async function declarationFindings(
  tx: Tx,
  p: ProjectRow,
  edition: Edition,
  opts: { at: Date; forwarded: boolean },
): Promise<Finding[]> {
  return runRules('declare', await declarationInputFor(tx, p, opts), edition);
}

/** Moves the declaration on: freezes its documents and, on reaching the reviewers, snapshots the round. */
export async function declarationAdvanced(
  tx: Tx,
  p: ProjectRow,
  outcome: Extract<SubmissionOutcome, { ok: true }>,
  findings: Finding[],
  by: { userId: string; now: Date },
): Promise<Pick<ActionOutcome, 'to' | 'set'> & { round: number }> {
  const round = outcome.to === 'submitted' ? p.round + 1 : p.round;
  const documentIds = await freezeSubmittedDocuments(tx, p.id, by.now);
  if (outcome.to === 'submitted') {
    await tx.delete(projectRounds).where(and(eq(projectRounds.projectId, p.id), eq(projectRounds.round, round)));
    await tx.insert(projectRounds).values({
      projectId: p.id,
      round,
      name: p.name,
      totalFen: p.totalFen,
      form: p.form,
      documentIds,
      findings,
      submittedAt: by.now,
      submittedBy: by.userId,
    });
  }
  return {
    to: outcome.to,
    round,
    set: { round, urgent: outcome.urgent, findings, submittedAt: by.now },
  };
}
