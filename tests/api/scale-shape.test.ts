// The shape of the busiest reads does not change with the number of projects (issue 12): the same
// data set as `npm run bench:scale` (scripts/bench-scale-data.ts, bulk SQL) at 500 and at 5,000
// projects; the statements one request sends (counted through the database handle, transactions
// included: src/db/client.ts watchQueries) must be the same at both sizes, and the lists that could
// grow without end — to-dos, the annual list, open data — answer one page with the total.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { watchQueries } from '../../src/db/client.js';
import { rowsOf } from '../../src/db/audit-repo.js';
import { generateScaleData } from '../../scripts/bench-scale-data.js';
import { PLAN_YEAR } from '../helpers/clock.js';
import { validProject } from '../helpers/projects.js';
import { startTestServer, type Client, type TestServer } from '../helpers/server.js';

/** Authentication (session, user, roles) and the handler's reads together: far below a query per row. */
const MAX_STATEMENTS = 12;

let ts: TestServer;
const c: Record<string, Client> = {};

const ENDPOINTS: { name: string; as: string; url: string }[] = [
  { name: 'dashboard, whole district', as: 'databureau', url: '/api/v1/dashboard' },
  { name: 'dashboard, one year', as: 'databureau', url: `/api/v1/dashboard?year=${PLAN_YEAR - 1}` },
  { name: 'project list, first page', as: 'databureau', url: '/api/v1/projects' },
  { name: 'project search', as: 'databureau', url: `/api/v1/projects?q=${encodeURIComponent('养老')}` },
  { name: 'to-do, data bureau', as: 'databureau', url: '/api/v1/todo' },
  { name: 'to-do, declarant', as: 'civil', url: '/api/v1/todo' },
  { name: 'to-do, finance', as: 'finance', url: '/api/v1/todo' },
  { name: 'annual list, one year', as: 'databureau', url: `/api/v1/annual-list?year=${PLAN_YEAR - 1}` },
  { name: 'open data, one year', as: 'databureau', url: `/api/v1/open-data/projects?year=${PLAN_YEAR - 1}` },
];

/** The statements one request sends: the least of three tries (a session's occasional seen-at write is not the endpoint's). */
async function queriesOf(e: (typeof ENDPOINTS)[number]): Promise<{ queries: number; body: any }> {
  let least = Number.POSITIVE_INFINITY;
  let body: unknown;
  for (let i = 0; i < 3; i++) {
    let n = 0;
    const stop = watchQueries(() => {
      n++;
    });
    const res = await c[e.as].get(e.url);
    stop();
    expect(res.status, `${e.name}: ${JSON.stringify(res.body).slice(0, 200)}`).toBe(200);
    least = Math.min(least, n);
    body = res.body;
  }
  return { queries: least, body };
}

async function projectCount(): Promise<number> {
  return rowsOf<{ n: number }>(await ts.database.db.execute(sql`SELECT count(*)::int AS n FROM projects`))[0].n;
}

const at = new Map<number, Map<string, { queries: number; body: any }>>();

beforeAll(async () => {
  ts = await startTestServer();
  c.databureau = await ts.as('databureau');
  c.civil = await ts.as('civil');
  c.finance = await ts.as('finance');
  // The generator copies a real declaration's form and the call's edition: one call, one project.
  const calls = await c.databureau.get('/api/v1/calls');
  let call = (calls.body.items ?? calls.body).find?.((x: { planYear: number }) => x.planYear === PLAN_YEAR);
  if (!call)
    call = (await c.databureau.post('/api/v1/calls', { planYear: PLAN_YEAR, title: `${PLAN_YEAR}年度申报通知` })).body;
  expect((await c.civil.post('/api/v1/projects', { callId: call.id, ...validProject('模板项目') })).status).toBe(201);
  const base = await projectCount();
  const log = process.env.SCALE_SHAPE_LOG ? (line: string) => console.log(line) : () => undefined;
  const db = ts.database.db;
  for (const [size, start] of [
    [500, 0],
    [5000, 500],
  ] as const) {
    await generateScaleData(db, { projects: size - start, start, planYear: PLAN_YEAR, log });
    await db.execute(sql`ANALYZE`);
    expect(await projectCount()).toBe(base + size);
    const counts = new Map<string, { queries: number; body: any }>();
    for (const e of ENDPOINTS) counts.set(e.name, await queriesOf(e));
    log(`${size}: ${[...counts].map(([n, q]) => `${n} ${q.queries}`).join(', ')}`);
    at.set(size, counts);
  }
}, 120_000);
afterAll(async () => {
  await ts?.close();
});

