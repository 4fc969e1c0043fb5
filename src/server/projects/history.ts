// Every stage change of a project is written twice, in the same transaction: to the project's own
// history (what reviewers and declarants read) and to the tamper-evident audit trail.
import type { FastifyRequest } from 'fastify';
import type { Tx } from '../../db/client.js';
import { projectEvents } from '../../db/schema.js';
import { notifyStageReached } from './notify.js';
import { settleAfterEvent, settleStageTodos } from '../obligations/settle.js';
import type { Stage } from '../../domain/lifecycle/stages.js';
import type { AuditAction } from '../../domain/audit/events.js';
import { auditTx } from '../audit/record.js';

export interface ProjectEventInput {
  projectId: string;
  action: AuditAction;
  fromStage?: Stage | null;
  toStage?: Stage | null;
  note?: string | null;
  rule?: string | null;
  article?: string | null;
  detail?: Record<string, unknown>;
}

/** `notify: false` for a second entry of the same action (its stage change was announced by the first). */
export async function recordProjectEvent(
  tx: Tx,
  req: FastifyRequest,
  e: ProjectEventInput,
  opts: { notify?: boolean } = {},
): Promise<void> {
  const auth = req.auth;
  await tx.insert(projectEvents).values({
    at: req.now,
    projectId: e.projectId,
    actorUserId: auth?.user.id ?? null,
    actorOrgId: auth?.org.id ?? null,
    action: e.action,
    fromStage: e.fromStage ?? null,
    toStage: e.toStage ?? null,
    note: e.note ?? null,
    rule: e.rule ?? null,
    article: e.article ?? null,
    detail: e.detail ?? {},
  });
  await auditTx(tx, req, {
    action: e.action,
    outcome: 'success',
    targetType: 'project',
    targetId: e.projectId,
    detail: { from: e.fromStage, to: e.toStage, note: e.note, rule: e.rule, article: e.article, ...e.detail },
  }); // A new stage: tell whoever now has work waiting (and the declarant of its project's fate).
  if (opts.notify === false) return;
  const moved = Boolean(e.toStage && e.toStage !== e.fromStage);
  // The to-dos of the stage left are done; then whoever has work in the new stage is told; then the
  // acting unit's finished to-dos and the project's closed reminders are settled (obligations/settle.ts).
  if (moved) await settleStageTodos(tx, e.projectId, req.now);
  if (moved) await notifyStageReached(tx, e.projectId, auth?.user.id ?? null, req.now);
  await settleAfterEvent(tx, req, e.projectId);
}
