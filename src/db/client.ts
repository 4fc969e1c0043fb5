// One database handle for the whole app: embedded PGlite under DATA_DIR by default, a PostgreSQL
// server when DATABASE_URL is set. Both speak PostgreSQL; we use nothing newer than 15.
import { AsyncLocalStorage } from 'node:async_hooks';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../project-root.js';
import { type PgDatabase, type PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import * as schema from './schema.js';
import { acquireDataDirLock, type DataDirLock } from './lock.js';
import { secureDataDir, tightenTree } from './data-dir.js';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

const migrationsFolder = path.join(projectRoot(), 'drizzle');

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  close(): Promise<void>;
}

/**
 * Inside `db.transaction()` the callback must use `tx`. Using `db` there hangs forever on PGlite
 * (one connection) and silently runs outside the transaction on a server, so the root handle
 * refuses to be used while a transaction of the same async context is open.
 */
const inTransaction = new AsyncLocalStorage<TransactionScope>();

interface TransactionScope {
  /** Work to do at the end of the transaction, after its callback, just before it commits. */
  beforeCommit: (() => Promise<void>)[];
}

/** A json column of a raw statement's row: node-postgres hands it parsed, some paths as text. */
export const jsonValue = <T>(v: unknown): T => (typeof v === 'string' ? JSON.parse(v) : v) as T;

/**
 * Promise.all for statements of one unit of work: side by side on the pool, one after another in a
 * transaction — its one connection cannot run two statements at once (node-postgres queues them and
 * warns that pg@9 will refuse it). Each statement is given as a function, so none starts early.
 */
export async function inTurn<T extends readonly unknown[]>(
  db: Db | Tx,
  work: { [K in keyof T]: () => PromiseLike<T[K]> },
): Promise<T> {
  const thunks = work as readonly (() => PromiseLike<unknown>)[];
  if (!(db instanceof PgTransaction)) return (await Promise.all(thunks.map((f) => f()))) as unknown as T;
  const out: unknown[] = [];
  for (const f of thunks) out.push(await f());
  return out as unknown as T;
}

/**
 * Defers `work` to the end of the current transaction (after the callback's own statements, just
 * before COMMIT, in the order registered) and returns true; false outside a transaction. The audit
 * chain appends this way (issue 12): its lock is then held only around its insert and the commit.
 */
export function runBeforeCommit(work: () => Promise<void>): boolean {
  const scope = inTransaction.getStore();
  if (!scope) return false;
  scope.beforeCommit.push(work);
  return true;
}

export class DbInsideTransactionError extends Error {
  constructor() {
    super('db used inside db.transaction(): use the tx handle instead');
  }
}

