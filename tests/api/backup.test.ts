// Backup and restore (issue 11, finding 9; 等保 §8.1.4.8 数据备份恢复; docs/security.md): a running
// demo is backed up with `npm run backup`'s own function, restored with `npm run restore`'s into a new
// DATA_DIR (and, on PostgreSQL, a new empty database: pg_dump → pg_restore), the app is started there,
// and every project, every document (downloaded bytes against their SM3) and every audit row is found,
// with the audit chain verifying against its anchors. Runs on PGlite, and on PostgreSQL when
// DATABASE_URL is set (scripts/pg-test-cluster.sh; .ci/run does both).
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { asc } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backup } from '../../scripts/backup.js';
import { restore } from '../../scripts/restore.js';
import { openDatabase, type Database } from '../../src/db/client.js';
import { auditEvents, documents, projects } from '../../src/db/schema.js';
import { buildApp, type App } from '../../src/server/app.js';
import { loadConfig } from '../../src/server/config.js';
import { createSecretBox, loadInstanceKey } from '../../src/server/platform/secrets.js';
import { seedDemoProjects } from '../../src/server/seed/demo-projects.js';
import { createServices } from '../../src/server/services.js';
import { testClock } from '../helpers/clock.js';
import { Client, startTestServer, TEST_PASSWORD, type TestServer } from '../helpers/server.js';
import { dropServerDatabase, serverDatabaseUrl, testEnv } from '../helpers/template.js';

const sm3 = (b: Uint8Array) => createHash('sm3').update(b).digest('hex');
const baseUrl = process.env.DATABASE_URL;
const kind = baseUrl ? 'postgres' : 'pglite';

/** The restored installation, served as `npm start` would serve it. */
interface Restored {
  url: string;
  app: App;
  database: Database;
  as(username: string): Promise<Client>;
  close(): Promise<void>;
}

