// From contract to operation (Art.16–29, 33): a software project and a hardware project through
// construction reports, trial operation, acceptance in order, the report with its attachments, the
// handover with its warranty, and an O&M project through its service period. Each out-of-order
// step is refused citing its article. Dates are moved on the server's clock, never the machine's.
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CALL_YEAR, PLAN_YEAR } from '../helpers/clock.js';
import { enterCalendarFixture } from '../helpers/calendar-fixture.js';
import { sendDeadlineReminders } from '../../src/server/projects/reminders.js';
import { contractedProject, fresh, tinyPdf, upload, wan } from '../helpers/projects.js';
import { type Client, startTestServer, type TestServer } from '../helpers/server.js';

let ts: TestServer;
let callId = '';
const c: Record<string, Client> = {};
/** Three projects, all contracted at the test's start (declarations close on 10-15, Art.8). */
const ids = { software: '', hardware: '', om: '' };
const USERS = ['databureau', 'cyberspace', 'finance', 'bigdata', 'market', 'civil', 'zhongwu', 'supervisor'];

/** Moves the server's clock to a Beijing date (09:00) and signs everyone in again (sessions idle out). */
async function dayIs(date: string) {
  ts.clock.set(`${date}T09:00:00+08:00`);
  for (const u of USERS) c[u] = await ts.as(u);
}

const post = (who: string, id: string, path: string, body: unknown = {}) =>
  c[who].post(`/api/v1/projects/${id}/${path}`, body);
const delivery = async (id: string) => (await c.databureau.get(`/api/v1/projects/${id}/delivery`)).body;
const uploadAs = async (who: string, id: string, docType: string) => {
  const r = await upload(c[who], id, docType, `${docType}.pdf`, tinyPdf(docType));
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body.id as string;
};

beforeAll(async () => {
  // This file lives through more than a year of clock time: passwords would expire (90 days) — not the subject here.
  ts = await startTestServer({ PASSWORD_EXPIRY_DAYS: '0' });
  for (const u of USERS) c[u] = await ts.as(u);
  // Windows and deadlines run into 2027: a test fixture stands in for the official 2027 calendar.
  await enterCalendarFixture(c.databureau);
  callId = (await c.databureau.post('/api/v1/calls', { planYear: PLAN_YEAR, title: `${PLAN_YEAR}年度申报通知` })).body
    .id;
  ids.software = (await contractedProject(c, 'market', callId, '市场监管一网通管平台', wan(300))).id;
  ids.hardware = (await contractedProject(c, 'civil', callId, '民政服务终端采购', wan(120))).id;
  ids.om = (
    await contractedProject(c, 'market', callId, '市场监管系统运维服务', wan(40), {
      kind: 'operate',
      service: { startOn: `${CALL_YEAR}-09-01`, endOn: `${CALL_YEAR}-12-31` },
    })
  ).id;
});
afterAll(async () => {
  await ts?.close();
});

