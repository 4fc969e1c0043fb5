// Who may have which to-do where (issue 12): the projects on which the person can act in each
// capacity, and the candidates of their to-do list — the projects in the stages of their actions,
// in their scope, with the action not done yet — with each project's signature and deadlines, read
// through only the lookups their actions need (todo-facts-sql.ts).
import { and, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import { organizations, projects } from '../../db/schema.js';
import type { Stage } from '../../domain/lifecycle/stages.js';
import { TODO_ORDER } from '../../domain/lifecycle/todo.js';
import { TRANSITIONS, type Actor, type ProjectAction } from '../../domain/lifecycle/transitions.js';
import type { AuthContext } from '../auth/context.js';
import { reviewPartyOf } from './access.js';
import { todoDueSource, type TodoDueSource } from './facts.js';
import { visibleProjects } from './projects.js';
import { ALIAS, DUE, DUE_SOURCES, FLAGS, lookupSql, TODO_FLAGS, type Lookup } from './todo-facts-sql.js';

/**
 * The projects on which the person can act as `actor` (what relationsOf requires of the project), or
 * null when they never can. Exhaustive: a new actor must say where its work is.
 */
export function actorScope(auth: AuthContext, actor: Actor): SQL | null {
  const has = (p: string) => auth.permissions.has(p as never);
  const org = auth.org.id;
  switch (actor) {
    case 'declarant':
      return has('project.declare') ? or(eq(projects.declaringOrgId, org), eq(projects.leadOrgId, org))! : null;
    case 'sector_authority':
      return has('project.forward')
        ? sql`${projects.declaringOrgId} IN (SELECT ${organizations.id} FROM ${organizations} WHERE ${organizations.parentId} = ${org})`
        : null;
    case 'review_party':
      return has('review.opinion') && reviewPartyOf(auth) ? sql`true` : null;
    case 'finance':
      return has('budget.review') ? sql`true` : null;
    case 'data_bureau':
      return has('plan.issue') ? sql`true` : null;
    case 'ndrc':
      return has('ndrc.approve') ? sql`true` : null;
    case 'implementer':
      return has('project.implement') ? eq(projects.implementerOrgId, org) : null;
    case 'supervisor':
      return has('project.supervise') ? eq(projects.supervisorOrgId, org) : null;
    // No lifecycle action is the evaluator's: its assignments are listed by GET /evaluation-assignments.
    case 'evaluator':
      return null;
    default: {
      const never: never = actor;
      return never;
    }
  }
}

/** The to-do actions the person may ever take (their capacities), in lifecycle order. */
export function actionsOf(auth: AuthContext): ProjectAction[] {
  return TODO_ORDER.filter((a) => actorScope(auth, TRANSITIONS[a].actor) !== null);
}

const stagesOf = (actions: readonly ProjectAction[]) => [...new Set(actions.flatMap((a) => TRANSITIONS[a].from))];
export const inStages = (stages: readonly Stage[]) => inArray(projects.stage, [...stages])!;

/**
 * What must still be undone for the action to be a to-do, from the facts read: a necessary condition
 * (the domain decides) that keeps thousands of finished projects out of every count.
 */
function notDoneYet(action: ProjectAction): SQL | undefined {
  switch (action) {
    case 'pre_review_opinion':
      return sql`pre.spoke IS NULL`;
    case 'joint_review_opinion':
      return sql`joint.spoke IS NULL`;
    case 'ndrc_approve':
      return sql`(app.ndrc_required AND NOT app.ndrc_approved)`;
    case 'record_control_price':
      return sql`NOT coalesce(app.priced, false)`;
    case 'record_decentral':
      return sql`(dec.requested AND NOT (dec.consulted AND dec.governed))`;
    case 'record_supervision':
      return sql`${projects.supervisorOrgId} IS NULL`;
    case 'record_disbursement':
      // projects.disbursed_at: the partial index of the undisbursed (no payment lookup per finished project).
      return sql`${projects.disbursedAt} IS NULL`;
    case 'confirm_handover':
      return sql`acc.handover_recorded`;
    case 'start_construction':
    case 'record_trial_start':
      return sql`coalesce(${projects.kind}, 'build') = 'build'`;
    case 'start_service':
      return sql`coalesce(${projects.kind}, 'build') <> 'build'`;
    default:
      return undefined;
  }
}

/** The lookup notDoneYet() reads for the action. */
const NOT_DONE_READS: Partial<Record<ProjectAction, Lookup>> = {
  pre_review_opinion: 'preOpinion',
  joint_review_opinion: 'jointOpinion',
  ndrc_approve: 'application',
  record_control_price: 'application',
  record_decentral: 'decentral',
  confirm_handover: 'acceptance',
};

/** The open self-evaluation of a project as the signature carries it, and its deadline (todo-list.ts). */
export interface SelfEvaluationPart {
  id: string;
  part: string;
  dueAt: string;
}

/**
 * The candidates of the person's to-do list — `FROM … WHERE`, with the lookups (as `app`, `pre` …) and
 * the open self-evaluations (as `se`) — their signature `stage:edition:flags:self-evaluation`, and the
 * deadline each source gives them. Null when no to-do can ever be theirs.
 */
export function todoScope(auth: AuthContext, selfEvaluations: readonly SelfEvaluationPart[] | null) {
  const mine = actionsOf(auth);
  if (!mine.length) return null;
  const org = auth.org.id;
  // The stages where one of the person's actions reads a fact (none: it cannot matter, it reads 0).
  const readIn = (readers: readonly ProjectAction[]) => stagesOf(readers.filter((a) => mine.includes(a)));
  const lookups = new Map<Lookup, Set<Stage>>();
  const need = (lookup: Lookup | undefined, stages: readonly Stage[]) => {
    if (!lookup || !stages.length) return;
    const set = lookups.get(lookup) ?? new Set<Stage>();
    for (const s of stages) set.add(s);
    lookups.set(lookup, set);
  };
  const flags = TODO_FLAGS.map((f) => {
    const stages = readIn(FLAGS[f].readers);
    need(FLAGS[f].from, stages);
    return stages.length
      ? sql`CASE WHEN ${inStages(stages)} AND coalesce(${FLAGS[f].sql(org)}, false) THEN '1' ELSE '0' END`
      : sql`'0'`;
  });
  const dueStages = (k: TodoDueSource) => stagesOf(mine.filter((a) => todoDueSource(a) === k));
  for (const k of DUE_SOURCES) need(DUE[k].from, dueStages(k));
  for (const a of mine) need(NOT_DONE_READS[a], TRANSITIONS[a].from);
  const party = reviewPartyOf(auth);
  const joins = [...lookups].map(
    ([lookup, stages]) =>
      sql`LEFT JOIN LATERAL ${lookupSql(lookup, inStages([...stages]), party)} AS ${sql.identifier(ALIAS[lookup])} ON true`,
  );
  const selfEvaluationJoin = selfEvaluations
    ? sql`LEFT JOIN json_to_recordset(${JSON.stringify(selfEvaluations)}::json) AS se(id uuid, part text, "dueAt" timestamptz)
        ON se.id = ${projects.id}`
    : sql``;
  const work = mine.map((a) =>
    and(inStages(TRANSITIONS[a].from), actorScope(auth, TRANSITIONS[a].actor)!, notDoneYet(a)),
  );
  // The same, with only what the project row says (no lookup): PostgreSQL filters the scan with it,
  // before any lookup, and can take the undisbursed from their partial index (finance: ~40,000
  // finished projects at 100k, almost all disbursed).
  const onProject = mine.map((a) => and(inStages(TRANSITIONS[a].from), NOT_DONE_READS[a] ? undefined : notDoneYet(a)));
  const due = (k: TodoDueSource) =>
    dueStages(k).length && (k !== 'self_evaluation' || selfEvaluations) ? DUE[k].sql : sql`NULL::timestamptz`;
  return {
    from: sql`${projects} ${selfEvaluationJoin} ${sql.join(joins, sql` `)}
      WHERE ${and(visibleProjects(auth), or(...onProject), or(...work))}`,
    signature: sql`${projects.stage} || ':' || ${projects.editionId} || ':' || ${sql.join(flags, sql` || `)}
      || ':' || ${selfEvaluations ? sql`coalesce(se.part, '-')` : sql`'-'`}`,
    due: sql.join(
      DUE_SOURCES.map((k) => sql`${due(k)} AS ${sql.identifier(`due_${k}`)}`),
      sql`, `,
    ),
  };
}
