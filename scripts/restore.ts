// `npm run restore -- <backup-dir> [--keys <keys-dir>]` — restores a backup made by scripts/backup.ts
// into a NEW installation, as configured by the environment (issue 11, finding 9; 等保 §8.1.4.8):
// DATA_DIR must be new or empty; with DATABASE_URL the database must be empty (pg_restore from PATH);
// with S3_* the bucket prefix must be empty. Every file of the backup is checked against the
// manifest's SM3 before anything is written. With --keys the backed-up keys are put where the new
// configuration looks for them (DATA_DIR for a demo's keys; FILE_KEY_FILE / SECRET_KEY_FILE /
// AUDIT_KEY_FILE when they do not exist yet); keys in variables are only compared. Finally every
// master key the stored documents need must be available, or the restore says which are missing
// (exit 1). Then start the server on it and run `npm run audit:verify`.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { keepAuditAppendOnly } from '../src/db/client.js';
import { secureDataDir, tightenTree } from '../src/db/data-dir.js';
import { acquireDataDirLock } from '../src/db/lock.js';
import { type Config, ConfigError, loadConfig } from '../src/server/config.js';
import { instanceKeySource, keyFingerprint, loadInstanceKey } from '../src/server/platform/secrets.js';
import {
  BACKUP_FORMAT,
  checkBackup,
  type Manifest,
  placeKeys,
  readKeyBackup,
} from '../src/server/storage/backup-set.js';
import { fileKeySettings, openBlobStore } from '../src/server/storage/document-store.js';
import { loadFileKeys } from '../src/server/storage/file-keys.js';
import { LocalBlobStore } from '../src/server/storage/file-store.js';

export interface RestoreOptions {
  config: Config;
  env?: NodeJS.ProcessEnv;
  /** The backup folder. */
  from: string;
  /** The key backup folder (govit-keys.json); the backup's own keys/ when it has them. */
  keysFrom?: string;
  log?: (line: string) => void;
}

export interface RestoreResult {
  files: number;
  /** File master key ids the stored documents need that the new configuration does not hold. */
  missingKeyIds: string[];
  /** What the operator still has to do (keys to set, keys that differ). */
  todo: string[];
}

export class RestoreRefused extends Error {}