describe('a software development project from contract to operation', () => {
  let id = '';

  it('construction registers its system; the implementer reports, the declarant pays, the supervisor files', async () => {
    id = ids.software;
    const d = await delivery(id);
    expect(d.systems).toEqual([
      expect.objectContaining({ relation: 'build', status: 'building', name: '市场监管一网通管平台' }),
    ]);
    expect((await post('zhongwu', id, 'progress', { milestone: '需求分析完成', percent: 20 })).status).toBe(201);
    expect((await post('market', id, 'progress', { milestone: '我来报告', percent: 1 })).status).toBe(403); // the implementer's (Art.16)
    expect((await post('market', id, 'payments', { amountFen: wan(90), paidOn: `${CALL_YEAR}-09-01` })).status).toBe(
      201,
    );
    const over = await post('market', id, 'payments', { amountFen: wan(300), paidOn: `${CALL_YEAR}-09-01` });
    expect(over.status).toBe(422);
    expect(over.body).toMatchObject({ code: 'OVER_CONTRACT', article: 'Art.16, 17' });
    const report = await uploadAs('supervisor', id, 'supervision_report');
    expect(
      (
        await post('supervisor', id, 'supervision-reports', {
          period: '2026年9月',
          summary: '进度正常',
          documentId: report,
        })
      ).status,
    ).toBe(201);
    const after = await delivery(id);
    expect(after.progress[0]).toMatchObject({ milestone: '需求分析完成', percent: 20 });
    expect(after.payments.totalFen).toBe(wan(90));
    expect(after.supervisionReports).toHaveLength(1);
  });

  it('trial operation opens the acceptance window: 3 months for software development, at most 6 (Art.25)', async () => {
    const early = await post('market', id, 'trial', { startedOn: `${CALL_YEAR}-09-02`, softwareDevelopment: true });
    expect(early.status).toBe(400); // a future day cannot be recorded as what happened
    // The form previews the window the server will store (the domain's computation on the calendar).
    const preview = await c.market.get(
      `/api/v1/projects/${id}/trial/window?startedOn=${CALL_YEAR}-09-01&softwareDevelopment=true`,
    );
    expect(preview.body).toMatchObject({ earliest: `${CALL_YEAR}-12-01`, latest: `${PLAN_YEAR}-03-01` });
    const trial = await post('market', id, 'trial', { startedOn: `${CALL_YEAR}-09-01`, softwareDevelopment: true });
    expect(trial.status).toBe(200);
    expect(trial.body.stage).toBe('trial');
    // 2026-09-01 + 3 months = 12-01 (earliest, not moved); + 6 months = 2027-03-01, a working day.
    expect(trial.body.acceptanceWindow).toMatchObject({ earliest: `${CALL_YEAR}-12-01`, latest: `${PLAN_YEAR}-03-01` });
    expect((await delivery(id)).systems[0].status).toBe('trial');
  });

  it('acceptance goes in order: material, the data bureau’s review, the acceptance, the report, then the money (Art.26)', async () => {
    const money = await post('finance', id, 'disbursements', { amountFen: wan(10), paidOn: `${CALL_YEAR}-09-01` });
    expect(money.status).toBe(422);
    expect(money.body).toMatchObject({ rule: 'R-ACCEPT-ORDER', article: 'Art.26' });
    const noMaterial = await post('market', id, 'acceptance', {});
    expect(noMaterial.status).toBe(422);
    expect(noMaterial.body).toMatchObject({ rule: 'R-ACCEPT-ORDER' });
    await uploadAs('market', id, 'acceptance_material');
    expect((await post('market', id, 'acceptance', {})).body.stage).toBe('acceptance_review');
    const minutes = await uploadAs('market', id, 'acceptance_material');
    const beforeReview = await post('market', id, 'acceptance/held', {
      acceptanceDate: `${CALL_YEAR}-09-01`,
      experts: '张三、李四',
      conclusion: 'pass',
      minutesDocumentId: minutes,
    });
    expect(beforeReview.status).toBe(422);
    expect(beforeReview.body).toMatchObject({ rule: 'R-ACCEPT-ORDER', article: 'Art.26' });
    // Returned with an opinion: back to the trial run; submitted again; approved.
    const back = await post('databureau', id, 'acceptance/review', { decision: 'return', opinion: '缺少用户手册' });
    expect(back.body.stage).toBe('trial');
    expect((await post('market', id, 'acceptance', {})).body.stage).toBe('acceptance_review');
    expect(
      (await post('databureau', id, 'acceptance/review', { decision: 'approve', opinion: '资料齐全' })).body.stage,
    ).toBe('acceptance_ready');
  });

  it('the acceptance is refused before the window opens and recorded on its first day (R-TRIAL)', async () => {
    await dayIs(`${CALL_YEAR}-12-10`);
    const minutes = await uploadAs('market', id, 'acceptance_minutes');
    const held = (acceptanceDate: string) =>
      post('market', id, 'acceptance/held', {
        acceptanceDate,
        experts: '张三、李四、王五',
        conclusion: 'pass',
        minutesDocumentId: minutes,
      });
    const tooEarly = await held(`${CALL_YEAR}-11-30`);
    expect(tooEarly.status).toBe(422);
    expect(tooEarly.body).toMatchObject({ rule: 'R-TRIAL', article: 'Art.25' });
    const ok = await held(`${CALL_YEAR}-12-01`);
    expect(ok.status).toBe(200);
    expect(ok.body.stage).toBe('accepted');
    // The report is due 1 month after: 2027-01-01 is a holiday (fixture), so the next working day.
    expect(ok.body.acceptance.reportDueDate).toBe(`${PLAN_YEAR}-01-04`);
    // The declarant's to-do says what is next and until when (the same deadline the reminders use).
    const todo = (
      (await c.market.get('/api/v1/todo')).body.items as { project: { id: string }; action: string; dueAt: string }[]
    ).find((t) => t.project.id === id);
    expect(todo).toMatchObject({
      action: 'submit_acceptance_report',
      dueAt: '2027-01-04T15:59:59.999Z'.replace('2027', String(PLAN_YEAR)),
    });
  });

  it('the report deadline is reminded 5 working days before and once overdue, with the data bureau (SPEC §5)', async () => {
    const titles = async (who: string) =>
      ((await c[who].get('/api/v1/notifications')).body.items as { title: string; link: string }[])
        .filter((n) => n.link === `/projects/${id}`)
        .map((n) => n.title);
    const due = new Date(`${PLAN_YEAR}-01-04T23:59:59.999+08:00`);
    const at = (ms: number) => new Date(due.getTime() + ms);
    const DAY = 86_400_000;
    // From the 5th working day before the due day (edition reminders.leadWorkingDays; 01-01 is a holiday):
    // 12-31, 30, 29, 28, 25 — so from 12-25 00:00, not the evening before (issue 10).
    const bj = (local: string) => new Date(`${local}+08:00`);
    await sendDeadlineReminders(ts.database.db, bj(`${CALL_YEAR}-12-24T23:59:59.999`));
    expect(await titles('market')).not.toContain('提醒：竣工验收报告即将到期');
    expect(await sendDeadlineReminders(ts.database.db, bj(`${CALL_YEAR}-12-25T00:00:00.000`))).toBeGreaterThan(0);
    expect(await titles('market')).toContain('提醒：竣工验收报告即将到期');
    await sendDeadlineReminders(ts.database.db, at(-6 * DAY)); // once per person
    expect((await titles('market')).filter((t) => t === '提醒：竣工验收报告即将到期')).toHaveLength(1);
    await sendDeadlineReminders(ts.database.db, at(1));
    expect(await titles('market')).toContain('提醒：竣工验收报告已逾期');
    expect(await titles('databureau')).toContain('提醒：竣工验收报告已逾期');
  });

  it('the report needs every attachment and a passed archive acceptance (R-REPORT, Art.27)', async () => {
    const bare = await post('market', id, 'acceptance/report', {
      reportIssuedOn: `${CALL_YEAR}-12-09`,
      archiveAcceptancePassed: true,
    });
    expect(bare.status).toBe(422);
    expect(bare.body.rule).toBe('R-REPORT');
    const missing = (bare.body.details.blocking as { message: string }[]).map((f) => f.message).join('\n');
    for (const doc of [
      '项目建设总结',
      '财务报告',
      '审计报告',
      '网络安全等级保护测评报告',
      '数据安全风险评估报告',
      '密码应用安全性评估报告',
      '安全可靠情况',
    ])
      expect(missing).toContain(doc);
    for (const t of [
      'acceptance_report',
      'construction_summary',
      'financial_report',
      'audit_report',
      'mlps_test_report',
      'data_security_assessment',
      'crypto_assessment',
      'secure_reliable_report',
    ])
      await uploadAs('market', id, t);
    const noArchive = await post('market', id, 'acceptance/report', {
      reportIssuedOn: `${CALL_YEAR}-12-09`,
      archiveAcceptancePassed: false,
    });
    expect(noArchive.status).toBe(422);
    expect(noArchive.body.details.blocking.map((f: { rule: string }) => f.rule)).toEqual(['R-REPORT']);
    const filed = await post('market', id, 'acceptance/report', {
      reportIssuedOn: `${CALL_YEAR}-12-09`,
      archiveAcceptancePassed: true,
    });
    expect(filed.status).toBe(200);
    expect(filed.body.stage).toBe('handover');
    expect(filed.body.overdueFinding).toBeNull();
    const financeTodo = async () =>
      ((await c.finance.get('/api/v1/todo')).body.items as { project: { id: string }; action: string }[]).find(
        (t) => t.project.id === id,
      )?.action;
    expect(await financeTodo()).toBe('record_disbursement');
    expect(
      (await post('finance', id, 'disbursements', { amountFen: wan(100), paidOn: `${CALL_YEAR}-12-10` })).status,
    ).toBe(201);
    expect(await financeTodo()).toBeUndefined(); // disbursed: no longer waiting (Art.26)
  });

  it('the warranty is at least three years from the acceptance (R-WARRANTY); the owner confirms; the system operates', async () => {
    expect((await post('market', id, 'handover/confirm', {})).status).toBe(409); // nothing handed over yet
    const assets = [{ name: '应用服务器', type: '硬件', quantity: 2, valueFen: wan(20), location: '政务云机房' }];
    const short = await post('zhongwu', id, 'handover', { assets, warrantyEndOn: `${CALL_YEAR + 3}-11-30` });
    expect(short.status).toBe(422);
    expect(short.body).toMatchObject({ rule: 'R-WARRANTY', article: 'Art.29' });
    expect((await delivery(id)).acceptances.at(-1).warrantyMinimumEnd).toBe(`${CALL_YEAR + 3}-12-01`);
    expect((await post('zhongwu', id, 'handover', { assets, warrantyEndOn: `${CALL_YEAR + 3}-12-01` })).status).toBe(
      200,
    );
    const confirmed = await post('market', id, 'handover/confirm', {});
    expect(confirmed.body.stage).toBe('operation');
    const d = await delivery(id);
    expect(d.systems[0].status).toBe('operating');
    expect(d.acceptances.at(-1)).toMatchObject({ warrantyEndOn: `${CALL_YEAR + 3}-12-01`, conclusion: 'pass' });
    expect(d.disbursements.totalFen).toBe(wan(100));
    // The project's whole life on one timeline: steps, documents, deadlines met or missed, money.
    const tl = (await c.databureau.get(`/api/v1/projects/${id}/timeline`)).body;
    const kinds = new Set(tl.items.map((x: { kind: string }) => x.kind));
    expect([...kinds].sort()).toEqual(['deadline', 'document', 'event', 'money']);
    expect(
      tl.items.find((x: { rule?: string; kind: string }) => x.kind === 'deadline' && x.rule === 'R-REPORT'),
    ).toMatchObject({ state: 'met' });
    expect(
      tl.items.find((x: { rule?: string; kind: string }) => x.kind === 'deadline' && x.rule === 'R-TRIAL'),
    ).toMatchObject({ state: 'met' });
    expect(tl.money).toMatchObject({ paidFen: wan(90), disbursedFen: wan(100), contractFen: wan(300) - 100 });
    const at = tl.items.map((x: { at: string }) => x.at);
    expect([...at].sort()).toEqual(at);
    // The project's file for 档案验收 and the audit: the delivery records, the timeline and an index
    // document listing every item, each document with its SM3 digest.
    const res = await fetch(`${ts.url}/api/v1/projects/${id}/archive.zip`, {
      headers: { cookie: c.databureau.cookie! },
    });
    const zip = await JSZip.loadAsync(Buffer.from(await res.arrayBuffer()));
    const file = (suffix: string) => zip.file(new RegExp(`/${suffix}$`))[0];
    const record = JSON.parse(await file('实施与验收记录\\.json').async('string'));
    expect(record.acceptances.at(-1)).toMatchObject({ conclusion: 'pass', warrantyEndOn: `${CALL_YEAR + 3}-12-01` });
    expect(await file('时间轴\\.csv').async('string')).toContain('R-REPORT');
    const index = await JSZip.loadAsync(await file('档案目录\\.docx').async('nodebuffer'));
    const xml = await index.file('word/document.xml')!.async('string');
    expect(xml).toContain('项目档案目录');
    const docs = (await c.databureau.get(`/api/v1/projects/${id}/documents`)).body.items as { sm3: string }[];
    for (const d of docs) expect(xml).toContain(d.sm3);
  });
});

