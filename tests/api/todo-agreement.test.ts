// 待办 in SQL agrees with the domain (issue 12). GET /todo reads the facts of every candidate in the
// database, asks the domain once per distinct set of facts, and counts and pages in SQL
// (src/server/projects/todo-query.ts, todo-list.ts). This file holds it to the list as it was built
// before: every project the person may see loaded as a record, allowedActions + todoFactsOf +
// todoActions on each, sorted in memory — same items, same actions, deadlines, order and counts, for
// every kind of person, on the scale generator's data set (every stage) plus the edge cases it lacks
// (draft self-evaluations with and without opinions, the supervision line ± 1 fen, an NDRC approval
// missing or stored as JSON null, a handover recorded, decentralised construction half approved), at
// several instants (before and in the self-evaluation quarter, after the year's end, and either side
// of a trial's last day).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../src/db/client.js';
import { rowsOf } from '../../src/db/audit-repo.js';
import { organizations, reviewOpinions, roles, users } from '../../src/db/schema.js';
import { isPermission, type Permission } from '../../src/domain/access/permissions.js';
import { isPastDeadline } from '../../src/domain/approval/index.js';
import { endOfShanghaiDay } from '../../src/domain/calendar/index.js';
import { isPhraseTrue } from '../../src/domain/editions/legal-number.js';
import { editionOfProject } from '../../src/domain/editions/resolve.js';
import { LEGAL_NUMBER_WORDS } from '../../src/domain/editions/types.js';
import { TODO_ORDER, todoActions } from '../../src/domain/lifecycle/todo.js';
import { TRANSITIONS, type ProjectAction } from '../../src/domain/lifecycle/transitions.js';
import type { AuthContext } from '../../src/server/auth/context.js';
import { allowedActions, relationsOf, reviewPartyOf, spokeIn } from '../../src/server/projects/access.js';
import { disbursedProjects, openSelfEvaluationsOf, todoDueAt, todoFactsOf } from '../../src/server/projects/facts.js';
import { visibleProjects } from '../../src/server/projects/projects.js';
import { selectRecords } from '../../src/server/projects/record.js';
import { meetsSql } from '../../src/server/projects/todo-facts-sql.js';
import { generateScaleData } from '../../scripts/bench-scale-data.js';
import { PLAN_YEAR, TEST_START } from '../helpers/clock.js';
import { validProject } from '../helpers/projects.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

interface Item {
  id: string;
  action: ProjectAction;
  dueAt: string | null;
  overdue: boolean;
  since: string;
}
interface List {
  items: Item[];
  total: number;
  overdue: number;
  byAction: { action: ProjectAction; count: number }[];
}

const PEOPLE = [
  'databureau',
  'cyberspace',
  'finance',
  'bigdata',
  'ndrc',
  'civil',
  'market',
  'school',
  'hospital',
  'edu',
  'edu_leader',
  'soe',
  'zhongwu',
  'supervisor',
  'auditor',
];

let ts: TestServer;
let db: Db;

async function authOf(username: string): Promise<AuthContext> {
  const [row] = await db
    .select({ user: users, org: organizations })
    .from(users)
    .innerJoin(organizations, eq(organizations.id, users.orgId))
    .where(eq(users.username, username));
  const roleRows = row.user.roleCodes.length
    ? await db.select().from(roles).where(inArray(roles.code, row.user.roleCodes))
    : [];
  const permissions = new Set<Permission>(roleRows.flatMap((r) => r.permissions).filter(isPermission));
  return {
    sessionId: 'todo-agreement',
    stage: 'full',
    method: 'password',
    user: row.user,
    org: row.org,
    roles: [],
    adminRole: null,
    permissions,
  };
}

