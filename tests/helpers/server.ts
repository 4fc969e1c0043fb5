// Starts the real server for an API test file: real HTTP on a free loopback port, on a private
// database — embedded PGlite in a temp folder, or, when DATABASE_URL is set, a database of its own
// on that PostgreSQL server (so test files never see each other's rows). The migrated, seeded demo
// district is built once per run (tests/global-setup.ts) and copied here; a file whose env changes
// what is seeded (DEMO_SEED, DEMO_PASSWORD) or whose clock starts elsewhere migrates and seeds its
// own, as before.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type Database } from '../../src/db/client.js';
import { buildApp, type App } from '../../src/server/app.js';
import { loadConfig, type Config } from '../../src/server/config.js';
import { createSecretBox, loadInstanceKey } from '../../src/server/platform/secrets.js';
import { ensureSeed } from '../../src/server/seed/seed.js';
import { createServices } from '../../src/server/services.js';
import type { SettableClock } from '../../src/server/platform/clock.js';
import { TEST_START, testClock } from './clock.js';
import {
  copyPgliteTemplate,
  dropServerDatabase,
  sameSeed,
  seedInputs,
  serverDatabaseUrl,
  TEST_PASSWORD,
  testEnv,
  type DatabaseTemplate,
} from './template.js';

export { TEST_PASSWORD };

export interface TestServer {
  url: string;
  app: App;
  database: Database;
  config: Config;
  dataDir: string;
  /** The server's clock: starts at TEST_START; a test may move it (clock.set / clock.advance). */
  clock: SettableClock;
  /** A client signed in as a demo account (DEMO_PASSWORD = TEST_PASSWORD). */
  as(username: string, password?: string): Promise<Client>;
  client(): Client;
  close(): Promise<void>;
}

/** A database of its own on the server: empty, or a copy of the template database. */
async function serverDatabase(
  baseUrl: string,
  template: string | null,
): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `govit_t_${process.pid}_${crypto.randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`);
  } finally {
    await admin.end();
  }
  return {
    url: serverDatabaseUrl(baseUrl, name),
    drop: () => dropServerDatabase(baseUrl, name).catch(() => undefined),
  };
}

/** The run's template (tests/global-setup.ts), when it suits this server's database and seed. */
function usableTemplate(
  config: Config,
  clockStart: string,
  baseUrl: string | undefined,
  isDefault: boolean,
): DatabaseTemplate | null {
  const template = inject('govitDatabaseTemplate');
  if (!template) return null;
  const fits =
    sameSeed(template.seed, seedInputs(config, clockStart)) &&
    (template.kind === 'postgres' ? baseUrl === template.baseUrl : !baseUrl);
  // A plain startTestServer() must get the copy: otherwise every file silently pays for its own seed.
  if (!fits && isDefault) throw new Error('the database template does not fit a default test server (template.ts)');
  return fits ? template : null;
}

export async function startTestServer(
  env: Record<string, string> = {},
  opts: { start?: string } = {},
): Promise<TestServer> {
  const clock = testClock(opts.start);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'govit-test-'));
  const baseUrl = process.env.DATABASE_URL;
  const template = usableTemplate(
    loadConfig(testEnv(dataDir, env)),
    opts.start ?? TEST_START,
    baseUrl,
    Object.keys(env).length === 0 && opts.start === undefined,
  );
  const server = baseUrl
    ? await serverDatabase(baseUrl, template?.kind === 'postgres' ? template.database : null)
    : null;
  const config = loadConfig(testEnv(dataDir, env, server?.url));
  if (template?.kind === 'pglite') copyPgliteTemplate(template, config.dataDir);
  // On a copy of the template the migrations find nothing to do and the seed is already there.
  const database = await openDatabase({
    dataDir: config.dataDir,
    databaseUrl: config.databaseUrl,
    migrationDatabaseUrl: config.migrationDatabaseUrl,
  });
  if (!template) await ensureSeed(database.db, config, clock.now());
  const secrets = createSecretBox(loadInstanceKey(config.secretKey, config.dataDir));
  const app = await buildApp(createServices(config, database.db, database.kind, secrets, clock));
  await app.listen({ port: 0, host: '127.0.0.1' });
  const addr = app.server.address();
  const url = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
  const ts: TestServer = {
    url,
    app,
    database,
    config,
    dataDir,
    clock,
    client: () => new Client(url),
    async as(username, password = TEST_PASSWORD) {
      const c = new Client(url);
      const res = await c.post('/api/v1/auth/login', { username, password });
      if (res.status !== 200) throw new Error(`login ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
      return c;
    },
    async close() {
      await app.close();
      await database.close();
      await server?.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return ts;
}

export interface Res<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

/** A tiny HTTP client that keeps the session cookie, like a browser would. */
export class Client {
  cookie: string | null = null;
  constructor(readonly base: string) {}

  async request<T = any>(
    method: string,
    p: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Res<T>> {
    const h: Record<string, string> = { ...headers };
    if (body !== undefined) h['content-type'] = 'application/json';
    if (this.cookie) h.cookie = this.cookie;
    const res = await fetch(this.base + p, {
      method,
      headers: h,
      body: body === undefined ? undefined : JSON.stringify(body),
      redirect: 'manual',
    });
    return this.receive<T>(res);
  }

  /** A multipart/form-data POST like a browser form: the fields first, then one file. */
  async upload<T = any>(
    p: string,
    fields: Record<string, string>,
    file: { name: string; bytes: Uint8Array; type?: string; field?: string },
  ): Promise<Res<T>> {
    const fd = new FormData();
    for (const [k, v] of Object.entries(fields)) fd.append(k, v);
    fd.append(
      file.field ?? 'file',
      new Blob([new Uint8Array(file.bytes)], { type: file.type ?? 'application/octet-stream' }),
      file.name,
    );
    const res = await fetch(this.base + p, {
      method: 'POST',
      body: fd,
      headers: this.cookie ? { cookie: this.cookie } : {},
      redirect: 'manual',
    });
    return this.receive<T>(res);
  }

  private async receive<T>(res: Response): Promise<Res<T>> {
    const set = res.headers.getSetCookie();
    for (const c of set) {
      const [pair] = c.split(';');
      if (pair.startsWith('govit_sid=')) this.cookie = pair.endsWith('=') ? null : pair;
    }
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      /* not JSON */
    }
    return { status: res.status, body: parsed as T, headers: res.headers };
  }
  get<T = any>(p: string, headers?: Record<string, string>) {
    return this.request<T>('GET', p, undefined, headers);
  }
  post<T = any>(p: string, body?: unknown, headers?: Record<string, string>) {
    return this.request<T>('POST', p, body ?? {}, headers);
  }
  patch<T = any>(p: string, body?: unknown, headers?: Record<string, string>) {
    return this.request<T>('PATCH', p, body ?? {}, headers);
  }
  put<T = any>(p: string, body?: unknown, headers?: Record<string, string>) {
    return this.request<T>('PUT', p, body ?? {}, headers);
  }
}
