// Health, the OpenAPI document, configuration errors, the data-folder lock and the tx guard.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DbInsideTransactionError, openDatabase } from '../../src/db/client.js';
import { DataDirLockedError } from '../../src/db/lock.js';
import { ConfigError, loadConfig } from '../../src/server/config.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

let ts: TestServer;
beforeAll(async () => {
  ts = await startTestServer();
});
afterAll(async () => {
  await ts?.close();
});

describe('health and API documentation', () => {
  it('GET /api/v1/health reports readiness including the database', async () => {
    const res = await ts.client().get('/api/v1/health');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'ok', database: { ok: true, kind: ts.database.kind } });
  });

  it('publishes an OpenAPI 3 document generated from the request schemas, and a browsable page', async () => {
    const doc = await ts.client().get('/api/openapi.json');
    expect(doc.status).toBe(200);
    expect(doc.body.openapi).toMatch(/^3\./);
    const login = doc.body.paths['/api/v1/auth/login'].post;
    expect(login.requestBody.content['application/json'].schema.required).toEqual(
      expect.arrayContaining(['username', 'password']),
    );
    for (const p of [
      '/api/v1/me',
      '/api/v1/health',
      '/api/v1/organizations',
      '/api/v1/users/{id}/roles',
      '/api/v1/audit-events/verify',
    ]) {
      expect(Object.keys(doc.body.paths)).toContain(p);
    }
    // A client can be generated from it: every operation has a unique operationId and names its
    // problem answers (issue 13); the project actions are named after their use case.
    const ops = Object.values(
      doc.body.paths as Record<string, Record<string, { operationId?: string; responses?: Record<string, unknown> }>>,
    ).flatMap((m) => Object.values(m));
    const ids = ops.map((o) => o.operationId);
    expect(ids.every((id) => typeof id === 'string' && /^[a-z][A-Za-z0-9]+$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(doc.body.paths['/api/v1/projects/{id}/procurement'].post.operationId).toBe('recordProcurement');
    expect(Object.keys(doc.body.paths['/api/v1/projects/{id}/procurement'].post.responses)).toEqual(
      expect.arrayContaining(['400', '401', '403', '404', '409', '422']),
    );
    expect(doc.body.components.schemas.Problem.required).toEqual(expect.arrayContaining(['status', 'code', 'message']));
    const page = await fetch(`${ts.url}/api/docs/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/swagger/i);
  });

  it('an unknown API path is a problem JSON 404', async () => {
    const res = await ts.client().get('/api/v1/nothing-here');
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ status: 404, code: 'NOT_FOUND' });
  });

  it('a call without a session is 401 in Chinese', async () => {
    const res = await ts.client().get('/api/v1/home');
    expect(res.status).toBe(401);
    expect(res.body.message).toBe('请先登录');
  });
});

describe('configuration', () => {
  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ DEMO_PASSWORD: 'weak' }, 'DEMO_PASSWORD'],
    [{ DEMO_SEED: 'maybe' }, 'DEMO_SEED'],
    [{ OIDC_ISSUER: 'https://idp.example' }, 'OIDC_CLIENT_ID'],
  ])('%o stops start-up naming %s', (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(name));
  });

  it('the server as npm start runs it (the esbuild bundle) loads and exits with a clear message on invalid configuration', async () => {
    // Built as `npm start` builds it: every import resolves from the one file (issue 12).
    const { buildServer } = await import('../../scripts/build-server.mjs');
    const bundle = await buildServer();
    const run = spawnSync(process.execPath, ['--enable-source-maps', bundle], {
      env: { ...process.env, PORT: 'not-a-port', DATABASE_URL: '' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/配置无效[\s\S]*PORT/);
  });
});

describe('embedded database safety', () => {
  it('refuses a second opener of the same data folder', async () => {
    if (ts.database.kind !== 'pglite') return;
    await expect(openDatabase({ dataDir: ts.dataDir })).rejects.toThrow(DataDirLockedError);
  });

  it('refuses db (instead of tx) inside a transaction instead of hanging', async () => {
    const db = ts.database.db;
    await expect(
      db.transaction(async () => {
        await db.execute(sql`SELECT 1`);
      }),
    ).rejects.toThrow(DbInsideTransactionError);
    // and the handle still works afterwards
    await expect(db.execute(sql`SELECT 1`)).resolves.toBeTruthy();
  });
});

describe('production start without the demo district, behind TLS', () => {
  it('DEMO_SEED=false creates only the three administrators; Secure cookies, HSTS, sign-in rate limit', async () => {
    // Production names the audit key and the anchor log, both outside DATA_DIR (docs/security.md).
    const keys = fs.mkdtempSync(path.join(os.tmpdir(), 'govit-keys-'));
    const prod = await startTestServer({
      DEMO_SEED: 'false',
      DEMO_PASSWORD: '',
      AUDIT_KEY: randomBytes(32).toString('hex'),
      AUDIT_ANCHOR_FILE: path.join(keys, 'audit-anchors.log'),
      PUBLIC_URL: 'https://govit.example.gov.cn',
      LOGIN_RATE_LIMIT_PER_MINUTE: '4',
    });
    try {
      const lines = fs
        .readFileSync(path.join(prod.dataDir, 'initial-accounts.txt'), 'utf8')
        .trim()
        .split('\n')
        .slice(1);
      const accounts = new Map(lines.map((l) => l.split('\t') as [string, string]));
      expect([...accounts.keys()].sort()).toEqual(['auditadmin', 'secadmin', 'sysadmin']);
      const pw = accounts.get('auditadmin')!;
      const login = await prod.client().post('/api/v1/auth/login', { username: 'auditadmin', password: pw });
      expect(login.body.stage).toBe('password_change');
      expect(login.headers.getSetCookie()[0]).toMatch(/; Secure/i);
      expect(login.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
      expect((await prod.client().post('/api/v1/auth/login', { username: 'edu', password: pw })).status).toBe(401);
      await prod.client().post('/api/v1/auth/login', { username: 'edu', password: pw });
      await prod.client().post('/api/v1/auth/login', { username: 'edu', password: pw });
      const limited = await prod.client().post('/api/v1/auth/login', { username: 'sysadmin', password: pw });
      expect(limited.status).toBe(429);
      expect(limited.body.code).toBe('RATE_LIMITED');
    } finally {
      await prod.close();
    }
  });
});
