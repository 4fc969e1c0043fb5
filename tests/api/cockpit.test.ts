// 数据局驾驶舱 (issue 10, Art.31–34): on a small district built here — three declared projects and a
// draft, opinions given on known days, one final version left overdue, one system flagged and one
// project scored and criticised — every figure of GET /cockpit
// is the number the data set gives, each drill-down answers exactly the projects behind its figure,
// and only district-wide readers may look (declarants, implementers refused).
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  eliminationEntries,
  performanceEvaluations,
  projectApplications,
  projectPayments,
  sanctionSteps,
  systemProjects,
} from '../../src/db/schema.js';
import { generateScaleData } from '../../scripts/bench-scale-data.js';
import { watchQueries } from '../../src/db/client.js';
import { PLAN_YEAR } from '../helpers/clock.js';
import {
  contractedProject,
  declareReady,
  fresh,
  jointOpinion,
  MATERIALS,
  tinyPdf,
  upload,
  validProject,
  wan,
} from '../helpers/projects.js';
import { type Client, startTestServer, type TestServer } from '../helpers/server.js';

let ts: TestServer;
const c: Record<string, Client> = {};
const USERS = ['databureau', 'cyberspace', 'finance', 'bigdata', 'edu', 'health', 'zhongwu', 'supervisor'];
const ids = { built: '', late: '', mixed: '', draft: '' };
const org = { edu: '', health: '' };

/** Moves the server's clock to a Beijing time and signs everyone in again (sessions idle out). */
async function at(local: string) {
  ts.clock.set(`${local}+08:00`);
  for (const u of USERS) c[u] = await ts.as(u);
}
const ok = async (res: Promise<{ status: number; body: any }>, what: string) => {
  const r = await res;
  if (r.status >= 300) throw new Error(`${what}: ${r.status} ${JSON.stringify(r.body)}`);
  return r;
};
const cockpit = async (query = `?year=${PLAN_YEAR}`) => {
  const r = await c.databureau.get(`/api/v1/cockpit${query}`);
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return r.body;
};
const drill = async (query: string, who = c.databureau) => {
  const r = await who.get(`/api/v1/cockpit/projects?year=${PLAN_YEAR}&pageSize=200&${query}`);
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return (r.body.items as { id: string }[]).map((p) => p.id).sort();
};
const sorted = (...xs: string[]) => [...xs].sort();

