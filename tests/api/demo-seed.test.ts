// The demo district's projects (first start with DEMO_SEED): made through the real API, so each
// sits at a real step with its history — a draft, a pre-review, a joint review with 区发改局
// approval, and one under construction.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessions } from '../../src/db/schema.js';
import { seedDemoProjects, demoPlanYear } from '../../src/server/seed/demo-projects.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

let ts: TestServer;
beforeAll(async () => {
  ts = await startTestServer();
});
afterAll(async () => {
  await ts?.close();
});

describe('demo projects', () => {
  it('picks the first plan year whose 10-15 deadline is still ahead (Art.8)', () => {
    expect(demoPlanYear(new Date('2026-10-15T15:59:59Z'))).toBe(2027);
    expect(demoPlanYear(new Date('2026-10-15T16:00:00Z'))).toBe(2028);
  });

  it('seeds projects at four steps through the API, with history, and closes its sessions', async () => {
    const { planYear } = await seedDemoProjects(ts.app, ts.database.db, ts.clock.now());
    const bureau = await ts.as('databureau');
    const list = await bureau.get(`/api/v1/projects?year=${planYear}&pageSize=50`);
    const stages = Object.fromEntries(list.body.items.map((p: { name: string; stage: string }) => [p.name, p.stage]));
    expect(stages).toMatchObject({
      区域全民健康信息平台升级: 'pre_review',
      智慧养老服务平台: 'joint_review',
      智慧市场监管平台: 'construction',
    });
    expect(Object.keys(stages)).not.toContain('蔡集镇基层治理“一网统管”平台'); // a draft stays with its unit
    const town = await ts.as('town');
    expect((await town.get('/api/v1/projects')).body.items[0].stage).toBe('draft');
    const market = list.body.items.find((p: { stage: string }) => p.stage === 'construction');
    const events = await bureau.get(`/api/v1/projects/${market.id}/events`);
    expect(events.body.items.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['project.approved', 'project.procurement_recorded', 'project.construction_started']),
    );
    // The implementer sees its project; the four parties see the joint review waiting for them.
    expect(
      (await (await ts.as('zhongwu')).get('/api/v1/projects')).body.items.map((p: { id: string }) => p.id),
    ).toContain(market.id);
    const todo = await (await ts.as('cyberspace')).get('/api/v1/todo');
    expect(todo.body.items.map((x: { action: string }) => x.action)).toEqual(
      expect.arrayContaining(['joint_review_opinion', 'pre_review_opinion']),
    );
    const ndrc = await (await ts.as('ndrc')).get('/api/v1/todo');
    expect(ndrc.body.items).toHaveLength(0); // already approved
    // The data bureau's dashboard counts what it may see (drafts stay with their unit); a unit sees its own.
    const dash = await bureau.get(`/api/v1/dashboard?year=${planYear}`);
    expect(dash.body.totals).toMatchObject({ count: 3, totalFen: 1_800_000_00 + 5_200_000_00 + 3_000_000_00 }); // 180万 + 520万 + 300万
    expect(dash.body.byStage.map((x: { stage: string }) => x.stage)).toEqual([
      'pre_review',
      'joint_review',
      'construction',
    ]);
    expect(dash.body.byDepartment).toHaveLength(3);
    expect((await bureau.get(`/api/v1/projects?orgId=${dash.body.byDepartment[0].orgId}`)).body.total).toBe(1);
    const own = await (await ts.as('market')).get('/api/v1/dashboard');
    expect(own.body.totals).toMatchObject({ count: 1, totalFen: 3_000_000_00, contractFen: 2_798_000_00 });
    // Open data (public): the listed, non-classified projects and only their public facts.
    const open = await ts.client().get(`/api/v1/open-data/projects?year=${planYear}`);
    expect(open.status).toBe(200);
    expect(open.body.items.map((x: { name: string }) => x.name).sort()).toEqual([
      '智慧养老服务平台',
      '智慧市场监管平台',
    ]);
    expect(Object.keys(open.body.items[0])).not.toContain('form');
    const csv = await fetch(`${ts.url}/api/v1/open-data/projects?format=csv`);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(await csv.text()).toContain('智慧市场监管平台');
    const seedSessions = await ts.database.db.select().from(sessions).where(eq(sessions.method, 'demo_seed'));
    expect(seedSessions.length).toBeGreaterThan(0);
    expect(seedSessions.every((x) => x.revokedAt !== null)).toBe(true);
  });
});
