// Two rules of issue 11 on surfaces not tested elsewhere:
// - Personal contact fields (等保 §8.1.4.11 个人信息保护): the contact person and telephone of a
//   declaration, and the phones and e-mails of accounts, stay out of the exports that do not need them
//   — open data (JSON and CSV), the annual list (JSON and .xlsx), the review results (.xlsx). The
//   declaration form (.docx), which the Measures' form asks them for, keeps them.
// - The blind review rule (Art.10(2), 13; src/server/projects/blind.ts) on notifications and the
//   dashboard: while a round is open, a party still to speak and the declarant learn from neither
//   what another party decided.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLAN_YEAR } from '../helpers/clock.js';
import { fresh, MATERIALS, tinyPdf, upload, validProject } from '../helpers/projects.js';
import { startTestServer, type Client, type TestServer } from '../helpers/server.js';

const CONTACT = { contactName: '隐私测试联系人甲', contactPhone: '13912345678' };
const ACCOUNT = { phone: '13787654321', email: 'privacy.probe@sucheng.example.cn' };
const PERSONAL = [CONTACT.contactName, CONTACT.contactPhone, ACCOUNT.phone, ACCOUNT.email];
const PARTIES = ['databureau', 'cyberspace', 'finance', 'bigdata'];

let ts: TestServer;
const c: Record<string, Client> = {};
let callId: string;

async function fetchBytes(who: string, path: string) {
  const res = await fetch(`${ts.url}${path}`, { headers: { cookie: c[who].cookie ?? '' } });
  return {
    status: res.status,
    type: res.headers.get('content-type') ?? '',
    bytes: Buffer.from(await res.arrayBuffer()),
  };
}

async function xlsxText(bytes: Buffer): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as never);
  const out: string[] = [];
  wb.eachSheet((sheet) =>
    sheet.eachRow((row) => row.eachCell((cell) => out.push(String(cell.text ?? cell.value ?? '')))),
  );
  return out.join('\n');
}

/** A declaration of `who` with the contact fields, its materials attached, submitted. */
async function submitted(who: string, name: string) {
  const body = validProject(name);
  const created = await c[who].post('/api/v1/projects', { callId, ...body, form: { ...body.form, ...CONTACT } });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const id = created.body.id as string;
  for (const t of MATERIALS) expect((await upload(c[who], id, t, `${t}.pdf`, tinyPdf(t))).status).toBe(201);
  const sub = await c[who].post(`/api/v1/projects/${id}/submit`, { version: (await fresh(c[who], id)).version });
  expect(sub.status, JSON.stringify(sub.body)).toBe(200);
  return id;
}

beforeAll(async () => {
  ts = await startTestServer();
  for (const u of [...PARTIES, 'market', 'health', 'sysadmin']) c[u] = await ts.as(u);
  const call = await c.databureau.post('/api/v1/calls', {
    planYear: PLAN_YEAR,
    title: `关于申报${PLAN_YEAR}年度区级信息化项目的通知（隐私）`,
    notice: '请各单位按时申报。',
  });
  expect(call.status).toBe(201);
  callId = call.body.id;
  // Accounts with a phone and an e-mail: the declarant's and a party's.
  for (const u of ['market', 'finance']) {
    const list = await c.sysadmin.get(`/api/v1/users?q=${u}`);
    const user = list.body.items.find((x: { username: string }) => x.username === u);
    const got = await c.sysadmin.get(`/api/v1/users/${user.id}`);
    const res = await c.sysadmin.patch(`/api/v1/users/${user.id}`, { ...ACCOUNT, version: got.body.version });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
  }
});
afterAll(async () => {
  await ts?.close();
});

