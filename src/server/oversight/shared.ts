// What the oversight routes share: the project's declared targets, whether it can be evaluated, the
// refusal on a terminated project, and the project's history entry (project_events + audit in one).
import type { FastifyRequest } from 'fastify';
import type { Tx } from '../../db/client.js';
import type { AuditAction } from '../../domain/audit/events.js';
import type { DeclaredTarget } from '../../domain/oversight/evaluation.js';
import { canTake } from '../../domain/lifecycle/transitions.js';
import type { Stage } from '../../domain/lifecycle/stages.js';
import { AppError } from '../errors.js';
import { recordProjectEvent } from '../projects/history.js';
import type { ProjectRow } from '../projects/record.js';

/** The performance targets (绩效目标) of the declaration form (SPEC §2; form-schema performanceTargets). */
export function declaredTargets(p: Pick<ProjectRow, 'form'>): DeclaredTarget[] {
  const form = (p.form ?? {}) as { performanceTargets?: DeclaredTarget[] };
  return (form.performanceTargets ?? []).map((t) => ({ indicator: t.indicator, target: t.target }));
}

/** Evaluated while a contract runs, through operation (the stages a rectification can be ordered in). */
export function isEvaluable(stage: Stage): boolean {
  return canTake('order_rectification', stage);
}

export function notEvaluable(stage: Stage): AppError {
  if (stage === 'terminated')
    return new AppError(422, 'PROJECT_TERMINATED', '项目已终止，不能再办理任何事项（第三十三条）', {
      messageEn: 'The project is terminated: nothing more can be done (Art.33)',
      rule: 'R-RECTIFY',
      article: 'Art.33',
    });
  return new AppError(409, 'NOT_EVALUABLE', '项目签订合同后方可开展绩效评价（第三十三条）', {
    messageEn: 'A project is evaluated once its contract runs (Art.33)',
    article: 'Art.33',
  });
}

/** One history entry of the project (and its audit row), in the caller's transaction. */
export async function recordOversightEvent(
  tx: Tx,
  req: FastifyRequest,
  projectId: string,
  e: {
    action: AuditAction;
    note?: string | null;
    article: string;
    rule?: string | null;
    detail: Record<string, unknown>;
  },
): Promise<void> {
  await recordProjectEvent(tx, req, { projectId, ...e }, { notify: false });
}