function guardRootHandle(db: Db): Db {
  return new Proxy(db, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function') return value;
      if (prop === 'transaction') {
        return (fn: (tx: Tx) => Promise<unknown>, config?: unknown) => {
          if (inTransaction.getStore()) throw new DbInsideTransactionError();
          return (value as (...a: unknown[]) => unknown).call(
            target,
            (tx: Tx) => {
              const scope: TransactionScope = { beforeCommit: [] };
              return inTransaction.run(scope, async () => {
                const result = await fn(tx);
                for (let i = 0; i < scope.beforeCommit.length; i++) await scope.beforeCommit[i]();
                return result;
              });
            },
            config,
          );
        };
      }
      return (...args: unknown[]) => {
        if (inTransaction.getStore()) throw new DbInsideTransactionError();
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}

/**
 * Watchers of every statement the app sends through Drizzle, transactions included (issue 12: a
 * test counts the queries of one request, tests/api/scale-shape.test.ts). None in production.
 */
const queryWatchers = new Set<(query: string) => void>();
const queryLogger = {
  logQuery(query: string): void {
    for (const watch of queryWatchers) watch(query);
  },
};

/** Calls `watch` with each statement sent until the returned function is called. */
export function watchQueries(watch: (query: string) => void): () => void {
  queryWatchers.add(watch);
  return () => void queryWatchers.delete(watch);
}

/** Whether the database lacks a migration of ./drizzle (drizzle's own test: newer than the last applied). */
async function hasPendingMigrations(client: { query(q: string): Promise<{ rows: { last: string | null }[] }> }) {
  const { readMigrationFiles } = await import('drizzle-orm/migrator');
  const files = readMigrationFiles({ migrationsFolder });
  try {
    const { rows } = await client.query('SELECT max(created_at)::text AS last FROM drizzle.__drizzle_migrations');
    const last = Number(rows[0]?.last ?? 0);
    return files.some((m) => m.folderMillis > last);
  } catch {
    return true; // no migrations table yet
  }
}

/**
 * With an owner role (MIGRATION_DATABASE_URL) beside the serving role (DATABASE_URL), the serving role
 * may only read and append audit rows, whatever default privileges or a pg_restore gave it
 * (scripts/pg-roles.sql; issue 11 finding 1). Nothing to do when both are the same role.
 */
/** Tables the app role may only read and append to (scripts/pg-roles.sql step 5). */
export const APPEND_ONLY_TABLES = ['audit_events', 'project_versions'] as const;

export async function keepAuditAppendOnly(
  owner: { query(q: string): Promise<{ rows: { who: string }[] }> },
  app: { query(q: string): Promise<{ rows: { who: string }[] }> },
): Promise<void> {
  const [{ who: appRole }] = (await app.query('SELECT current_user AS who')).rows;
  const [{ who: ownerRole }] = (await owner.query('SELECT current_user AS who')).rows;
  if (appRole === ownerRole) return;
  const role = `"${appRole.replaceAll('"', '""')}"`;
  // The audit trail and the as-of history of projects (Art.34, decision 0004): read and append only.
  for (const table of APPEND_ONLY_TABLES)
    await owner.query(`REVOKE UPDATE, DELETE, TRUNCATE, TRIGGER, REFERENCES ON TABLE ${table} FROM ${role}`);
}

export async function openDatabase(opts: {
  dataDir: string;
  databaseUrl?: string;
  /**
   * PostgreSQL: migrate as this role (the tables' owner, scripts/pg-roles.sql) and serve as
   * databaseUrl's (which may then only read and append audit rows). Without it, migrations run as
   * databaseUrl's role; when none is pending they are skipped, so an app role serves on its own.
   */
  migrationDatabaseUrl?: string;
  /**
   * The embedded database's shared buffers (PostgreSQL's default is 128MB). Its memory is the
   * process's own and is set up at every start, while the operating system caches the data files
   * anyway: 32MB starts ~0.5 s sooner and keeps ~110 MB less resident at 100k projects (issue 12).
   */
  embeddedSharedBuffers?: string;
}): Promise<Database> {
  secureDataDir(opts.dataDir); // DATA_DIR 0700, files 0600, umask 077 (issue 11, finding 6)
  if (opts.databaseUrl) {
    const [{ drizzle }, { migrate }, pg] = await Promise.all([
      import('drizzle-orm/node-postgres'),
      import('drizzle-orm/node-postgres/migrator'),
      import('pg'),
    ]);
    const pool = new pg.default.Pool({ connectionString: opts.databaseUrl, max: 10 });
    const db = drizzle({ client: pool, schema, logger: queryLogger }) as unknown as Db;
    // Several instances may start together: migrate under a cluster-wide advisory lock.
    const migrator = opts.migrationDatabaseUrl
      ? new pg.default.Pool({ connectionString: opts.migrationDatabaseUrl, max: 1 })
      : pool;
    try {
      const client = await migrator.connect();
      try {
        await client.query('SELECT pg_advisory_lock(727400)');
        if (await hasPendingMigrations(client)) await migrate(drizzle({ client, schema }), { migrationsFolder });
        // Also when nothing was pending: a database restored by pg_restore may carry wider grants.
        if (migrator !== pool) await keepAuditAppendOnly(client, pool);
      } catch (err) {
        if ((err as { code?: string }).code === '42501' && !opts.migrationDatabaseUrl)
          throw new Error(
            '数据库有待执行的迁移，而 DATABASE_URL 的角色无权执行：请用表的所有者角色设置 MIGRATION_DATABASE_URL（scripts/pg-roles.sql）' +
              ' (pending migrations need the owner role: set MIGRATION_DATABASE_URL)',
            { cause: err },
          );
        throw err;
      } finally {
        await client.query('SELECT pg_advisory_unlock(727400)').catch(() => undefined);
        client.release();
      }
    } finally {
      if (migrator !== pool) await migrator.end();
    }
    return { db: guardRootHandle(db), kind: 'postgres', close: () => pool.end() };
  }

  const dbDir = path.join(opts.dataDir, 'pgdata');
  fs.mkdirSync(opts.dataDir, { recursive: true });
  // PGlite lets two processes open one folder and both lose writes: hold a lock file first.
  const lock: DataDirLock = acquireDataDirLock(opts.dataDir);
  try {
    const [{ PGlite }, { drizzle }, { migrate }] = await Promise.all([
      import('@electric-sql/pglite'),
      import('drizzle-orm/pglite'),
      import('drizzle-orm/pglite/migrator'),
    ]);
    const client = await PGlite.create(dbDir, {
      startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${opts.embeddedSharedBuffers ?? '32MB'}`],
    });
    const db = drizzle({ client, schema, logger: queryLogger }) as unknown as Db;
    await migrate(drizzle({ client, schema }), { migrationsFolder });
    tightenTree(dbDir); // PGlite writes some files 0666/0644 whatever the umask
    return {
      db: guardRootHandle(db),
      kind: 'pglite',
      close: async () => {
        await client.close();
        lock.release();
      },
    };
  } catch (err) {
    lock.release();
    throw err;
  }
}
