// Project review to contract (Art.11–19) through the API: application and the approval route
// (small and over-400万 with ndrc), joint review with control price and recovery, revision (late
// one marked overdue), the 联合评审表 (.docx with the opinions, verify code), scan upload and
// approval (R-FORM), a refused early procurement (R-PROCURE), procurement, supervision
// (R-SUPERVISION), a filed change and a change that must be re-declared (R-CHANGE).
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectApplications } from '../../src/db/schema.js';
import { sm3Hex } from '../../src/domain/audit/chain.js';
import { sendRevisionReminders } from '../../src/server/projects/reminders.js';
import { startTestServer, type Client, type TestServer } from '../helpers/server.js';
import { fresh, jointOpinion, listedProject, tinyPdf, upload, wan } from '../helpers/projects.js';
import { PLAN_YEAR } from '../helpers/clock.js';

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
    'ndrc',
    'market',
    'civil',
    'zhongwu',
    'supervisor',
  ])
    c[u] = await ts.as(u);
  callId = (
    await c.databureau.post('/api/v1/calls', {
      planYear: PLAN_YEAR,
      title: `关于申报${PLAN_YEAR}年度区级信息化项目的通知`,
    })
  ).body.id;
});
afterAll(async () => {
  await ts?.close();
});

const orgId = async (code: string) =>
  (await c.databureau.get(`/api/v1/organizations?q=${code}`)).body.items.find((o: { code: string }) => o.code === code)
    .id as string;
const jointAll = async (id: string, decisions = ['pass', 'pass', 'pass', 'pass']) => {
  for (const [i, who] of ['databureau', 'cyberspace', 'finance', 'bigdata'].entries()) {
    const r = await c[who].post(`/api/v1/projects/${id}/joint-review/opinions`, jointOpinion(decisions[i]));
    expect(r.status).toBe(201);
    // Each party speaks once: the action is gone for it, still open for the next (Art.13).
    if (i < 3) expect(r.body.actions).not.toContain('joint_review_opinion');
  }
};

describe('approval route (Art.12)', () => {
  it('400万 exactly needs no ndrc approval; 400万 + 1 fen does, with the simplified paths offered', async () => {
    const small = await listedProject(c, 'market', callId, PLAN_YEAR, '400万整的项目', wan(400));
    const route = await c.market.get(`/api/v1/projects/${small.id}/approval-route`);
    expect(route.body.ndrcRequired).toBe(false);
    expect(route.body.findings[0]).toMatchObject({ rule: 'R-NDRC', severity: 'info' });
    const big = await listedProject(c, 'civil', callId, PLAN_YEAR, '四百万零一分的项目', wan(400) + 1);
    const r2 = await c.civil.get(`/api/v1/projects/${big.id}/approval-route?inPlan=true`);
    expect(r2.body.ndrcRequired).toBe(true);
    expect(r2.body.simplifiedPaths.map((s: { code: string }) => s.code).sort()).toEqual(['in_plan', 'merge']);
    expect(r2.body.extraApprovals).toEqual([]);
    const civil = await c.civil.get(`/api/v1/projects/${big.id}/approval-route?newCivilWorks=true`);
    expect(civil.body.extraApprovals.length).toBe(4);
  });
});

