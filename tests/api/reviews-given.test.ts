// 我已出具意见 (GET /reviews/given, issue 13): a review party lists the opinions it has given, newest
// first and paged, with the project; another party does not see them; a declarant has none.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wan } from '../../src/domain/money.js';
import { PLAN_YEAR } from '../helpers/clock.js';
import { declareReady, fresh } from '../helpers/projects.js';
import { startTestServer, type Client, type TestServer } from '../helpers/server.js';

let ts: TestServer;
const c: Record<string, Client> = {};
let first = '';
let second = '';
beforeAll(async () => {
  ts = await startTestServer();
  for (const u of ['databureau', 'finance', 'cyberspace', 'market']) c[u] = await ts.as(u);
  const callId = (await c.databureau.post('/api/v1/calls', { planYear: PLAN_YEAR, title: `${PLAN_YEAR}年度申报通知` }))
    .body.id;
  for (const name of ['意见列表项目甲', '意见列表项目乙']) {
    const p = await declareReady(c.market, callId, name, wan(120));
    await c.market.post(`/api/v1/projects/${p.id}/submit`, { version: (await fresh(c.market, p.id)).version });
    if (!first) first = p.id;
    else second = p.id;
  }
});
afterAll(async () => {
  await ts?.close();
});

describe('GET /reviews/given', () => {
  it('lists the party’s own opinions, newest first, paged', async () => {
    expect((await c.finance.get('/api/v1/reviews/given')).body.total).toBe(0);
    expect(
      (await c.finance.post(`/api/v1/projects/${first}/opinions`, { decision: 'pass', text: '同意' })).status,
    ).toBe(201);
    ts.clock.advance(60_000);
    expect(
      (await c.finance.post(`/api/v1/projects/${second}/opinions`, { decision: 'return', text: '请补充预算明细' }))
        .status,
    ).toBe(201);
    const all = await c.finance.get('/api/v1/reviews/given');
    expect(all.status).toBe(200);
    expect(all.body.party).toBe('finance');
    expect(all.body.total).toBe(2);
    expect(all.body.items.map((o: { project: { id: string } }) => o.project.id)).toEqual([second, first]);
    expect(all.body.items[0]).toMatchObject({
      review: 'pre_review',
      round: 1,
      decision: 'return',
      article: 'Art.10(2)',
    });
    expect(all.body.items[0].project.name).toBe('意见列表项目乙');
    const page2 = await c.finance.get('/api/v1/reviews/given?page=2&pageSize=1');
    expect(page2.body.items.map((o: { project: { id: string } }) => o.project.id)).toEqual([first]);
  });

  it('another party sees only its own; a declarant has no party', async () => {
    expect((await c.cyberspace.get('/api/v1/reviews/given')).body.total).toBe(0);
    const mine = await c.market.get('/api/v1/reviews/given');
    expect(mine.status).toBe(200);
    expect(mine.body).toMatchObject({ party: null, total: 0, items: [] });
  });
});