beforeAll(async () => {
  ts = await startTestServer();
  await at('2026-09-01T10:00:00');
  const callId = (await c.databureau.post('/api/v1/calls', { planYear: PLAN_YEAR, title: `${PLAN_YEAR}年度申报通知` }))
    .body.id as string;
  org.edu = (await c.edu.get('/api/v1/me')).body.organization.id;
  org.health = (await c.health.get('/api/v1/me')).body.organization.id;

  // 1. Built (education, 300万): through both reviews on 09-01 (0 working days), contracted.
  ids.built = (await contractedProject(c, 'edu', callId, '智慧教育平台', wan(300))).id;
  // Finance's control price 280万 (Art.13) recovers 20万; 100万 disbursed (Art.26) — entered as stored facts.
  const db = ts.database.db;
  await db
    .update(projectApplications)
    .set({ controlPriceFen: wan(280), recoveryFen: wan(20) })
    .where(and(eq(projectApplications.projectId, ids.built), eq(projectApplications.round, 1)));
  await db.insert(projectPayments).values({
    projectId: ids.built,
    kind: 'disbursement',
    amountFen: wan(100),
    paidOn: '2026-09-01',
    recordedBy: (await c.finance.get('/api/v1/me')).body.user.id,
    recordedAt: ts.clock.now(),
  });

  // Oversight records of the built project, as the monitoring and evaluation steps store them: its system
  // flagged idle and awaiting decision (Art.32); evaluated at 85 with a target not met, publicly criticised (Art.33).
  const financeUser = (await c.finance.get('/api/v1/me')).body;
  const [link] = await db.select().from(systemProjects).where(eq(systemProjects.projectId, ids.built));
  if (!link) throw new Error('the built project registered no system');
  const now = ts.clock.now();
  await db.insert(eliminationEntries).values({
    systemId: link.systemId,
    status: 'pending',
    flags: ['idle'],
    evidence: [],
    throughMonth: '2026-08',
    listedAt: now,
    createdAt: now,
    updatedAt: now,
  });
  await db.insert(performanceEvaluations).values({
    projectId: ids.built,
    kind: 'data_bureau',
    year: 2026,
    targets: [],
    score: 85,
    targetsUnmet: true,
    evaluatorOrgId: financeUser.organization.id,
    evaluatedBy: financeUser.user.id,
    evaluatedAt: now,
  });
  await db.insert(sanctionSteps).values({
    projectId: ids.built,
    orderId: randomUUID(),
    step: 'criticism',
    levelAfter: 'criticism',
    reason: '整改不到位',
    decidedBy: financeUser.user.id,
    decidedByOrgId: financeUser.organization.id,
    decidedAt: now,
  });

  // 2. Mixed funding (education, 50万: 30万 fiscal + 20万 SOE), declared, no opinion yet.
  const mixed = validProject('教育数据共享交换', wan(50));
  mixed.category = 'data_system';
  mixed.form.fundingSources = [
    { source: 'fiscal', amountFen: wan(30) },
    { source: 'soe', amountFen: wan(20) },
  ];
  ids.mixed = (await ok(c.edu.post('/api/v1/projects', { callId, ...mixed }), 'create mixed')).body.id;
  for (const t of MATERIALS) await ok(upload(c.edu, ids.mixed, t, `${t}.pdf`, tinyPdf(t)), `upload ${t}`);
  await ok(
    c.edu.post(`/api/v1/projects/${ids.mixed}/submit`, { version: (await fresh(c.edu, ids.mixed)).version }),
    'submit mixed',
  );

  // 3. A draft (education): declared nothing yet, never counted.
  ids.draft = (await declareReady(c.edu, callId, '尚未提交的草稿', wan(900))).id;

  // 4. Health, 200万, submitted 09-01: two parties answer on 09-03 (2 working days), two on 09-10 (7:
  // over the 5-day waiting time); budget 180万; joint review opened 09-10, answered 09-11 (1 day);
  // the final version (3 working days, Art.14) never comes.
  ids.late = (await declareReady(c.health, callId, '健康档案互联互通', wan(200))).id;
  await ok(
    c.health.post(`/api/v1/projects/${ids.late}/submit`, { version: (await fresh(c.health, ids.late)).version }),
    'submit',
  );
  await at('2026-09-03T15:00:00');
  for (const who of ['databureau', 'cyberspace'])
    await ok(c[who].post(`/api/v1/projects/${ids.late}/opinions`, { decision: 'pass', text: '同意' }), who);
  await at('2026-09-10T09:30:00');
  for (const who of ['finance', 'bigdata'])
    await ok(c[who].post(`/api/v1/projects/${ids.late}/opinions`, { decision: 'pass', text: '同意' }), who);
  await ok(
    c.finance.post(`/api/v1/projects/${ids.late}/budget-review`, { decision: 'approve', approvedBudgetFen: wan(180) }),
    'budget',
  );
  await ok(
    c.databureau.post('/api/v1/plans', {
      planYear: PLAN_YEAR,
      consentDocNumber: `宿区政复〔${PLAN_YEAR - 1}〕321号`,
      consentDate: `${PLAN_YEAR - 1}-09-01`,
      projectIds: [ids.late],
    }),
    'plan',
  );
  await ok(c.health.post(`/api/v1/projects/${ids.late}/application`, {}), 'application');
  await at('2026-09-11T11:00:00');
  for (const who of ['databureau', 'cyberspace', 'finance', 'bigdata'])
    await ok(c[who].post(`/api/v1/projects/${ids.late}/joint-review/opinions`, jointOpinion('pass')), `joint ${who}`);
  await at('2026-09-18T09:00:00');
  for (const u of ['auditor', 'databureau_leader', 'edu_leader']) c[u] = await ts.as(u);
}, 240_000);
afterAll(async () => {
  await ts?.close();
});

