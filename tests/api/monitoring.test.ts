// Monthly monitoring and the elimination list through the API (issue 10; R-MONITOR Art.32, R-NO-FUNDS
// Art.33): the big data center submits rows (JSON, .xlsx, .csv) — bad rows named by row and column,
// good rows kept, a month re-imported replaces it, only operating systems; flagged systems enter the
// list with evidence; the data bureau keeps one with a rectification deadline and eliminates another
// (cloud reclaim and shutdown recorded); then a new project for the eliminated system is refused at
// the declaration and at the budget review, and R-NO-FUNDS refuses the budget of a project on a
// system whose 等保 test failed. A declarant may neither submit nor decide.
import ExcelJS from 'exceljs';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, monitoringRows, organizations } from '../../src/db/schema.js';
import { CALL_YEAR, PLAN_YEAR } from '../helpers/clock.js';
import { fresh, MATERIALS, tinyPdf, upload, validProject } from '../helpers/projects.js';
import { startTestServer, type Client, type TestServer } from '../helpers/server.js';
import { seedDemoMonitoring } from '../../src/server/seed/demo-monitoring.js';

let ts: TestServer;
const c: Record<string, Client> = {};
const org: Record<string, string> = {};
let callId: string;

beforeAll(async () => {
  ts = await startTestServer();
  for (const u of ['databureau', 'bigdata', 'market', 'finance', 'cyberspace']) c[u] = await ts.as(u);
  for (const o of await ts.database.db.select().from(organizations)) org[o.code] = o.id;
  const call = await c.databureau.post('/api/v1/calls', { planYear: PLAN_YEAR, title: `${PLAN_YEAR}年度申报通知` });
  expect(call.status).toBe(201);
  callId = call.body.id;
});
afterAll(async () => {
  await ts?.close();
});

const S = '/api/v1/systems';
const M = '/api/v1/monitoring';
// TEST_START is 2026-09-01 (Shanghai): the months reported are June to August of that year.
const Y = CALL_YEAR;
const MONTHS = [`${Y}-06`, `${Y}-07`, `${Y}-08`];

async function registerSystem(name: string, status = 'operating') {
  const res = await c.databureau.post(S, {
    name,
    ownerOrgId: org['sc-market'],
    description: '监测测试系统',
    status,
    deployment: 'gov_cloud',
    cloudVcpu: 10,
    cloudMemoryGb: 32,
    cloudStorageGb: 500,
    mlpsLevel: 3,
    dataCollected: true,
    operationStartedOn: status === 'operating' ? `${Y - 1}-03-01` : null,
  });
  expect(res.status).toBe(201);
  const shared = await c.databureau.post(`${S}/${res.body.id}/sharing`, {
    fulfilled: true,
    note: '已接入市一体化公共数据平台，共享清单全部上线',
  });
  expect(shared.status).toBe(200);
  return res.body as { id: string; code: string; name: string };
}

const row = (system: string, month: string, over: Record<string, unknown> = {}) => ({
  system,
  month,
  vcpuAllocated: 10,
  vcpuUsed: 4,
  memoryAllocatedGb: 32,
  memoryUsedGb: 16,
  storageAllocatedGb: 500,
  storageUsedGb: 200,
  availabilityPercent: 99.5,
  activeUsers: 300,
  calls: 12000,
  findingsHigh: 0,
  ...over,
});

