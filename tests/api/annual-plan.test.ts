// The whole annual planning round through the API (Art.8–10): call → declarations from several
// units (a school through its sector authority) → four-party pre-review with a return and a second
// round → budget review → plan issue → the annual list, exported and read back as .xlsx.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { startTestServer, type Client, type TestServer } from '../helpers/server.js';
import { declareReady, fresh, tinyPdf, upload, validProject, wan } from '../helpers/projects.js';
import { PLAN_YEAR, CALL_YEAR, CALL_DEADLINE_UTC } from '../helpers/clock.js';

let ts: TestServer;
const c: Record<string, Client> = {};
let callId: string;
beforeAll(async () => {
  ts = await startTestServer();
  for (const u of [
    'databureau',
    'cyberspace',
    'finance',
    'bigdata',
    'market',
    'civil',
    'school',
    'edu',
    'edu_leader',
    'hospital',
    'health_leader',
    'town',
    'police',
  ])
    c[u] = await ts.as(u);
});
afterAll(async () => {
  await ts?.close();
});

const opinion = (who: string, id: string, decision: string, text = '同意') =>
  c[who].post(`/api/v1/projects/${id}/opinions`, { decision, text });
const allPass = async (id: string) => {
  for (const who of ['databureau', 'cyberspace', 'finance', 'bigdata'])
    expect((await opinion(who, id, 'pass')).status).toBe(201);
};

