// Audit (Art.34; issue 10): the audit bureau reads a project as it stood at the end of a day — fields,
// stage, chapter records, document versions — and records findings the declarant answers; open data in
// the Open Contracting Data Standard's shape, validated against the OCDS 1.1 release package schema.
// Dates are moved on the server's clock, never the machine's.
import fs from 'node:fs';
import path from 'node:path';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLAN_YEAR, TEST_START } from '../helpers/clock.js';
import {
  contractedProject,
  declareReady,
  fresh,
  listedProject,
  MATERIALS,
  tinyPdf,
  upload,
  validProject,
} from '../helpers/projects.js';
import { wan } from '../../src/domain/money.js';
import { type Client, startTestServer, type TestServer } from '../helpers/server.js';

let ts: TestServer;
let callId = '';
const c: Record<string, Client> = {};
const USERS = ['databureau', 'cyberspace', 'bigdata', 'market', 'civil', 'auditor', 'finance'];
const D0 = TEST_START.slice(0, 10); // the project is created on D0
const addDays = (d: string, n: number) =>
  new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const D1 = addDays(D0, 1); // changed and submitted on D1
const D2 = addDays(D0, 2); // read on D2
let id = '';

/** Moves the server's clock to a Beijing date and time and signs everyone in again (sessions idle out). */
async function at(date: string, time = '09:00:00') {
  ts.clock.set(`${date}T${time}+08:00`);
  for (const u of USERS) c[u] = await ts.as(u);
}
const asOf = (who: string, date: string) => c[who].get(`/api/v1/projects/${id}?asOf=${date}`);
const records = (date: string) => c.auditor.get(`/api/v1/projects/${id}/records?asOf=${date}`);

beforeAll(async () => {
  ts = await startTestServer();
  for (const u of USERS) c[u] = await ts.as(u);
  callId = (await c.databureau.post('/api/v1/calls', { planYear: PLAN_YEAR, title: `${PLAN_YEAR}年度申报通知` })).body
    .id;
  // D0: a draft with its four materials.
  id = (await declareReady(c.market, callId, '市场监管信用平台')).id;
  // D1: renamed, a second version of the construction plan, submitted.
  await at(D1, '10:00:00');
  const cur = await fresh(c.market, id);
  const renamed = await c.market.patch(`/api/v1/projects/${id}`, {
    name: '市场监管信用监管平台',
    version: cur.version,
  });
  expect(renamed.status, JSON.stringify(renamed.body)).toBe(200);
  const v2 = await upload(c.market, id, 'construction_plan', '建设方案v2.pdf', tinyPdf('plan v2'));
  expect(v2.status).toBe(201);
  const sub = await c.market.post(`/api/v1/projects/${id}/submit`, { version: (await fresh(c.market, id)).version });
  expect(sub.status, JSON.stringify(sub.body)).toBe(200);
  await at(D2);
});
afterAll(async () => {
  await ts?.close();
});

describe('a project as of a date (Art.34)', () => {
  it('before the change: the name, stage and document versions as they stood at the end of that day', async () => {
    const r = await asOf('auditor', D0);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.name).toBe('市场监管信用平台');
    expect(r.body.stage).toBe('draft');
    expect(r.body.actions).toEqual([]);
    expect(r.body.asOf).toMatchObject({
      date: D0,
      readOnly: true,
      at: new Date(`${D0}T23:59:59.999+08:00`).toISOString(),
    });
    const rec = await records(D0);
    expect(rec.status).toBe(200);
    const plan = rec.body.documents.find((d: { docType: string }) => d.docType === 'construction_plan');
    expect(plan.version).toBe(1);
    expect(plan.versions).toHaveLength(1);
    expect(plan.submittedAt).toBeNull();
  });

  it('after the change: the new name, the stage reached, version 2 current and version 1 superseded', async () => {
    const r = await asOf('auditor', D1);
    expect(r.status).toBe(200);
    expect(r.body.name).toBe('市场监管信用监管平台');
    expect(r.body.stage).not.toBe('draft');
    expect(r.body.submittedAt).not.toBeNull();
    const rec = await records(D1);
    const plan = rec.body.documents.find((d: { docType: string }) => d.docType === 'construction_plan');
    expect(plan.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(plan.submittedAt).not.toBeNull();
    expect(rec.body.history.map((e: { action: string }) => e.action)).toContain('project.submitted');
    // And today's answer is the same project, with the same shape.
    const today = await fresh(c.auditor, id);
    expect(
      Object.keys(r.body)
        .filter((k) => k !== 'asOf')
        .sort(),
    ).toEqual(Object.keys(today).sort());
  });

  it('a date before the project existed is 404 with a clear message; a future date is refused', async () => {
    const before = await asOf('auditor', addDays(D0, -1));
    expect(before.status).toBe(404);
    expect(before.body.code).toBe('AS_OF_BEFORE_CREATION');
    expect(before.body.message).toContain('尚不存在');
    const future = await asOf('auditor', addDays(D2, 1));
    expect(future.status).toBe(422);
    expect(future.body.code).toBe('AS_OF_IN_FUTURE');
    expect((await asOf('auditor', 'yesterday')).status).toBe(400);
  });

  it('is the audit bureau’s: others may not read past states (403); today’s view still works for them', async () => {
    expect((await asOf('databureau', D1)).status).toBe(403);
    expect((await asOf('market', D1)).status).toBe(403);
    expect((await c.databureau.get(`/api/v1/projects/${id}`)).status).toBe(200);
  });
});