/** The to-do list as it was built before issue 12's SQL: every visible project decided in memory. */
async function reference(auth: AuthContext, now: Date): Promise<List> {
  const rows = await selectRecords(db, visibleProjects(auth), { slim: true });
  const party = reviewPartyOf(auth);
  const spoken = party
    ? await db
        .select({ projectId: reviewOpinions.projectId, review: reviewOpinions.review, round: reviewOpinions.round })
        .from(reviewOpinions)
        .where(and(eq(reviewOpinions.party, party)))
    : [];
  const spokenBy = new Map<string, typeof spoken>();
  for (const o of spoken) spokenBy.set(o.projectId, [...(spokenBy.get(o.projectId) ?? []), o]);
  const selfEvaluations = await openSelfEvaluationsOf(db, rows, now);
  const disbursed = await disbursedProjects(
    db,
    rows.filter((r) => TRANSITIONS.record_disbursement.from.includes(r.project.stage)).map((r) => r.project.id),
  );
  const items = rows.flatMap((r): Item[] => {
    const p = r.project;
    const selfEvaluation = selfEvaluations.get(p.id) ?? null;
    const open = allowedActions({
      ...r,
      relations: relationsOf(auth, p, r.declaringParentId),
      spoke: spokeIn(p, spokenBy.get(p.id) ?? []),
      selfEvaluation,
    });
    const facts = todoFactsOf(r, editionOfProject(p), { disbursed: disbursed.has(p.id), selfEvaluation, now });
    return todoActions(open, facts)
      .slice(0, 1)
      .map((action) => {
        const due = todoDueAt(action, r, selfEvaluation);
        return {
          id: p.id,
          action,
          dueAt: due?.toISOString() ?? null,
          overdue: due !== null && isPastDeadline(due, now),
          since: p.updatedAt.toISOString(),
        };
      });
  });
  // Overdue first, then the nearest deadline, then the longest waiting; the id settles ties.
  items.sort(
    (a, b) =>
      Number(b.overdue) - Number(a.overdue) ||
      (a.dueAt ?? '9').localeCompare(b.dueAt ?? '9') ||
      a.since.localeCompare(b.since) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const counts = new Map<ProjectAction, number>();
  for (const x of items) counts.set(x.action, (counts.get(x.action) ?? 0) + 1);
  return {
    items,
    total: items.length,
    overdue: items.filter((x) => x.overdue).length,
    byAction: TODO_ORDER.filter((a) => counts.has(a)).map((a) => ({ action: a, count: counts.get(a)! })),
  };
}

/** GET /todo page by page, as the web reads it. */
async function api(username: string, pageSize = 200): Promise<List> {
  const c = await ts.as(username);
  const items: Item[] = [];
  let first: any;
  for (let page = 1; ; page++) {
    const res = await c.get(`/api/v1/todo?page=${page}&pageSize=${pageSize}`);
    expect(res.status, JSON.stringify(res.body).slice(0, 300)).toBe(200);
    first ??= res.body;
    expect(res.body.total).toBe(first.total);
    items.push(
      ...res.body.items.map((x: any) => ({
        id: x.project.id,
        action: x.action,
        dueAt: x.dueAt,
        overdue: x.overdue,
        since: x.since,
      })),
    );
    if (res.body.items.length < pageSize) break;
  }
  return {
    items,
    total: first.total,
    overdue: first.overdue,
    byAction: first.byAction.map((x: any) => ({ action: x.action, count: x.count })),
  };
}

/** Moves the services' clock; months later the demo passwords would have expired: they were just changed. */
async function setClock(instant: string): Promise<Date> {
  ts.clock.set(instant);
  const now = ts.clock.now();
  await db.update(users).set({ passwordChangedAt: now });
  return now;
}

async function agreeAt(instant: string, people = PEOPLE) {
  const now = await setClock(instant);
  for (const username of people) {
    const [mine, theirs] = [await api(username), await reference(await authOf(username), now)];
    expect({ username, instant, ...mine }).toEqual({ username, instant, ...theirs });
    for (const x of theirs.items) seen.add(x.action);
  }
}

/** The to-do actions met so far: the data must reach them for the agreement to mean something. */
const seen = new Set<ProjectAction>();

async function exec(q: ReturnType<typeof sql>) {
  return rowsOf<Record<string, unknown>>(await db.execute(q));
}

beforeAll(async () => {
  ts = await startTestServer();
  db = ts.database.db;
  const databureau = await ts.as('databureau');
  const civil = await ts.as('civil');
  const calls = await databureau.get('/api/v1/calls');
  let call = (calls.body.items ?? calls.body).find?.((x: { planYear: number }) => x.planYear === PLAN_YEAR);
  if (!call)
    call = (await databureau.post('/api/v1/calls', { planYear: PLAN_YEAR, title: `${PLAN_YEAR}年度申报通知` })).body;
  expect((await civil.post('/api/v1/projects', { callId: call.id, ...validProject('模板项目') })).status).toBe(201);
  await generateScaleData(db, { projects: 1500, planYear: PLAN_YEAR, log: () => undefined });
  const bench = sql.raw(`p.code LIKE 'SC-%-_____'`);
  const h = sql.raw('abs(hashtext(p.id::text))');
  // A share of the projects declared by demo units the people below sign in for (a school under the
  // education bureau: its sector authority, Art.9), and O&M contracts that start a service period (Art.24).
  const orgOf = async (username: string) =>
    (await exec(sql`SELECT org_id FROM users WHERE username = ${username}`))[0].org_id as string;
  const units = [await orgOf('school'), await orgOf('civil'), await orgOf('market'), await orgOf('hospital')];
  await exec(sql`UPDATE projects p SET declaring_org_id = (${`{${units.join(',')}}`}::uuid[])[1 + ${h} % 8],
      lead_org_id = (${`{${units.join(',')}}`}::uuid[])[1 + ${h} % 8]
    WHERE ${bench} AND ${h} % 8 < 4`);
  await exec(sql`UPDATE projects p SET declaring_org_id = ${units[0]}, lead_org_id = ${units[0]}
    WHERE ${bench} AND p.stage = 'sector_review'`);
  await exec(sql`UPDATE projects p SET declaring_org_id = ${units[1]}, lead_org_id = ${units[1]}
    WHERE ${bench} AND p.stage = 'redeclaring'`);
  await exec(sql`UPDATE projects p SET kind = 'service' WHERE ${bench} AND p.stage = 'contracted' AND ${h} % 3 = 0`);
  // Drafts of this year's self-evaluation, with and without the two opinions (Art.33).
  await exec(sql`INSERT INTO self_evaluations (project_id, year, progress, investment, declarant_opinion, supervisor_opinion, created_by,
      created_at, updated_at)
    SELECT p.id, ${PLAN_YEAR - 1}, '按计划推进', '执行正常', CASE WHEN ${h} % 3 = 0 THEN '同意' END,
      CASE WHEN ${h} % 2 = 0 THEN '同意' END, p.created_by, p.updated_at, p.updated_at
    FROM projects p JOIN project_contracts k ON k.project_id = p.id AND k.round = p.application_round
    WHERE ${bench} AND k.construction_started_at IS NOT NULL AND ${h} % 4 <> 0
      AND p.stage IN ('construction', 'trial', 'acceptance_review', 'acceptance_ready')
    ON CONFLICT DO NOTHING`);
  // The supervision line (超过50万元, Art.19) at, one fen under and one fen over — civil's, unsupervised.
  const line = editionOfProject({
    editionId: String((await exec(sql`SELECT edition_id FROM projects LIMIT 1`))[0].edition_id),
  }).params.supervisionLine.value;
  const civilOrg = await orgOf('civil');
  await exec(sql`WITH x AS (SELECT p.id, row_number() OVER (ORDER BY p.code) AS n FROM projects p
      WHERE ${bench} AND p.stage IN ('contracted', 'construction') ORDER BY p.code LIMIT 6)
    UPDATE projects p SET declaring_org_id = ${civilOrg}, lead_org_id = ${civilOrg}, supervisor_org_id = NULL,
      approved_budget_fen = ${line} + (x.n % 3) - 1
    FROM x WHERE x.id = p.id`);
  await exec(sql`UPDATE project_contracts k SET supervisor_org_id = NULL FROM projects p
    WHERE k.project_id = p.id AND p.declaring_org_id = ${civilOrg} AND p.supervisor_org_id IS NULL`);
  // NDRC approvals missing (R-NDRC, Art.12) and one stored as JSON null.
  await exec(sql`UPDATE project_applications a SET ndrc_required = true,
      ndrc_approval = CASE WHEN ${h} % 2 = 0 THEN NULL ELSE 'null'::jsonb END
    FROM projects p WHERE a.project_id = p.id AND ${bench} AND ${h} % 5 = 0
      AND p.stage IN ('joint_review', 'revision', 'form_pending', 'approved')`);
  // Handovers recorded by the implementer, waiting for the owner's confirmation (Art.28).
  await exec(sql`UPDATE project_acceptances x SET handover_recorded_at = x.material_submitted_at + interval '60 days'
    FROM projects p WHERE x.project_id = p.id AND x.attempt = p.acceptance_attempt AND ${bench}
      AND p.stage = 'handover' AND ${h} % 2 = 0`);
  // Decentralised construction asked for and half approved (Art.15).
  await exec(sql`INSERT INTO project_decentralisations (project_id, basis, reason, consultation, government, requested_at, requested_by, updated_at)
    SELECT p.id, 'upper_level', '上级部门统一开发部署',
      CASE WHEN ${h} % 3 = 0 THEN NULL ELSE '{"docNumber":"宿区信会〔2026〕3号","date":"2026-03-01"}'::jsonb END,
      NULL, p.created_at, p.created_by, p.updated_at
    FROM projects p WHERE ${bench} AND ${h} % 9 = 0
      AND p.stage IN ('listed', 'joint_review', 'revision', 'form_pending', 'approved')
    ON CONFLICT DO NOTHING`);
  await db.execute(sql`ANALYZE`);
}, 300_000);

afterAll(async () => {
  await ts?.close();
});

describe('GET /todo agrees with the domain deciding every project in memory', () => {
  it('before the self-evaluation quarter', async () => {
    await agreeAt(TEST_START);
  }, 300_000);

  it('in the last quarter (the year’s self-evaluation is work waiting) and after the year’s end', async () => {
    await agreeAt(`${PLAN_YEAR - 1}-11-20T10:00:00+08:00`);
    await agreeAt(`${PLAN_YEAR}-01-10T10:00:00+08:00`);
    // Every to-do is met but filing the self-evaluation: drafting it (the same implementer's) comes first.
    expect(TODO_ORDER.filter((a) => !seen.has(a))).toEqual(['file_self_evaluation']);
  }, 600_000);

  it('either side of a trial’s last day (Art.25): overdue from the next millisecond on', async () => {
    const [trial] = await exec(sql`SELECT t.latest_on FROM projects p
      JOIN project_trials t ON t.project_id = p.id AND t.attempt = p.trial_attempt
      WHERE p.stage = 'acceptance_review' ORDER BY t.latest_on DESC LIMIT 1`);
    const last = endOfShanghaiDay(String(trial.latest_on)).getTime();
    // The services' clock runs on from where it is set: a minute before, and its next millisecond.
    await agreeAt(new Date(last - 60_000).toISOString(), ['databureau']);
    await agreeAt(new Date(last + 1).toISOString(), ['databureau']);
  }, 300_000);

  it('pages of any size cut the same list', async () => {
    await setClock(`${PLAN_YEAR - 1}-11-20T10:00:00+08:00`);
    const whole = await api('databureau', 200);
    expect((await api('databureau', 7)).items).toEqual(whole.items);
  }, 300_000);
});

describe('the legal number words in SQL (meetsSql) say what isPhraseTrue says', () => {
  it.each([...LEGAL_NUMBER_WORDS])('%s: at the line and one fen either side', async (word) => {
    const line = 50_000_000;
    for (const amount of [line - 1, line, line + 1]) {
      const [row] = await exec(sql`SELECT ${meetsSql(sql`${amount}::bigint`, { value: line, word })} AS m`);
      expect(row.m, `${amount} ${word} ${line}`).toBe(isPhraseTrue(amount, word, line));
    }
  });
});
