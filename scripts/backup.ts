// `npm run backup -- <dir> [--keys <keys-dir> | --include-keys]` — a backup of one installation
// (issue 11, finding 9; 等保 §8.1.4.8; layout in src/server/storage/backup-set.ts):
// - the database: the embedded one dumped by PGlite (dumpDataDir) with the data folder's lock held,
//   so stop the server first (one process per data folder, like audit:verify); a PostgreSQL server
//   with pg_dump from PATH (MIGRATION_DATABASE_URL when set, else DATABASE_URL), server running;
// - every stored document as stored (sealed), from DATA_DIR/files or the S3 bucket, taken after the
//   database, so every document row in the dump has its bytes (documents are never deleted);
// - other DATA_DIR files the platform needs (the demo's audit-anchors.log …);
// - a manifest with the SM3 and size of each file.
// The keys (instance, documents, audit) go to <keys-dir> only, never into <dir> unless --include-keys:
// `npm run backup -- --keys <keys-dir>` saves the keys alone (after a rotation, say).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Database } from '../src/db/client.js';
import { acquireDataDirLock } from '../src/db/lock.js';
import { type Config, ConfigError, loadConfig } from '../src/server/config.js';
import { keyFingerprint, loadInstanceKey, instanceKeySource } from '../src/server/platform/secrets.js';
import {
  BACKUP_FORMAT,
  collectKeys,
  copyHashed,
  isDataDirExtra,
  KEYS_FILE,
  type Manifest,
  type ManifestEntry,
  sm3OfFile,
  writeKeyBackup,
} from '../src/server/storage/backup-set.js';
import { openBlobStore, fileKeySettings } from '../src/server/storage/document-store.js';
import { LocalBlobStore } from '../src/server/storage/file-store.js';
import { sealedKeyId } from '../src/server/storage/sealed-file.js';

export interface BackupOptions {
  config: Config;
  /** The environment the configuration came from (AUDIT_KEY…, MIGRATION_DATABASE_URL). */
  env?: NodeJS.ProcessEnv;
  /** The data backup folder (new or empty); omit to save only the keys. */
  out?: string;
  /** A separate folder for the keys. */
  keysOut?: string;
  /** Put the keys into `out/keys/` (asked for explicitly). */
  includeKeys?: boolean;
  /** The open database of a server running in this process (PGlite is then dumped while it serves). */
  database?: Database;
  log?: (line: string) => void;
}

export interface BackupResult {
  manifest?: Manifest;
  /** SM3 of manifest.json: note it down with the backup. */
  manifestSm3?: string;
  keysFile?: string;
}

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

const isEmptyDir = (dir: string) => !fs.existsSync(dir) || fs.readdirSync(dir).length === 0;

/** The embedded database as a gzipped tarball: from the running server's handle, or opened here under the lock. */
async function dumpPglite(config: Config, database: Database | undefined, to: string): Promise<void> {
  if (database) {
    const client = (database.db as unknown as { $client: { dumpDataDir(c: 'gzip'): Promise<Blob> } }).$client;
    fs.writeFileSync(to, Buffer.from(await (await client.dumpDataDir('gzip')).arrayBuffer()), { mode: 0o600 });
    return;
  }
  const lock = acquireDataDirLock(config.dataDir); // refuses while the server holds the folder
  try {
    const { PGlite } = await import('@electric-sql/pglite');
    const pg = await PGlite.create(path.join(config.dataDir, 'pgdata'));
    try {
      fs.writeFileSync(to, Buffer.from(await (await pg.dumpDataDir('gzip')).arrayBuffer()), { mode: 0o600 });
    } finally {
      await pg.close();
    }
  } finally {
    lock.release();
  }
}

