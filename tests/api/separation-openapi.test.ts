// 三权分立 over the whole API (issue 11, finding 2; 等保 §8.1.4.2 d): every operation the OpenAPI
// document lists, called as each of the three administrators (sysadmin, secadmin, auditadmin) with
// the ids of real business records, reaches no business data — no project, document, call, plan or
// system comes back, and no business write succeeds. The table is the OpenAPI document itself, so a
// new route is tried the day it is added. Administration and own-account routes (users,
// organisations, roles, policy, audit, sign-in, own notifications) are covered route by route in
// separation.test.ts; what anyone may read without signing in (open data, verification of a form)
// is public by design and only has to answer the administrator as it answers an anonymous visitor.
import { asc } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annualCalls, documents, projects } from '../../src/db/schema.js';
import { seedDemoProjects } from '../../src/server/seed/demo-projects.js';
import { startTestServer, type Client, type TestServer } from '../helpers/server.js';

type Admin = 'sysadmin' | 'secadmin' | 'auditadmin';
const ADMINS: Admin[] = ['sysadmin', 'secadmin', 'auditadmin'];
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
/** A server with the demo projects, and ~100 requests per administrator: room on a busy 2-core machine. */
const SLOW = 300_000;

/** Administration and own-account routes (separation.test.ts), and sign-in: not business data. */
const ADMIN_OR_SELF = [
  '/api/v1/auth/',
  '/api/v1/me',
  '/api/v1/users',
  '/api/v1/organizations',
  '/api/v1/roles',
  '/api/v1/permissions',
  '/api/v1/security-policy',
  '/api/v1/audit-events',
  '/api/v1/notifications',
  '/api/v1/health',
];
const isAdminOrSelf = (p: string) => ADMIN_OR_SELF.some((x) => p === x.replace(/\/$/, '') || p.startsWith(x));

let ts: TestServer;
const admins = {} as Record<Admin, Client>;
let ops: { method: string; path: string }[] = [];
/** Texts that only business records carry: ids, codes and names of projects and documents. */
let secrets: string[] = [];
let ids: Record<string, string> = {};
let before = '';

const snapshot = async () => {
  const rows = await ts.database.db
    .select({ id: projects.id, version: projects.version, stage: projects.stage })
    .from(projects)
    .orderBy(asc(projects.id));
  const docs = await ts.database.db.select({ id: documents.id }).from(documents).orderBy(asc(documents.id));
  const calls = await ts.database.db.select({ id: annualCalls.id }).from(annualCalls);
  return JSON.stringify({ rows, docs: docs.length, calls: calls.length });
};

beforeAll(async () => {
  ts = await startTestServer();
  await seedDemoProjects(ts.app, ts.database.db, ts.clock.now());
  for (const a of ADMINS) admins[a] = await ts.as(a);
  const doc = await ts.client().get('/api/openapi.json');
  expect(doc.status).toBe(200);
  ops = Object.entries(doc.body.paths as Record<string, Record<string, unknown>>).flatMap(([path, item]) =>
    METHODS.filter((m) => item[m]).map((m) => ({ method: m.toUpperCase(), path })),
  );
  const db = ts.database.db;
  const ps = await db.select({ id: projects.id, code: projects.code, name: projects.name }).from(projects);
  const ds = await db.select({ id: documents.id, name: documents.fileName }).from(documents);
  const cs = await db.select({ id: annualCalls.id, title: annualCalls.title }).from(annualCalls);
  expect(ps.length).toBeGreaterThanOrEqual(4);
  // Not the calls: a call for declarations (申报通知, Art.8) is a notice published to every signed-in account.
  secrets = [...ps.flatMap((p) => [p.id, p.code, p.name]), ...ds.flatMap((d) => [d.id, d.name])];
  // A project past its review (with contract, documents, events), one of its documents, a call.
  const built = ps.find((p) => p.name === '智慧市场监管平台') ?? ps[0];
  ids = { project: built.id, document: ds[0].id, call: cs[0].id };
  before = await snapshot();
}, SLOW);
afterAll(async () => {
  await ts?.close();
});

/** The path with every `{param}` filled: a real business id where the route's resource has one. */
function fill(path: string): string {
  return path.replace(/\{(\w+)\}/g, (_m, name: string, offset: number) => {
    const head = path.slice(0, offset);
    if (/\/projects\/$/.test(head)) return ids.project;
    if (/\/documents\/$/.test(head)) return ids.document;
    if (/\/calls\/$/.test(head)) return ids.call;
    if (/year/i.test(name)) return String(new Date().getUTCFullYear());
    if (/code/i.test(name)) return 'SC-0000-0000';
    return ids.project; // any other id: the project's, so a route that confuses ids gives nothing either
  });
}

describe('every OpenAPI operation outside administration, as each of the three administrators', () => {
  it('the OpenAPI document lists the business routes this test must cover', () => {
    const business = ops.filter((o) => !isAdminOrSelf(o.path));
    expect(business.length).toBeGreaterThan(60);
    for (const p of ['/api/v1/projects', '/api/v1/dashboard', '/api/v1/annual-list/export', '/api/v1/systems'])
      expect(business.map((o) => o.path)).toContain(p);
  });

  for (const who of ADMINS) {
    it(
      `${who}: no business record comes back, no business write succeeds`,
      async () => {
        const anonymous = ts.client();
        const problems: string[] = [];
        for (const op of ops.filter((o) => !isAdminOrSelf(o.path))) {
          const path = fill(op.path);
          const res = await admins[who].request(op.method, path, op.method === 'GET' ? undefined : {});
          const label = `${who} ${op.method} ${op.path} → ${res.status}`;
          if (res.status >= 500) problems.push(`${label}: server error`);
          if (op.method !== 'GET') {
            if (res.status < 300) problems.push(`${label}: a business write succeeded`);
            continue;
          }
          if (res.status >= 300) continue;
          // A public route (open data, form verification) answers an administrator as anyone.
          const open = await anonymous.request('GET', path);
          if (open.status === 200) continue;
          const type = res.headers.get('content-type') ?? '';
          if (!/json|text\/plain/.test(type)) {
            problems.push(`${label}: a file came back (${type})`); // an export (xlsx, zip, docx, pdf, csv)
            continue;
          }
          const text = typeof res.body === 'string' ? res.body : JSON.stringify(res.body ?? '');
          const leaked = secrets.filter((s) => text.includes(s));
          if (leaked.length) problems.push(`${label}: shows ${leaked.slice(0, 3).join(', ')}`);
        }
        expect(problems).toEqual([]);
        expect(await snapshot()).toBe(before); // nothing was changed either
      },
      SLOW,
    );
  }

  it('the same routes do answer a business account (the ids are real and the checks would see a leak)', async () => {
    const bureau = await ts.as('databureau');
    const got = await bureau.get(`/api/v1/projects/${ids.project}`);
    expect(got.status).toBe(200);
    expect(JSON.stringify(got.body)).toContain(ids.project);
    const list = await bureau.get('/api/v1/projects?pageSize=100');
    expect(secrets.some((s) => JSON.stringify(list.body).includes(s))).toBe(true);
  });
});
