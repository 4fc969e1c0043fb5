// One database handle for the whole app: embedded PGlite under DATA_DIR by default, a PostgreSQL
// server when DATABASE_URL is set. Both speak PostgreSQL; we use nothing newer than 15.
import { AsyncLocalStorage } from 'node:async_hooks';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import * as schema from './schema.js';
import { acquireDataDirLock, type DataDirLock } from './lock.js';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

const migrationsFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../drizzle');

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
const inTransaction = new AsyncLocalStorage<true>();

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
            (tx: Tx) => inTransaction.run(true, () => fn(tx)),
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

export async function openDatabase(opts: { dataDir: string; databaseUrl?: string }): Promise<Database> {
  if (opts.databaseUrl) {
    const [{ drizzle }, { migrate }, pg] = await Promise.all([
      import('drizzle-orm/node-postgres'),
      import('drizzle-orm/node-postgres/migrator'),
      import('pg'),
    ]);
    const pool = new pg.default.Pool({ connectionString: opts.databaseUrl, max: 10 });
    const db = drizzle({ client: pool, schema }) as unknown as Db;
    // Several instances may start together: migrate under a cluster-wide advisory lock.
    const client = await pool.connect();
    try {
      await client.query('SELECT pg_advisory_lock(727400)');
      await migrate(drizzle({ client, schema }), { migrationsFolder });
    } finally {
      await client.query('SELECT pg_advisory_unlock(727400)').catch(() => undefined);
      client.release();
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
    const client = await PGlite.create(dbDir);
    const db = drizzle({ client, schema }) as unknown as Db;
    await migrate(drizzle({ client, schema }), { migrationsFolder });
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