describe('personal contact fields stay out of the exports that do not need them', () => {
  let listed: string;
  beforeAll(async () => {
    listed = await submitted('market', '隐私字段测试平台');
    for (const who of PARTIES)
      expect(
        (await c[who].post(`/api/v1/projects/${listed}/opinions`, { decision: 'pass', text: '同意' })).status,
      ).toBe(201);
    const total = (await fresh(c.market, listed)).totalFen;
    const budget = await c.finance.post(`/api/v1/projects/${listed}/budget-review`, {
      decision: 'approve',
      approvedBudgetFen: total,
    });
    expect(budget.status, JSON.stringify(budget.body)).toBe(200);
    const plan = await c.databureau.post('/api/v1/plans', {
      planYear: PLAN_YEAR,
      consentDocNumber: `宿区政复〔${PLAN_YEAR - 1}〕77号`,
      consentDate: `${PLAN_YEAR - 1}-12-20`,
      projectIds: [listed],
    });
    expect(plan.status, JSON.stringify(plan.body)).toBe(201);
  });

  it('the declaration form (.docx) carries them: they are stored, and this is where they belong', async () => {
    const res = await fetchBytes('market', `/api/v1/projects/${listed}/declaration-form.docx`);
    expect(res.status).toBe(200);
    const xml = await (await JSZip.loadAsync(res.bytes)).file('word/document.xml')!.async('string');
    expect(xml).toContain(CONTACT.contactPhone);
    expect(xml).toContain(CONTACT.contactName);
  });

  it.each([
    ['open data (JSON, public)', 'market', `/api/v1/open-data/projects?year=${PLAN_YEAR}`],
    ['open data (CSV, public)', 'market', `/api/v1/open-data/projects?year=${PLAN_YEAR}&format=csv`],
    ['annual list (JSON)', 'databureau', `/api/v1/annual-list?year=${PLAN_YEAR}`],
    ['annual list (.xlsx)', 'databureau', `/api/v1/annual-list/export?year=${PLAN_YEAR}`],
    ['review results (.xlsx)', 'databureau', `/api/v1/review-results/export?year=${PLAN_YEAR}`],
    ['review results (.xlsx), as the declarant', 'market', `/api/v1/review-results/export?year=${PLAN_YEAR}`],
  ])('%s: the project is there, no contact name, phone or e-mail', async (_label, who, path) => {
    const res = await fetchBytes(who, path);
    expect(res.status, res.bytes.toString('utf8').slice(0, 300)).toBe(200);
    const text = /spreadsheetml/.test(res.type) ? await xlsxText(res.bytes) : res.bytes.toString('utf8');
    expect(text).toContain('隐私字段测试平台');
    for (const p of PERSONAL) expect(text, p).not.toContain(p);
  });
});

describe('the blind rule on notifications and the dashboard', () => {
  const WORDS = '网信办的退回理由：须补充密评方案XYZ';
  let open: string;
  beforeAll(async () => {
    open = await submitted('health', '盲评通知测试平台');
    // 区委网信办 speaks first and returns it; the others have not spoken yet.
    const r = await c.cyberspace.post(`/api/v1/projects/${open}/opinions`, { decision: 'return', text: WORDS });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
  });

  const decisionWords = /退回修改|不予通过|预审通过|returned|pre_review_failed|pre_review_passed|须补充密评方案XYZ/;

  it.each(['finance', 'bigdata', 'databureau', 'health'])(
    'notifications of %s (not spoken / the declarant) tell nothing of the decision given',
    async (who) => {
      const res = await c[who].get('/api/v1/notifications');
      expect(res.status).toBe(200);
      const mine = (res.body.items as { title: string; body: string; link: string | null }[]).filter((n) =>
        (n.link ?? '').includes(open),
      );
      for (const n of mine) expect(`${n.title} ${n.body}`).not.toMatch(decisionWords);
      // The reviewers were told there is work waiting (the notice exists, it is just blind).
      if (who !== 'health') expect(mine.length).toBeGreaterThan(0);
    },
  );

  it.each(['finance', 'databureau', 'health'])(
    'the dashboard of %s counts the project as in pre-review, with no decision in it',
    async (who) => {
      const res = await c[who].get(`/api/v1/dashboard?year=${PLAN_YEAR}`);
      expect(res.status).toBe(200);
      const text = JSON.stringify(res.body);
      expect(text).not.toMatch(decisionWords);
      expect(res.body.byStage.map((s: { stage: string }) => s.stage)).toContain('pre_review');
      const listed = await c[who].get(`/api/v1/projects?year=${PLAN_YEAR}&stage=pre_review&pageSize=100`);
      expect(listed.body.items.map((p: { id: string }) => p.id)).toContain(open);
    },
  );

  it.each([
    ['finance', false],
    ['health', false],
    ['cyberspace', true],
  ] as const)(
    'the review results export (.xlsx) as %s: the decision only for a party that has spoken',
    async (who, spoke) => {
      const res = await fetchBytes(who, `/api/v1/review-results/export?year=${PLAN_YEAR}`);
      expect(res.status).toBe(200);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.bytes as never);
      const ws = wb.worksheets[0];
      const header = (ws.getRow(3).values as unknown[]).map(String);
      const col = header.indexOf('预审：区委网信办');
      expect(col).toBeGreaterThan(0);
      let cell: string | null = null;
      ws.eachRow((row) => {
        if ((row.values as unknown[]).includes('盲评通知测试平台')) cell = String(row.getCell(col).value ?? '');
      });
      expect(cell).not.toBeNull();
      if (spoke) expect(cell).toBe('退回修改');
      else expect(cell).toBe('已出具（本方出具后可见）');
    },
  );

  it('once the round closes, the outcome shows: the stage moves and the declarant is notified', async () => {
    for (const who of ['databureau', 'finance', 'bigdata'])
      expect((await c[who].post(`/api/v1/projects/${open}/opinions`, { decision: 'pass', text: '同意' })).status).toBe(
        201,
      );
    expect((await fresh(c.health, open)).stage).toBe('returned');
    const res = await c.health.get('/api/v1/notifications');
    const mine = (res.body.items as { body: string; link: string | null }[]).filter((n) =>
      (n.link ?? '').includes(open),
    );
    expect(mine.length).toBeGreaterThan(0);
  });
});
