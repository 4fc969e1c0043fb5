// What a backup is made of (issue 11, finding 9; 等保 §8.1.4.8 数据备份恢复), shared by
// scripts/backup.ts and scripts/restore.ts:
//
//   <backup>/manifest.json          what is inside, with the SM3 and size of every file below
//   <backup>/database/pgdata.tar.gz the embedded database (PGlite dumpDataDir), or
//   <backup>/database/govit.dump    a PostgreSQL server's pg_dump --format=custom
//   <backup>/files/<owner>/<uuid>   every stored document as stored (SM4-sealed: useless without the keys)
//   <backup>/data-dir/<name>        other files of DATA_DIR the platform needs (e.g. audit-anchors.log)
//
// The keys are never in it unless asked (--include-keys): they go to a folder of their own
// (--keys <dir>, one file govit-keys.json, 0600), to be kept apart from the data, as the point of
// encrypting the data at rest is that a copy of it alone reveals nothing.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import { instanceKeySource } from '../platform/secrets.js';
import { fileKeySource, type FileKeySettings } from './file-keys.js';

export const BACKUP_FORMAT = 'govit-backup';
export const KEYS_FORMAT = 'govit-keys';
export const KEYS_FILE = 'govit-keys.json';

export interface ManifestEntry {
  /** Relative to the backup folder, with forward slashes. */
  path: string;
  sm3: string;
  bytes: number;
}

export interface Manifest {
  format: typeof BACKUP_FORMAT;
  version: 1;
  createdAt: string;
  database: { kind: 'pglite' | 'postgres'; path: string };
  storage: { kind: 'local' | 's3'; files: number; bytes: number };
  /** How many stored files are sealed under each master key id ('plain': stored before encryption). */
  fileKeyIds: Record<string, number>;
  /** Fingerprint of the instance key (platform/secrets.ts keyFingerprint), never the key. */
  instanceKey: string | null;
  /** Where the keys went: a separate folder (path not recorded), into this backup, or nowhere. */
  keys: 'separate' | 'included' | 'none';
  entries: ManifestEntry[];
}

/** Top-level DATA_DIR files that are not copied: the lock, keys (→ the key backup), the one-time passwords. */
export function isDataDirExtra(name: string): boolean {
  return name !== 'govit.lock' && name !== 'initial-accounts.txt' && !name.endsWith('.key');
}

/** Copies `from` (a stream) to `to` (0600, created), returning its SM3 and size. */
export async function copyHashed(from: NodeJS.ReadableStream, to: string): Promise<{ sm3: string; bytes: number }> {
  await fsp.mkdir(path.dirname(to), { recursive: true, mode: 0o700 });
  const hash = createHash('sm3');
  let bytes = 0;
  const tap = new Transform({
    transform(chunk: Buffer, _e, cb) {
      hash.update(chunk);
      bytes += chunk.length;
      cb(null, chunk);
    },
  });
  await pipeline(from, tap, fs.createWriteStream(to, { flags: 'wx', mode: 0o600 }));
  return { sm3: hash.digest('hex'), bytes };
}

export async function sm3OfFile(file: string): Promise<{ sm3: string; bytes: number }> {
  const hash = createHash('sm3');
  let bytes = 0;
  for await (const chunk of fs.createReadStream(file)) {
    hash.update(chunk as Buffer);
    bytes += (chunk as Buffer).length;
  }
  return { sm3: hash.digest('hex'), bytes };
}

/** Checks every entry of a backup against its manifest; the problems, or [] when it is whole. */
export async function checkBackup(dir: string, manifest: Manifest): Promise<string[]> {
  const problems: string[] = [];
  for (const e of manifest.entries) {
    const file = path.join(dir, ...e.path.split('/'));
    const got = await sm3OfFile(file).catch(() => null);
    if (!got) problems.push(`${e.path}: missing`);
    else if (got.sm3 !== e.sm3 || got.bytes !== e.bytes) problems.push(`${e.path}: SM3 or size differs`);
  }
  return problems;
}

// ── Keys ────────────────────────────────────────────────────────────────────────────────────────

/** One key as found: its role, where it was kept, and its text (hex, or the key file's contents). */
export interface KeyRecord {
  name: 'instance' | 'file' | 'audit' | 'other';
  /** `env:NAME`, `file:/absolute/path` (outside DATA_DIR) or `data-dir:<file name>`. */
  source: string;
  text: string;
}

export interface KeyBackup {
  format: typeof KEYS_FORMAT;
  version: 1;
  createdAt: string;
  keys: KeyRecord[];
}

export interface KeySettings extends FileKeySettings {
  secretKey?: string;
  secretKeyFile?: string;
}

/**
 * Every key the configuration uses: the instance key, the document master keys, the audit key
 * (AUDIT_KEY / AUDIT_KEY_FILE, read from `env` as the audit trail's loader does), and any other
 * `*.key` file in DATA_DIR (a demo's generated keys).
 */
