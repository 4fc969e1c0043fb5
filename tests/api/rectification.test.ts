// Performance evaluation and the rectification ladder (Art.22, 31, 33; issue 10 part 2): a project whose
// targets are not met is ordered to rectify, fails round after round and climbs 通报批评 → 暂缓拨付 →
// 暂停项目建设 → 项目终止, each effect refused in turn citing R-RECTIFY / Art.33; another is rectified and its
// sanction lifted; the spot-check sample is reproducible from its seed; the evaluator sees only what is
// assigned to it; an oversight bureau's request and the owner's answer are on the project's history.
// The order's deadline is an obligation (issue 10, "deadlines that remind"): reminded 5 working days
// ahead and once overdue (then the data bureau too), counted on the cockpit while overdue and as late
// once answered after it, and settled when answered, judged or superseded — on the test clock.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runObligationsJob } from '../../src/server/obligations/job.js';
import { CALL_YEAR, PLAN_YEAR } from '../helpers/clock.js';
import { enterCalendarFixture } from '../helpers/calendar-fixture.js';
import { contractedProject, fresh, orgIdOf, tinyPdf, upload, wan } from '../helpers/projects.js';
import { type Client, startTestServer, type TestServer } from '../helpers/server.js';

let ts: TestServer;
const c: Record<string, Client> = {};
const ids = { a: '', b: '', c: '' };
const USERS = [
  'databureau',
  'cyberspace',
  'finance',
  'bigdata',
  'market',
  'civil',
  'zhongwu',
  'supervisor',
  'evaluator',
  'police',
  'auditor',
];
const TARGET = '一件事办理时限';

async function dayIs(date: string) {
  ts.clock.set(`${date}T09:00:00+08:00`);
  for (const u of USERS) c[u] = await ts.as(u);
}
const post = (who: string, id: string, path: string, body: unknown = {}) =>
  c[who].post(`/api/v1/projects/${id}/${path}`, body);
const panel = async (who: string, id: string) => (await c[who].get(`/api/v1/projects/${id}/oversight`)).body;
const events = async (id: string) =>
  ((await c.databureau.get(`/api/v1/projects/${id}/events`)).body.items as { action: string }[]).map((e) => e.action);
const notMet = (score = 40) => ({
  year: CALL_YEAR,
  targets: [{ indicator: TARGET, result: 'not_met', note: '平均办理时限3个工作日' }],
  score,
  summary: '绩效目标未实现',
});

beforeAll(async () => {
  ts = await startTestServer({ PASSWORD_EXPIRY_DAYS: '0' });
  for (const u of USERS) c[u] = await ts.as(u);
  await enterCalendarFixture(c.databureau);
  const callId = (await c.databureau.post('/api/v1/calls', { planYear: PLAN_YEAR, title: `${PLAN_YEAR}年度申报通知` }))
    .body.id;
  ids.a = (await contractedProject(c, 'market', callId, '市场监管智慧监管平台', wan(300))).id;
  ids.b = (await contractedProject(c, 'civil', callId, '民政救助一网通办', wan(200))).id;
  ids.c = (await contractedProject(c, 'market', callId, '市场主体信用信息系统', wan(120))).id;
}, 120_000);
afterAll(async () => {
  await ts?.close();
});