describe('a hardware project: the yearly self-evaluation during construction (Art.33)', () => {
  let id = '';

  it('is drafted by the implementer, opined on by the declarant and the supervisor, then filed by 12-31', async () => {
    await dayIs(`${CALL_YEAR}-12-10`);
    id = ids.hardware;
    const p = await fresh(c.zhongwu, id);
    expect(p.actions).toContain('draft_self_evaluation');
    const draft = await post('zhongwu', id, 'self-evaluations', {
      year: CALL_YEAR,
      progress: '设备已到货安装',
      investment: '已支付合同款30%',
    });
    expect(draft.status).toBe(200);
    const unopined = await post('zhongwu', id, 'self-evaluations/file', {});
    expect(unopined.status).toBe(422);
    expect(unopined.body).toMatchObject({ rule: 'R-SELF-EVAL', article: 'Art.33' });
    expect((await post('civil', id, 'self-evaluations/declarant-opinion', { opinion: '同意' })).status).toBe(200);
    expect((await post('supervisor', id, 'self-evaluations/supervisor-opinion', { opinion: '属实' })).status).toBe(200);
    const filed = await post('zhongwu', id, 'self-evaluations/file', {});
    expect(filed.status).toBe(200);
    expect(filed.body.overdueFinding).toBeNull();
    const d = await delivery(id);
    expect(d.selfEvaluations).toEqual([expect.objectContaining({ year: CALL_YEAR, state: 'filed' })]);
  });

  it('the next year’s is late from 01-01 of the year after, and says so', async () => {
    await dayIs(`${PLAN_YEAR + 1}-01-05`);
    const d = await delivery(id);
    expect(d.selfEvaluations.find((s: { year: number }) => s.year === PLAN_YEAR)).toMatchObject({ state: 'overdue' });
  });

  it('a hardware trial opens the window after 1 month', async () => {
    await dayIs(`${PLAN_YEAR + 1}-01-05`);
    const trial = await post('civil', id, 'trial', { startedOn: `${PLAN_YEAR + 1}-01-05`, softwareDevelopment: false });
    expect(trial.body.acceptanceWindow.earliest).toBe(`${PLAN_YEAR + 1}-02-05`);
  });
});