describe('GET /cockpit — the figures of a known district', () => {
  it('the money pipeline: declared → budgeted → control price → contracted → disbursed → recovered', async () => {
    const b = await cockpit();
    const step = (s: string) => b.pipeline.find((x: { step: string }) => x.step === s);
    expect(b.pipeline.map((s: { step: string }) => s.step)).toEqual([
      'declared',
      'budgeted',
      'control_price',
      'contracted',
      'disbursed',
      'recovered',
    ]);
    expect(step('declared')).toMatchObject({ fen: wan(550), count: 3, zh: '申报总投资' });
    expect(step('budgeted')).toMatchObject({ fen: wan(480), count: 2 });
    expect(step('control_price')).toMatchObject({ fen: wan(280), count: 1 });
    expect(step('contracted')).toMatchObject({ fen: wan(300) - 100, count: 1 });
    expect(step('disbursed')).toMatchObject({ fen: wan(100), count: 1 });
    expect(step('recovered')).toMatchObject({ fen: wan(20), count: 1, article: 'Art.13' });
  });

  it('by department, category, funding source and year', async () => {
    const b = await cockpit();
    expect(
      b.byDepartment.map((d: { orgId: string; figures: { declared: { fen: number; count: number } } }) => [
        d.orgId,
        d.figures.declared,
      ]),
    ).toEqual([
      [org.edu, { fen: wan(350), count: 2 }],
      [org.health, { fen: wan(200), count: 1 }],
    ]);
    expect(b.byDepartment[0].name).toBeTruthy();
    expect(b.byCategory.map((x: { category: string; name: string }) => [x.category, x.name])).toEqual([
      ['business_system', '业务系统'],
      ['data_system', '数据系统'],
    ]);
    expect(b.bySource).toEqual([
      {
        source: 'fiscal',
        name: expect.stringContaining('财政资金'),
        nameEn: expect.any(String),
        count: 3,
        declaredFen: wan(530),
      },
      { source: 'soe', name: '国有企业投资', nameEn: 'SOE investment', count: 1, declaredFen: wan(20) },
    ]);
    expect(b.byYear).toEqual([
      { planYear: PLAN_YEAR, figures: expect.objectContaining({ declared: { fen: wan(550), count: 3 } }) },
    ]);
  });

  it('review timeliness per party in working days, with the opinions over the waiting time', async () => {
    const b = await cockpit();
    const pre = (party: string) => b.reviewTimeliness.pre_review.find((p: { party: string }) => p.party === party);
    expect(b.reviewTimeliness.waitLimit).toMatchObject({ value: 5 });
    expect(pre('data_bureau')).toMatchObject({
      zh: '区数据局',
      count: 2,
      medianDays: 1,
      avgDays: 1,
      maxDays: 2,
      overdueCount: 0,
    });
    expect(pre('finance')).toMatchObject({ count: 2, medianDays: 3.5, avgDays: 3.5, maxDays: 7, overdueCount: 1 });
    expect(pre('bigdata_center')).toMatchObject({ count: 2, maxDays: 7, overdueCount: 1 });
    const joint = b.reviewTimeliness.joint_review.find((p: { party: string }) => p.party === 'cyberspace');
    expect(joint).toMatchObject({ count: 2, medianDays: 0.5, maxDays: 1, overdueCount: 0 });
    expect(b.reviewTimeliness.all.find((p: { party: string }) => p.party === 'finance').count).toBe(4);
  });

  it('missed deadlines by unit: the final version past its 3 working days (Art.14)', async () => {
    const b = await cockpit();
    expect(b.overdueByUnit).toEqual([
      expect.objectContaining({
        orgId: org.health,
        overdue: 1,
        late: 0,
        byKind: [
          expect.objectContaining({ kind: 'final_version', rule: 'R-REVISE-3WD', article: 'Art.14', overdue: 1 }),
        ],
      }),
    ]);
  });

  it('monitoring flags count systems per flag and list status; evaluation scores count projects per band and ladder level', async () => {
    const b = await cockpit();
    const count = (items: { key: string; count: number }[], key: string) => items.find((i) => i.key === key)?.count;
    expect(b.monitoringFlags.available).toBe(true);
    expect(count(b.monitoringFlags.items, 'flag:idle')).toBe(1);
    expect(count(b.monitoringFlags.items, 'flag:low_use')).toBe(0);
    expect(count(b.monitoringFlags.items, 'status:pending')).toBe(1);
    expect(b.monitoringFlags.items.find((i: { key: string }) => i.key === 'flag:idle')).toMatchObject({
      zh: '长期闲置',
      article: 'Art.32',
    });
    expect(count(b.evaluationScores.items, 'band:good')).toBe(1);
    expect(count(b.evaluationScores.items, 'band:excellent')).toBe(0);
    expect(count(b.evaluationScores.items, 'unmet')).toBe(1);
    expect(count(b.evaluationScores.items, 'level:criticism')).toBe(1);
    expect(b.evaluationScores.averageScore).toBe(85);
  });

  it('another year has nothing', async () => {
    const b = await cockpit(`?year=${PLAN_YEAR + 1}`);
    expect(b.pipeline.every((s: { fen: number; count: number }) => s.fen === 0 && s.count === 0)).toBe(true);
    expect(b.overdueByUnit).toEqual([]);
    expect(b.evaluationScores.averageScore).toBeNull();
    expect(b.monitoringFlags.items.every((i: { count: number }) => i.count === 0)).toBe(true);
  });
});