async function xlsx(rows: (string | number)[][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('月度监测');
  for (const r of rows) sheet.addRow(r);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
const HEAD = [
  '系统编号',
  '监测月份',
  '分配vCPU(核)',
  '平均使用vCPU(核)',
  '分配内存(GB)',
  '已用内存(GB)',
  '分配存储(GB)',
  '已用存储(GB)',
  '可用率(%)',
  '活跃用户数',
  '调用次数',
  '高危安全问题(项)',
];

/** A project of market continuing `systemId`, with every material; submitted when asked. */
async function continuation(name: string, systemId: string, systemName: string, kind = 'build') {
  const p = validProject(name);
  const created = await c.market.post('/api/v1/projects', {
    callId,
    ...p,
    kind,
    form: { ...p.form, predecessor: { systemId, name: systemName, sharingFulfilled: true } },
  });
  expect(created.status).toBe(201);
  for (const t of MATERIALS)
    expect((await upload(c.market, created.body.id, t, `${t}.pdf`, tinyPdf(t))).status).toBe(201);
  return created.body.id as string;
}
const submit = async (id: string) =>
  c.market.post(`/api/v1/projects/${id}/submit`, { version: (await fresh(c.market, id)).version });
async function prePassed(id: string) {
  expect((await submit(id)).status).toBe(200);
  for (const who of ['databureau', 'cyberspace', 'finance', 'bigdata'])
    expect((await c[who].post(`/api/v1/projects/${id}/opinions`, { decision: 'pass', text: '同意' })).status).toBe(201);
}
const approveBudget = async (id: string) =>
  c.finance.post(`/api/v1/projects/${id}/budget-review`, {
    decision: 'approve',
    approvedBudgetFen: (await fresh(c.finance, id)).totalFen,
  });

describe('monthly monitoring and the elimination list (Art.32)', () => {
  let low: { id: string; code: string; name: string }; // low CPU three months → eliminated
  let risky: { id: string; code: string; name: string }; // an open high finding → kept
  let healthy: { id: string; code: string; name: string };
  let building: { id: string; code: string; name: string };
  let budgetProject: string; // continues `low`, pre-review passed before the elimination

  it('a declarant may not submit, download the template or read the list', async () => {
    low = await registerSystem('监测-低使用率系统');
    risky = await registerSystem('监测-安全隐患系统');
    healthy = await registerSystem('监测-正常系统');
    building = await registerSystem('监测-在建系统', 'building');
    expect((await c.market.post(`${M}/rows`, { rows: [row(healthy.code, MONTHS[0])] })).status).toBe(403);
    expect((await c.market.get(`${M}/template.xlsx`)).status).toBe(403);
    expect((await c.market.get(`${M}/eliminations`)).status).toBe(403);
    // The data bureau decides; it does not submit (the big data center monitors, Art.32).
    expect((await c.databureau.post(`${M}/rows`, { rows: [row(healthy.code, MONTHS[0])] })).status).toBe(403);
  });

  it('a project continuing a system passes pre-review while the system is sound', async () => {
    budgetProject = await continuation('低使用率系统二期', low.id, low.name);
    await prePassed(budgetProject);
  });

  it('JSON batch: bad rows named by row and column (Chinese), good rows kept, flags list the systems', async () => {
    const res = await c.bigdata.post(`${M}/rows`, {
      rows: [
        ...MONTHS.map((m) => row(low.code, m, { vcpuUsed: 0.4 })), // 4 % → low use
        row(risky.code, MONTHS[2], { findingsHigh: 1 }),
        row(healthy.code, MONTHS[2], { availabilityPercent: 120 }), // row 5
        row(building.code, MONTHS[2]), // row 6: not operating
        row(healthy.code, `${Y}-13`), // row 7
        row('XT-9999', MONTHS[2]), // row 8
        row(healthy.code, MONTHS[2], { vcpuUsed: 11 }), // row 9: more than allocated
      ],
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ rows: 9, accepted: 4, created: 4, replaced: 0 });
    expect(res.body.errors).toEqual([
      { row: 5, column: '可用率(%)', message: '可用率须在 0–100 之间' },
      {
        row: 6,
        column: '系统编号',
        message: `系统“${building.code} ${building.name}”当前为“建设中”，仅运行中的系统报送月度监测（第三十二条）`,
      },
      { row: 7, column: '监测月份', message: '月份格式应为 YYYY-MM' },
      { row: 8, column: '系统编号', message: '台账中找不到系统“XT-9999”' },
      { row: 9, column: '平均使用vCPU(核)', message: '使用 vCPU不能超过分配数（10）' },
    ]);
    expect(res.body.listed.map((l: { systemId: string }) => l.systemId).sort()).toEqual([low.id, risky.id].sort());
    const list = await c.databureau.get(`${M}/eliminations?status=pending`);
    expect(list.status).toBe(200);
    const lowEntry = list.body.items.find((i: { system: { id: string } }) => i.system.id === low.id);
    expect(lowEntry).toMatchObject({
      status: 'pending',
      flags: ['low_use'],
      throughMonth: MONTHS[2],
      actions: ['decide'],
    });
    expect(lowEntry.evidence[0]).toMatchObject({
      flag: 'low_use',
      months: MONTHS,
      values: [4, 4, 4],
      article: 'Art.32',
    });
    expect(list.body.items.find((i: { system: { id: string } }) => i.system.id === risky.id).flags).toEqual([
      'serious_risk',
    ]);
    // The big data center reads the list but may not decide.
    const seen = await c.bigdata.get(`${M}/eliminations`);
    expect(seen.body.items[0].actions).toEqual([]);
    const [audit] = await ts.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'monitoring.submitted'));
    expect(audit.detail).toMatchObject({ source: 'api', created: 4, errors: 5, article: 'Art.32' });
  });

  it('the template, an .xlsx upload, and a .csv re-import of the same month replaces it', async () => {
    const tpl = await fetch(`${ts.url}${M}/template.xlsx`, { headers: { cookie: c.bigdata.cookie! } });
    expect(tpl.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await tpl.arrayBuffer()) as never);
    expect(wb.getWorksheet('月度监测')!.getRow(1).getCell(1).value).toBe('系统编号');
    const bytes = await xlsx([
      HEAD,
      [healthy.code, MONTHS[2], 10, 5, 32, 10, 500, 100, 99.9, 80, 3000, 0],
      [healthy.code, MONTHS[1], 10, 5, 32, 10, 500, 100, '九十九', 80, 3000, 0], // row 3
    ]);
    const up = await c.bigdata.upload(`${M}/import`, {}, { name: 'monitoring.xlsx', bytes });
    expect(up.status).toBe(200);
    expect(up.body).toMatchObject({ accepted: 1, created: 1, replaced: 0 });
    expect(up.body.errors).toEqual([{ row: 3, column: '可用率(%)', message: '须为非负数' }]);
    const csv = `${HEAD.join(',')}\n${healthy.code},${MONTHS[2]},10,6,32,10,500,100,98.5,90,3100,0\n`;
    const again = await c.bigdata.upload(
      `${M}/import`,
      {},
      { name: 'monitoring.csv', bytes: new TextEncoder().encode(csv), type: 'text/csv' },
    );
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ accepted: 1, created: 0, replaced: 1, errors: [] });
    const stored = await ts.database.db
      .select()
      .from(monitoringRows)
      .where(and(eq(monitoringRows.systemId, healthy.id), eq(monitoringRows.month, MONTHS[2])));
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ vcpuUsed: 6, availabilityPercent: 98.5, source: 'csv' });
    const history = await c.market.get(`${S}/${healthy.id}/monitoring`);
    expect(history.status).toBe(200);
    expect(history.body.months).toHaveLength(1);
    expect(history.body.months[0]).toMatchObject({ month: MONTHS[2], cpuPercent: 60 });
  });

  it('keep: a rectification deadline no later than 3 months after the decision', async () => {
    const list = (await c.databureau.get(`${M}/eliminations?status=pending`)).body;
    const entry = list.items.find((i: { system: { id: string } }) => i.system.id === risky.id);
    // The keep form's bounds come from the server's clock and calendar, not the browser's date.
    expect(list).toMatchObject({
      today: `${Y}-09-01`,
      earliestRectificationDueOn: `${Y}-09-02`,
      latestRectificationDueOn: `${Y}-12-01`,
    });
    const sameDay = await c.databureau.post(`${M}/eliminations/${entry.id}/decision`, {
      decision: 'keep',
      note: '限期整改高危漏洞',
      rectificationDueOn: list.today,
    });
    expect(sameDay.body).toMatchObject({ status: 400, code: 'DUE_NOT_AFTER_DECISION' });
    expect(
      (await c.market.post(`${M}/eliminations/${entry.id}/decision`, { decision: 'keep', note: '限期整改高危漏洞' }))
        .status,
    ).toBe(403);
    const late = await c.databureau.post(`${M}/eliminations/${entry.id}/decision`, {
      decision: 'keep',
      note: '限期整改高危漏洞',
      rectificationDueOn: `${Y}-12-02`,
    });
    expect(late.body).toMatchObject({
      status: 400,
      code: 'DUE_TOO_LATE',
      rule: 'R-MONITOR',
      field: 'rectificationDueOn',
    });
    const kept = await c.databureau.post(`${M}/eliminations/${entry.id}/decision`, {
      decision: 'keep',
      note: '限期整改高危漏洞',
    });
    expect(kept.status).toBe(200);
    // 2026-09-01 + 3 months = 2026-12-01, a Tuesday.
    expect(kept.body).toMatchObject({ status: 'kept', rectificationDueOn: `${Y}-12-01`, article: 'Art.32' });
    const twice = await c.databureau.post(`${M}/eliminations/${entry.id}/decision`, {
      decision: 'eliminate',
      note: '再次决定',
    });
    expect(twice.body).toMatchObject({ status: 409, code: 'WRONG_STATUS' });
    // Still flagged next month, but within its rectification period: not listed again.
    const next = await c.bigdata.post(`${M}/rows`, { rows: [row(risky.code, MONTHS[2], { findingsHigh: 2 })] });
    expect(next.body.listed).toEqual([]);
  });

  it('eliminate: the system is 已淘汰; cloud reclaim and shutdown recorded with their dates', async () => {
    const entry = (await c.databureau.get(`${M}/eliminations?status=pending`)).body.items.find(
      (i: { system: { id: string } }) => i.system.id === low.id,
    );
    const out = await c.databureau.post(`${M}/eliminations/${entry.id}/decision`, {
      decision: 'eliminate',
      note: '连续三个月CPU使用率不足5%，淘汰退出',
    });
    expect(out.status).toBe(200);
    expect(out.body).toMatchObject({ status: 'eliminated', actions: ['record_cloud_reclaim', 'record_shutdown'] });
    expect((await c.databureau.get(`${S}/${low.id}`)).body.status).toBe('eliminated');
    const today = `${Y}-09-01`;
    const future = await c.databureau.post(`${M}/eliminations/${entry.id}/steps`, {
      step: 'cloud_reclaim',
      on: `${Y}-09-02`,
      note: '政务云资源已回收',
    });
    expect(future.body).toMatchObject({ status: 400, code: 'DATE_IN_FUTURE' });
    const reclaim = await c.databureau.post(`${M}/eliminations/${entry.id}/steps`, {
      step: 'cloud_reclaim',
      on: today,
      note: '政务云资源已回收',
    });
    expect(reclaim.body).toMatchObject({ cloudReclaimedOn: today, actions: ['record_shutdown'] });
    const shut = await c.databureau.post(`${M}/eliminations/${entry.id}/steps`, {
      step: 'shutdown',
      on: today,
      note: '系统已关停下线',
    });
    expect(shut.body).toMatchObject({ shutdownOn: today, actions: [] });
    // An eliminated system takes no more monitoring rows.
    const more = await c.bigdata.post(`${M}/rows`, { rows: [row(low.code, MONTHS[2])] });
    expect(more.body.errors[0]).toMatchObject({ row: 1, column: '系统编号' });
    const decided = await ts.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'elimination.decided'));
    expect(decided.map((a) => (a.detail as { decision: string }).decision).sort()).toEqual(['eliminate', 'keep']);
  });

  it('R-MONITOR: a new build or O&M project for the eliminated system is refused, and its budget', async () => {
    for (const kind of ['build', 'operate']) {
      const id = await continuation(`低使用率系统${kind === 'build' ? '升级' : '运维'}`, low.id, low.name, kind);
      const res = await submit(id);
      expect(res.status).toBe(422);
      expect(JSON.stringify(res.body)).toContain('R-MONITOR');
      expect(JSON.stringify(res.body)).toContain('区数据局对后续建设或运维服务项目不予审批（第三十二条）');
    }
    const budget = await approveBudget(budgetProject);
    expect(budget.status).toBe(422);
    expect(budget.body).toMatchObject({ rule: 'R-MONITOR', article: 'Art.32' });
    expect(budget.body.message).toContain('区财政局不予安排预算资金');
    // Refusing the budget is still possible.
    const refuse = await c.finance.post(`/api/v1/projects/${budgetProject}/budget-review`, {
      decision: 'refuse',
      note: '系统已淘汰',
    });
    expect(refuse.status).toBe(200);
  });

  it('R-NO-FUNDS: no budget for a project on a system whose 等保 test failed (Art.33)', async () => {
    const sec = await registerSystem('监测-等保不合格系统');
    const id = await continuation('等保不合格系统运维', sec.id, sec.name, 'operate');
    await prePassed(id);
    const failed = await c.databureau.post(`${S}/${sec.id}/security-records`, {
      kind: 'mlps_test',
      date: `${Y}-08-15`,
      result: 'fail',
      reference: 'DJCP-2026-0815',
    });
    expect(failed.status).toBe(201);
    const budget = await approveBudget(id);
    expect(budget.status).toBe(422);
    expect(budget.body).toMatchObject({ rule: 'R-NO-FUNDS', article: 'Art.33' });
    expect(budget.body.message).toContain('区财政局不予安排后续建设资金和运维经费');
    const passed = await c.databureau.post(`${S}/${sec.id}/security-records`, {
      kind: 'mlps_test',
      date: `${Y}-08-30`,
      result: 'pass',
      reference: 'DJCP-2026-0830',
      nextDueOn: `${Y + 1}-08-30`,
    });
    expect(passed.status).toBe(201);
    expect((await approveBudget(id)).status).toBe(200);
  });

  it('the public catalogue shows R-MONITOR and R-NO-FUNDS checked', async () => {
    const rules = await c.market.get('/api/v1/rules');
    const list = rules.body.rules as { id: string; checked: boolean }[];
    expect(list.filter((r) => ['R-MONITOR', 'R-NO-FUNDS'].includes(r.id)).map((r) => r.checked)).toEqual([true, true]);
  });

  it('the demo seed: six months for every operating system, one idle system on the list', async () => {
    const seeded = await seedDemoMonitoring(ts.database.db, ts.clock.now());
    expect(seeded).toMatchObject({ systems: expect.any(Number) });
    const list = await c.databureau.get(`${M}/eliminations?status=pending`);
    const idle = list.body.items.find((i: { system: { name: string } }) => i.system.name === '居家养老服务信息平台');
    expect(idle.flags).toEqual(['low_use', 'idle']);
    const history = await c.databureau.get(`${S}/${idle.system.id}/monitoring`);
    expect(history.body.months).toHaveLength(6);
  });
});