describe('audit findings (Art.34, 31)', () => {
  let findingId = '';
  const due = addDays(D2, 10);

  it('the auditor records a finding; the owner is notified; both sides see it, nobody else', async () => {
    const rec = await c.auditor.post(`/api/v1/projects/${id}/audit-findings`, {
      text: '建设方案未说明与既有系统的整合方式',
      severity: 'medium',
      article: 'Art.13',
      answerDueOn: due,
    });
    expect(rec.status, JSON.stringify(rec.body)).toBe(201);
    findingId = rec.body.id;
    expect(rec.body).toMatchObject({ state: 'open', severityName: '较重', answer: null });
    const mine = await c.market.get(`/api/v1/projects/${id}/audit-findings`);
    expect(mine.status).toBe(200);
    expect(mine.body).toMatchObject({ canAnswer: true, canRecord: false });
    expect(mine.body.items[0].text).toContain('整合方式');
    const bell = await c.market.get('/api/v1/notifications');
    expect(JSON.stringify(bell.body)).toContain('审计发现');
    expect((await c.databureau.get(`/api/v1/projects/${id}/audit-findings`)).status).toBe(403);
    expect((await c.finance.get(`/api/v1/projects/${id}/audit-findings`)).status).toBe(403);
  });

  it('only the auditor records, with a due date not in the past', async () => {
    const body = { text: 'x', severity: 'low', article: 'Art.16', answerDueOn: due };
    expect((await c.market.post(`/api/v1/projects/${id}/audit-findings`, body)).status).toBe(403);
    expect((await c.databureau.post(`/api/v1/projects/${id}/audit-findings`, body)).status).toBe(403);
    const past = await c.auditor.post(`/api/v1/projects/${id}/audit-findings`, { ...body, answerDueOn: D1 });
    expect(past.status).toBe(422);
    expect(past.body.article).toBe('Art.34');
  });

  it('the owner answers once; the auditor sees the answer; both are on the history', async () => {
    await at(addDays(D2, 1));
    const answerPath = `/api/v1/projects/${id}/audit-findings/${findingId}/answer`;
    expect((await c.auditor.post(answerPath, { answer: '不应由审计答复' })).status).toBe(403);
    const ans = await c.market.post(answerPath, { answer: '已补充整合方案，见建设方案第 5 章' });
    expect(ans.status, JSON.stringify(ans.body)).toBe(200);
    expect(ans.body.state).toBe('answered');
    expect((await c.market.post(answerPath, { answer: '再次答复' })).status).toBe(409);
    const seen = await c.auditor.get(`/api/v1/projects/${id}/audit-findings`);
    expect(seen.body.items[0]).toMatchObject({ state: 'answered', answer: '已补充整合方案，见建设方案第 5 章' });
    const events = await c.market.get(`/api/v1/projects/${id}/events`);
    const actions = JSON.stringify(events.body);
    expect(actions).toContain('project.audit_finding_recorded');
    expect(actions).toContain('project.audit_finding_answered');
    expect(actions).not.toContain('整合方式'); // the history says that, not what
    // As of the day it was recorded, the finding stands unanswered.
    const then = await records(D2);
    expect(then.body.auditFindings[0]).toMatchObject({ id: findingId, answer: null });
    expect((await c.auditor.get(`/api/v1/notifications`)).body).toBeTruthy();
  });
});