export function collectKeys(s: KeySettings, env: NodeJS.ProcessEnv): KeyRecord[] {
  const out: KeyRecord[] = [];
  const seen = new Set<string>();
  const dataDir = path.resolve(s.dataDir);
  const fromFile = (name: KeyRecord['name'], p: string) => {
    const abs = path.resolve(p);
    if (seen.has(abs) || !fs.existsSync(abs)) return;
    seen.add(abs);
    const source = path.dirname(abs) === dataDir ? `data-dir:${path.basename(abs)}` : `file:${abs}`;
    out.push({ name, source, text: fs.readFileSync(abs, 'utf8') });
  };
  const inst = instanceKeySource(s.secretKey, s.dataDir, s.secretKeyFile);
  if (inst.kind === 'env') out.push({ name: 'instance', source: 'env:SECRET_KEY', text: s.secretKey! });
  else fromFile('instance', inst.path);
  const file = fileKeySource(s);
  if (file.kind === 'env') out.push({ name: 'file', source: 'env:FILE_KEY', text: s.fileKeys!.join(',') });
  else fromFile('file', file.path);
  if (env.AUDIT_KEY) out.push({ name: 'audit', source: 'env:AUDIT_KEY', text: env.AUDIT_KEY });
  else if (env.AUDIT_KEY_FILE) fromFile('audit', env.AUDIT_KEY_FILE);
  for (const name of fs.existsSync(dataDir) ? fs.readdirSync(dataDir).sort() : [])
    if (name.endsWith('.key')) fromFile(name === 'audit.key' ? 'audit' : 'other', path.join(dataDir, name));
  return out;
}

/** Writes a key backup into `dir` (0700) as govit-keys.json (0600); refuses to overwrite one. */
export function writeKeyBackup(dir: string, keys: KeyRecord[], createdAt: string): string {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  fs.chmodSync(dir, 0o700);
  const file = path.join(dir, KEYS_FILE);
  const body: KeyBackup = { format: KEYS_FORMAT, version: 1, createdAt, keys };
  fs.writeFileSync(file, `${JSON.stringify(body, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  return file;
}

export function readKeyBackup(dir: string): KeyBackup {
  const body = JSON.parse(fs.readFileSync(path.join(dir, KEYS_FILE), 'utf8')) as KeyBackup;
  if (body.format !== KEYS_FORMAT || body.version !== 1) throw new Error(`${dir}: not a GovIT key backup`);
  return body;
}

/** Whether two key texts (a variable's value, a key file) hold the same key material. */
export function sameKey(a: string, b: string): boolean {
  const hex = (t: string) => (t.match(/[0-9a-f]{32,}/gi) ?? []).map((x) => x.toLowerCase()).join(',');
  const bare = (t: string) => t.replace(/^#.*$/gm, '').replace(/\s+/g, '');
  return hex(a) || hex(b) ? hex(a) === hex(b) : bare(a) === bare(b);
}

/**
 * Puts the backed-up keys where the target configuration looks for them: a key that lived in
 * DATA_DIR goes into the new DATA_DIR; a key file the target names (FILE_KEY_FILE, SECRET_KEY_FILE,
 * AUDIT_KEY_FILE) is written when it does not exist yet; a key held in a variable is only compared.
 * Returns what the operator still has to do.
 */
export function placeKeys(backup: KeyBackup, s: KeySettings, env: NodeJS.ProcessEnv): string[] {
  const todo: string[] = [];
  const targets: Record<KeyRecord['name'], { kind: string; path?: string; envName: string; value?: string }> = {
    instance: (() => {
      const t = instanceKeySource(s.secretKey, s.dataDir, s.secretKeyFile);
      return { kind: t.kind, path: 'path' in t ? t.path : undefined, envName: 'SECRET_KEY', value: s.secretKey };
    })(),
    file: (() => {
      const t = fileKeySource(s);
      return {
        kind: t.kind,
        path: 'path' in t ? t.path : undefined,
        envName: 'FILE_KEY',
        value: s.fileKeys?.join(','),
      };
    })(),
    audit: env.AUDIT_KEY
      ? { kind: 'env', envName: 'AUDIT_KEY', value: env.AUDIT_KEY }
      : env.AUDIT_KEY_FILE
        ? { kind: 'file', path: path.resolve(env.AUDIT_KEY_FILE), envName: 'AUDIT_KEY' }
        : { kind: 'data-dir', path: path.join(s.dataDir, 'audit.key'), envName: 'AUDIT_KEY' },
    other: { kind: 'data-dir', envName: '' },
  };
  for (const k of backup.keys) {
    const t = targets[k.name];
    const dest =
      k.name === 'other' ? path.join(s.dataDir, k.source.replace(/^data-dir:/, '')) : t.kind === 'env' ? null : t.path!;
    if (!dest) {
      // The target holds this key in a variable: it must be the same key.
      if (!sameKey(t.value ?? '', k.text))
        todo.push(`${t.envName} differs from the backed-up ${k.name} key (${k.source}): set it to the backed-up value`);
      continue;
    }
    if (fs.existsSync(dest)) {
      if (!sameKey(fs.readFileSync(dest, 'utf8'), k.text))
        todo.push(`${dest} exists and differs from the backed-up ${k.name} key (${k.source}): left as it is`);
      continue;
    }
    // A key that was in a variable becomes a key file of one key per line; a key file is copied as it was.
    const text = k.source.startsWith('env:') ? `${k.text.split(',').join('\n')}\n` : k.text;
    fs.mkdirSync(path.dirname(dest), { recursive: true, mode: 0o700 });
    fs.writeFileSync(dest, text, { mode: 0o600, flag: 'wx' });
  }
  return todo;
}