describe('from the annual list to a signed contract', () => {
  let id: string;

  it('the application needs the route’s documents', async () => {
    id = (await listedProject(c, 'market', callId, PLAN_YEAR, '市场监管智慧监管平台', wan(300))).id;
    const early = await c.market.post(`/api/v1/projects/${id}/procurement`, {
      method: 'public_tender',
      date: `${PLAN_YEAR}-03-01`,
      implementerOrgId: await orgId('zhongwu-bigdata'),
      contractFen: wan(250),
    });
    expect(early.status).toBe(422);
    expect(early.body).toMatchObject({ rule: 'R-PROCURE', article: 'Art.18' });
    // 申报表 was uploaded at declaration; the application also needs 可研 or 建设方案 — both already there.
    const app = await c.market.post(`/api/v1/projects/${id}/application`, {});
    expect(app.status).toBe(200);
    expect(app.body.stage).toBe('joint_review');
    // Still in the year's annual list after it moved on (Art.10(4)).
    const list = await c.market.get(`/api/v1/annual-list?year=${PLAN_YEAR}`);
    expect(list.body.items.map((r: { id: string }) => r.id)).toContain(id);
  });

  it('joint review: six dimensions each, control price and recovery', async () => {
    const missingDims = await c.cyberspace.post(`/api/v1/projects/${id}/joint-review/opinions`, {
      decision: 'pass',
      overall: '同意',
      dimensions: [{ code: 'security', opinion: '同意' }],
    });
    expect(missingDims.status).toBe(400);
    const cp = await c.finance.post(`/api/v1/projects/${id}/control-price`, { controlPriceFen: wan(260) });
    expect(cp.status).toBe(200);
    expect(cp.body.recovery.recoveryFen).toBe(wan(40)); // 300万 − 260万
    expect(cp.body.recovery.finding).toMatchObject({ rule: 'R-RECOVERY', article: 'Art.13' });
    expect((await c.market.post(`/api/v1/projects/${id}/control-price`, { controlPriceFen: 1 })).status).toBe(403);
    const todoOf = async (who: string) =>
      (
        (await c[who].get('/api/v1/todo')).body.items as {
          project: { id: string };
          action: string;
          article: string;
          dueAt: string | null;
        }[]
      ).find((t) => t.project.id === id);
    expect(await todoOf('cyberspace')).toMatchObject({ action: 'joint_review_opinion', article: 'Art.13' });
    expect(await todoOf('finance')).toMatchObject({ action: 'joint_review_opinion' });
    expect(await todoOf('market')).toBeUndefined(); // nothing waits for the declarant during the joint review
    // Each of the four parties was told when the joint review opened (Art.13).
    for (const who of ['cyberspace', 'bigdata', 'finance']) {
      const bell = await c[who].get('/api/v1/notifications?unread=true');
      expect(bell.body.items.map((n: { title: string }) => n.title)).toContain('待办：出具联审意见');
    }
    expect((await fresh(c.cyberspace, id)).actions).toContain('joint_review_opinion');
    expect((await fresh(c.databureau, id)).actions).not.toContain('record_decentral'); // nothing asked yet (Art.15)
    expect((await fresh(c.ndrc, id)).actions).not.toContain('ndrc_approve'); // 300万: R-NDRC does not apply
    await jointAll(id, ['pass', 'return', 'pass', 'pass']);
    const p = await fresh(c.market, id);
    expect(p.stage).toBe('revision');
    expect(await todoOf('cyberspace')).toBeUndefined();
    // The declarant was told (bell): its final version is due (Art.14).
    const bell = await c.market.get('/api/v1/notifications');
    expect(
      bell.body.items.some(
        (n: { title: string; link: string }) => n.title === '待办：提交方案终稿' && n.link === `/projects/${id}`,
      ),
    ).toBe(true);
    const due = await todoOf('market');
    expect(due).toMatchObject({ action: 'submit_revision', article: 'Art.14' });
    expect(due!.dueAt).toBe(p.revisionDueAt);
    const jr = await c.market.get(`/api/v1/projects/${id}/joint-review`);
    expect(jr.body.items).toHaveLength(4);
    expect(jr.body.items[0].dimensions).toHaveLength(6);
    expect(jr.body.revision.dueAt).toBeTruthy();
  });

  it('the data bureau files its own meeting minutes and records the offline review (Art.13); others cannot', async () => {
    const up = await upload(c.databureau, id, 'meeting_minutes', '联审评审会纪要.pdf', tinyPdf('minutes'));
    expect(up.status).toBe(201);
    expect((await upload(c.databureau, id, 'contract', '合同.pdf', tinyPdf('x'))).status).toBe(409);
    expect((await upload(c.finance, id, 'meeting_minutes', '纪要.pdf', tinyPdf('y'))).status).toBe(403);
    const docs = await c.databureau.get(`/api/v1/projects/${id}/documents`);
    expect(docs.body.canUpload).toBe(true);
    expect(docs.body.docTypes.map((d: { code: string }) => d.code)).toEqual(['meeting_minutes']);
    const wrongDoc = await c.databureau.post(`/api/v1/projects/${id}/meetings`, {
      date: `${PLAN_YEAR}-02-20`,
      attendees: '区数据局',
      minutesDocumentId: '00000000-0000-4000-8000-000000000000',
    });
    expect(wrongDoc.status).toBe(400);
    const meeting = await c.databureau.post(`/api/v1/projects/${id}/meetings`, {
      date: `${PLAN_YEAR}-02-20`,
      attendees: '区数据局、区委网信办、区财政局、区大数据中心、区市场监管局',
      summary: '原则同意',
      minutesDocumentId: up.body.id,
    });
    expect(meeting.status).toBe(201);
    const events = await c.market.get(`/api/v1/projects/${id}/events`);
    expect(events.body.items.some((e: { action: string }) => e.action === 'project.meeting_recorded')).toBe(true);
    // The declarant at the revision step is offered only the types of that step.
    const mine = await c.market.get(`/api/v1/projects/${id}/documents`);
    expect(mine.body.docTypes.map((d: { code: string }) => d.code)).not.toContain('meeting_minutes');
  });

  it('the declarant is reminded within the last day, and it and the data bureau once overdue (SPEC §5)', async () => {
    const titles = async (who: string) =>
      ((await c[who].get('/api/v1/notifications')).body.items as { title: string; link: string }[])
        .filter((n) => n.link === `/projects/${id}`)
        .map((n) => n.title);
    // The deadline the joint review set (3 working days, Art.14); the reminder job runs at chosen instants.
    const due = new Date((await c.market.get(`/api/v1/projects/${id}/joint-review`)).body.revision.dueAt);
    const hoursBefore = (hours: number) => new Date(due.getTime() - hours * 3_600_000);
    expect(await sendRevisionReminders(ts.database.db, hoursBefore(25))).toBe(0);
    expect(await sendRevisionReminders(ts.database.db, hoursBefore(3))).toBeGreaterThan(0);
    expect(await titles('market')).toContain('提醒：方案终稿即将到期');
    expect(await sendRevisionReminders(ts.database.db, hoursBefore(2))).toBe(0); // once per person
    expect(await sendRevisionReminders(ts.database.db, new Date(due.getTime() + 1))).toBeGreaterThan(0);
    expect(await titles('market')).toContain('提醒：方案终稿已逾期');
    expect(await titles('databureau')).toContain('提醒：方案终稿已逾期');
    expect(await titles('civil')).toEqual([]);
  });

  it('a late revision is marked overdue, not blocked', async () => {
    // A day after the deadline on the server's clock; sessions have timed out meanwhile: sign in again.
    const due = new Date((await c.market.get(`/api/v1/projects/${id}/joint-review`)).body.revision.dueAt);
    ts.clock.set(new Date(due.getTime() + 86_400_000));
    for (const u of Object.keys(c)) c[u] = await ts.as(u);
    const rev = await c.market.post(`/api/v1/projects/${id}/revision`, {});
    expect(rev.status).toBe(200);
    expect(rev.body.revisionOverdue).toBe(true);
    expect(rev.body.overdueFinding).toMatchObject({ rule: 'R-REVISE-3WD' });
    expect(rev.body.stage).toBe('form_pending');
    // Counted in the unit's statistics; another unit does not see it.
    const stats = await c.databureau.get(`/api/v1/statistics/revisions?year=${PLAN_YEAR}`);
    expect(stats.status).toBe(200);
    const market = stats.body.items.find((s: { orgName: string }) => s.orgName.includes('市场监督管理局'));
    expect(market).toMatchObject({ submittedLate: 1, total: 1, lateRate: 1 });
    expect((await c.market.get('/api/v1/statistics/revisions')).body.items).toHaveLength(1);
    expect((await c.civil.get('/api/v1/statistics/revisions')).body.items).toHaveLength(0);
  });

  it('the review results export as Excel: each party’s pre-review and joint-review conclusion, control price, recovery, late flag (SPEC §7)', async () => {
    const res = await fetch(`${ts.url}/api/v1/review-results/export?year=${PLAN_YEAR}`, {
      headers: { cookie: c.databureau.cookie! },
    });
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    const ws = wb.worksheets[0];
    const header = ws.getRow(3).values as unknown[];
    const row = ws.getRow(4).values as unknown[];
    const col = (name: string) => header.indexOf(name);
    expect(ws.getRow(1).getCell(1).value).toBe(`宿城区${PLAN_YEAR}年度信息化项目评审结果`);
    const mine = [4, 5, 6, 7, 8]
      .map((r) => ws.getRow(r).values as unknown[])
      .find((v) => v[col('项目名称')] === '市场监管智慧监管平台')!;
    expect(mine[col('联审：区委网信办')]).toBe('修改后通过');
    expect(mine[col('联审：区数据局')]).toBe('通过');
    expect(mine[col('预审：区财政局')]).toBe('通过');
    expect(mine[col('招标控制价（万元）')]).toBe(260);
    expect(mine[col('收回金额（万元）')]).toBe(40);
    expect(mine[col('是否逾期')]).toBe('逾期');
    expect(row.length).toBeGreaterThan(20);
  });

  it('the 联合评审表 carries the opinions and a verify code; approval without the scan is refused (R-FORM)', async () => {
    const res = await fetch(`${ts.url}/api/v1/projects/${id}/joint-review-form.docx`, {
      headers: { cookie: c.market.cookie! },
    });
    expect(res.status).toBe(200);
    const xml = await (await JSZip.loadAsync(Buffer.from(await res.arrayBuffer())))
      .file('word/document.xml')!
      .async('string');
    expect(xml).toContain('市场监管智慧监管平台');
    expect(xml).toContain('总体意见：符合要求');
    expect(xml).toContain('区委网信办');
    const pdf = await fetch(`${ts.url}/api/v1/projects/${id}/joint-review-form.pdf`, {
      headers: { cookie: c.market.cookie! },
    });
    expect(pdf.status).toBe(200);
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    const p = await fresh(c.market, id);
    const code = (
      await ts.database.db
        .select({ code: projectApplications.formCode })
        .from(projectApplications)
        .where(eq(projectApplications.projectId, id))
    )[0].code!;
    expect(xml).toContain(code);
    const verify = await ts.client().get(`/api/v1/verify/${code}`);
    expect(verify.body).toMatchObject({ matches: true, project: { code: p.code } });
    // Change an approved fact behind the form's back: the printed code no longer matches.
    await ts.database.db
      .update(projectApplications)
      .set({ recoveryFen: 1 })
      .where(eq(projectApplications.projectId, id));
    expect((await ts.client().get(`/api/v1/verify/${code}`)).body.matches).toBe(false);
    await ts.database.db
      .update(projectApplications)
      .set({ recoveryFen: wan(40) })
      .where(eq(projectApplications.projectId, id));
    expect((await ts.client().get(`/api/v1/verify/${code.toLowerCase()}`)).body.matches).toBe(true);
    expect((await ts.client().get('/api/v1/verify/not-a-code')).status).toBe(400);

    const noScan = await c.databureau.post(`/api/v1/projects/${id}/approve`, {});
    expect(noScan.status).toBe(422);
    expect(noScan.body).toMatchObject({ rule: 'R-FORM', article: 'Art.14' });
    expect((await upload(c.market, id, 'joint_review_scan', '联合评审表（盖章）.pdf', tinyPdf('scan'))).status).toBe(
      201,
    );
    const ok = await c.databureau.post(`/api/v1/projects/${id}/approve`, {});
    expect(ok.body.stage).toBe('approved');
  });

  it('procurement, then supervision before construction (R-SUPERVISION), then the implementer sees it', async () => {
    const zw = await orgId('zhongwu-bigdata');
    const notImpl = await c.market.post(`/api/v1/projects/${id}/procurement`, {
      method: 'public_tender',
      date: `${PLAN_YEAR}-03-01`,
      implementerOrgId: await orgId('sc-finance'),
      contractFen: wan(250),
    });
    expect(notImpl.status).toBe(400);
    expect((await c.zhongwu.get(`/api/v1/projects/${id}`)).status).toBe(404);
    // The contract file must be this project's own 合同 (not, e.g., its signed joint review form).
    const scanId = (await c.market.get(`/api/v1/projects/${id}/documents`)).body.items.find(
      (d: { docType: string }) => d.docType === 'joint_review_scan',
    ).id;
    const wrongDoc = await c.market.post(`/api/v1/projects/${id}/procurement`, {
      method: 'public_tender',
      date: `${PLAN_YEAR}-03-01`,
      implementerOrgId: zw,
      contractFen: wan(250),
      contractDocumentId: scanId,
    });
    expect(wrongDoc.status).toBe(400);
    expect(wrongDoc.body.field).toBe('contractDocumentId');
    const contract = await upload(c.market, id, 'contract', '政府采购合同.pdf', tinyPdf('contract'));
    expect(contract.status).toBe(201);
    const proc = await c.market.post(`/api/v1/projects/${id}/procurement`, {
      method: 'public_tender',
      date: `${PLAN_YEAR}-03-01`,
      implementerOrgId: zw,
      contractFen: wan(250),
      contractDocumentId: contract.body.id,
    });
    expect(proc.body.stage).toBe('contracted');
    expect((await c.zhongwu.get(`/api/v1/projects/${id}`)).status).toBe(200);
    expect((await c.zhongwu.get('/api/v1/projects')).body.items.map((x: { id: string }) => x.id)).toContain(id);
    expect(
      ((await c.market.get('/api/v1/todo')).body.items as { project: { id: string }; action: string }[]).find(
        (t) => t.project.id === id,
      )?.action,
    ).toBe('record_supervision');
    const noSup = await c.market.post(`/api/v1/projects/${id}/start-construction`, {});
    expect(noSup.status).toBe(422);
    expect(noSup.body).toMatchObject({ rule: 'R-SUPERVISION', article: 'Art.19' });
    await c.market.post(`/api/v1/projects/${id}/supervision`, {
      supervisorOrgId: await orgId('sup-chengxin'),
      contractFen: wan(6),
      date: `${PLAN_YEAR}-03-05`,
    });
    expect((await c.market.post(`/api/v1/projects/${id}/start-construction`, {})).body.stage).toBe('construction');
    expect((await c.supervisor.get(`/api/v1/projects/${id}`)).status).toBe(200);
    // The supervisor may export the file it supervises; the archive carries the generated joint review form.
    const res = await fetch(`${ts.url}/api/v1/projects/${id}/archive.zip`, {
      headers: { cookie: c.supervisor.cookie! },
    });
    const zip = await JSZip.loadAsync(Buffer.from(await res.arrayBuffer()));
    expect(Object.keys(zip.files).some((n) => n.includes('平台生成/') && n.endsWith('联合评审表.docx'))).toBe(true);
  });

  it('changes: 10% of the contract exactly is filed; one fen over the approved budget must be re-declared', async () => {
    const filed = await c.market.post(`/api/v1/projects/${id}/changes`, {
      content: '根据省统一部署调整对接接口',
      changeFen: wan(25),
      totalAfterFen: wan(300),
      ground: 'mandate',
    });
    expect(filed.status).toBe(201);
    expect(filed.body.decision.route).toBe('file');
    expect(filed.body.project.stage).toBe('construction');
    const over = await c.market.post(`/api/v1/projects/${id}/changes`, {
      content: '增加建设内容',
      changeFen: wan(10),
      totalAfterFen: wan(300) + 1,
      ground: 'business_need',
    });
    expect(over.body.decision.route).toBe('redeclare');
    expect(over.body.decision.finding).toMatchObject({ rule: 'R-CHANGE', article: 'Art.17' });
    // The declaration reopens with the new total for the declarant to complete (Art.17 ¶3).
    expect(over.body.project).toMatchObject({ stage: 'redeclaring', totalFen: wan(300) + 1 });
    expect(over.body.project.actions).toEqual(expect.arrayContaining(['edit', 'resubmit_change']));
    const list = await c.market.get(`/api/v1/projects/${id}/changes`);
    expect(list.body.items.map((x: { route: string }) => x.route)).toEqual(['redeclare', 'file']);
    // Submitting it as it is: the breakdown still sums to the old total (R-BUDGET-SUM); the declarant completes it.
    const incomplete = await c.market.post(`/api/v1/projects/${id}/resubmit-change`, {});
    expect(incomplete.status).toBe(422);
    expect(incomplete.body.rule).toBe('R-BUDGET-SUM');
    const cur = await fresh(c.market, id);
    const form = {
      ...cur.form,
      budgetBreakdown: { ...cur.form.budgetBreakdown, development: cur.form.budgetBreakdown.development + 1 },
      yearlyBudgets: [{ year: PLAN_YEAR, amountFen: wan(300) + 1 }],
      fundingSources: [{ source: 'fiscal', amountFen: wan(300) + 1 }],
    };
    expect((await c.market.patch(`/api/v1/projects/${id}`, { form, version: cur.version })).status).toBe(200);
    // Above the approved budget: finance reviews the budget again before anything is procured (Art.10(3), 18).
    const again = await c.market.post(`/api/v1/projects/${id}/resubmit-change`, { note: '按变更内容重新申报' });
    expect(again.status).toBe(200);
    expect(again.body.stage).toBe('pre_review_passed');
    const early = await c.market.post(`/api/v1/projects/${id}/application`, {});
    expect(early.status).toBe(409);
    const budget = await c.finance.post(`/api/v1/projects/${id}/budget-review`, {
      decision: 'approve',
      approvedBudgetFen: wan(300) + 1,
    });
    expect(budget.body).toMatchObject({ stage: 'listed', approvedBudgetFen: wan(300) + 1 }); // still in its plan
  });

  it('declared again after the change: a new application opens a second joint review round (Art.17 ¶3, Art.13)', async () => {
    const app = await c.market.post(`/api/v1/projects/${id}/application`, {});
    expect(app.body.stage).toBe('joint_review');
    expect(app.body.controlPriceFen).toBeNull();
    expect((await fresh(c.cyberspace, id)).actions).toContain('joint_review_opinion');
    const again = await c.cyberspace.post(
      `/api/v1/projects/${id}/joint-review/opinions`,
      jointOpinion('pass', '变更后方案符合要求'),
    );
    expect(again.status).toBe(201);
    const jr = await c.databureau.get(`/api/v1/projects/${id}/joint-review`);
    expect(jr.body.parties.filter((x: { spoke: boolean }) => x.spoke)).toHaveLength(1); // this round only
    for (const who of ['databureau', 'finance', 'bigdata'])
      expect((await c[who].post(`/api/v1/projects/${id}/joint-review/opinions`, jointOpinion('pass'))).status).toBe(
        201,
      );
    const p = await fresh(c.market, id);
    expect(p.stage).toBe('revision');
    expect(p.revisionSubmittedAt).toBeNull();
    expect(p.applicationRound).toBe(2);
    // The first round is kept as it was (closed, its form void), not cleared.
    const rounds = await ts.database.db
      .select()
      .from(projectApplications)
      .where(eq(projectApplications.projectId, id))
      .orderBy(projectApplications.round);
    expect(rounds.map((r) => r.round)).toEqual([1, 2]);
    expect(rounds[0].supersededAt).not.toBeNull();
    expect(rounds[0].formCode).toMatch(/^JR-/);
    expect(rounds[0].approvedAt).not.toBeNull();
    expect(rounds[1]).toMatchObject({ supersededAt: null, formCode: null, controlPriceFen: null });
    expect(
      ((await c.market.get('/api/v1/todo')).body.items as { project: { id: string }; action: string }[]).find(
        (t) => t.project.id === id,
      )?.action,
    ).toBe('submit_revision');
  });

  it('the whole file exports as one archive: record, history, every document version with its SM3, no form once re-declared (SPEC §7)', async () => {
    const res = await fetch(`${ts.url}/api/v1/projects/${id}/archive.zip`, {
      headers: { cookie: c.databureau.cookie! },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    const zip = await JSZip.loadAsync(Buffer.from(await res.arrayBuffer()));
    const names = Object.keys(zip.files);
    const root = names[0].split('/')[0];
    expect(root).toContain('市场监管智慧监管平台');
    const record = JSON.parse(await zip.file(`${root}/项目信息.json`)!.async('string'));
    expect(record).toMatchObject({ id, stage: 'revision' });
    const history = await zip.file(`${root}/办理记录.csv`)!.async('string');
    expect(history).toContain('项目批复');
    expect(history).toContain('R-CHANGE');
    const inventory = (await zip.file(`${root}/材料清单.csv`)!.async('string')).trim().split('\r\n').slice(1);
    const docs = (await c.market.get(`/api/v1/projects/${id}/documents`)).body.items.flatMap(
      (d: { versions: unknown[] }) => d.versions,
    );
    expect(inventory).toHaveLength(docs.length);
    // Every file in the archive hashes to the SM3 in the inventory.
    for (const line of inventory) {
      const cols = line.split(',');
      const bytes = await zip.file(`${root}/${cols[8]}`)!.async('nodebuffer');
      expect(sm3Hex(bytes)).toBe(cols[4]);
    }
    // Re-declared (Art.17): the earlier joint review form no longer stands, and the new one is not yet generated.
    expect(names.some((n) => n.includes('平台生成/'))).toBe(false);
    // Someone who may not see the project cannot export it.
    expect(
      (await fetch(`${ts.url}/api/v1/projects/${id}/archive.zip`, { headers: { cookie: c.civil.cookie! } })).status,
    ).toBe(404);
  });
});

describe('an over-400万 project with ndrc', () => {
  it('needs the proposal and design, and ndrc approval before procurement', async () => {
    const big = await listedProject(c, 'civil', callId, PLAN_YEAR, '民政一体化大数据平台', wan(500));
    const missing = await c.civil.post(`/api/v1/projects/${big.id}/application`, {});
    expect(missing.status).toBe(422);
    expect(missing.body).toMatchObject({ code: 'DOCUMENTS_MISSING', rule: 'R-NDRC', article: 'Art.12' });
    for (const t of ['proposal', 'feasibility_study', 'preliminary_design'])
      expect((await upload(c.civil, big.id, t, `${t}.pdf`, tinyPdf(t))).status).toBe(201);
    expect((await c.civil.post(`/api/v1/projects/${big.id}/application`, {})).body.stage).toBe('joint_review');
    await jointAll(big.id);
    await c.civil.post(`/api/v1/projects/${big.id}/revision`, {});
    await upload(c.civil, big.id, 'joint_review_scan', 'scan.pdf', tinyPdf('scan'));
    await c.databureau.post(`/api/v1/projects/${big.id}/approve`, {});
    const refused = await c.civil.post(`/api/v1/projects/${big.id}/procurement`, {
      method: 'public_tender',
      date: `${PLAN_YEAR}-04-01`,
      implementerOrgId: await orgId('zhongwu-bigdata'),
      contractFen: wan(480),
    });
    expect(refused.status).toBe(422);
    expect(refused.body.rule).toBe('R-PROCURE');
    expect(refused.body.message).toMatch(/发改/);
    expect(
      (
        await c.civil.post(`/api/v1/projects/${big.id}/ndrc-approval`, {
          docNumber: `宿城发改审〔${PLAN_YEAR}〕5号`,
          date: `${PLAN_YEAR}-03-10`,
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await c.ndrc.post(`/api/v1/projects/${big.id}/ndrc-approval`, {
          docNumber: `宿城发改审〔${PLAN_YEAR}〕5号`,
          date: `${PLAN_YEAR}-03-10`,
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await c.civil.post(`/api/v1/projects/${big.id}/procurement`, {
          method: 'public_tender',
          date: `${PLAN_YEAR}-04-01`,
          implementerOrgId: await orgId('zhongwu-bigdata'),
          contractFen: wan(480),
        })
      ).body.stage,
    ).toBe('contracted');
  });
});

describe('the working-day calendar as data the data bureau maintains', () => {
  it('anyone can work out a date rule on the calendar in force (SPEC §5), at the hard dates', async () => {
    const anon = ts.client();
    const q = async (qs: string) => (await anon.get(`/api/v1/calendar/compute?${qs}`)).body;
    expect((await q('from=2026-09-30&workingDays=3')).date).toBe('2026-10-10'); // 10-08, 10-09, 10-10 (adjusted Saturday)
    expect((await q('from=2026-02-13&workingDays=3')).date).toBe('2026-02-25'); // 02-14 (adjusted), Spring Festival, 02-24, 02-25
    expect((await q('from=2026-01-31&months=1')).date).toBe('2026-02-28'); // month-end clamp; that Saturday is an adjusted working day
    expect((await q('from=2024-10-31&months=1')).date).toBe('2024-12-02'); // clamp to 11-30, a Saturday → Monday
    expect((await q('from=2024-01-31&months=1&kind=earliest')).date).toBe('2024-02-29'); // leap-year clamp
    expect((await q('from=2026-08-07&months=2')).date).toBe('2026-10-08'); // 10-07 lies in the National Day holiday
    expect((await q('from=2026-08-07&months=2&kind=earliest')).date).toBe('2026-10-07'); // an earliest-allowed date does not move
    expect((await q('from=2026-09-01&months=1')).date).toBe('2026-10-08'); // lands in the National Day holiday: next working day
    expect((await anon.get('/api/v1/calendar/compute?from=2026-09-30')).status).toBe(400);
    expect((await anon.get('/api/v1/calendar/compute?from=2026-12-30&workingDays=5')).status).toBe(422); // 2027 not covered yet
  });

  it('a year can be entered without a code change; bad data is refused', async () => {
    const before = await c.databureau.get('/api/v1/calendar');
    expect(before.body.years).toEqual(expect.arrayContaining([2024, 2025, 2026]));
    expect(before.body.source['2026']).toBe('shipped');
    const bad = await c.databureau.put('/api/v1/calendar/2027', {
      holidays: ['2027-01-01'],
      workdays: ['2027-01-06'],
      basis: '测试',
    });
    expect(bad.status).toBe(400); // 2027-01-06 is a Wednesday: an adjusted working day must be a weekend
    expect(
      (await c.market.put('/api/v1/calendar/2027', { holidays: [], workdays: [], basis: '测试数据' })).status,
    ).toBe(403);
    const ok = await c.databureau.put('/api/v1/calendar/2027', {
      holidays: ['2027-01-01'],
      workdays: [],
      basis: '测试数据（非官方）',
    });
    expect(ok.status).toBe(200);
    const after = await c.databureau.get('/api/v1/calendar');
    expect(after.body.years).toContain(2027);
    expect(after.body.source['2027']).toBe('data_bureau');
  });
});