describe('the annual planning round', () => {
  let market: { id: string };
  let school: { id: string };
  let civil: { id: string };

  it('the data bureau opens the call; declarants see it with its deadline', async () => {
    expect(
      (
        await c.market.post('/api/v1/calls', {
          planYear: PLAN_YEAR,
          title: `关于申报${PLAN_YEAR}年度区级信息化项目的通知`,
        })
      ).status,
    ).toBe(403);
    const past = await c.databureau.post('/api/v1/calls', {
      planYear: PLAN_YEAR,
      title: `${PLAN_YEAR}年度申报通知`,
      deadlineAt: '2020-10-15T23:59:59+08:00',
    });
    expect(past.status).toBe(400);
    expect(past.body.code).toBe('DEADLINE_IN_PAST');
    const call = await c.databureau.post('/api/v1/calls', {
      planYear: PLAN_YEAR,
      title: `关于申报${PLAN_YEAR}年度区级信息化项目的通知`,
      notice: '请各单位于10月15日前通过平台申报。',
    });
    expect(call.status).toBe(201);
    expect(call.body.deadlineAt).toBe(CALL_DEADLINE_UTC); // 10-15 23:59:59.999 Asia/Shanghai, Art.8
    callId = call.body.id;
    const seen = await c.market.get('/api/v1/calls');
    expect(seen.body.items[0]).toMatchObject({ id: callId, deadlinePassed: false, article: 'Art.8' });
  });

  it('a declarant drafts, sees live findings with articles, and is refused while materials are missing', async () => {
    const created = await c.market.post('/api/v1/projects', { callId, ...validProject('企业开办一件事平台') });
    expect(created.status).toBe(201);
    expect(created.body.stage).toBe('draft');
    expect(created.body.actions).toEqual(expect.arrayContaining(['edit', 'submit']));
    const findings = await c.market.get(`/api/v1/projects/${created.body.id}/findings`);
    const materials = findings.body.findings.filter((f: { rule: string }) => f.rule === 'R-MATERIALS');
    expect(materials).toHaveLength(4);
    expect(materials[0]).toMatchObject({ severity: 'block', article: 'Art.10(1)' });
    const refused = await c.market.post(`/api/v1/projects/${created.body.id}/submit`, {
      version: created.body.version,
    });
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ code: 'RULE_BLOCKED', rule: 'R-MATERIALS', article: 'Art.10(1)' });
    expect(refused.body.message).toMatch(/申报表|建设方案/);
    expect((await fresh(c.market, created.body.id)).stage).toBe('draft'); // nothing half-saved
    // Drafts stay with their unit.
    expect((await c.databureau.get(`/api/v1/projects/${created.body.id}`)).status).toBe(404);
    expect((await c.civil.get(`/api/v1/projects/${created.body.id}`)).status).toBe(404);
  });

  it('two people saving the same draft never silently overwrite each other', async () => {
    const p = await c.market.post('/api/v1/projects', { callId, ...validProject('并发编辑测试') });
    const other = await ts.as('market');
    const first = await c.market.patch(`/api/v1/projects/${p.body.id}`, {
      name: '并发编辑测试（甲）',
      version: p.body.version,
    });
    expect(first.status).toBe(200);
    const second = await other.patch(`/api/v1/projects/${p.body.id}`, {
      name: '并发编辑测试（乙）',
      version: p.body.version,
    });
    expect(second.status).toBe(409);
    expect((await fresh(c.market, p.body.id)).name).toBe('并发编辑测试（甲）');
  });

  it('bad input gets a clear Chinese error and nothing is saved', async () => {
    const neg = await c.market.post('/api/v1/projects', { callId, ...validProject('负数金额'), totalFen: -100 });
    expect(neg.status).toBe(400);
    expect(neg.body.message).toMatch(/金额不能为负数/);
    const typed = await c.market.post('/api/v1/projects', { callId, name: '类型错误', totalFen: '三百万' });
    expect(typed.status).toBe(400);
    const frac = await c.market.post('/api/v1/projects', { callId, ...validProject('小数分'), totalFen: 100.5 });
    expect(frac.body.message).toMatch(/整数分/);
    const list = await c.market.get('/api/v1/projects?q=负数');
    expect(list.body.total).toBe(0);
  });

  it('a complete declaration is submitted; a school’s goes to its sector authority first (Art.9)', async () => {
    market = await declareReady(c.market, callId, '企业开办一件事平台');
    const sub = await c.market.post(`/api/v1/projects/${market.id}/submit`, {
      version: (await fresh(c.market, market.id)).version,
    });
    expect(sub.status).toBe(200);
    expect(sub.body).toMatchObject({ stage: 'submitted', round: 1, routedTo: 'submitted' });

    school = await declareReady(c.school, callId, '智慧校园安全管理系统', wan(120));
    const s = await c.school.post(`/api/v1/projects/${school.id}/submit`, {
      version: (await fresh(c.school, school.id)).version,
    });
    expect(s.body).toMatchObject({ stage: 'sector_review', routedTo: 'sector_review' });
    expect((await c.databureau.get(`/api/v1/projects/${school.id}`)).status).toBe(404); // not yet declared to the district
    // Only the sector authority's reviewer sees and forwards it; the bureau's clerk does not even see it.
    expect((await c.edu.post(`/api/v1/projects/${school.id}/forward`, {})).status).toBe(404);
    const fwd = await c.edu_leader.post(`/api/v1/projects/${school.id}/forward`, { note: '已审核，同意申报' });
    expect(fwd.status).toBe(200);
    expect(fwd.body).toMatchObject({ stage: 'submitted', round: 1 });

    const hosp = await declareReady(c.hospital, callId, '互联网医院平台', wan(200));
    await c.hospital.post(`/api/v1/projects/${hosp.id}/submit`, {
      version: (await fresh(c.hospital, hosp.id)).version,
    });
    const ret = await c.health_leader.post(`/api/v1/projects/${hosp.id}/sector-return`, {
      reason: '请补充数据共享清单',
    });
    expect(ret.body.stage).toBe('returned');

    civil = await declareReady(c.civil, callId, '养老服务监管平台', wan(80));
    await c.civil.post(`/api/v1/projects/${civil.id}/submit`, { version: (await fresh(c.civil, civil.id)).version });
  });

  it('a blank 申报表 downloads pre-filled from the form (.docx)', async () => {
    const res = await fetch(`${ts.url}/api/v1/projects/${market.id}/declaration-form.docx`, {
      headers: { cookie: c.market.cookie! },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/wordprocessingml/);
    const zip = await JSZip.loadAsync(Buffer.from(await res.arrayBuffer()));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('企业开办一件事平台');
    expect(xml).toContain('宿城区市场监督管理局');
    expect((await c.civil.get(`/api/v1/projects/${market.id}/declaration-form.docx`)).status).toBe(404);
  });

  it('a declarant can withdraw until review starts, not after', async () => {
    const town = await declareReady(c.town, callId, '蔡集镇数字乡村平台', wan(60));
    await c.town.post(`/api/v1/projects/${town.id}/submit`, { version: (await fresh(c.town, town.id)).version });
    expect((await c.town.post(`/api/v1/projects/${town.id}/withdraw`, {})).body.stage).toBe('draft');
    await c.town.post(`/api/v1/projects/${town.id}/submit`, { version: (await fresh(c.town, town.id)).version });
    await opinion('bigdata', town.id, 'pass');
    const late = await c.town.post(`/api/v1/projects/${town.id}/withdraw`, {});
    expect(late.status).toBe(409);
  });

  it('four parties review in parallel; each sees the others only after speaking; a return ends round 1', async () => {
    const todo = await c.finance.get('/api/v1/reviews/todo');
    expect(todo.body.items.map((p: { id: string }) => p.id)).toEqual(expect.arrayContaining([market.id, school.id]));
    expect(todo.body.items[0].waitingHours).toBeGreaterThanOrEqual(0);

    expect((await opinion('cyberspace', market.id, 'return', '请补充网络安全需求分析的等保测评安排')).status).toBe(201);
    const beforeSpeaking = await c.finance.get(`/api/v1/projects/${market.id}/opinions`);
    expect(beforeSpeaking.body.items).toHaveLength(0);
    expect(beforeSpeaking.body.hiddenCount).toBe(1);
    // The same blind rule on every surface (issue 11): the history and the project file do not tell
    // a party still to speak, nor the declarant, what 区委网信办 decided.
    const decisionWords = /退回修改|通过|不予通过|等保测评安排/;
    for (const who of ['finance', 'market']) {
      const events = (await c[who].get(`/api/v1/projects/${market.id}/events`)).body.items as {
        action: string;
        note: string | null;
        detail: Record<string, unknown>;
      }[];
      const spoke = events.filter((e) => e.action === 'project.pre_review_opinion');
      expect(spoke).toHaveLength(1);
      expect(spoke[0].note ?? '').not.toMatch(decisionWords);
      expect(spoke[0].detail.decision).toBeUndefined();
      const zip = await JSZip.loadAsync(
        Buffer.from(
          await (
            await fetch(`${ts.url}/api/v1/projects/${market.id}/archive.zip`, { headers: { cookie: c[who].cookie! } })
          ).arrayBuffer(),
        ),
      );
      const csv = await zip.file(/办理记录\.csv$/)[0].async('string');
      expect(csv).not.toMatch(/区委网信办：退回修改/);
    }
    const cyberEvents = (await c.cyberspace.get(`/api/v1/projects/${market.id}/events`)).body.items as {
      action: string;
      note: string;
    }[];
    expect(cyberEvents.find((e) => e.action === 'project.pre_review_opinion')?.note).toContain('退回修改'); // it spoke: it reads
    expect((await opinion('finance', market.id, 'pass')).status).toBe(201);
    const financeNow = (await c.finance.get(`/api/v1/projects/${market.id}/events`)).body.items as {
      action: string;
      note: string;
    }[];
    expect(financeNow.filter((e) => e.action === 'project.pre_review_opinion').map((e) => e.note)).toContain(
      '区委网信办：退回修改',
    );
    const afterSpeaking = await c.finance.get(`/api/v1/projects/${market.id}/opinions`);
    expect(afterSpeaking.body.items.map((o: { party: string }) => o.party).sort()).toEqual(['cyberspace', 'finance']);
    expect((await opinion('finance', market.id, 'fail')).status).toBe(409); // one opinion per party per round
    expect(
      (await c.police.post(`/api/v1/projects/${market.id}/opinions`, { decision: 'pass', text: '同意' })).status,
    ).toBe(403);
    expect((await fresh(c.market, market.id)).stage).toBe('pre_review'); // no early outcome
    await opinion('databureau', market.id, 'pass');
    await opinion('bigdata', market.id, 'pass');
    expect((await fresh(c.market, market.id)).stage).toBe('returned');
    const seen = await c.market.get(`/api/v1/projects/${market.id}/opinions`);
    expect(seen.body.items).toHaveLength(4);
    const history = await c.market.get(`/api/v1/projects/${market.id}/events`);
    const concluded = history.body.items.find((e: { action: string }) => e.action === 'project.pre_review_concluded');
    expect(concluded).toMatchObject({
      fromStage: 'pre_review',
      toStage: 'returned',
      article: 'Art.10(2)',
      actionName: '预审结论',
    });
  });

  it('the returned project is revised and resubmitted as round 2; reviewers see what changed', async () => {
    const p = await fresh(c.market, market.id);
    const form = { ...p.form, cryptoPlan: `${p.form.cryptoPlan}；二级以上系统开展密评` };
    const saved = await c.market.patch(`/api/v1/projects/${market.id}`, { form, version: p.version });
    expect(saved.status).toBe(200);
    expect(
      (await upload(c.market, market.id, 'construction_plan', '建设方案（修订稿）.pdf', tinyPdf('v2'))).body.version,
    ).toBe(2);
    const sub = await c.market.post(`/api/v1/projects/${market.id}/submit`, {
      version: (await fresh(c.market, market.id)).version,
    });
    expect(sub.body).toMatchObject({ stage: 'submitted', round: 2 });
    const diff = await c.cyberspace.get(`/api/v1/projects/${market.id}/rounds/diff?from=1&to=2`);
    expect(diff.body.fields.map((f: { path: string }) => f.path)).toEqual(['form.cryptoPlan']);
    expect(diff.body.documents).toHaveLength(1);
    expect(diff.body.documents[0]).toMatchObject({
      docType: 'construction_plan',
      before: { version: 1 },
      after: { version: 2 },
    });
    await allPass(market.id);
    expect((await fresh(c.market, market.id)).stage).toBe('pre_review_passed');
  });

  it('budget only for pre-review-passed projects (R-PRE-BEFORE-BUDGET, Art.10(3))', async () => {
    await opinion('databureau', civil.id, 'pass');
    await opinion('cyberspace', civil.id, 'fail', '不符合集约建设要求');
    await opinion('finance', civil.id, 'pass');
    await opinion('bigdata', civil.id, 'pass');
    expect((await fresh(c.civil, civil.id)).stage).toBe('pre_review_failed');
    const refused = await c.finance.post(`/api/v1/projects/${civil.id}/budget-review`, {
      decision: 'approve',
      approvedBudgetFen: wan(80),
    });
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ rule: 'R-PRE-BEFORE-BUDGET', article: 'Art.10(3)' });
    expect(
      (
        await c.databureau.post(`/api/v1/projects/${market.id}/budget-review`, {
          decision: 'approve',
          approvedBudgetFen: wan(280),
        })
      ).status,
    ).toBe(403);
    const over = await c.finance.post(`/api/v1/projects/${market.id}/budget-review`, {
      decision: 'approve',
      approvedBudgetFen: wan(300) + 1,
    });
    expect(over.body.code).toBe('AMOUNT_OVER_TOTAL');
    const ok = await c.finance.post(`/api/v1/projects/${market.id}/budget-review`, {
      decision: 'approve',
      approvedBudgetFen: wan(280),
      note: '压减非必要硬件',
    });
    expect(ok.body).toMatchObject({ stage: 'budgeted', approvedBudgetFen: wan(280) });
    await allPass(school.id);
    await c.finance.post(`/api/v1/projects/${school.id}/budget-review`, {
      decision: 'approve',
      approvedBudgetFen: wan(120),
    });
  });

  it('the plan is issued with the government’s consent; the list is viewable and exported as .xlsx', async () => {
    const noConsent = await c.databureau.post('/api/v1/plans', {
      planYear: PLAN_YEAR,
      consentDocNumber: '',
      consentDate: `${CALL_YEAR}-12-20`,
    });
    expect(noConsent.status).toBe(400);
    const notBudgeted = await c.databureau.post('/api/v1/plans', {
      planYear: PLAN_YEAR,
      consentDocNumber: `宿区政复〔${CALL_YEAR}〕88号`,
      consentDate: `${CALL_YEAR}-12-20`,
      projectIds: [civil.id],
    });
    expect(notBudgeted.status).toBe(422);
    expect(notBudgeted.body).toMatchObject({ rule: 'R-PLAN-LIST', article: 'Art.10(4)' });
    const plan = await c.databureau.post('/api/v1/plans', {
      planYear: PLAN_YEAR,
      consentDocNumber: `宿区政复〔${CALL_YEAR}〕88号`,
      consentDate: `${CALL_YEAR}-12-20`,
    });
    expect(plan.status).toBe(201);
    expect(plan.body.projectIds.sort()).toEqual([market.id, school.id].sort());
    const list = await c.market.get(`/api/v1/annual-list?year=${PLAN_YEAR}`);
    expect(list.body.items.map((r: { name: string }) => r.name).sort()).toEqual(
      ['企业开办一件事平台', '智慧校园安全管理系统'].sort(),
    );
    expect(list.body.plans[0].consentDocNumber).toBe(`宿区政复〔${CALL_YEAR}〕88号`);

    const res = await fetch(`${ts.url}/api/v1/annual-list/export?year=${PLAN_YEAR}`, {
      headers: { cookie: c.databureau.cookie! },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/filename\*=UTF-8''/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    const sheet = wb.worksheets[0];
    const cells = (r: number) =>
      (sheet.getRow(r).values as unknown[])
        .slice(1)
        .map((v) => (v && typeof v === 'object' && 'result' in (v as object) ? (v as { result: unknown }).result : v));
    let headerRow = 0;
    sheet.eachRow((row, n) => {
      if (row.getCell(1).value === '序号') headerRow = n;
    });
    expect(cells(headerRow)).toEqual([
      '序号',
      '项目名称',
      '申报单位',
      '类别',
      '建设性质',
      '总投资（万元）',
      '本年度预算（万元）',
      '资金来源',
      '建设周期',
      '预审结论',
      '预算审核金额（万元）',
      '备注',
    ]);
    const marketRow = [headerRow + 1, headerRow + 2].map(cells).find((r) => r[1] === '企业开办一件事平台')!;
    expect(marketRow.slice(2, 6)).toEqual(['宿城区市场监督管理局', '业务系统', '建设类', 300]);
    expect(marketRow[10]).toBe(280);
  });
});