describe('spot checks of the self-evaluations (Art.33 抽查复核)', () => {
  it('the year’s filed self-evaluations form the population', async () => {
    await dayIs(`${CALL_YEAR}-12-10`);
    for (const [id, owner] of [
      [ids.a, 'market'],
      [ids.b, 'civil'],
      [ids.c, 'market'],
    ] as const) {
      const draft = { year: CALL_YEAR, progress: '按计划推进', investment: '已支付三成' };
      expect((await post('zhongwu', id, 'self-evaluations', draft)).status).toBe(200);
      expect((await post(owner, id, 'self-evaluations/declarant-opinion', { opinion: '同意' })).status).toBe(200);
      expect((await post('supervisor', id, 'self-evaluations/supervisor-opinion', { opinion: '属实' })).status).toBe(
        200,
      );
      expect((await post('zhongwu', id, 'self-evaluations/file', {})).status).toBe(200);
    }
    const pop = await c.databureau.get(`/api/v1/spot-checks/population?population=self_evaluation&year=${CALL_YEAR}`);
    expect(pop.status).toBe(200);
    expect(pop.body.items).toHaveLength(3);
  });

  it('a draw with a seed is recorded and re-drawn identically; without one a seed is chosen and kept', async () => {
    const body = { population: 'self_evaluation', year: CALL_YEAR, size: 2, seed: '宿城2026-抽查' };
    const first = await c.databureau.post('/api/v1/spot-checks', body);
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body.drawnIds).toHaveLength(2);
    expect(first.body.items.map((i: { projectId: string }) => i.projectId).every(Boolean)).toBe(true);
    const again = await c.databureau.post('/api/v1/spot-checks', body);
    expect(again.body.drawnIds).toEqual(first.body.drawnIds);
    expect(again.body.populationIds).toEqual(first.body.populationIds);
    const read = await c.databureau.get(`/api/v1/spot-checks/${first.body.id}`);
    expect(read.body).toMatchObject({ seed: body.seed, reproducible: true, drawnIds: first.body.drawnIds });
    const unseeded = await c.databureau.post('/api/v1/spot-checks', { ...body, seed: undefined, size: 5 });
    expect(unseeded.body.seed).toMatch(/^[0-9a-f]{16}$/);
    expect(unseeded.body.drawnIds).toHaveLength(3); // larger than the population: all of it
    const list = await c.databureau.get('/api/v1/spot-checks');
    expect(list.body.items).toHaveLength(3);
    expect((await c.market.post('/api/v1/spot-checks', body)).status).toBe(403);
    expect((await c.databureau.post('/api/v1/spot-checks', { ...body, size: 0 })).status).toBe(400);
  });
});

