// The statements of 待办 (GET /todo, issue 12). The database finds the projects that may hold a
// to-do for the person and reads, for each, the stored facts the domain decides on — as one text
// signature per project (todo-scope.ts, todo-facts-sql.ts). In one statement it then counts the to-dos
// per action and picks a page in the to-do order, using the domain's decision for every distinct
// signature (todo-list.ts: a few hundred decisions, remembered, not one per project); signatures it
// has no decision for yet come back instead, to be decided. Nothing here decides what a to-do is:
// tests/api/todo-agreement.test.ts holds the whole to the domain deciding every project in memory.
import { and, eq, or, sql } from 'drizzle-orm';
import { jsonValue, type Db, type Tx } from '../../db/client.js';
import { organizations, projectAcceptances, projectContracts, projects } from '../../db/schema.js';
import { SELF_EVALUATION_ACTIONS } from '../../domain/lifecycle/todo.js';
import { TRANSITIONS, type ProjectAction } from '../../domain/lifecycle/transitions.js';
import type { AuthContext } from '../auth/context.js';
import type { TodoDueSource } from './facts.js';
import { visibleProjects } from './projects.js';
import { currentAcceptance, currentContract, slimColumns, withoutForm, type ProjectRow } from './record.js';
import { DUE_SOURCES } from './todo-facts-sql.js';
import { actorScope, inStages, todoScope, type SelfEvaluationPart } from './todo-scope.js';

/** What the domain decided for a signature: its to-do (null: none) and where the deadline comes from. */
export interface SignatureTodo {
  sig: string;
  action: ProjectAction | null;
  due: TodoDueSource | null;
}

export interface TodoCounts {
  /** Signatures among the candidates that `decided` does not hold: decide them and ask again. */
  unknown: string[];
  byAction: { action: ProjectAction; count: number; overdue: number }[];
  /** The page, in the list's order. */
  page: { id: string; action: ProjectAction; dueAt: string | null }[];
}

/**
 * One statement: the candidates with their signatures (once), the signatures not decided yet, the
 * to-dos counted per action (with the overdue: isPastDeadline, now after the due instant) and the page
 * in the list's order — overdue first, then the nearest deadline, then the longest waiting (updated_at
 * to the millisecond, as the API shows it), then the id (a stable order). Null without any capacity.
 */
export async function countAndPageTodos(
  db: Db | Tx,
  auth: AuthContext,
  selfEvaluations: readonly SelfEvaluationPart[] | null,
  decided: readonly SignatureTodo[],
  now: Date,
  page: { limit: number; offset: number },
): Promise<TodoCounts | null> {
  const scope = todoScope(auth, selfEvaluations);
  if (!scope) return null;
  const at = sql`${now.toISOString()}::timestamptz`;
  const dueAt = sql`CASE m.due ${sql.join(
    DUE_SOURCES.map((k) => sql`WHEN ${k} THEN c.${sql.identifier(`due_${k}`)}`),
    sql` `,
  )} END`;
  const order = sql`CASE WHEN t.due_at < ${at} THEN 0 ELSE 1 END, t.due_at ASC NULLS LAST, t.since, t.id`;
  const result = await db.execute(sql`
    WITH c AS MATERIALIZED (
      SELECT ${projects.id} AS id, ${scope.signature} AS sig, date_trunc('milliseconds', ${projects.updatedAt}) AS since, ${scope.due}
      FROM ${scope.from}
    ),
    m AS (SELECT * FROM json_to_recordset(${JSON.stringify(decided)}::json) AS m(sig text, action text, due text)),
    t AS (SELECT c.id, m.action, c.since, ${dueAt} AS due_at FROM c JOIN m ON m.sig = c.sig WHERE m.action IS NOT NULL),
    p AS (SELECT t.id, t.action, t.due_at, row_number() OVER (ORDER BY ${order}) AS n FROM t)
    SELECT
      (SELECT coalesce(json_agg(DISTINCT c.sig), '[]') FROM c WHERE NOT EXISTS (SELECT 1 FROM m WHERE m.sig = c.sig)) AS unknown,
      (SELECT coalesce(json_agg(x), '[]') FROM (
        SELECT t.action, count(*)::int AS count, (count(*) FILTER (WHERE t.due_at < ${at}))::int AS overdue FROM t GROUP BY t.action
      ) x) AS by_action,
      (SELECT coalesce(json_agg(json_build_object('id', p.id, 'action', p.action,
          'dueAt', to_char(p.due_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')) ORDER BY p.n), '[]')
        FROM p WHERE p.n > ${page.offset} AND p.n <= ${page.offset + page.limit}) AS page`);
  const [row] = (result as unknown as { rows: { unknown: unknown; by_action: unknown; page: unknown }[] }).rows;
  return {
    unknown: jsonValue(row.unknown),
    byAction: jsonValue(row.by_action),
    page: jsonValue(row.page),
  };
}

/** The page's projects as the list shows them (summary columns and the unit's name), in the page's order. */
export async function pageProjects(
  db: Db | Tx,
  ids: readonly string[],
): Promise<Map<string, { project: ProjectRow; declaringOrgName: string }>> {
  if (!ids.length) return new Map();
  const rows = await db
    .select({ project: slimColumns, declaringOrgName: organizations.name })
    .from(projects)
    .innerJoin(organizations, eq(organizations.id, projects.declaringOrgId))
    .where(sql`${projects.id} = ANY(${`{${ids.join(',')}}`}::uuid[])`);
  return new Map(
    rows.map((r) => [r.project.id, { project: withoutForm(r.project), declaringOrgName: r.declaringOrgName }]),
  );
}

/**
 * The projects where a self-evaluation may be the person's to-do (their capacity, its stages, the
 * construction started): what openSelfEvaluationsOf reads of them. Null without such a capacity.
 */
export async function selfEvaluationCandidates(db: Db | Tx, auth: AuthContext) {
  const mine = SELF_EVALUATION_ACTIONS.filter((a) => actorScope(auth, TRANSITIONS[a].actor));
  if (!mine.length) return null;
  const rows = await db
    .select({
      id: projects.id,
      editionId: projects.editionId,
      constructionStartedAt: projectContracts.constructionStartedAt,
      conclusion: projectAcceptances.conclusion,
      acceptanceDate: projectAcceptances.acceptanceDate,
    })
    .from(projects)
    .innerJoin(projectContracts, currentContract)
    .leftJoin(projectAcceptances, currentAcceptance)
    .where(
      and(
        visibleProjects(auth),
        or(...mine.map((a) => and(inStages(TRANSITIONS[a].from), actorScope(auth, TRANSITIONS[a].actor)!))),
        sql`${projectContracts.constructionStartedAt} IS NOT NULL`,
      ),
    );
  return rows.map((r) => ({
    project: { id: r.id, editionId: r.editionId },
    contract: { constructionStartedAt: r.constructionStartedAt },
    acceptance: { conclusion: r.conclusion, acceptanceDate: r.acceptanceDate },
  }));
}
