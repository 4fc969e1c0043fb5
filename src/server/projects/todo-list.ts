// 待办 (GET /todo, issue 12): the person's to-do list, paged, with its counts. The database reads
// the facts of every candidate project as a signature and counts them (todo-query.ts); the domain
// decides each distinct signature once — firstTodo() over the same ActionFacts and TodoFacts the
// project page and the notifications use — and the database pages the to-dos in their order. Only
// the page's rows leave the database, whatever the number of projects.
import { isPastDeadline } from '../../domain/approval/index.js';
import type { OpenSelfEvaluation } from '../../domain/delivery/self-evaluation.js';
import { editionById } from '../../domain/editions/resolve.js';
import { STAGES, type Stage } from '../../domain/lifecycle/stages.js';
import { firstTodo, TODO_ORDER, type TodoFacts } from '../../domain/lifecycle/todo.js';
import { TRANSITIONS, type ActionFacts, type ProjectAction } from '../../domain/lifecycle/transitions.js';
import { sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import type { AuthContext } from '../auth/context.js';
import { relationsOf } from './access.js';
import { isSelfEvaluationDueSoon, openSelfEvaluationsOf, procurementReady, todoDueSource } from './facts.js';
import { presentProjectSummary } from './presenter.js';
import { TODO_FLAGS, type TodoFlag } from './todo-facts-sql.js';
import { countAndPageTodos, pageProjects, selfEvaluationCandidates, type SignatureTodo } from './todo-query.js';
import { actionsOf, type SelfEvaluationPart } from './todo-scope.js';

/** The open self-evaluation as a signature carries it: none/draft, the two opinions, near its deadline. */
interface SelfEvaluationSignal {
  state: 'none' | 'draft';
  declarantOpinion: boolean;
  supervisorOpinion: boolean;
  dueSoon: boolean;
}

/** What a signature says of a project (todo-query.ts builds it; this reads it back). */
export interface TodoSignals {
  stage: Stage;
  editionId: string;
  flags: Record<TodoFlag, boolean>;
  selfEvaluation: SelfEvaluationSignal | null;
}

export function parseSignature(sig: string): TodoSignals {
  const [stage, editionId, bits, se] = sig.split(':');
  if (!(stage in STAGES) || bits?.length !== TODO_FLAGS.length || se === undefined)
    throw new Error(`Bad to-do signature ${sig}`);
  const flags = Object.fromEntries(TODO_FLAGS.map((f, i) => [f, bits[i] === '1'])) as Record<TodoFlag, boolean>;
  return {
    stage: stage as Stage,
    editionId,
    flags,
    selfEvaluation:
      se === '-'
        ? null
        : {
            state: se[0] === 'd' ? 'draft' : 'none',
            declarantOpinion: se[1] === '1',
            supervisorOpinion: se[2] === '1',
            dueSoon: se[3] === '1',
          },
  };
}

/** The self-evaluation part of a signature: none/draft, the two opinions, near its deadline (todoFactsOf). */
function selfEvaluationPart(se: OpenSelfEvaluation, now: Date): string {
  const bit = (b: boolean) => (b ? '1' : '0');
  return `${se.state === 'draft' ? 'd' : 'n'}${bit(se.row?.declarantOpinion ?? false)}${bit(se.row?.supervisorOpinion ?? false)}${bit(isSelfEvaluationDueSoon(se, now))}`;
}

/**
 * The to-do the signature holds for the person, decided by the domain: the person's capacities on the
 * project (relationsOf), the facts as actionFactsOf and todoFactsOf read them from a record, firstTodo.
 */
export function todoOfSignals(auth: AuthContext, s: TodoSignals): ProjectAction | null {
  const f = s.flags;
  const me = auth.org.id;
  const relations = relationsOf(
    auth,
    {
      declaringOrgId: f.mineDeclaring ? me : '',
      leadOrgId: f.mineDeclaring ? me : '',
      implementerOrgId: f.mineImplementer ? me : null,
      supervisorOrgId: f.mineSupervisor ? me : null,
    },
    f.mineParent ? me : null,
  );
  const se = s.selfEvaluation;
  const facts: ActionFacts = {
    ndrcRequired: f.ndrcRequired,
    ndrcApproved: f.ndrcApproved,
    decentralRequested: f.decentralRequested,
    decentralApproved: f.decentralConsulted && f.decentralGoverned,
    supervised: f.supervised,
    spokePreReview: f.spokePreReview,
    spokeJointReview: f.spokeJointReview,
    isBuild: f.isBuild,
    selfEvaluation: se ? se.state : 'filed',
    selfEvaluationDeclarantOpinion: se?.declarantOpinion ?? false,
    selfEvaluationSupervisorOpinion: se?.supervisorOpinion ?? false,
    handoverRecorded: f.handoverRecorded,
    // The to-do list does not read the oversight state (as before): rectification is not a to-do here.
    rectification: 'none',
    rectificationDue: false,
  };
  const todo: TodoFacts = {
    controlPriceRecorded: f.controlPriceRecorded,
    supervisionNeeded: f.supervisionNeeded,
    procurementReady: procurementReady(
      {
        stage: s.stage,
        inAnnualList: f.inAnnualList,
        budgetApproved: f.budgetApproved,
        ndrcRequired: f.ndrcRequired,
        ndrcApproved: f.ndrcApproved,
        decentralised: f.decentralRequested
          ? { requested: true, consultationApproved: f.decentralConsulted, governmentApproved: f.decentralGoverned }
          : undefined,
      },
      editionById(s.editionId),
    ),
    disbursed: f.disbursed,
    selfEvaluationDueSoon: se?.dueSoon ?? false,
  };
  return firstTodo(s.stage, relations, facts, todo);
}

/** The open self-evaluations of the person's projects (Art.33), from the domain; null without the capacity. */
async function selfEvaluationParts(db: Db | Tx, auth: AuthContext, now: Date): Promise<SelfEvaluationPart[] | null> {
  const records = await selfEvaluationCandidates(db, auth);
  if (!records) return null;
  const open = records.length ? await openSelfEvaluationsOf(db, records, now) : new Map();
  return [...open].flatMap(([id, se]) =>
    se ? [{ id, part: selfEvaluationPart(se, now), dueAt: se.dueAt.toISOString() }] : [],
  );
}

/**
 * Decisions already taken, per capacity profile (the permissions and the organisation's roles are all
 * the decision reads of the person; the signature says the rest). A signature's decision never changes
 * while the code does not, so the list asks the domain about each only once per process.
 */
const decisions = new Map<string, Map<string, SignatureTodo>>();
const MAX_DECISIONS = 20_000;

function profileOf(auth: AuthContext): string {
  return `${[...auth.permissions].sort().join(',')}|${[...auth.org.roles].sort().join(',')}`;
}

export interface TodoQuery {
  page: number;
  pageSize: number;
}

/** The person's to-do list: one page in the list's order, the total, the overdue and the count per action. */
export async function listTodos(db: Db, auth: AuthContext, now: Date, q: TodoQuery) {
  // PostgreSQL compiles a plan this large with JIT by default, which costs seconds (the count itself
  // tens of milliseconds): off for these statements only. The embedded database has no JIT; the
  // setting is accepted there too.
  const { answer, rows } = !actionsOf(auth).length
    ? { answer: null, rows: new Map() }
    : await db.transaction(async (tx) => {
        await tx.execute(sql`SET LOCAL jit = off`);
        const answer = await decidedTodos(tx, auth, now, q);
        return { answer, rows: await pageProjects(tx, answer?.page.map((x) => x.id) ?? []) };
      });
  const byAction = new Map((answer?.byAction ?? []).map((x) => [x.action, x]));
  return {
    items: (answer?.page ?? []).map((x) => {
      const r = rows.get(x.id)!;
      return {
        project: presentProjectSummary(r.project, new Map([[r.project.declaringOrgId, r.declaringOrgName]])),
        action: x.action,
        actionName: TRANSITIONS[x.action].zh,
        actionNameEn: TRANSITIONS[x.action].en,
        article: TRANSITIONS[x.action].article,
        dueAt: x.dueAt,
        overdue: x.dueAt !== null && isPastDeadline(new Date(x.dueAt), now),
        since: r.project.updatedAt.toISOString(),
      };
    }),
    total: [...byAction.values()].reduce((n, x) => n + x.count, 0),
    page: q.page,
    pageSize: q.pageSize,
    overdue: [...byAction.values()].reduce((n, x) => n + x.overdue, 0),
    byAction: TODO_ORDER.filter((a) => byAction.has(a)).map((a) => ({
      action: a,
      actionName: TRANSITIONS[a].zh,
      actionNameEn: TRANSITIONS[a].en,
      count: byAction.get(a)!.count,
    })),
  };
}

/** The counts and the page, every signature among the candidates decided by the domain. */
async function decidedTodos(db: Db | Tx, auth: AuthContext, now: Date, q: TodoQuery) {
  const selfEvaluations = await selfEvaluationParts(db, auth, now);
  const profile = profileOf(auth);
  if ([...decisions.values()].reduce((n, m) => n + m.size, 0) > MAX_DECISIONS) decisions.clear();
  const known = decisions.get(profile) ?? new Map<string, SignatureTodo>();
  decisions.set(profile, known);
  const page = { limit: q.pageSize, offset: (q.page - 1) * q.pageSize };
  let answer = await countAndPageTodos(db, auth, selfEvaluations, [...known.values()], now, page);
  // New signatures (a first call, or facts not met before): decide them, then count again.
  for (let tries = 0; answer?.unknown.length && tries < 3; tries++) {
    for (const sig of answer.unknown) {
      const action = todoOfSignals(auth, parseSignature(sig));
      known.set(sig, { sig, action, due: action && todoDueSource(action) });
    }
    answer = await countAndPageTodos(db, auth, selfEvaluations, [...known.values()], now, page);
  }
  return answer;
}