describe('an O&M project is accepted after its service period (R-OM-ACCEPT, Art.24)', () => {
  it('not on the last day of the service, the day after; the report completes it', async () => {
    await dayIs(`${CALL_YEAR}-12-10`);
    const id = ids.om;
    expect((await fresh(c.market, id)).stage).toBe('in_service');
    expect((await post('market', id, 'start-construction', {})).status).toBe(409);
    expect(
      (await post('market', id, 'trial', { startedOn: `${CALL_YEAR}-12-01`, softwareDevelopment: false })).status,
    ).toBe(409);
    await uploadAs('market', id, 'acceptance_material');
    await post('market', id, 'acceptance', {});
    await post('databureau', id, 'acceptance/review', { decision: 'approve', opinion: '同意验收' });
    await dayIs(`${PLAN_YEAR}-01-04`);
    const minutes = await uploadAs('market', id, 'acceptance_minutes');
    const held = (acceptanceDate: string) =>
      post('market', id, 'acceptance/held', {
        acceptanceDate,
        experts: '运维专家',
        conclusion: 'pass',
        minutesDocumentId: minutes,
      });
    const lastDay = await held(`${CALL_YEAR}-12-31`);
    expect(lastDay.status).toBe(422);
    expect(lastDay.body).toMatchObject({ rule: 'R-OM-ACCEPT', article: 'Art.24' });
    expect((await held(`${PLAN_YEAR}-01-04`)).body.stage).toBe('accepted');
    const noReport = await post('market', id, 'acceptance/report', {
      reportIssuedOn: `${PLAN_YEAR}-01-04`,
      archiveAcceptancePassed: true,
    });
    expect(noReport.status).toBe(422);
    expect(noReport.body.details.blocking.map((f: { rule: string }) => f.rule)).toContain('R-OM-ACCEPT');
    await uploadAs('market', id, 'acceptance_report');
    const done = await post('market', id, 'acceptance/report', {
      reportIssuedOn: `${PLAN_YEAR}-01-04`,
      archiveAcceptancePassed: true,
    });
    expect(done.body.stage).toBe('completed');
  });
});