function run(cmd: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', (err) =>
      reject(
        (err as NodeJS.ErrnoException).code === 'ENOENT'
          ? new Error(`${cmd} 不在 PATH 中 (not on PATH): install the PostgreSQL client of the server's version`)
          : err,
      ),
    );
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} exited with ${code}`))));
  });
}

async function userTables(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(
      "SELECT count(*)::int AS n FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')",
    );
    return rows[0].n as number;
  } finally {
    await client.end();
  }
}

export async function restore(opts: RestoreOptions): Promise<RestoreResult> {
  const { config } = opts;
  const env = opts.env ?? process.env;
  const log = opts.log ?? (() => undefined);
  const from = path.resolve(opts.from);
  const manifest = JSON.parse(fs.readFileSync(path.join(from, 'manifest.json'), 'utf8')) as Manifest;
  if (manifest.format !== BACKUP_FORMAT || manifest.version !== 1)
    throw new RestoreRefused(`${from} is not a GovIT backup (manifest.json)`);

  // Refuse before writing anything: a damaged backup, a target that is not new, a database of the other kind.
  const problems = await checkBackup(from, manifest);
  if (problems.length) throw new RestoreRefused(`the backup does not match its manifest:\n  ${problems.join('\n  ')}`);
  const kind = config.databaseUrl ? 'postgres' : 'pglite';
  if (manifest.database.kind !== kind)
    throw new RestoreRefused(
      `the backup holds a ${manifest.database.kind} database; the target is configured for ${kind} (DATABASE_URL)`,
    );
  const dataDir = config.dataDir;
  if (fs.existsSync(dataDir) && fs.readdirSync(dataDir).length)
    throw new RestoreRefused(`DATA_DIR ${dataDir} is not empty: restore into a new DATA_DIR`);
  const dbUrl = env.MIGRATION_DATABASE_URL || config.databaseUrl;
  if (dbUrl && (await userTables(dbUrl)) > 0)
    throw new RestoreRefused('the target database is not empty: restore into a new database');
  const blobs = openBlobStore(config);
  for await (const _ of blobs.list()) throw new RestoreRefused('the target bucket prefix already holds documents');

  secureDataDir(dataDir);
  const lock = acquireDataDirLock(dataDir);
  try {
    // 1. The database.
    const dbFile = path.join(from, ...manifest.database.path.split('/'));
    if (kind === 'pglite') {
      const { PGlite } = await import('@electric-sql/pglite');
      const pgl = await PGlite.create(path.join(dataDir, 'pgdata'), { loadDataDir: await fs.openAsBlob(dbFile) });
      await pgl.query('SELECT 1');
      await pgl.close();
    } else {
      await run('pg_restore', [
        '--exit-on-error',
        '--single-transaction',
        '--no-password',
        `--dbname=${dbUrl}`,
        dbFile,
      ]);
    }
    // pg_restore adds the dump's grants to what the target's default privileges gave: the app role
    // would keep UPDATE/DELETE on audit_events. Take them back (scripts/pg-roles.sql, step 5).
    if (kind === 'postgres' && env.MIGRATION_DATABASE_URL && config.databaseUrl) {
      const owner = new pg.Client({ connectionString: env.MIGRATION_DATABASE_URL });
      const app = new pg.Client({ connectionString: config.databaseUrl });
      await owner.connect();
      try {
        await app.connect();
        try {
          await keepAuditAppendOnly(owner, app);
        } finally {
          await app.end();
        }
      } finally {
        await owner.end();
      }
    }
    log(`database (${kind}) restored`);

    // 2. The stored documents, as they were (sealed).
    const source = new LocalBlobStore(from);
    let files = 0;
    for await (const key of source.list()) {
      const blob = await source.read(key);
      try {
        await blobs.write(key, await blob.stream(), blob.sizeBytes);
      } finally {
        await blob.close();
      }
      files++;
    }
    log(`documents (${blobs.kind}): ${files} files`);

    // 3. Other DATA_DIR files.
    const extra = path.join(from, 'data-dir');
    for (const name of fs.existsSync(extra) ? fs.readdirSync(extra) : [])
      fs.copyFileSync(path.join(extra, name), path.join(dataDir, name), fs.constants.COPYFILE_EXCL);

    // 4. The keys, where the new configuration looks for them.
    const keysFrom = opts.keysFrom ?? (manifest.keys === 'included' ? path.join(from, 'keys') : undefined);
    const settings = { ...fileKeySettings(config), secretKey: config.secretKey, secretKeyFile: config.secretKeyFile };
    const todo = keysFrom ? placeKeys(readKeyBackup(keysFrom), settings, env) : [];
    tightenTree(dataDir);

    // 5. Can the new installation read what it now holds?
    const needed = Object.keys(manifest.fileKeyIds).filter((id) => id !== 'plain');
    let held: readonly string[] = [];
    try {
      held = loadFileKeys(fileKeySettings(config), { generate: false }).keyIds;
    } catch {
      /* no key configured or found: every sealed file's key is missing */
    }
    const missingKeyIds = needed.filter((id) => !held.includes(id));
    const inst = instanceKeySource(config.secretKey, dataDir, config.secretKeyFile);
    if (manifest.instanceKey && (inst.kind === 'env' || fs.existsSync(inst.path))) {
      const now = keyFingerprint(loadInstanceKey(config.secretKey, dataDir, config.secretKeyFile));
      if (now !== manifest.instanceKey)
        todo.push('the instance key differs from the backed-up one: TOTP bindings must be reset (or restore the key)');
    } else if (manifest.instanceKey)
      todo.push('the instance key was not restored (--keys): TOTP bindings will not open until it is');
    return { files, missingKeyIds, todo };
  } finally {
    lock.release();
  }
}

const USAGE = `用法 usage: npm run restore -- <backup-dir> [--keys <keys-dir>]
  恢复到新的 DATA_DIR（及空数据库 / 空存储桶前缀），配置取自环境变量
  (restores into a new DATA_DIR — and an empty database / bucket prefix — configured by the environment)`;

async function main(argv: string[]): Promise<number> {
  let from: string | undefined;
  let keysFrom: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--keys') keysFrom = argv[++i];
    else if (argv[i].startsWith('-') || from) {
      console.error(USAGE);
      return 2;
    } else from = argv[i];
  }
  if (!from || (argv.includes('--keys') && !keysFrom)) {
    console.error(USAGE);
    return 2;
  }
  const config = loadConfig();
  const r = await restore({ config, from, keysFrom, log: (l) => console.log(`  ${l}`) });
  console.log(`恢复完成 (restored) into DATA_DIR=${config.dataDir}: ${r.files} 个材料文件 (document files)`);
  for (const t of r.todo) console.log(`  待办 TODO: ${t}`);
  if (r.missingKeyIds.length) {
    console.error(
      `!!! 缺少文件主密钥，以下密钥加密的材料无法读取 (missing file master keys): ${r.missingKeyIds.join(', ')}\n` +
        '    用 --keys 指定密钥备份，或设置 FILE_KEY / FILE_KEY_FILE 后再启动 (give --keys, or set FILE_KEY / FILE_KEY_FILE)',
    );
    return 1;
  }
  console.log('  下一步 next: 启动服务并执行 npm run audit:verify (start the server, then run audit:verify)');
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err) => {
      console.error(
        err instanceof ConfigError
          ? err.message
          : `恢复失败 (restore failed): ${err instanceof Error ? err.message : err}`,
      );
      process.exit(err instanceof ConfigError || err instanceof RestoreRefused ? 2 : 1);
    },
  );
}
