// The systems register (信息系统台账, issue 9; Art.2, 6, 7, 20, 21, 30, 32, 33) through the API:
// registration by the data bureau, who sees what (404 for another unit), versioned edits, sharing
// fulfilment deciding R-SHARE-PRIOR for a continuation, the .xlsx import, security records, the
// yearly O&M report (only after its period, once a year, R-OM-REPORT overdue), and the exit
// (R-EXIT until all four steps are done; the system's projects in operation close).
import ExcelJS from 'exceljs';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organizations, projects, systemProjects } from '../../src/db/schema.js';
import { CALL_YEAR, PLAN_YEAR } from '../helpers/clock.js';
import { fresh, MATERIALS, tinyPdf, upload, validProject } from '../helpers/projects.js';
import { startTestServer, type Client, type TestServer } from '../helpers/server.js';

let ts: TestServer;
const c: Record<string, Client> = {};
const USERS = ['databureau', 'market', 'civil', 'zhongwu', 'auditor'];
const signIn = async () => {
  for (const u of USERS) c[u] = await ts.as(u);
};
const org: Record<string, string> = {};
let callId: string;

beforeAll(async () => {
  ts = await startTestServer();
  await signIn();
  for (const o of await ts.database.db.select().from(organizations)) org[o.code] = o.id;
  const call = await c.databureau.post('/api/v1/calls', { planYear: PLAN_YEAR, title: `${PLAN_YEAR}年度申报通知` });
  expect(call.status).toBe(201);
  callId = call.body.id;
});
afterAll(async () => {
  await ts?.close();
});

const S = '/api/v1/systems';
/** Running since March of the year before the call: its first O&M period ended on 12-31 of that year. */
const STARTED_ON = `${CALL_YEAR - 1}-03-01`;
const SECTIONS = {
  operation: '全年稳定运行，可用率99.9%',
  security: '完成等保测评整改，未发生安全事件',
  usage: '注册用户1.2万，月活3000',
  funding: '运维经费按合同支付完毕',
  results: '企业开办平均时长缩短至1个工作日',
};

/** A build project of `client`'s unit continuing `predecessor`, with every material, not yet submitted. */
async function continuation(client: Client, name: string, predecessor: Record<string, unknown>) {
  const p = validProject(name);
  const created = await client.post('/api/v1/projects', { callId, ...p, form: { ...p.form, predecessor } });
  expect(created.status).toBe(201);
  for (const t of MATERIALS)
    expect((await upload(client, created.body.id, t, `${t}.pdf`, tinyPdf(t))).status).toBe(201);
  return created.body.id as string;
}

const submit = async (client: Client, id: string) =>
  client.post(`/api/v1/projects/${id}/submit`, { version: (await fresh(client, id)).version });