describe('the deadline (R-DEADLINE, Art.8)', () => {
  it('after the deadline a declaration is refused unless a mandated-urgent basis is stated; urgent ones are marked', async () => {
    const p = await declareReady(c.town, callId, '防汛应急指挥系统', wan(90));
    // The day after the call's deadline (10-15 of Y, Art.8), on the server's clock.
    const before = ts.clock.now();
    ts.clock.set(`${CALL_YEAR}-10-16T09:00:00+08:00`);
    onTestFinished(() => ts.clock.set(before));
    // Six weeks later every session has timed out (idle 30 min): sign in again, as people would.
    for (const u of ['town', 'databureau']) c[u] = await ts.as(u);
    const late = await c.town.post(`/api/v1/projects/${p.id}/submit`, { version: (await fresh(c.town, p.id)).version });
    expect(late.status).toBe(422);
    expect(late.body).toMatchObject({ rule: 'R-DEADLINE', article: 'Art.8' });
    const cur = await fresh(c.town, p.id);
    await c.town.patch(`/api/v1/projects/${p.id}`, {
      form: { ...cur.form, urgentBasis: { level: 'provincial', text: '省防汛抗旱指挥部要求当年建成' } },
      version: cur.version,
    });
    const ok = await c.town.post(`/api/v1/projects/${p.id}/submit`, { version: (await fresh(c.town, p.id)).version });
    expect(ok.status).toBe(200);
    expect(ok.body.urgent).toBe(true);
    expect(
      ok.body.findings.some(
        (f: { rule: string; severity: string }) => f.rule === 'R-DEADLINE' && f.severity === 'warn',
      ),
    ).toBe(true);
    const urgentList = await c.databureau.get(`/api/v1/projects?urgent=true&year=${PLAN_YEAR}`);
    expect(urgentList.body.items.map((x: { id: string }) => x.id)).toContain(p.id);
  });
});

describe('the rules catalogue', () => {
  it('GET /api/v1/rules is public and lists every rule with its article and the parameters in force', async () => {
    const res = await ts.client().get('/api/v1/rules');
    expect(res.status).toBe(200);
    const ids = res.body.rules.map((r: { id: string }) => r.id);
    for (const id of [
      'R-SCOPE-HW',
      'R-DATA',
      'R-DEADLINE',
      'R-ROUTE',
      'R-MATERIALS',
      'R-BUDGET-SUM',
      'R-PRE-BEFORE-BUDGET',
      'R-PLAN-LIST',
      'R-NDRC',
      'R-EXIT',
    ])
      expect(ids).toContain(id);
    const hw = res.body.rules.find((r: { id: string }) => r.id === 'R-SCOPE-HW');
    expect(hw).toMatchObject({ article: 'Art.2', stage: 'declare', severity: 'warn' });
    expect(JSON.stringify(hw.params)).toMatch(/50000000/);
  });
});
