// The keys that protect documents at rest (issue 11, finding 6; 等保 §8.1.4.7 数据保密性, 密评 key
// management). Envelope encryption: every stored file gets its own random data key, and only the
// data key is wrapped by a master key. `FileKeyService` is the one place that touches master keys,
// shaped like a cloud KMS (GenerateDataKey / Decrypt) or a GM/T 0018 crypto device
// (SDF_GenerateKeyWithKEK / SDF_ImportKeyWithKEK), so a certified product can replace the software
// keyring below without changing the file format. The master keys come from FILE_KEY or
// FILE_KEY_FILE, kept outside DATA_DIR; a demo start without either generates DATA_DIR/file.key
// (the banner warns, and `npm start` refuses it when DEMO_SEED=false: see main.ts).
import { createCipheriv, createDecipheriv, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** One file's data key: `plain` (32 bytes) seals the file, `wrapped` goes into its header. */
export interface DataKey {
  keyId: string;
  plain: Buffer;
  wrapped: Buffer;
}

/** Master-key operations: all a crypto device or KMS has to offer for documents at rest. */
export interface FileKeyService {
  /** Id of the master key new files are sealed under (written into each file's header). */
  readonly currentKeyId: string;
  /** Every master key id this service can unwrap with (the current one first). */
  readonly keyIds: readonly string[];
  /** A fresh random data key for one file, wrapped under the current master key. */
  newDataKey(): Promise<DataKey>;
  /** The data key from a file's header; rejects with FileKeyUnavailableError when `keyId` is not held. */
  unwrapDataKey(keyId: string, wrapped: Buffer): Promise<Buffer>;
}

export const DATA_KEY_BYTES = 32;

/** The master key a file was sealed under is not configured (rotated away, or another installation's). */
export class FileKeyUnavailableError extends Error {
  readonly code = 'EFILEKEY';
  constructor(readonly keyId: string) {
    super(`file sealed under master key ${keyId}, which is not configured (FILE_KEY / FILE_KEY_FILE)`);
  }
}

/** A wrapped data key that does not authenticate under its master key. */
export class FileKeyWrapError extends Error {
  readonly code = 'EINTEGRITY';
}

const derive = (key: Buffer, label: string) => createHmac('sm3', key).update(label).digest();

/** The id of a software master key: 16 hex digits of HMAC-SM3(key, label), never the key itself. */
export function softwareKeyId(key: Buffer): string {
  return `sm4-${derive(key, 'govit file master key id').subarray(0, 8).toString('hex')}`;
}

/**
 * Master keys held in process memory (the default). A data key is wrapped with SM4-CBC under a key
 * derived from the master key and authenticated with HMAC-SM3 (encrypt-then-MAC, bound to the key id):
 * wrapped = IV(16) ‖ SM4-CBC(data key)(48) ‖ HMAC-SM3(32).
 */
export class SoftwareFileKeys implements FileKeyService {
  readonly currentKeyId: string;
  readonly keyIds: readonly string[];
  private readonly byId = new Map<string, { enc: Buffer; mac: Buffer }>();

  /** `keys`: 16-byte SM4 master keys, the current one first, older ones only for reading. */
  constructor(keys: readonly Buffer[]) {
    if (keys.length === 0) throw new Error('no file master key');
    for (const k of keys) {
      if (k.length !== 16) throw new Error('a file master key is 16 bytes (32 hex digits)');
      const id = softwareKeyId(k);
      if (!this.byId.has(id))
        this.byId.set(id, {
          enc: derive(k, 'govit file kek enc').subarray(0, 16),
          mac: derive(k, 'govit file kek mac'),
        });
    }
    this.keyIds = [...this.byId.keys()];
    this.currentKeyId = this.keyIds[0];
  }

  private mac(keyId: string, macKey: Buffer, body: Buffer): Buffer {
    return createHmac('sm3', macKey).update(keyId).update(body).digest();
  }

  async newDataKey(): Promise<DataKey> {
    const k = this.byId.get(this.currentKeyId)!;
    const plain = randomBytes(DATA_KEY_BYTES);
    const iv = randomBytes(16);
    const c = createCipheriv('sm4-cbc', k.enc, iv);
    const body = Buffer.concat([iv, c.update(plain), c.final()]);
    return {
      keyId: this.currentKeyId,
      plain,
      wrapped: Buffer.concat([body, this.mac(this.currentKeyId, k.mac, body)]),
    };
  }

  async unwrapDataKey(keyId: string, wrapped: Buffer): Promise<Buffer> {
    const k = this.byId.get(keyId);
    if (!k) throw new FileKeyUnavailableError(keyId);
    if (wrapped.length < 16 + 16 + 32) throw new FileKeyWrapError('wrapped data key too short');
    const body = wrapped.subarray(0, wrapped.length - 32);
    if (!timingSafeEqual(this.mac(keyId, k.mac, body), wrapped.subarray(wrapped.length - 32)))
      throw new FileKeyWrapError('wrapped data key fails its integrity check');
    const d = createDecipheriv('sm4-cbc', k.enc, body.subarray(0, 16));
    const plain = Buffer.concat([d.update(body.subarray(16)), d.final()]);
    if (plain.length !== DATA_KEY_BYTES) throw new FileKeyWrapError('wrapped data key has the wrong length');
    return plain;
  }
}

/** Where the master keys come from (configuration: FILE_KEY, FILE_KEY_FILE, or the demo fallback). */
export interface FileKeySettings {
  dataDir: string;
  /** FILE_KEY: hex keys, the current one first. */
  fileKeys?: readonly string[];
  /** FILE_KEY_FILE: an absolute path. */
  fileKeyFile?: string;
}

export type FileKeySource =
  | { kind: 'env' }
  | { kind: 'file'; path: string; insideDataDir: boolean }
  | { kind: 'data-dir'; path: string };

/** The demo key's place when neither FILE_KEY nor FILE_KEY_FILE is set. */
export const demoFileKeyPath = (dataDir: string) => path.join(dataDir, 'file.key');

const isInside = (dir: string, p: string) => {
  const rel = path.relative(path.resolve(dir), path.resolve(p));
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
};

/** Which source the settings select, without reading or creating anything. */
export function fileKeySource(s: FileKeySettings): FileKeySource {
  if (s.fileKeys?.length) return { kind: 'env' };
  if (s.fileKeyFile) return { kind: 'file', path: s.fileKeyFile, insideDataDir: isInside(s.dataDir, s.fileKeyFile) };
  return { kind: 'data-dir', path: demoFileKeyPath(s.dataDir) };
}

/** Hex keys from a key file: one per line, `#` comments and blank lines ignored, the current key first. */
export function parseKeyFile(text: string, where: string): string[] {
  const keys = text
    .split(/\r?\n/)
    .map((l) => l.replace(/#.*/, '').trim())
    .filter(Boolean);
  if (keys.length === 0) throw new Error(`文件加密密钥文件 ${where} 中没有密钥 (no key in ${where})`);
  for (const k of keys)
    if (!/^[0-9a-fA-F]{32}$/.test(k))
      throw new Error(`文件加密密钥文件 ${where} 中的密钥须为 32 位十六进制 (each key in ${where} is 32 hex digits)`);
  return keys;
}

/**
 * The hex master keys the settings name. With neither FILE_KEY nor FILE_KEY_FILE the demo key in
 * DATA_DIR/file.key is read, or generated (0600) when `generate` allows it.
 */
export function readFileKeys(s: FileKeySettings, opts: { generate: boolean }): string[] {
  const source = fileKeySource(s);
  if (source.kind === 'env') return [...s.fileKeys!];
  if (source.kind === 'file') return parseKeyFile(fs.readFileSync(source.path, 'utf8'), source.path);
  try {
    return parseKeyFile(fs.readFileSync(source.path, 'utf8'), source.path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT' || !opts.generate) throw err;
    fs.mkdirSync(s.dataDir, { recursive: true, mode: 0o700 });
    const key = randomBytes(16).toString('hex');
    fs.writeFileSync(
      source.path,
      `# GovIT demo file key (generated; for production set FILE_KEY or FILE_KEY_FILE outside DATA_DIR)\n${key}\n`,
      { mode: 0o600, flag: 'wx' },
    );
    // Two stores opened at once (documents and systems) both land here: the file that won is the key.
    return parseKeyFile(fs.readFileSync(source.path, 'utf8'), source.path);
  }
}

/** The software keyring the settings describe (the default FileKeyService). */
export function loadFileKeys(s: FileKeySettings, opts: { generate: boolean } = { generate: true }): SoftwareFileKeys {
  return new SoftwareFileKeys(readFileKeys(s, opts).map((h) => Buffer.from(h, 'hex')));
}

/** Warnings for the start-up banner: a key inside DATA_DIR, a key file others may read. */
export function fileKeyWarnings(s: FileKeySettings): string[] {
  const source = fileKeySource(s);
  const out: string[] = [];
  if (source.kind === 'data-dir')
    out.push(
      `文件加密密钥保存在数据目录内（${source.path}），仅可用于演示；生产环境请设置 FILE_KEY 或 FILE_KEY_FILE（存放在数据目录之外）`,
      `The document encryption key is kept inside DATA_DIR (${source.path}): demo only. In production set FILE_KEY or FILE_KEY_FILE outside DATA_DIR`,
    );
  if (source.kind === 'file' && source.insideDataDir)
    out.push(
      `FILE_KEY_FILE（${source.path}）位于数据目录内：数据目录的副本将连同密钥一起泄露，请移到数据目录之外`,
      `FILE_KEY_FILE (${source.path}) is inside DATA_DIR: a copy of the data folder would carry its key. Move it outside`,
    );
  if (source.kind === 'file') {
    const mode = fs.statSync(source.path, { throwIfNoEntry: false })?.mode ?? 0;
    if (mode & 0o077)
      out.push(
        `FILE_KEY_FILE（${source.path}）的权限为 ${(mode & 0o777).toString(8)}，其他用户可读；请执行 chmod 600`,
        `FILE_KEY_FILE (${source.path}) is mode ${(mode & 0o777).toString(8)}: others may read it. chmod 600 it`,
      );
  }
  return out;
}