describe('the systems register', () => {
  let sysA: { id: string; code: string; version: number }; // market's, its sharing fulfilled
  let sysB: { id: string; code: string }; // market's, sharing never recorded
  let sysCivil: { id: string };
  let linkedProject: string; // market's project maintaining sysA, contracted to zhongwu
  let continuationOk: string;

  it('the data bureau registers existing systems; a declarant may not; one name per owner', async () => {
    const body = {
      name: '企业开办一件事平台',
      ownerOrgId: org['sc-market'],
      description: '企业开办全流程网上办理',
      deployment: 'gov_cloud',
      cloudVcpu: 8,
      cloudMemoryGb: 32,
      cloudStorageGb: 500,
      mlpsLevel: 3,
      dataCollected: true,
      operationStartedOn: STARTED_ON,
    };
    expect((await c.market.post(S, body)).status).toBe(403);
    const a = await c.databureau.post(S, body);
    expect(a.status).toBe(201);
    expect(a.body).toMatchObject({
      name: '企业开办一件事平台',
      status: 'operating',
      statusName: '运行中',
      source: 'register',
      ownerName: '宿城区市场监督管理局',
      sharingFulfilled: false,
      version: 1,
    });
    expect(a.body.code).toMatch(/^XT-\d{4}$/);
    sysA = a.body;
    const dup = await c.databureau.post(S, { ...body, description: '' });
    expect(dup.status).toBe(409);
    expect(dup.body.code).toBe('SYSTEM_EXISTS');
    // The same name under another unit is another system.
    const civil = await c.databureau.post(S, { name: '企业开办一件事平台', ownerOrgId: org['sc-civil'] });
    expect(civil.status).toBe(201);
    sysCivil = civil.body;
    const b = await c.databureau.post(S, { name: '市场监管执法系统', ownerOrgId: org['sc-market'], status: 'trial' });
    expect(b.body.status).toBe('trial');
    sysB = b.body;
    expect(Number(b.body.code.slice(3))).toBe(Number(sysA.code.slice(3)) + 2);

    const notDeclarant = await c.databureau.post(S, { name: '某系统', ownerOrgId: org['zhongwu-bigdata'] });
    expect(notDeclarant.body).toMatchObject({ status: 400, code: 'BAD_OWNER', field: 'ownerOrgId' });
    const exited = await c.databureau.post(S, { name: '某系统', ownerOrgId: org['sc-market'], status: 'exited' });
    expect(exited.status).toBe(400);
    expect(exited.body.message).toContain('状态');
    const future = await c.databureau.post(S, {
      name: '某系统',
      ownerOrgId: org['sc-market'],
      operationStartedOn: `${PLAN_YEAR + 1}-01-01`,
    });
    expect(future.body).toMatchObject({ status: 400, code: 'DATE_IN_FUTURE', field: 'operationStartedOn' });
  });

  it('lists by code with filters; the owner sees its own, another unit gets 404, contracted units see theirs', async () => {
    const all = await c.databureau.get(`${S}?ownerOrgId=${org['sc-market']}`);
    expect(all.body.items.map((s: { id: string }) => s.id)).toEqual([sysA.id, sysB.id]);
    expect(all.body.total).toBe(2);
    expect((await c.databureau.get(`${S}?q=执法`)).body.items.map((s: { id: string }) => s.id)).toEqual([sysB.id]);
    expect((await c.databureau.get(`${S}?q=${sysA.code}`)).body.items).toHaveLength(1);
    const trial = await c.databureau.get(`${S}?status=trial`);
    expect(trial.body.items.map((s: { id: string }) => s.id)).toEqual([sysB.id]);
    expect((await c.databureau.get(`${S}?pageSize=201`)).status).toBe(400);

    const own = await c.market.get(S);
    expect(own.body.items.map((s: { id: string }) => s.id)).toEqual([sysA.id, sysB.id]);
    expect((await c.market.get(`${S}/${sysA.id}`)).status).toBe(200);
    expect((await c.civil.get(`${S}/${sysA.id}`)).status).toBe(404);
    expect((await c.civil.get(S)).body.items.map((s: { id: string }) => s.id)).toEqual([sysCivil.id]);
    expect((await c.auditor.get(`${S}/${sysA.id}`)).status).toBe(200);

    // The implementer sees a system once it is contracted on one of its projects (Art.16).
    expect((await c.zhongwu.get(`${S}/${sysA.id}`)).status).toBe(404);
    const p = await c.market.post('/api/v1/projects', { callId, ...validProject('企业开办平台运维') });
    linkedProject = p.body.id;
    await ts.database.db
      .update(projects)
      .set({ implementerOrgId: org['zhongwu-bigdata'] })
      .where(eq(projects.id, linkedProject));
    await ts.database.db
      .insert(systemProjects)
      .values({ systemId: sysA.id, projectId: linkedProject, relation: 'maintain', createdAt: ts.clock.now() });
    const seen = await c.zhongwu.get(`${S}/${sysA.id}`);
    expect(seen.status).toBe(200);
    expect(seen.body.projects).toMatchObject([{ id: linkedProject, relation: 'maintain', relationName: '运维' }]);
    expect(seen.body.actions).toEqual([]);
    expect((await c.zhongwu.get(S)).body.items.map((s: { id: string }) => s.id)).toEqual([sysA.id]);
    expect((await c.zhongwu.get(`${S}/${sysB.id}`)).status).toBe(404);
  });

  it('edits name the version read; the owner changes deployment and 等保 only', async () => {
    const v = (await c.market.get(`${S}/${sysA.id}`)).body.version;
    const ok = await c.market.patch(`${S}/${sysA.id}`, { mlpsFilingNumber: '32130043001-24001', version: v });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ mlpsFilingNumber: '32130043001-24001', version: v + 1 });
    expect(ok.headers.get('etag')).toBe(`"${v + 1}"`);
    const stale = await c.market.patch(`${S}/${sysA.id}`, { mlpsLevel: 2, version: v });
    expect(stale.body).toMatchObject({ status: 409, code: 'VERSION_CONFLICT' });
    const staleHeader = await c.databureau.patch(
      `${S}/${sysA.id}`,
      { description: '新简介' },
      { 'if-match': `"${v}"` },
    );
    expect(staleHeader.status).toBe(412);
    expect((await c.databureau.patch(`${S}/${sysA.id}`, { description: '新简介' })).status).toBe(428);
    const foreign = await c.market.patch(`${S}/${sysA.id}`, { name: '改名', version: v + 1 });
    expect(foreign.status).toBe(403);
    expect(foreign.body.message).toContain('系统名称');
    expect((await c.civil.patch(`${S}/${sysA.id}`, { mlpsLevel: 2, version: v + 1 })).status).toBe(404);
    const bureau = await c.databureau.patch(`${S}/${sysA.id}`, { description: '新简介' }, { 'if-match': `"${v + 1}"` });
    expect(bureau.body).toMatchObject({ description: '新简介', version: v + 2 });
    sysA = bureau.body;
  });

  it('sharing fulfilment, with evidence, decides R-SHARE-PRIOR for a continuation naming the system (Art.7)', async () => {
    const evidence = await c.databureau.upload(
      `${S}/${sysA.id}/documents`,
      { docType: 'sharing_evidence' },
      { name: '共享落实证明.pdf', bytes: tinyPdf('sharing') },
    );
    expect(evidence.status).toBe(201);
    expect(evidence.body).toMatchObject({ docType: 'sharing_evidence', version: 1 });
    expect((await c.market.get(`/api/v1/documents/${evidence.body.id}/download`)).status).toBe(200);
    expect((await c.civil.get(`/api/v1/documents/${evidence.body.id}/download`)).status).toBe(404);

    const note = '已接入市一体化公共数据平台，共享清单12项全部上线';
    expect((await c.market.post(`${S}/${sysA.id}/sharing`, { fulfilled: true, note })).status).toBe(403);
    const short = await c.databureau.post(`${S}/${sysA.id}/sharing`, { fulfilled: true, note: '已' });
    expect(short.body).toMatchObject({ status: 400, field: 'note' });
    const foreignDoc = await c.databureau.post(`${S}/${sysB.id}/sharing`, {
      fulfilled: true,
      note,
      documentId: evidence.body.id,
    });
    expect(foreignDoc.body).toMatchObject({ status: 400, code: 'BAD_DOCUMENT', article: 'Art.7' });
    const shared = await c.databureau.post(`${S}/${sysA.id}/sharing`, {
      fulfilled: true,
      note,
      documentId: evidence.body.id,
    });
    expect(shared.status).toBe(200);
    expect(shared.body).toMatchObject({
      sharingFulfilled: true,
      sharingEvidence: { note, documentId: evidence.body.id, byName: '王数据', article: 'Art.7' },
      version: sysA.version + 1,
    });
    // Recorded at the request's instant on the services' clock (the test clock), not the machine's.
    const at = Date.parse(shared.body.sharingEvidence.at);
    expect(ts.clock.now().getTime() - at).toBeGreaterThanOrEqual(0);
    expect(ts.clock.now().getTime() - at).toBeLessThan(60_000);
    expect(shared.body.documents.map((d: { id: string }) => d.id)).toEqual([evidence.body.id]);

    // The form says "fulfilled" both times; the platform knows both systems, so its record decides.
    continuationOk = await continuation(c.market, '企业开办一件事平台（二期）', {
      systemId: sysA.id,
      name: '企业开办一件事平台',
      sharingFulfilled: true,
    });
    const passed = await submit(c.market, continuationOk);
    expect(passed.status).toBe(200);
    expect(passed.body.stage).toBe('submitted');
    const refusedId = await continuation(c.market, '市场监管执法系统（二期）', {
      systemId: sysB.id,
      name: '市场监管执法系统',
      sharingFulfilled: true,
    });
    const refused = await submit(c.market, refusedId);
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ rule: 'R-SHARE-PRIOR', article: 'Art.7' });
    expect(refused.body.message).toContain(sysB.code);
  });

  it('imports existing systems from .xlsx: good rows kept, bad rows named by row and column', async () => {
    expect((await c.market.get(`${S}/import-template.xlsx`)).status).toBe(403);
    const tpl = await fetch(`${ts.url}${S}/import-template.xlsx`, { headers: { cookie: c.databureau.cookie! } });
    expect(tpl.status).toBe(200);
    expect(tpl.headers.get('content-type')).toContain('spreadsheetml');
    const twb = new ExcelJS.Workbook();
    await twb.xlsx.load(Buffer.from(await tpl.arrayBuffer()) as never);
    const headers = [
      '系统名称',
      '责任单位（代码或名称）',
      '系统简介',
      '状态',
      '部署方式',
      'vCPU',
      '内存(GB)',
      '存储(GB)',
      '等保级别',
      '等保备案号',
      '数据已归集',
      '上线运行日期',
    ];
    expect((twb.getWorksheet('系统台账')!.getRow(1).values as unknown[]).slice(1)).toEqual(headers);
    expect(twb.getWorksheet('填写说明')!.rowCount).toBeGreaterThanOrEqual(headers.length + 1);

    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('系统台账');
    sheet.addRow(headers);
    const started = new Date(Date.UTC(CALL_YEAR - 2, 4, 1));
    sheet.addRow([
      '社会救助信息系统',
      'sc-civil',
      '低保、特困审批',
      '运行中',
      '政务云',
      8,
      16,
      500,
      '三级',
      '32130043001-24002',
      '是',
      started,
    ]);
    sheet.addRow(['养老服务系统', '宿城区民政局', '', '停用', '政务云', 4, 8, 100, 2, '', '否', '']);
    sheet.addRow(['市场主体信用系统', '不存在的单位', '', '运行中', '', '', '', '', '', '', '', '']);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());

    expect((await c.market.upload(`${S}/import`, {}, { name: 'systems.xlsx', bytes })).status).toBe(403);
    const res = await c.databureau.upload(`${S}/import`, {}, { name: 'systems.xlsx', bytes });
    expect(res.status).toBe(200);
    expect(res.body.created).toHaveLength(1);
    expect(res.body.created[0]).toMatchObject({ row: 2, name: '社会救助信息系统' });
    expect(res.body.errors).toHaveLength(2);
    expect(res.body.errors[0]).toMatchObject({ row: 3, column: '状态' });
    expect(res.body.errors[0].message).toContain('运行中');
    expect(res.body.errors[1]).toMatchObject({ row: 4, column: '责任单位（代码或名称）' });
    expect(res.body.errors[1].message).toContain('不存在的单位');
    const imported = await c.civil.get(`${S}/${res.body.created[0].id}`);
    expect(imported.body).toMatchObject({
      source: 'import',
      status: 'operating',
      deployment: 'gov_cloud',
      cloudVcpu: 8,
      mlpsLevel: 3,
      dataCollected: true,
      operationStartedOn: `${CALL_YEAR - 2}-05-01`,
    });

    const again = await c.databureau.upload(`${S}/import`, {}, { name: 'systems.xlsx', bytes });
    expect(again.body.created).toEqual([]);
    expect(again.body.errors[0]).toMatchObject({ row: 2, column: '系统名称' });
    expect(again.body.errors[0].message).toContain('已存在');
    const pdf = await c.databureau.upload(`${S}/import`, {}, { name: 'systems.xlsx', bytes: tinyPdf() });
    expect(pdf.body).toMatchObject({ status: 415, code: 'UNSUPPORTED_FILE_TYPE' });
  });

  it('keeps dated security records; the latest of a kind past its next due date is overdue (Art.20, 21)', async () => {
    const rec = (client: Client, body: Record<string, unknown>) =>
      client.post(`${S}/${sysA.id}/security-records`, body);
    const test = await rec(c.market, {
      kind: 'mlps_test',
      date: `${CALL_YEAR - 1}-06-10`,
      result: 'pass',
      reference: 'CP-2025-0610',
      nextDueOn: `${CALL_YEAR}-06-09`,
    });
    expect(test.status).toBe(201);
    expect(test.body).toMatchObject({ kind: 'mlps_test', article: 'Art.20' });
    const crypto = await rec(c.databureau, {
      kind: 'crypto_assessment',
      date: `${CALL_YEAR}-03-01`,
      result: 'pass',
      reference: 'MP-2026-01',
      nextDueOn: `${PLAN_YEAR}-03-01`,
    });
    expect(crypto.status).toBe(201);
    expect(
      (await rec(c.zhongwu, { kind: 'mlps_test', date: `${CALL_YEAR}-01-01`, result: 'pass', reference: 'x' })).status,
    ).toBe(403);
    const filingPass = await rec(c.market, {
      kind: 'mlps_filing',
      date: `${CALL_YEAR}-01-01`,
      result: 'pass',
      reference: 'x',
    });
    expect(filingPass.body).toMatchObject({ status: 400, code: 'BAD_RESULT' });
    const detail = (await c.market.get(`${S}/${sysA.id}`)).body;
    expect(detail.securityRecords.map((r: { kind: string; overdue: boolean }) => [r.kind, r.overdue])).toEqual([
      ['crypto_assessment', false],
      ['mlps_test', true],
    ]);
  });

  it('takes an O&M report only after its period ended, once a year; a late one is overdue (Art.33)', async () => {
    const file = (client: Client, year: number, sections: Record<string, string> = SECTIONS) =>
      client.post(`${S}/${sysA.id}/om-reports`, { year, sections });
    expect((await file(c.databureau, CALL_YEAR - 1)).status).toBe(403);
    const early = await file(c.market, CALL_YEAR);
    expect(early.body).toMatchObject({ status: 409, code: 'OM_PERIOD_NOT_ENDED', article: 'Art.33' });
    const { results: _, ...four } = SECTIONS;
    const missing = await file(c.market, CALL_YEAR - 1, four);
    expect(missing.status).toBe(400);
    expect(missing.body.message).toContain('运营成效');
    const late = await file(c.market, CALL_YEAR - 1);
    expect(late.status).toBe(201);
    expect(late.body.report).toMatchObject({ year: CALL_YEAR - 1, overdue: true });
    expect(late.body.report.dueDate > `${CALL_YEAR - 1}-12-31`).toBe(true);
    expect(late.body.findings).toMatchObject([{ rule: 'R-OM-REPORT', severity: 'warn', article: 'Art.33' }]);
    expect((await file(c.market, CALL_YEAR - 1)).body).toMatchObject({ status: 409, code: 'OM_REPORT_EXISTS' });
    const periods = (await c.market.get(`${S}/${sysA.id}`)).body.omPeriods;
    expect(periods).toMatchObject([
      { year: CALL_YEAR - 1, from: STARTED_ON, overdue: true, report: { overdue: true } },
    ]);

    // Into the next year: the period of the call year has ended, and a report on time is not overdue.
    // The demo passwords would expire on the way (90 days): the security admin turns expiry off first.
    const sec = await ts.as('secadmin');
    const policy = (await sec.get('/api/v1/security-policy')).body;
    expect((await sec.put('/api/v1/security-policy', { ...policy, passwordExpiryDays: 0 })).status).toBe(200);
    ts.clock.set(`${PLAN_YEAR}-01-11T10:00:00+08:00`);
    await signIn();
    const onTime = await file(c.market, CALL_YEAR);
    expect(onTime.status).toBe(201);
    expect(onTime.body.report).toMatchObject({ year: CALL_YEAR, overdue: false });
    expect(onTime.body.findings).toEqual([]);
    const after = (await c.market.get(`${S}/${sysA.id}`)).body.omPeriods;
    expect(after.map((p: { year: number }) => p.year)).toEqual([CALL_YEAR - 1, CALL_YEAR]);
    // A system that is not operating files no report.
    expect((await c.market.post(`${S}/${sysB.id}/om-reports`, { year: CALL_YEAR, sections: SECTIONS })).body.code).toBe(
      'SYSTEM_NOT_OPERATING',
    );
  });

  it('refuses to complete an exit until all four steps are recorded; then exited, its projects in operation closed (Art.30)', async () => {
    // The project maintaining the system is in operation; the continuation is linked but still declared.
    await ts.database.db.update(projects).set({ stage: 'operation' }).where(eq(projects.id, linkedProject));
    await ts.database.db
      .insert(systemProjects)
      .values({ systemId: sysA.id, projectId: continuationOk, relation: 'upgrade', createdAt: ts.clock.now() });
    const exit = (client: Client, path = '', body: Record<string, unknown> = {}) =>
      client.post(`${S}/${sysA.id}/exit${path}`, body);
    const reason = '业务已整合至市统一平台，系统不再使用';
    expect((await exit(c.civil, '', { reason })).status).toBe(404);
    expect((await exit(c.zhongwu, '', { reason })).status).toBe(403);
    expect((await exit(c.market, '/complete')).body).toMatchObject({ status: 409, code: 'WRONG_STATUS' });
    const started = await exit(c.market, '', { reason });
    expect(started.status).toBe(200);
    expect(started.body).toMatchObject({ status: 'exiting', exit: { reason, completedAt: null } });
    expect((await exit(c.databureau, '', { reason })).status).toBe(409);

    const step = (client: Client, s: string, extra: Record<string, unknown> = {}) =>
      exit(client, '/steps', { step: s, note: `${s} 已办结，附证明`, ...extra });
    expect((await step(c.market, 'data_handover')).status).toBe(200);
    expect((await step(c.market, 'shutdown')).status).toBe(200);
    const early = await exit(c.market, '/complete');
    expect(early.status).toBe(422);
    expect(early.body).toMatchObject({ rule: 'R-EXIT', article: 'Art.30' });
    expect(early.body.details.blocking.map((f: { field: string }) => f.field)).toEqual([
      'done.cloud_reclaim',
      'done.record_cancellation',
    ]);
    expect((await step(c.databureau, 'cloud_reclaim')).status).toBe(403);
    expect((await step(c.market, 'shutdown')).body).toMatchObject({ status: 409, code: 'EXIT_STEP_DONE' });
    const material = await c.market.upload(
      `${S}/${sysA.id}/documents`,
      { docType: 'exit_material' },
      { name: '云资源回收单.pdf', bytes: tinyPdf('reclaim') },
    );
    expect(material.status).toBe(201);
    expect((await step(c.market, 'cloud_reclaim', { documentId: material.body.id })).status).toBe(200);
    const stillOne = await exit(c.market, '/complete');
    expect(stillOne.body.details.blocking).toHaveLength(1);
    expect((await step(c.market, 'record_cancellation')).status).toBe(200);

    const done = await exit(c.market, '/complete');
    expect(done.status).toBe(200);
    expect(done.body.status).toBe('exited');
    expect(done.body.exit.completedAt.slice(0, 10)).toBe(`${PLAN_YEAR}-01-11`);
    expect(done.body.exit.steps.every((s: { done: boolean }) => s.done)).toBe(true);
    expect(done.body.exit.steps.find((s: { code: string }) => s.code === 'cloud_reclaim').documentId).toBe(
      material.body.id,
    );
    expect(done.body.actions).toEqual([]);

    expect((await fresh(c.market, linkedProject)).stage).toBe('closed');
    expect((await fresh(c.market, continuationOk)).stage).toBe('submitted');
    const events = (await c.market.get(`/api/v1/projects/${linkedProject}/events`)).body.items;
    expect(events.at(-1)).toMatchObject({
      action: 'project.closed',
      fromStage: 'operation',
      toStage: 'closed',
      rule: 'R-EXIT',
      article: 'Art.30',
    });
    const [link] = await ts.database.db
      .select()
      .from(systemProjects)
      .where(and(eq(systemProjects.systemId, sysA.id), eq(systemProjects.projectId, linkedProject)));
    expect(link.relation).toBe('maintain');
    const v = done.body.version;
    expect((await c.databureau.patch(`${S}/${sysA.id}`, { description: '已退出', version: v })).body.code).toBe(
      'SYSTEM_EXITED',
    );
  });
});
