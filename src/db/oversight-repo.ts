// The oversight tables (issue 10, Art.22, 31, 33): performance evaluations, third-party assignments,
// spot-check draws, rectification orders with their sanction steps, oversight requests. Queries only;
// the decisions are the domain's (src/domain/oversight) and the use cases' (src/server/oversight,
// src/server/projects/actions/rectification.ts).
import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { SanctionLevel } from '../domain/oversight/sanctions.js';
import { inTurn, jsonValue, type Db, type Tx } from './client.js';
import {
  evaluationAssignments,
  oversightRequests,
  performanceEvaluations,
  rectificationOrders,
  sanctionSteps,
} from './schema.js';

export type EvaluationRow = typeof performanceEvaluations.$inferSelect;
export type AssignmentRow = typeof evaluationAssignments.$inferSelect;
export type RectificationOrderRow = typeof rectificationOrders.$inferSelect;
export type SanctionStepRow = typeof sanctionSteps.$inferSelect;
export type OversightRequestRow = typeof oversightRequests.$inferSelect;

/** What the project's oversight records say, for the action pipeline and the buttons. */
export interface OversightState {
  /** The current step of the ladder (null: none, or lifted). */
  sanction: SanctionLevel | null;
  /** The open order: none, waiting for the report, or answered and waiting for the judgement. */
  rectification: 'none' | 'open' | 'answered';
  /** The latest evaluation found a target not met and no order followed it yet. */
  rectificationDue: boolean;
  /** Evaluator organisations assigned to the project (they see it, Art.33). */
  evaluatorOrgIds: string[];
}

export async function oversightStateOf(db: Db | Tx, projectId: string): Promise<OversightState> {
  // One statement (every read of a project pays for it, issue 12): the step in force, the open
  // rectification round, whether the latest evaluation missed targets without an order yet, and the
  // evaluators assigned.
  const result = await db.execute(sql`SELECT
    (SELECT ${sanctionSteps.levelAfter} FROM ${sanctionSteps} WHERE ${sanctionSteps.projectId} = ${projectId}
      ORDER BY ${sanctionSteps.seq} DESC LIMIT 1) AS sanction,
    (SELECT CASE WHEN ${rectificationOrders.answeredAt} IS NULL THEN 'open' ELSE 'answered' END FROM ${rectificationOrders}
      WHERE ${rectificationOrders.projectId} = ${projectId} AND ${rectificationOrders.decision} IS NULL LIMIT 1) AS rectification,
    (SELECT e.targets_unmet AND NOT EXISTS (SELECT 1 FROM ${rectificationOrders}
        WHERE ${rectificationOrders.projectId} = ${projectId} AND ${rectificationOrders.evaluationId} = e.id)
      FROM ${performanceEvaluations} e WHERE e.project_id = ${projectId} ORDER BY e.evaluated_at DESC LIMIT 1) AS rectification_due,
    (SELECT coalesce(json_agg(${evaluationAssignments.evaluatorOrgId}), '[]'::json) FROM ${evaluationAssignments}
      WHERE ${evaluationAssignments.projectId} = ${projectId}) AS evaluators`);
  const [row] = (
    result as unknown as {
      rows: {
        sanction: SanctionLevel | null;
        rectification: 'open' | 'answered' | null;
        rectification_due: boolean | null;
        evaluators: unknown;
      }[];
    }
  ).rows;
  return {
    sanction: row.sanction ?? null,
    rectification: row.rectification ?? 'none',
    rectificationDue: row.rectification_due === true,
    evaluatorOrgIds: jsonValue<string[]>(row.evaluators),
  };
}

/**
 * The current step of the ladder per project (the cockpit's query): only projects with a step in force
 * (lifted ones are left out). Optionally limited to some projects.
 */
export async function currentSanctions(
  db: Db | Tx,
  projectIds?: readonly string[],
): Promise<Map<string, { level: SanctionLevel; since: Date }>> {
  if (projectIds && projectIds.length === 0) return new Map();
  const rows = await db
    .selectDistinctOn([sanctionSteps.projectId], {
      projectId: sanctionSteps.projectId,
      level: sanctionSteps.levelAfter,
      since: sanctionSteps.decidedAt,
    })
    .from(sanctionSteps)
    .where(projectIds ? inArray(sanctionSteps.projectId, [...projectIds]) : undefined)
    .orderBy(sanctionSteps.projectId, desc(sanctionSteps.seq));
  const out = new Map<string, { level: SanctionLevel; since: Date }>();
  for (const r of rows) if (r.level) out.set(r.projectId, { level: r.level, since: r.since });
  return out;
}

/** The open order of a project, locked with the project (one open order at a time: a partial unique index). */
export async function openOrderOf(tx: Tx, projectId: string): Promise<RectificationOrderRow | null> {
  const [row] = await tx
    .select()
    .from(rectificationOrders)
    .where(and(eq(rectificationOrders.projectId, projectId), isNull(rectificationOrders.decision)));
  return row ?? null;
}

export async function nextRoundOf(tx: Tx, projectId: string): Promise<number> {
  const [r] = await tx
    .select({ n: sql<number>`coalesce(max(${rectificationOrders.round}), 0)::int` })
    .from(rectificationOrders)
    .where(eq(rectificationOrders.projectId, projectId));
  return (r?.n ?? 0) + 1;
}

export async function latestEvaluationOf(db: Db | Tx, projectId: string): Promise<EvaluationRow | null> {
  const [row] = await db
    .select()
    .from(performanceEvaluations)
    .where(eq(performanceEvaluations.projectId, projectId))
    .orderBy(desc(performanceEvaluations.evaluatedAt))
    .limit(1);
  return row ?? null;
}

/** Everything of a project's oversight, oldest first (the project's 绩效评价与整改 panel). */
export async function oversightRecordsOf(db: Db | Tx, projectId: string) {
  const [evaluations, assignments, orders, steps, requests] = await inTurn(db, [
    () =>
      db
        .select()
        .from(performanceEvaluations)
        .where(eq(performanceEvaluations.projectId, projectId))
        .orderBy(performanceEvaluations.evaluatedAt),
    () =>
      db
        .select()
        .from(evaluationAssignments)
        .where(eq(evaluationAssignments.projectId, projectId))
        .orderBy(evaluationAssignments.assignedAt),
    () =>
      db
        .select()
        .from(rectificationOrders)
        .where(eq(rectificationOrders.projectId, projectId))
        .orderBy(rectificationOrders.round),
    () => db.select().from(sanctionSteps).where(eq(sanctionSteps.projectId, projectId)).orderBy(sanctionSteps.seq),
    () =>
      db
        .select()
        .from(oversightRequests)
        .where(eq(oversightRequests.projectId, projectId))
        .orderBy(oversightRequests.sentAt),
  ]);
  return { evaluations, assignments, orders, steps, requests };
}
