// The migrated, seeded demo district is built once per `vitest run` (tests/global-setup.ts) and
// copied for each test file: a copy of the closed PGlite data folder, or on a PostgreSQL server a
// `CREATE DATABASE … TEMPLATE`. Building it costs an initdb + migrations + seed (~9 s on 2 cores on
// PGlite); a copy costs ~1 s. Each file still gets its own private database.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDatabase } from '../../src/db/client.js';
import { loadConfig, type Config } from '../../src/server/config.js';
import { ensureSeed } from '../../src/server/seed/seed.js';
import { TEST_START, testClock } from './clock.js';

export const TEST_PASSWORD = 'Test@Passw0rd';

/** What decides the seeded rows: a test server may use the template only when these are the same. */
export interface SeedInputs {
  demoSeed: boolean;
  demoPassword: string | null;
  /** The instant the test clock starts at (ms since the epoch; TEST_START), never the machine's date. */
  clockStart: number;
}

export type DatabaseTemplate =
  | { kind: 'pglite'; dataDir: string; seed: SeedInputs }
  | { kind: 'postgres'; baseUrl: string; database: string; seed: SeedInputs };

declare module 'vitest' {
  export interface ProvidedContext {
    govitDatabaseTemplate: DatabaseTemplate;
  }
}

/** The environment a test server runs with: the template is built with exactly this (and no overrides). */
export function testEnv(dataDir: string, env: Record<string, string>, databaseUrl?: string): Record<string, string> {
  return {
    DATA_DIR: dataDir,
    DEMO_PASSWORD: TEST_PASSWORD,
    LOG_LEVEL: 'silent',
    PORT: '0',
    HOST: '127.0.0.1',
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    ...env,
  };
}

export function seedInputs(config: Config, clockStart: string): SeedInputs {
  return {
    demoSeed: config.demoSeed,
    demoPassword: config.demoPassword ?? null,
    clockStart: new Date(clockStart).getTime(),
  };
}

export function sameSeed(a: SeedInputs, b: SeedInputs): boolean {
  return a.demoSeed === b.demoSeed && a.demoPassword === b.demoPassword && a.clockStart === b.clockStart;
}

/** Migrates and seeds a new database as startTestServer does on a fresh one. */
async function migrateAndSeed(dataDir: string, databaseUrl?: string): Promise<SeedInputs> {
  const config = loadConfig(testEnv(dataDir, {}, databaseUrl));
  // The test clock runs at real speed from TEST_START: take the seeding instant before the slow
  // open (initdb), so the seeded rows are never later than anything a test file's own clock reports.
  const now = testClock(TEST_START).now();
  const database = await openDatabase({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
  try {
    await ensureSeed(database.db, config, now);
  } finally {
    await database.close();
  }
  return seedInputs(config, TEST_START);
}

export function serverDatabaseUrl(baseUrl: string, database: string): string {
  const u = new URL(baseUrl);
  u.pathname = `/${database}`;
  return u.toString();
}

async function withAdmin<T>(baseUrl: string, fn: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  try {
    return await fn(admin);
  } finally {
    await admin.end();
  }
}

/**
 * pg's pool.end() resolves before the server's backends have gone: wait (up to ~5 s) until none is
 * left on the database, so that CREATE DATABASE … TEMPLATE finds the template free and DROP … FORCE
 * does not kill a connection its pool is still closing (an unhandled 'error' on that pool).
 */
async function waitUntilUnused(admin: pg.Client, database: string): Promise<void> {
  for (let i = 0; i < 250; i++) {
    const { rows } = await admin.query('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1', [
      database,
    ]);
    if (rows[0].n === 0) return;
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Builds the template: a closed PGlite data folder, or a database on the server in DATABASE_URL. */
export async function buildDatabaseTemplate(baseUrl: string | undefined): Promise<DatabaseTemplate> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'govit-tpl-'));
  if (baseUrl) {
    const database = `govit_tpl_${process.pid}_${crypto.randomBytes(4).toString('hex')}`;
    await withAdmin(baseUrl, (admin) => admin.query(`CREATE DATABASE ${database}`));
    try {
      const seed = await migrateAndSeed(dataDir, serverDatabaseUrl(baseUrl, database));
      // CREATE DATABASE … TEMPLATE needs the template to have no other connection.
      await withAdmin(baseUrl, (admin) => waitUntilUnused(admin, database));
      return { kind: 'postgres', baseUrl, database, seed };
    } catch (err) {
      await dropServerDatabase(baseUrl, database).catch(() => undefined);
      throw err;
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true }); // nothing is written there on a server
    }
  }
  try {
    const seed = await migrateAndSeed(dataDir);
    return { kind: 'pglite', dataDir, seed };
  } catch (err) {
    fs.rmSync(dataDir, { recursive: true, force: true });
    throw err;
  }
}

export function dropServerDatabase(baseUrl: string, database: string): Promise<void> {
  return withAdmin(baseUrl, async (admin) => {
    await waitUntilUnused(admin, database);
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  });
}

export async function dropDatabaseTemplate(template: DatabaseTemplate): Promise<void> {
  if (template.kind === 'pglite') fs.rmSync(template.dataDir, { recursive: true, force: true });
  else await dropServerDatabase(template.baseUrl, template.database);
}

/** A private copy of the PGlite template in dataDir (only pgdata: each copy makes its own secret.key). */
export function copyPgliteTemplate(template: DatabaseTemplate & { kind: 'pglite' }, dataDir: string): void {
  fs.cpSync(path.join(template.dataDir, 'pgdata'), path.join(dataDir, 'pgdata'), { recursive: true });
}