describe('at 500 and at 5,000 projects', () => {
  it.each(ENDPOINTS.map((e) => [e.name]))('%s sends no more statements at 5,000', (name) => {
    const small = at.get(500)!.get(name)!.queries;
    const large = at.get(5000)!.get(name)!.queries;
    // Equal, give or take the statements a handler skips when their list is empty (no project of yours
    // awaiting a disbursement among 500, say): a query per project or per page would add dozens.
    expect(large, `${name}: ${small} statements at 500, ${large} at 5,000`).toBeLessThanOrEqual(small + 2);
    expect(large, `${name}: ${large} statements`).toBeLessThanOrEqual(MAX_STATEMENTS);
  });

  it('the dashboard is aggregated in the database: a handful of statements, whatever the size', () => {
    expect(at.get(5000)!.get('dashboard, whole district')!.queries).toBeLessThanOrEqual(8);
  });

  it('to-dos, the annual list and open data answer one page, with the total of the whole list', () => {
    for (const name of ['to-do, data bureau', 'annual list, one year', 'open data, one year']) {
      const { body } = at.get(5000)!.get(name)!;
      expect(typeof body.pageSize, name).toBe('number');
      expect(body.items.length, name).toBeLessThanOrEqual(body.pageSize);
      expect(body.total, `${name}: a list longer than a page`).toBeGreaterThan(body.pageSize);
      const small = at.get(500)!.get(name)!.body;
      expect(body.total, `${name}: the total grows with the data`).toBeGreaterThan(small.total);
    }
  });

  it('a search is counted up to 1,000 matches, then said to be more (totalCapped)', async () => {
    const countOf = async (word: string) =>
      rowsOf<{ n: number }>(
        await ts.database.db.execute(
          sql`SELECT count(*)::int AS n FROM projects WHERE stage NOT IN ('draft', 'sector_review')
            AND (name || ' ' || code) ILIKE ${`%${word}%`}`,
        ),
      )[0].n;
    const rare = (await c.databureau.get(`/api/v1/projects?q=${encodeURIComponent('养老')}`)).body;
    expect(rare).toMatchObject({ total: await countOf('养老'), totalCapped: false });
    expect(rare.total).toBeLessThan(1000);
    expect(await countOf('平台')).toBeGreaterThan(1000);
    const common = (await c.databureau.get(`/api/v1/projects?q=${encodeURIComponent('平台')}`)).body;
    expect(common).toMatchObject({ total: 1000, totalCapped: true });
    expect(common.items).toHaveLength(20);
    // A list by its filters keeps its exact total.
    expect((await c.databureau.get('/api/v1/projects')).body).toMatchObject({ totalCapped: false });
  });

  it('who is asking costs one statement: a list page sends three (who, the page, its total)', () => {
    // Session, person, unit, roles and the security policy in one statement (auth/context.ts).
    expect(at.get(5000)!.get('project list, first page')!.queries).toBe(3);
  });

  it('the project list is paged too', () => {
    const { body } = at.get(5000)!.get('project list, first page')!;
    expect(body.items.length).toBeLessThanOrEqual(20);
    expect(body.total).toBeGreaterThan(1000);
  });
});