async function serve(env: Record<string, string>, dataDir: string, databaseUrl?: string): Promise<Restored> {
  const config = loadConfig(testEnv(dataDir, env, databaseUrl));
  const database = await openDatabase({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
  const secrets = createSecretBox(loadInstanceKey(config.secretKey, config.dataDir, config.secretKeyFile));
  const app = await buildApp(createServices(config, database.db, database.kind, secrets, testClock()));
  await app.listen({ port: 0, host: '127.0.0.1' });
  const addr = app.server.address();
  const url = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
  return {
    url,
    app,
    database,
    async as(username) {
      const c = new Client(url);
      const res = await c.post('/api/v1/auth/login', { username, password: TEST_PASSWORD });
      if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${JSON.stringify(res.body)}`);
      return c;
    },
    async close() {
      await app.close();
      await database.close();
    },
  };
}

async function download(c: Client, id: string) {
  const res = await fetch(`${c.base}/api/v1/documents/${id}/download`, { headers: { cookie: c.cookie ?? '' } });
  return {
    status: res.status,
    sm3Header: res.headers.get('x-content-sm3'),
    bytes: new Uint8Array(await res.arrayBuffer()),
  };
}

/** Who may read every demo document between them (the data bureau sees the declared ones, a unit its draft). */
const READERS = ['databureau', 'town', 'health', 'civil', 'market', 'zhongwu'];

let ts: TestServer;
let tmp: string;
let restored: Restored | null = null;
let restoredDb: string | null = null;
const before = {
  projects: [] as { id: string; code: string; name: string; stage: string }[],
  documents: [] as { id: string; sm3: string; sizeBytes: number }[],
  audit: [] as { seq: number; hash: string }[],
};

beforeAll(async () => {
  ts = await startTestServer();
  await seedDemoProjects(ts.app, ts.database.db, ts.clock.now());
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'govit-backup-'));
}, 300_000); // a server with the demo projects: room on a busy 2-core machine
afterAll(async () => {
  await restored?.close();
  if (baseUrl && restoredDb) await dropServerDatabase(baseUrl, restoredDb).catch(() => undefined);
  await ts?.close();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

describe(`backup of a running demo, restored into a new DATA_DIR (${kind})`, { timeout: 180_000 }, () => {
  it('npm run backup: the database, every stored document (sealed) and the keys apart, each file with its SM3', async () => {
    const db = ts.database.db;
    before.projects = await db
      .select({ id: projects.id, code: projects.code, name: projects.name, stage: projects.stage })
      .from(projects)
      .orderBy(asc(projects.code));
    before.documents = await db
      .select({ id: documents.id, sm3: documents.sm3, sizeBytes: documents.sizeBytes })
      .from(documents);
    expect(before.projects.length).toBeGreaterThanOrEqual(4);
    expect(before.documents.length).toBeGreaterThan(5);

    const r = await backup({
      config: ts.config,
      env: {},
      out: path.join(tmp, 'backup'),
      keysOut: path.join(tmp, 'keys'),
      database: ts.database,
    });
    // Every row the dump holds was written before it: read the chain after the backup, keep its prefix.
    before.audit = await db
      .select({ seq: auditEvents.seq, hash: auditEvents.hash })
      .from(auditEvents)
      .orderBy(asc(auditEvents.seq));
    const m = r.manifest!;
    expect(m.database.kind).toBe(kind);
    expect(m.storage).toMatchObject({ kind: 'local', files: before.documents.length });
    expect(m.keys).toBe('separate');
    // The documents are stored sealed under the file master key, and that key is not in the backup.
    expect(Object.keys(m.fileKeyIds).filter((id) => id !== 'plain')).toHaveLength(1);
    expect(fs.existsSync(path.join(tmp, 'backup', 'keys'))).toBe(false);
    const inBackup = fs.readdirSync(path.join(tmp, 'backup'), { recursive: true }).map(String);
    expect(inBackup.some((f) => f.endsWith('.key'))).toBe(false);
    const keyBackup = JSON.parse(fs.readFileSync(r.keysFile!, 'utf8'));
    expect(keyBackup.keys.map((k: { name: string }) => k.name)).toEqual(
      expect.arrayContaining(['instance', 'file', 'audit']),
    );
    expect(fs.statSync(r.keysFile!).mode & 0o077).toBe(0);
    // A stored document is not its plain bytes: its SM3 differs from the document's.
    const first = m.entries.find((e) => e.path.startsWith('files/'))!;
    expect(before.documents.map((d) => d.sm3)).not.toContain(first.sm3);
    expect(r.manifestSm3).toMatch(/^[0-9a-f]{64}$/);
  });

  it('npm run restore into a new DATA_DIR (and an empty database) refuses a damaged backup, then restores', async () => {
    const dataDir = path.join(tmp, 'restored');
    let databaseUrl: string | undefined;
    if (baseUrl) {
      restoredDb = `govit_restore_${process.pid}_${Date.now() % 100000}`;
      const admin = new pg.Client({ connectionString: baseUrl });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${restoredDb}`);
      await admin.end();
      databaseUrl = serverDatabaseUrl(baseUrl, restoredDb);
    }
    const config = loadConfig(testEnv(dataDir, {}, databaseUrl));
    // A damaged copy is refused before anything is written.
    const damaged = path.join(tmp, 'damaged');
    fs.cpSync(path.join(tmp, 'backup'), damaged, { recursive: true });
    const manifest = JSON.parse(fs.readFileSync(path.join(damaged, 'manifest.json'), 'utf8'));
    const victim = path.join(
      damaged,
      ...manifest.entries.find((e: { path: string }) => e.path.startsWith('files/')).path.split('/'),
    );
    fs.appendFileSync(victim, 'x');
    await expect(restore({ config, env: {}, from: damaged, keysFrom: path.join(tmp, 'keys') })).rejects.toThrow(
      /does not match its manifest/,
    );
    expect(fs.existsSync(path.join(dataDir, 'pgdata'))).toBe(false);

    const r = await restore({ config, env: {}, from: path.join(tmp, 'backup'), keysFrom: path.join(tmp, 'keys') });
    expect(r).toMatchObject({ files: before.documents.length, missingKeyIds: [], todo: [] });
    restored = await serve({}, dataDir, databaseUrl);
  });

  it('the restored app has every project and every document, downloaded with the bytes of its SM3', async () => {
    expect(restored).not.toBeNull();
    const clients = await Promise.all(READERS.map((u) => restored!.as(u)));
    const bureau = clients[0];
    const seen = new Map<string, { code: string; name: string; stage: string }>();
    for (const c of clients) {
      const list = await c.get('/api/v1/projects?pageSize=100');
      for (const p of list.body.items) seen.set(p.id, p);
    }
    expect(
      [...seen.entries()]
        .map(([id, p]) => ({ id, code: p.code, name: p.name, stage: p.stage }))
        .sort((a, b) => a.code.localeCompare(b.code)),
    ).toEqual(before.projects);
    expect(bureau.cookie).toBeTruthy();
    for (const d of before.documents) {
      let got: Awaited<ReturnType<typeof download>> | null = null;
      for (const c of clients) {
        got = await download(c, d.id);
        if (got.status === 200) break;
      }
      expect(got?.status, `document ${d.id}`).toBe(200);
      expect(got!.bytes.length).toBe(d.sizeBytes);
      expect(sm3(got!.bytes)).toBe(d.sm3);
      expect(got!.sm3Header).toBe(d.sm3);
    }
  });

  it('every audit row is there, unchanged, and the chain verifies against the anchors (npm run audit:verify alike)', async () => {
    const rows = await restored!.database.db
      .select({ seq: auditEvents.seq, hash: auditEvents.hash })
      .from(auditEvents)
      .orderBy(asc(auditEvents.seq));
    // The backup holds the chain as it was when the database was dumped (a prefix of what the
    // running server had by the end of the backup), then the restored server appended its own.
    const dumped = rows.filter((r) => r.seq <= before.audit.at(-1)!.seq);
    expect(dumped.length).toBeGreaterThan(50);
    expect(dumped).toEqual(before.audit.slice(0, dumped.length));
    expect(dumped.length).toBeGreaterThanOrEqual(before.audit.length - 5); // nothing but the backup's own moment lost
    const auditor = await restored!.as('auditadmin');
    const res = await auditor.post('/api/v1/audit-events/verify');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ ok: true, firstBroken: null });
    expect(res.body.checked).toBeGreaterThanOrEqual(dumped.length);
  });
});
