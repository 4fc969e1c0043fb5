// Where document bytes live (SPEC §6): outside the web root (dist/web), addressed by an opaque key
// `<ownerId>/<uuid>` that never contains a user-supplied name. The local store under
// `${DATA_DIR}/files` is the default; S3FileStore (s3-store.ts) keeps them in S3-compatible storage
// when S3_ENDPOINT is set (same interface, key = object key).
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export interface StoredFile {
  stream: Readable;
  sizeBytes: number;
}

export interface FileStore {
  /** A fresh path to stream an upload into before it is checked (deleted by the caller on failure). */
  tempPath(): Promise<string>;
  /** Moves a finished temp file into the store under `key` (the temp file is gone afterwards). */
  putFile(tempPath: string, key: string): Promise<void>;
  /** Writes a stream under `key`; nothing is left under the key if the stream fails. */
  putStream(stream: Readable, key: string): Promise<void>;
  /** Opens the bytes under `key`; rejects with code 'ENOENT' when they are missing. */
  get(key: string): Promise<StoredFile>;
  /** Removes the bytes under `key`; a missing key is not an error. */
  delete(key: string): Promise<void>;
}

const KEY = /^[0-9a-f-]{36}\/[0-9a-f-]{36}$/;

/** A key for a new object of `ownerId` (a uuid): `<ownerId>/<random uuid>`. */
export function newStorageKey(ownerId: string): string {
  return `${ownerId}/${randomUUID()}`;
}

export class LocalFileStore implements FileStore {
  readonly root: string;
  readonly tmpDir: string;

  constructor(dataDir: string) {
    this.root = path.join(dataDir, 'files');
    this.tmpDir = path.join(this.root, 'tmp');
  }

  private pathOf(key: string): string {
    if (!KEY.test(key)) throw new Error(`invalid storage key: ${key}`);
    return path.join(this.root, ...key.split('/'));
  }

  async tempPath(): Promise<string> {
    await fsp.mkdir(this.tmpDir, { recursive: true, mode: 0o700 });
    return path.join(this.tmpDir, `${randomUUID()}.part`);
  }

  async putFile(tempPath: string, key: string): Promise<void> {
    const dest = this.pathOf(key);
    await fsp.mkdir(path.dirname(dest), { recursive: true, mode: 0o700 });
    try {
      await fsp.rename(tempPath, dest);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EXDEV') throw err;
      await fsp.copyFile(tempPath, dest, fs.constants.COPYFILE_EXCL);
      await fsp.rm(tempPath, { force: true });
    }
  }

  async putStream(stream: Readable, key: string): Promise<void> {
    const tmp = await this.tempPath();
    try {
      await pipeline(stream, fs.createWriteStream(tmp, { flags: 'wx', mode: 0o600 }));
      await this.putFile(tmp, key);
    } finally {
      await fsp.rm(tmp, { force: true });
    }
  }

  async get(key: string): Promise<StoredFile> {
    const file = this.pathOf(key);
    const handle = await fsp.open(file, 'r');
    const { size } = await handle.stat();
    return { stream: handle.createReadStream(), sizeBytes: size };
  }

  async delete(key: string): Promise<void> {
    await fsp.rm(this.pathOf(key), { force: true });
  }

  /** Removes temp files left by a crash (older than `olderThanMs`); run at start-up. */
  async sweepTemp(now: number, olderThanMs = 60 * 60 * 1000): Promise<number> {
    let removed = 0;
    const names = await fsp.readdir(this.tmpDir).catch(() => [] as string[]);
    for (const name of names) {
      const p = path.join(this.tmpDir, name);
      const st = await fsp.stat(p).catch(() => null);
      if (st && now - st.mtimeMs > olderThanMs) {
        await fsp.rm(p, { force: true });
        removed++;
      }
    }
    return removed;
  }
}