describe('open contracting data (OCDS 1.1)', () => {
  const ids = { contracted: '', listed: '', classified: '' };
  const fixtures = path.resolve(import.meta.dirname, '../fixtures/ocds-1.1.5');
  const schema = (f: string) => JSON.parse(fs.readFileSync(path.join(fixtures, f), 'utf8'));
  // ajv-draft-04 and ajv-formats are CommonJS with a default export.
  const Ajv = ((Ajv04 as unknown as { default?: typeof Ajv04 }).default ?? Ajv04) as typeof Ajv04;
  const formats = ((addFormats as unknown as { default?: typeof addFormats }).default ??
    addFormats) as typeof addFormats;
  const ajv = new Ajv({ allErrors: true, strict: false });
  formats(ajv);
  ajv.addSchema(schema('release-schema.json'));
  const validatePackage = ajv.compile(schema('release-package-schema.json'));

  beforeAll(async () => {
    for (const u of USERS) c[u] = await ts.as(u);
    ids.contracted = (await contractedProject(c, 'civil', callId, '民政救助一体化平台', wan(120))).id;
    const paid = await c.civil.post(`/api/v1/projects/${ids.contracted}/payments`, {
      amountFen: wan(30),
      paidOn: addDays(D2, 1),
    });
    expect(paid.status, JSON.stringify(paid.body)).toBe(201);
    ids.listed = (await listedProject(c, 'market', callId, PLAN_YEAR, '市场主体信用画像')).id;
    // A classified project put on the list: it must never be published (Art.10(1)6).
    const secret = await c.market.post('/api/v1/projects', {
      callId,
      ...validProject('涉密指挥系统'),
      classified: true,
    });
    expect(secret.status).toBe(201);
    ids.classified = secret.body.id;
    for (const t of MATERIALS) await upload(c.market, ids.classified, t, `${t}.pdf`, tinyPdf(t));
    // Put on the list by hand: what is tested is the publication, whatever path a classified project took.
    await ts.database.db.execute(
      sql`UPDATE projects SET plan_id = (SELECT plan_id FROM projects WHERE id = ${ids.listed}), stage = 'listed' WHERE id = ${ids.classified}`,
    );
  });

  it('publishes the listed, non-classified projects as a release package valid against the OCDS 1.1 schema', async () => {
    const anon = ts.client();
    const r = await anon.get(`/api/v1/open-data/ocds.json?year=${PLAN_YEAR}`);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const ok = validatePackage(r.body);
    expect(ok, JSON.stringify(validatePackage.errors, null, 1)).toBe(true);
    const codes = r.body.releases.map((x: { ocid: string }) => x.ocid);
    const contracted = r.body.releases.find((x: { buyer: { name: string } }) => x.buyer.name.includes('民政'));
    expect(contracted.ocid).toMatch(/^ocds-govit-sc-SC-/);
    expect(contracted.tag).toEqual(['planning', 'tender', 'award', 'contract', 'implementation']);
    expect(contracted.awards[0].value).toEqual({ amount: (wan(120) - 100) / 100, currency: 'CNY' });
    expect(contracted.contracts[0].implementation.transactions[0].value.amount).toBe(wan(30) / 100);
    expect(r.body.releases.some((x: { tender: { title: string } }) => x.tender.title === '市场主体信用画像')).toBe(
      true,
    );
    // Never the classified one, nor the unlisted draft of the first part.
    expect(JSON.stringify(r.body)).not.toContain('涉密指挥系统');
    expect(JSON.stringify(r.body)).not.toContain('市场监管信用');
    expect(new Set(codes).size).toBe(codes.length);
    // The validator is not vacuous: a tag outside the closed codelist, a missing ocid are refused.
    const bad = {
      ...r.body,
      releases: [
        { ...contracted, tag: ['bogus'] },
        { ...contracted, id: 'x', ocid: undefined },
      ],
    };
    expect(validatePackage(bad)).toBe(false);
  });

  it('pages by project code with links.next; every page is a valid package', async () => {
    const anon = ts.client();
    const first = await anon.get(`/api/v1/open-data/ocds.json?year=${PLAN_YEAR}&pageSize=1`);
    expect(first.body.releases).toHaveLength(1);
    expect(validatePackage(first.body)).toBe(true);
    const next = new URL(first.body.links.next);
    const second = await anon.get(`${next.pathname}${next.search}`);
    expect(second.status).toBe(200);
    expect(validatePackage(second.body)).toBe(true);
    expect(second.body.releases[0].ocid > first.body.releases[0].ocid).toBe(true);
    expect((await anon.get(`/api/v1/open-data/ocds.json?year=${PLAN_YEAR - 5}`)).status).toBe(404);
    // Documented in the OpenAPI description like every route.
    const doc = await anon.get('/api/openapi.json');
    expect(doc.status).toBe(200);
    for (const p of ['/api/v1/open-data/ocds.json', '/api/v1/open-data/ocds.xlsx', '/api/v1/projects/{id}/records'])
      expect(Object.keys(doc.body.paths)).toContain(p);
  });

  it('the same as .xlsx, without the classified project', async () => {
    const res = await fetch(`${ts.url}/api/v1/open-data/ocds.xlsx?year=${PLAN_YEAR}`);
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    const rows: string[] = [];
    wb.getWorksheet('releases')?.eachRow((row) => rows.push(JSON.stringify(row.values)));
    expect(rows[0]).toContain('ocid');
    expect(rows.join()).toContain('民政救助一体化平台');
    expect(rows.join()).not.toContain('涉密指挥系统');
    const tx: string[] = [];
    wb.getWorksheet('transactions')?.eachRow((row) => tx.push(JSON.stringify(row.values)));
    expect(tx).toHaveLength(2);
  });
});
