// Safe retries (issue 12): a POST with an Idempotency-Key is done once per person and key; a retry
// gets the first answer; the same key with another request is refused; concurrent retries create
// once; keys expire. And project numbering from the year's counter row: gap-free under concurrency.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../src/db/audit-repo.js';
import { projectCode } from '../../src/db/project-code-repo.js';
import { startTestServer, type Client, type TestServer } from '../helpers/server.js';
import { MATERIALS, tinyPdf, validProject } from '../helpers/projects.js';
import { PLAN_YEAR } from '../helpers/clock.js';

let ts: TestServer;
let market: Client;
let civil: Client;
let callId: string;

async function query<T>(text: ReturnType<typeof sql>): Promise<T[]> {
  return rowsOf<T>(await ts.database.db.execute(text));
}
const countNamed = async (name: string) =>
  (await query<{ n: number }>(sql`SELECT count(*)::int AS n FROM projects WHERE name = ${name}`))[0].n;
const keyed = (key: string) => ({ 'idempotency-key': key });

async function uploadWithKey(c: Client, projectId: string, docType: string, key: string, text = docType) {
  const fd = new FormData();
  fd.append('docType', docType);
  fd.append('file', new Blob([tinyPdf(text)], { type: 'application/pdf' }), `${docType}.pdf`);
  const res = await fetch(`${c.base}/api/v1/projects/${projectId}/documents`, {
    method: 'POST',
    body: fd,
    headers: { cookie: c.cookie ?? '', 'idempotency-key': key },
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Record<string, unknown> };
}

beforeAll(async () => {
  ts = await startTestServer();
  const bureau = await ts.as('databureau');
  market = await ts.as('market');
  civil = await ts.as('civil');
  const call = await bureau.post(
    '/api/v1/calls',
    { planYear: PLAN_YEAR, title: `${PLAN_YEAR}年度申报通知` },
    keyed('call-1'),
  );
  expect(call.status).toBe(201);
  callId = call.body.id;
});
afterAll(async () => {
  await ts?.close();
});

describe('Idempotency-Key on creates', () => {
  it('a retried create returns the first answer (status, body, ETag) and creates nothing more', async () => {
    const body = { callId, ...validProject('幂等重试项目') };
    const first = await market.post('/api/v1/projects', body, keyed('k-retry-1'));
    expect(first.status).toBe(201);
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    const again = await market.post('/api/v1/projects', body, keyed('k-retry-1'));
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body).toEqual(first.body);
    expect(again.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(await countNamed('幂等重试项目')).toBe(1);
  });

  it('the same key with another body is refused with 422, and creates nothing', async () => {
    const res = await market.post('/api/v1/projects', { callId, ...validProject('另一个项目') }, keyed('k-retry-1'));
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await countNamed('另一个项目')).toBe(0);
  });

  it('keys belong to a person: another person may use the same key for their own create', async () => {
    const res = await civil.post('/api/v1/projects', { callId, ...validProject('民政幂等项目') }, keyed('k-retry-1'));
    expect(res.status).toBe(201);
    expect(await countNamed('民政幂等项目')).toBe(1);
  });

  it('without a key every POST creates (the header is optional)', async () => {
    const body = { callId, ...validProject('无幂等键项目') };
    expect((await market.post('/api/v1/projects', body)).status).toBe(201);
    expect((await market.post('/api/v1/projects', body)).status).toBe(201);
    expect(await countNamed('无幂等键项目')).toBe(2);
  });

  it('ten concurrent requests with one key create once and all get the same project', async () => {
    const body = { callId, ...validProject('并发幂等项目') };
    const all = await Promise.all(
      Array.from({ length: 10 }, () => market.post('/api/v1/projects', body, keyed('k-concurrent'))),
    );
    expect(all.map((r) => r.status)).toEqual(Array(10).fill(201));
    expect(new Set(all.map((r) => r.body.id)).size).toBe(1);
    expect(all.filter((r) => r.headers.get('idempotent-replayed') === 'true')).toHaveLength(9);
    expect(await countNamed('并发幂等项目')).toBe(1);
  });

  it('a retried document upload stores one document; another file under the same key is refused', async () => {
    const p = await market.post('/api/v1/projects', { callId, ...validProject('上传幂等项目') }, keyed('k-up-p'));
    const id = p.body.id as string;
    const first = await uploadWithKey(market, id, MATERIALS[0], 'k-up-1');
    expect(first.status).toBe(201);
    const again = await uploadWithKey(market, id, MATERIALS[0], 'k-up-1');
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body.id).toBe(first.body.id);
    const docs = await query<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM documents WHERE owner_id = ${id} AND doc_type = ${MATERIALS[0]}`,
    );
    expect(docs[0].n).toBe(1);
    const other = await uploadWithKey(market, id, MATERIALS[0], 'k-up-1', 'a longer, different file body');
    expect(other.status).toBe(422);
  });

  it('a refusal is an answer too: the retry gets the same 4xx without running again', async () => {
    const body = { callId: '00000000-0000-4000-8000-000000000000', ...validProject('不存在的通知') };
    const first = await market.post('/api/v1/projects', body, keyed('k-refused'));
    expect(first.status).toBe(400);
    const again = await market.post('/api/v1/projects', body, keyed('k-refused'));
    expect(again.status).toBe(400);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body.code).toBe(first.body.code);
  });

  it('a malformed key is refused with 400 before anything runs', async () => {
    const res = await market.post('/api/v1/projects', { callId, ...validProject('坏键') }, keyed('x'.repeat(256)));
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('IDEMPOTENCY_KEY_INVALID');
    expect(await countNamed('坏键')).toBe(0);
  });
});

describe('project numbering by the year counter', () => {
  it('twenty concurrent creates get twenty consecutive codes, none doubled', async () => {
    const before = (
      await query<{ last_number: number }>(
        sql`SELECT last_number FROM project_code_counters WHERE plan_year = ${PLAN_YEAR}`,
      )
    )[0].last_number;
    const clients = [market, civil];
    const res = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        clients[i % 2].post('/api/v1/projects', { callId, ...validProject(`编号并发${i}`) }),
      ),
    );
    expect(res.map((r) => r.status)).toEqual(Array(20).fill(201));
    const codes = res.map((r) => r.body.code as string).sort();
    expect(codes).toEqual(Array.from({ length: 20 }, (_, i) => projectCode(PLAN_YEAR, before + 1 + i)).sort());
    // Every project of the year has a distinct code and the counter stands at the highest.
    const [{ n, distinct }] = await query<{ n: number; distinct: number }>(
      sql`SELECT count(*)::int AS n, count(DISTINCT code)::int AS distinct FROM projects WHERE plan_year = ${PLAN_YEAR}`,
    );
    expect(distinct).toBe(n);
    expect(n).toBe(before + 20);
  });

  it('a refused create gives its number back (the counter moves in the same transaction)', async () => {
    const [{ last_number: before }] = await query<{ last_number: number }>(
      sql`SELECT last_number FROM project_code_counters WHERE plan_year = ${PLAN_YEAR}`,
    );
    // An organisation id that does not exist: the insert fails on its foreign key, after the number was taken.
    const res = await market.post('/api/v1/projects', {
      callId,
      ...validProject('回滚编号'),
      leadOrgId: '00000000-0000-4000-8000-000000000001',
    });
    expect(res.status).toBeGreaterThanOrEqual(400);
    const [{ last_number: after }] = await query<{ last_number: number }>(
      sql`SELECT last_number FROM project_code_counters WHERE plan_year = ${PLAN_YEAR}`,
    );
    expect(after).toBe(before);
    const next = await market.post('/api/v1/projects', { callId, ...validProject('回滚之后') });
    expect(next.body.code).toBe(projectCode(PLAN_YEAR, before + 1));
  });
});

// Last: it moves the clock a day on.
describe('expiry', () => {
  it('a key expires after IDEMPOTENCY_TTL_HOURS (24 h): then it may name a new request', async () => {
    const first = await market.post('/api/v1/projects', { callId, ...validProject('过期键一') }, keyed('k-expire'));
    expect(first.status).toBe(201);
    ts.clock.advance(25 * 3600_000);
    market = await ts.as('market'); // the session has expired meanwhile
    const second = await market.post('/api/v1/projects', { callId, ...validProject('过期键二') }, keyed('k-expire'));
    expect(second.status).toBe(201);
    expect(second.body.id).not.toBe(first.body.id);
    expect(second.headers.get('idempotent-replayed')).toBeNull();
  });
});