describe('the rectification ladder to termination (Art.33, R-RECTIFY)', () => {
  const id = () => ids.a;
  const refusal = { rule: 'R-RECTIFY', article: 'Art.33' };

  it('a target not met is scored; the owner answers the order; a report judged failed is 通报批评', async () => {
    expect((await post('market', id(), 'rectifications', { reason: '我来下达' })).status).toBe(403);
    const none = await post('databureau', id(), 'rectifications', { reason: '绩效目标未实现' });
    expect(none.status).toBe(409); // no evaluation yet: nothing to rectify
    expect(none.body.code).toBe('NO_UNMET_TARGETS');
    const wrong = await post('databureau', id(), 'evaluations', { ...notMet(), targets: [] });
    expect(wrong.body.code).toBe('TARGETS_MISMATCH');
    const ev = await post('databureau', id(), 'evaluations', notMet());
    expect(ev.status, JSON.stringify(ev.body)).toBe(201);
    expect(ev.body).toMatchObject({ kind: 'data_bureau', score: 40, targetsUnmet: true });
    expect((await fresh(c.databureau, id())).actions).toContain('order_rectification');
    const order = await post('databureau', id(), 'rectifications', { reason: '办理时限未达到绩效目标，限期整改' });
    expect(order.status, JSON.stringify(order.body)).toBe(201);
    const p = await panel('market', id());
    // One month after 12-10 is 01-10 of the next year, a Sunday: moved to Monday 01-11.
    expect(p.orders).toEqual([expect.objectContaining({ round: 1, deadline: `${PLAN_YEAR}-01-11` })]);
    expect((await fresh(c.market, id())).actions).toContain('answer_rectification');
    const early = await post('databureau', id(), 'rectifications/judgement', { decision: 'refused', note: '拒不整改' });
    expect(early.status).toBe(422);
    expect(early.body).toMatchObject({ code: 'RECTIFICATION_NOT_DUE', ...refusal });
    expect((await post('market', id(), 'rectifications/answer', { report: '已优化流程' })).status).toBe(200);
    const judged = await post('databureau', id(), 'rectifications/judgement', { decision: 'failed', note: '仍未达标' });
    expect(judged.status, JSON.stringify(judged.body)).toBe(200);
    const after = await panel('databureau', id());
    expect(after.sanction).toMatchObject({ level: 'criticism', zh: '通报批评' });
    expect(after.steps).toEqual([
      expect.objectContaining({ step: 'criticism', decidedByName: expect.any(String), decidedByOrg: '宿城区数据局' }),
    ]);
    expect(after.orders[1]).toMatchObject({ round: 2, decision: null });
    // Criticism stops nothing.
    const pay = await post('market', id(), 'payments', { amountFen: wan(10), paidOn: `${CALL_YEAR}-12-01` });
    expect(pay.status).toBe(201);
  });

  it('failed again: funds suspended — payments and disbursements refused, construction goes on', async () => {
    await post('market', id(), 'rectifications/answer', { report: '第二轮整改' });
    const judged = await post('databureau', id(), 'rectifications/judgement', { decision: 'failed', note: '仍未达标' });
    expect(judged.status).toBe(200);
    expect((await panel('market', id())).sanction.level).toBe('funds_suspended');
    const pay = await post('market', id(), 'payments', { amountFen: wan(10), paidOn: `${CALL_YEAR}-12-01` });
    expect(pay.status).toBe(422);
    expect(pay.body).toMatchObject({ code: 'FUNDS_SUSPENDED', ...refusal });
    const disburse = await post('finance', id(), 'disbursements', { amountFen: wan(10), paidOn: `${CALL_YEAR}-12-01` });
    expect(disburse.status).toBe(422);
    expect(disburse.body).toMatchObject({ code: 'FUNDS_SUSPENDED', ...refusal });
    expect((await fresh(c.market, id())).actions).not.toContain('record_payment');
    expect((await post('zhongwu', id(), 'progress', { milestone: '整改中', percent: 40 })).status).toBe(201);
  });

  it('failed a third time: construction suspended — construction steps refused, the rectification still answered', async () => {
    await post('market', id(), 'rectifications/answer', { report: '第三轮整改' });
    await post('databureau', id(), 'rectifications/judgement', { decision: 'failed', note: '仍未达标' });
    expect((await panel('market', id())).sanction.level).toBe('suspended');
    const progress = await post('zhongwu', id(), 'progress', { milestone: '继续建设', percent: 50 });
    expect(progress.status).toBe(422);
    expect(progress.body).toMatchObject({ code: 'PROJECT_SUSPENDED', ...refusal });
    const trial = await post('market', id(), 'trial', { startedOn: `${CALL_YEAR}-12-10`, softwareDevelopment: true });
    expect(trial.body).toMatchObject({ code: 'PROJECT_SUSPENDED', ...refusal });
    const pay = await post('market', id(), 'payments', { amountFen: wan(1), paidOn: `${CALL_YEAR}-12-01` });
    expect(pay.body).toMatchObject({ code: 'PROJECT_SUSPENDED', ...refusal });
    const actions = (await fresh(c.market, id())).actions as string[];
    expect(actions).toContain('answer_rectification');
    expect(actions).not.toContain('record_trial_start');
  });

  it('no answer by the deadline: refused — the project is terminated, and every action refused after', async () => {
    const open = (await panel('databureau', id())).orders.at(-1);
    expect(open.round).toBe(4);
    // The deadline's own day is still in time; the day after, no answer is a refusal.
    await dayIs(open.deadline);
    const onTime = await post('databureau', id(), 'rectifications/judgement', {
      decision: 'refused',
      note: '拒不整改',
    });
    expect(onTime.body.code).toBe('RECTIFICATION_NOT_DUE');
    const next = new Date(`${open.deadline}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    await dayIs(next.toISOString().slice(0, 10));
    const refused = await post('databureau', id(), 'rectifications/judgement', {
      decision: 'refused',
      note: '拒不整改',
    });
    expect(refused.status, JSON.stringify(refused.body)).toBe(200);
    expect(refused.body.stage).toBe('terminated');
    const p = await panel('market', id());
    expect(p.sanction.level).toBe('terminated');
    expect(p.steps.map((s: { step: string }) => s.step)).toEqual([
      'criticism',
      'funds_suspended',
      'suspended',
      'terminated',
    ]);
    expect(p.orders).toHaveLength(4); // no round after termination
    expect((await fresh(c.market, id())).actions).toEqual([]);
    const answer = await post('market', id(), 'rectifications/answer', { report: '补交整改报告' });
    expect(answer.body).toMatchObject({ code: 'PROJECT_TERMINATED', ...refusal });
    const progress = await post('zhongwu', id(), 'progress', { milestone: '继续建设', percent: 60 });
    expect(progress.body).toMatchObject({ code: 'PROJECT_TERMINATED', ...refusal });
    const ev = await post('databureau', id(), 'evaluations', notMet());
    expect(ev.body).toMatchObject({ code: 'PROJECT_TERMINATED', ...refusal });
    const history = await events(id());
    expect(history.filter((a) => a === 'project.rectification_judged')).toHaveLength(4);
    expect(history).toContain('project.performance_evaluated');
    const sanctions = await c.databureau.get('/api/v1/sanctions');
    expect(sanctions.body.items).toEqual([
      expect.objectContaining({ level: 'terminated', project: expect.objectContaining({ id: id() }) }),
    ]);
    const bell = await c.market.get('/api/v1/notifications?pageSize=100');
    expect(JSON.stringify(bell.body)).toContain('整改认定');
  });
});

describe('a rectification accepted lifts the sanction (not a termination)', () => {
  it('criticism, then rectified: lifted, recorded with who decided', async () => {
    const id = ids.b;
    expect((await post('databureau', id, 'evaluations', notMet(55))).status).toBe(201);
    expect((await post('databureau', id, 'rectifications', { reason: '限期整改' })).status).toBe(201);
    await post('civil', id, 'rectifications/answer', { report: '整改一' });
    await post('databureau', id, 'rectifications/judgement', { decision: 'failed', note: '仍未达标' });
    expect((await panel('civil', id)).sanction.level).toBe('criticism');
    await post('civil', id, 'rectifications/answer', { report: '整改二' });
    const ok = await post('databureau', id, 'rectifications/judgement', { decision: 'accepted', note: '整改合格' });
    expect(ok.status).toBe(200);
    const p = await panel('civil', id);
    expect(p.sanction).toBeNull();
    expect(p.steps.map((s: { step: string; levelAfter: string | null }) => [s.step, s.levelAfter])).toEqual([
      ['criticism', 'criticism'],
      ['lifted', null],
    ]);
    expect(p.orders.map((o: { decision: string }) => o.decision)).toEqual(['failed', 'accepted']);
    expect((await fresh(c.civil, id)).actions).not.toContain('answer_rectification');
  });
});

describe('third-party evaluation: the evaluator sees only what is assigned to it (Art.33)', () => {
  it('assigned B, the evaluator sees B and not C, uploads its report and scores B once', async () => {
    const evalOrg = await orgIdOf(c.databureau, 'eval-shuzhi');
    expect((await c.evaluator.get(`/api/v1/projects/${ids.b}`)).status).toBe(404);
    const notEvaluator = await c.databureau.post('/api/v1/evaluation-assignments', {
      projectId: ids.b,
      evaluatorOrgId: await orgIdOf(c.databureau, 'zhongwu-bigdata'),
      year: PLAN_YEAR,
    });
    expect(notEvaluator.body.code).toBe('ORG_ROLE_MISMATCH');
    const assign = { projectId: ids.b, evaluatorOrgId: evalOrg, year: PLAN_YEAR, note: '重点项目' };
    expect((await c.market.post('/api/v1/evaluation-assignments', assign)).status).toBe(403);
    expect((await c.databureau.post('/api/v1/evaluation-assignments', assign)).status).toBe(201);
    expect((await c.databureau.post('/api/v1/evaluation-assignments', assign)).status).toBe(409);
    const mine = await c.evaluator.get('/api/v1/evaluation-assignments');
    expect(mine.body.items.map((i: { projectId: string }) => i.projectId)).toEqual([ids.b]);
    expect(mine.body.items[0].project.targets).toEqual([{ indicator: TARGET, target: '不超过1个工作日' }]);
    expect((await c.evaluator.get(`/api/v1/projects/${ids.b}`)).status).toBe(200);
    expect((await c.evaluator.get(`/api/v1/projects/${ids.c}`)).status).toBe(404);
    expect((await c.evaluator.get(`/api/v1/projects/${ids.c}/oversight`)).status).toBe(404);
    expect((await upload(c.evaluator, ids.c, 'third_party_evaluation', 'r.pdf', tinyPdf('x'))).status).toBe(404);
    expect((await upload(c.evaluator, ids.b, 'contract', 'r.pdf', tinyPdf('x'))).status).not.toBe(201);
    const doc = await upload(c.evaluator, ids.b, 'third_party_evaluation', '评估报告.pdf', tinyPdf('评估'));
    expect(doc.status, JSON.stringify(doc.body)).toBe(201);
    const body = {
      year: PLAN_YEAR,
      targets: [{ indicator: TARGET, result: 'met', note: '' }],
      score: 88,
      documentId: doc.body.id,
    };
    const noReport = await post('evaluator', ids.b, 'evaluations', { ...body, documentId: undefined });
    expect(noReport.body.code).toBe('REPORT_REQUIRED');
    const ev = await post('evaluator', ids.b, 'evaluations', body);
    expect(ev.status, JSON.stringify(ev.body)).toBe(201);
    expect(ev.body).toMatchObject({ kind: 'third_party', score: 88, targetsUnmet: false });
    expect((await post('evaluator', ids.b, 'evaluations', body)).body.code).toBe('NOT_ASSIGNED');
    const done = await c.databureau.get('/api/v1/evaluation-assignments');
    expect(done.body.items[0]).toMatchObject({ score: 88, evaluationId: ev.body.id });
    expect((await post('evaluator', ids.b, 'rectifications', { reason: '整改事项' })).status).toBe(403);
    expect((await c.evaluator.get('/api/v1/spot-checks')).status).toBe(403);
  });
});

describe('oversight requests (Art.22, 31)', () => {
  it('the police ask for information, the owner answers, both on the history, the bureau sees the answer', async () => {
    const id = ids.c;
    const req = {
      kind: 'information',
      subject: '等保测评进展',
      body: '请说明三级等保测评安排',
      answerDue: `${PLAN_YEAR}-03-01`,
    };
    expect((await c.cyberspace.post(`/api/v1/projects/${id}/oversight-requests`, req)).status).toBe(403);
    const sent = await c.police.post(`/api/v1/projects/${id}/oversight-requests`, req);
    expect(sent.status, JSON.stringify(sent.body)).toBe(201);
    const guide = await c.auditor.post(`/api/v1/projects/${id}/oversight-requests`, {
      kind: 'guidance',
      subject: '资金使用',
      body: '请规范合同付款凭证',
    });
    expect(guide.status).toBe(201);
    const bell = await c.market.get('/api/v1/notifications?pageSize=100');
    expect(JSON.stringify(bell.body)).toContain('等保测评进展');
    const path = `/api/v1/projects/${id}/oversight-requests/${sent.body.id}/answer`;
    expect((await c.zhongwu.post(path, { answer: '我来答复' })).status).toBe(403);
    const answered = await c.market.post(path, { answer: '已委托测评机构，2月完成' });
    expect(answered.status, JSON.stringify(answered.body)).toBe(200);
    expect((await c.market.post(path, { answer: '再次答复' })).status).toBe(409);
    const mine = await c.police.get('/api/v1/oversight-requests');
    expect(mine.body.items).toEqual([
      expect.objectContaining({ subject: '等保测评进展', answer: '已委托测评机构，2月完成' }),
    ]);
    const history = await events(id);
    expect(history).toEqual(
      expect.arrayContaining(['project.oversight_request_sent', 'project.oversight_request_answered']),
    );
    const p = await panel('police', id);
    expect(p.requests).toHaveLength(2);
    expect(p.requests[0]).toMatchObject({ fromOrg: expect.any(String), answeredByName: expect.any(String) });
    expect(p.can.sendRequest).toBe(true);
    const policeBell = await c.police.get('/api/v1/notifications?pageSize=100');
    expect(JSON.stringify(policeBell.body)).toContain('监督事项已答复');
  });
});

describe('the rectification deadline reminds, before and after (Art.33, R-RECTIFY; issue 10 obligations)', () => {
  const id = () => ids.c;
  interface Message {
    title: string;
    link: string;
    category: string;
    resolvedAt: string | null;
  }
  /** The person's messages about the project, newest first. */
  const messages = async (who: string) =>
    ((await c[who].get('/api/v1/notifications?filter=all&pageSize=100')).body.items as Message[]).filter(
      (n) => n.link === `/projects/${id()}`,
    );
  const titled = async (who: string, title: string) => (await messages(who)).filter((n) => n.title === title);
  /**
   * Moves the test clock to a Beijing instant and runs the reminder job there. The clock runs on at real
   * speed, so "just before" is a minute before (the millisecond boundaries are unit-tested).
   */
  async function sweepAt(local: string) {
    ts.clock.set(`${local}+08:00`);
    await runObligationsJob(ts.app.services);
    for (const u of ['market', 'databureau', 'zhongwu']) c[u] = await ts.as(u);
  }
  const rectificationFigure = async () => {
    const cockpit = await c.databureau.get('/api/v1/cockpit');
    expect(cockpit.status).toBe(200);
    const units = cockpit.body.overdueByUnit as { byKind: { kind: string; overdue: number; late: number }[] }[];
    return units.flatMap((u) => u.byKind).find((k) => k.kind === 'rectification') ?? { overdue: 0, late: 0 };
  };
  const drill = async (state: string) =>
    (
      (await c.databureau.get(`/api/v1/cockpit/projects?figure=overdue&kind=rectification&state=${state}`)).body
        .items as { id: string }[]
    ).map((p) => p.id);
  const SOON_1 = '提醒：第1轮整改报告即将到期';
  const LATE_1 = '提醒：第1轮整改报告已逾期';

  it('the order is the owner’s 待办; nothing is reminded before the 5th working day ahead', async () => {
    await dayIs(`${PLAN_YEAR}-01-12`);
    expect((await post('databureau', id(), 'evaluations', notMet(50))).status).toBe(201);
    // Friday 01-29; 5 working days before: 01-28, 27, 26, 25, 22 (Friday).
    const order = await post('databureau', id(), 'rectifications', {
      reason: '信息共享目标未实现，限期整改',
      deadline: `${PLAN_YEAR}-01-29`,
    });
    expect(order.status, JSON.stringify(order.body)).toBe(201);
    expect(await titled('market', '待办：提交整改报告')).toEqual([
      expect.objectContaining({ category: 'todo', resolvedAt: null }),
    ]);
    await sweepAt(`${PLAN_YEAR}-01-21T23:59:00`);
    expect(await titled('market', SOON_1)).toEqual([]);
  });

  it('due soon from 00:00 of that day, to the owner only; the deadline day is still due soon to its end', async () => {
    await sweepAt(`${PLAN_YEAR}-01-22T00:00:00.000`);
    expect(await titled('market', SOON_1)).toEqual([
      expect.objectContaining({ category: 'reminder', resolvedAt: null }),
    ]);
    expect(await titled('databureau', SOON_1)).toEqual([]);
    await sweepAt(`${PLAN_YEAR}-01-29T23:59:00`);
    expect(await titled('market', SOON_1)).toHaveLength(1); // once
    expect(await titled('market', LATE_1)).toEqual([]);
    expect((await rectificationFigure()).overdue).toBe(0);
  });

  it('overdue from the next day’s 00:00: the owner and the data bureau are told once; the cockpit counts it', async () => {
    await sweepAt(`${PLAN_YEAR}-01-30T00:00:00.000`);
    await runObligationsJob(ts.app.services); // a second sweep adds nothing
    expect(await titled('market', LATE_1)).toHaveLength(1);
    expect(await titled('databureau', LATE_1)).toEqual([
      expect.objectContaining({ category: 'reminder', resolvedAt: null }),
    ]);
    // The data bureau's escalated view: the unit's overdue rectification, drilled down to the project.
    expect(await rectificationFigure()).toMatchObject({ overdue: 1, late: 0 });
    expect(await drill('overdue')).toEqual([id()]);
  });

  it('judged 拒不整改 with no report: the round’s reminders and 待办 are settled, the next round is a new 待办', async () => {
    const before = (await c.market.get('/api/v1/notifications')).body.unread as number;
    const judged = await post('databureau', id(), 'rectifications/judgement', {
      decision: 'refused',
      note: '逾期未整改',
    });
    expect(judged.status, JSON.stringify(judged.body)).toBe(200);
    for (const who of ['market', 'databureau'])
      for (const n of [...(await titled(who, SOON_1)), ...(await titled(who, LATE_1))])
        expect(n.resolvedAt, `${who}: ${n.title}`).not.toBeNull();
    const todos = (await messages('market')).filter((n) => n.category === 'todo');
    expect(todos.filter((n) => n.resolvedAt === null).map((n) => n.title)).toEqual(['整改认定：拒不整改']);
    expect(todos.find((n) => n.title === '待办：提交整改报告')?.resolvedAt).not.toBeNull();
    // Two reminders and the first 待办 settled, the next round's 待办 added.
    expect((await c.market.get('/api/v1/notifications')).body.unread).toBe(before - 3 + 1);
    expect((await rectificationFigure()).overdue).toBe(0);
    const p = await panel('market', id());
    expect(p.sanction.level).toBe('criticism');
    expect(p.orders.at(-1)).toMatchObject({ round: 2, decision: null });
  });

  it('a report answered after its deadline settles the reminders at once, the cockpit counts it late', async () => {
    const open = (await panel('databureau', id())).orders.at(-1);
    const next = new Date(`${open.deadline}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    await sweepAt(`${next.toISOString().slice(0, 10)}T09:00:00.000`);
    const late2 = '提醒：第2轮整改报告已逾期';
    expect(await titled('market', late2)).toHaveLength(1);
    expect(await titled('databureau', late2)).toHaveLength(1);
    const answered = await post('market', id(), 'rectifications/answer', { report: '已完成数据共享接口对接' });
    expect(answered.status, JSON.stringify(answered.body)).toBe(200);
    for (const who of ['market', 'databureau'])
      expect(
        (await titled(who, late2)).every((n) => n.resolvedAt !== null),
        who,
      ).toBe(true);
    expect((await messages('market')).filter((n) => n.category === 'todo' && n.resolvedAt === null)).toEqual([]);
    expect(await titled('databureau', '待办：认定整改结果')).toEqual([
      expect.objectContaining({ category: 'todo', resolvedAt: null }),
    ]);
    expect(await rectificationFigure()).toMatchObject({ overdue: 0, late: 1 });
    expect(await drill('late')).toEqual([id()]);
    // Answered: nothing left to remind, however often the job runs.
    const again = await runObligationsJob(ts.app.services);
    expect((await titled('market', late2)).length).toBe(1);
    expect(again.settled).toBe(0);
  });

  it('judged 整改合格: the data bureau’s 待办 is settled and the sanction lifted', async () => {
    const ok = await post('databureau', id(), 'rectifications/judgement', { decision: 'accepted', note: '整改合格' });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect((await titled('databureau', '待办：认定整改结果')).every((n) => n.resolvedAt !== null)).toBe(true);
    expect((await panel('market', id())).sanction).toBeNull();
  });
});