describe('GET /cockpit/projects — every figure drills down to exactly its projects', () => {
  it('money steps, departments, categories and sources', async () => {
    expect(await drill('figure=money')).toEqual(sorted(ids.built, ids.mixed, ids.late));
    expect(await drill('figure=money&step=budgeted')).toEqual(sorted(ids.built, ids.late));
    for (const s of ['control_price', 'contracted', 'disbursed', 'recovered'])
      expect(await drill(`figure=money&step=${s}`)).toEqual([ids.built]);
    expect(await drill(`figure=money&orgId=${org.edu}`)).toEqual(sorted(ids.built, ids.mixed));
    expect(await drill(`figure=money&orgId=${org.health}&step=recovered`)).toEqual([]);
    expect(await drill('figure=money&category=data_system')).toEqual([ids.mixed]);
    expect(await drill('figure=source&source=soe')).toEqual([ids.mixed]);
    expect(await drill('figure=source&source=fiscal')).toEqual(sorted(ids.built, ids.mixed, ids.late));
  });

  it('review parties, missed deadlines, flags, scores and ladder levels', async () => {
    expect(await drill('figure=review&party=finance')).toEqual(sorted(ids.built, ids.late));
    expect(await drill('figure=review&party=finance&review=joint_review')).toEqual(sorted(ids.built, ids.late));
    expect(await drill(`figure=overdue&orgId=${org.health}`)).toEqual([ids.late]);
    expect(await drill(`figure=overdue&orgId=${org.edu}`)).toEqual([]);
    expect(await drill('figure=overdue&kind=final_version&state=overdue')).toEqual([ids.late]);
    expect(await drill('figure=flag&key=flag:idle')).toEqual([ids.built]);
    expect(await drill('figure=flag&key=status:pending')).toEqual([ids.built]);
    expect(await drill('figure=flag&key=flag:unusable')).toEqual([]);
    expect(await drill('figure=score&key=band:good')).toEqual([ids.built]);
    expect(await drill('figure=score&key=band:poor')).toEqual([]);
    expect(await drill('figure=score&key=unmet')).toEqual([ids.built]);
    expect(await drill('figure=score&key=level:criticism')).toEqual([ids.built]);
    expect(await drill('figure=flag')).toEqual([]);
  });

  it('pages with a total', async () => {
    const r = await c.databureau.get(`/api/v1/cockpit/projects?figure=money&year=${PLAN_YEAR}&pageSize=2&page=2`);
    expect(r.body).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(r.body.items).toHaveLength(1);
    expect(r.body.items[0]).toMatchObject({ code: expect.any(String), declaringOrgName: expect.any(String) });
  });
});

describe('who may read the cockpit', () => {
  it('the data bureau, its leader and the audit bureau read it; declarants and implementers do not', async () => {
    for (const u of ['auditor', 'databureau_leader']) {
      expect((await c[u].get(`/api/v1/cockpit?year=${PLAN_YEAR}`)).status).toBe(200);
      expect((await c[u].get(`/api/v1/cockpit/projects?figure=money&year=${PLAN_YEAR}`)).status).toBe(200);
    }
    for (const u of ['edu', 'edu_leader', 'zhongwu']) {
      const r = await c[u].get(`/api/v1/cockpit?year=${PLAN_YEAR}`);
      expect(r.status).toBe(403);
      expect(r.body.code).toBe('FORBIDDEN');
      expect((await c[u].get('/api/v1/cockpit/projects?figure=money')).status).toBe(403);
    }
    expect((await ts.client().get('/api/v1/cockpit')).status).toBe(401);
  });

  it('the OpenAPI document describes both in Chinese', async () => {
    const doc = (await c.databureau.get('/api/openapi.json')).body;
    expect(doc.paths['/api/v1/cockpit'].get.summary).toContain('数据局驾驶舱');
    expect(doc.paths['/api/v1/cockpit/projects'].get.summary).toContain('穿透');
  });
});

describe('the cockpit is aggregated in the database (issue 12)', () => {
  /** The statements one request sends: the least of three tries (a session's seen-at write is not the endpoint's). */
  const statements = async (url: string) => {
    let least = Number.POSITIVE_INFINITY;
    for (let i = 0; i < 3; i++) {
      let n = 0;
      const stop = watchQueries(() => {
        n++;
      });
      const r = await c.databureau.get(url);
      stop();
      expect(r.status, JSON.stringify(r.body).slice(0, 300)).toBe(200);
      least = Math.min(least, n);
    }
    return least;
  };

  it('sends the same statements with 300 more projects over six years', async () => {
    const urls = [
      '/api/v1/cockpit',
      `/api/v1/cockpit?year=${PLAN_YEAR - 1}`,
      '/api/v1/cockpit/projects?figure=review&party=finance',
    ];
    const before = [];
    for (const u of urls) before.push(await statements(u));
    await generateScaleData(ts.database.db, { projects: 300, planYear: PLAN_YEAR, log: () => undefined });
    for (const [i, u] of urls.entries()) {
      const after = await statements(u);
      expect(after, `${u}: ${before[i]} statements before, ${after} after`).toBeLessThanOrEqual(before[i]! + 1);
      expect(after, u).toBeLessThanOrEqual(16);
    }
    const b = await cockpit('');
    expect(b.byYear.length).toBeGreaterThan(1);
    expect(b.pipeline[0].count).toBeGreaterThan(100);
  }, 120_000);
});