export async function backup(opts: BackupOptions): Promise<BackupResult> {
  const { config } = opts;
  const env = opts.env ?? process.env;
  const log = opts.log ?? (() => undefined);
  // An operator's backup is stamped with the machine's time (scripts are outside the clock rule).
  const createdAt = new Date().toISOString();
  const result: BackupResult = {};
  const keys = () =>
    collectKeys({ ...fileKeySettings(config), secretKey: config.secretKey, secretKeyFile: config.secretKeyFile }, env);
  if (opts.keysOut) {
    if (opts.out && path.resolve(opts.keysOut).startsWith(path.resolve(opts.out)))
      throw new Error('the key folder must not be inside the backup folder (use --include-keys to ask for that)');
    result.keysFile = writeKeyBackup(opts.keysOut, keys(), createdAt);
    log(`keys → ${result.keysFile}`);
  }
  if (!opts.out) return result;

  const out = path.resolve(opts.out);
  if (!isEmptyDir(out)) throw new Error(`${out} is not empty: a backup goes into a new folder`);
  fs.mkdirSync(out, { recursive: true, mode: 0o700 });
  const entries: ManifestEntry[] = [];
  const add = (rel: string, d: { sm3: string; bytes: number }) => entries.push({ path: rel, ...d });

  // 1. Other files of DATA_DIR (not the keys, the lock or the one-time passwords), before the database:
  //    a demo's anchor log (audit-anchors.log) copied after the dump could name rows the dump lacks,
  //    and the restored chain would then be reported truncated.
  for (const name of fs.existsSync(config.dataDir) ? fs.readdirSync(config.dataDir).sort() : []) {
    const from = path.join(config.dataDir, name);
    if (!isDataDirExtra(name) || !fs.lstatSync(from).isFile()) continue;
    add(`data-dir/${name}`, await copyHashed(fs.createReadStream(from), path.join(out, 'data-dir', name)));
  }

  // 2. The database.
  fs.mkdirSync(path.join(out, 'database'), { mode: 0o700 });
  const kind = config.databaseUrl ? 'postgres' : 'pglite';
  const dbRel = kind === 'pglite' ? 'database/pgdata.tar.gz' : 'database/govit.dump';
  const dbFile = path.join(out, dbRel);
  if (kind === 'pglite') await dumpPglite(config, opts.database, dbFile);
  else {
    const url = env.MIGRATION_DATABASE_URL || config.databaseUrl!;
    await run('pg_dump', ['--format=custom', '--no-password', `--file=${dbFile}`, `--dbname=${url}`]);
    fs.chmodSync(dbFile, 0o600);
  }
  add(dbRel, await sm3OfFile(dbFile));
  log(`database (${kind}) → ${dbRel}`);

  // 3. The stored documents, as they are (sealed), after the database.
  const blobs = openBlobStore(config);
  const copy = new LocalBlobStore(out); // the same layout: out/files/<owner>/<uuid>
  const fileKeyIds: Record<string, number> = {};
  let files = 0;
  let bytes = 0;
  for await (const key of blobs.list()) {
    const blob = await blobs.read(key);
    const to = path.join(out, 'files', ...key.split('/'));
    try {
      const d = await copyHashed(await blob.stream(), to);
      add(`files/${key}`, d);
      files++;
      bytes += d.bytes;
    } finally {
      await blob.close();
    }
    const copied = await copy.read(key);
    let id: string;
    try {
      id = (await sealedKeyId(copied)) ?? 'plain';
    } finally {
      await copied.close(); // the descriptor, not left to the garbage collector
    }
    fileKeyIds[id] = (fileKeyIds[id] ?? 0) + 1;
  }
  log(`documents (${blobs.kind}): ${files} files, ${bytes} bytes`);

  // 4. The keys, only when asked, in a folder of their own inside the backup.
  if (opts.includeKeys) {
    const file = writeKeyBackup(path.join(out, 'keys'), keys(), createdAt);
    add(`keys/${KEYS_FILE}`, await sm3OfFile(file));
  }

  const inst = instanceKeySource(config.secretKey, config.dataDir, config.secretKeyFile);
  const hasInstanceKey = inst.kind === 'env' || fs.existsSync(inst.path);
  const manifest: Manifest = {
    format: BACKUP_FORMAT,
    version: 1,
    createdAt,
    database: { kind, path: dbRel },
    storage: { kind: blobs.kind, files, bytes },
    fileKeyIds,
    instanceKey: hasInstanceKey
      ? keyFingerprint(loadInstanceKey(config.secretKey, config.dataDir, config.secretKeyFile))
      : null,
    keys: opts.includeKeys ? 'included' : opts.keysOut ? 'separate' : 'none',
    entries,
  };
  const manifestFile = path.join(out, 'manifest.json');
  fs.writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  result.manifest = manifest;
  result.manifestSm3 = (await sm3OfFile(manifestFile)).sm3;
  return result;
}

const USAGE = `用法 usage:
  npm run backup -- <dir> --keys <keys-dir>   数据备份到 <dir>，密钥另存 <keys-dir> (data and keys apart)
  npm run backup -- <dir>                     仅数据 (data only: keep the keys' backup up to date yourself)
  npm run backup -- --keys <keys-dir>         仅密钥 (keys only, e.g. after a rotation)
  npm run backup -- <dir> --include-keys      密钥一并放入 <dir>/keys（明确要求时）(keys inside the backup, when asked)`;

async function main(argv: string[]): Promise<number> {
  let out: string | undefined;
  let keysOut: string | undefined;
  let includeKeys = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--keys') keysOut = argv[++i];
    else if (a === '--include-keys') includeKeys = true;
    else if (a.startsWith('-') || out) {
      console.error(USAGE);
      return 2;
    } else out = a;
  }
  if ((!out && !keysOut) || (keysOut === undefined && argv.includes('--keys')) || (includeKeys && (!out || keysOut))) {
    console.error(USAGE);
    return 2;
  }
  const config = loadConfig();
  const r = await backup({ config, out, keysOut, includeKeys, log: (l) => console.log(`  ${l}`) });
  if (r.manifest) {
    console.log(`备份完成 (backup written): ${path.resolve(out!)}`);
    console.log(`  manifest.json SM3: ${r.manifestSm3}  （请与备份分开记录 note it apart from the backup）`);
    const sealed = Object.entries(r.manifest.fileKeyIds).filter(([id]) => id !== 'plain');
    if (sealed.length)
      console.log(`  文件主密钥 file master keys needed: ${sealed.map(([id, n]) => `${id} (${n})`).join(', ')}`);
  }
  if (r.keysFile)
    console.log(
      `密钥备份 (keys written): ${r.keysFile} — 与数据备份分开、离线保管 (keep apart from the data, offline)`,
    );
  else if (!includeKeys)
    console.log(
      '!!! 本次未备份密钥：没有文件主密钥，备份中的材料无法解密。请用 npm run backup -- --keys <目录> 另行备份密钥。\n' +
        '!!! The keys were NOT backed up: without the file master key the documents in this backup cannot be read.',
    );
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err) => {
      console.error(
        err instanceof ConfigError
          ? err.message
          : `备份失败 (backup failed): ${err instanceof Error ? err.message : err}`,
      );
      process.exit(err instanceof ConfigError ? 2 : 1);
    },
  );
}
