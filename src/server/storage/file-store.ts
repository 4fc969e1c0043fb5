// Where document bytes live (SPEC §6): outside the web root (dist/web), addressed by an opaque key
// `<ownerId>/<uuid>` that never contains a user-supplied name, and sealed at rest with SM4 + HMAC-SM3
// (sealed-file.ts; issue 11, finding 6). Two layers:
// - `FileStore` is what routes use: plaintext in, plaintext out. `SealedFileStore` implements it by
//   sealing every file on its way into a `BlobStore` and checking and opening it on its way out.
// - `BlobStore` keeps the stored (sealed) bytes: `LocalBlobStore` under DATA_DIR/files (default) or
//   `S3BlobStore` (s3-store.ts) when S3_ENDPOINT is set. Backup, restore and `files:rekey` copy these
//   bytes as they are. Their methods are named apart from FileStore's on purpose: a BlobStore cannot
//   be handed to a route by mistake and store plaintext.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import fsp, { type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { FileKeyService } from './file-keys.js';
import { openSealed, sealStream, type StoredBlob } from './sealed-file.js';

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
  /**
   * Opens the plaintext under `key`; rejects with code 'ENOENT' when it is missing, 'EINTEGRITY'
   * when the stored bytes fail their check, 'EFILEKEY' when their master key is not configured.
   */
  get(key: string): Promise<StoredFile>;
  /** Removes the bytes under `key`; a missing key is not an error. */
  delete(key: string): Promise<void>;
}

/** The stored bytes, as they are (sealed, or plain from before encryption). */
export interface BlobStore {
  readonly kind: 'local' | 's3';
  /** A fresh path under DATA_DIR/files/tmp (uploads are checked there, also when blobs live in S3). */
  tempPath(): Promise<string>;
  /** Removes temp files left by a crash (older than an hour); run at start-up. */
  sweepTemp(now: number): Promise<number>;
  /** Stores `stream` under `key`, replacing what is there at once; nothing is left if it fails. */
  write(key: string, stream: Readable, sizeBytes?: number): Promise<void>;
  /** The bytes under `key`; rejects with code 'ENOENT' when missing. */
  read(key: string): Promise<StoredBlob>;
  /** Removes `key`; a missing key is not an error. */
  remove(key: string): Promise<void>;
  /** Every storage key held (objects that are not GovIT keys are skipped). */
  list(): AsyncIterable<string>;
}

export const STORAGE_KEY = /^[0-9a-f-]{36}\/[0-9a-f-]{36}$/;

/** A key for a new object of `ownerId` (a uuid): `<ownerId>/<random uuid>`. */
export function newStorageKey(ownerId: string): string {
  return `${ownerId}/${randomUUID()}`;
}

async function* readAll(handle: FileHandle, size: number): AsyncGenerator<Buffer> {
  for (let pos = 0; pos < size; ) {
    const buf = Buffer.allocUnsafe(Math.min(256 * 1024, size - pos));
    const { bytesRead } = await handle.read(buf, 0, buf.length, pos);
    if (bytesRead === 0) return; // shorter than it was: the size check of the reader notices
    pos += bytesRead;
    yield buf.subarray(0, bytesRead);
  }
}

export class LocalBlobStore implements BlobStore {
  readonly kind = 'local' as const;
  readonly root: string;
  readonly tmpDir: string;

  constructor(dataDir: string) {
    this.root = path.join(dataDir, 'files');
    this.tmpDir = path.join(this.root, 'tmp');
  }

  private pathOf(key: string): string {
    if (!STORAGE_KEY.test(key)) throw new Error(`invalid storage key: ${key}`);
    return path.join(this.root, ...key.split('/'));
  }

  async tempPath(): Promise<string> {
    await fsp.mkdir(this.tmpDir, { recursive: true, mode: 0o700 });
    return path.join(this.tmpDir, `${randomUUID()}.part`);
  }

  async write(key: string, stream: Readable): Promise<void> {
    const dest = this.pathOf(key);
    const tmp = await this.tempPath();
    try {
      await pipeline(stream, fs.createWriteStream(tmp, { flags: 'wx', mode: 0o600 }));
      await fsp.mkdir(path.dirname(dest), { recursive: true, mode: 0o700 });
      await fsp.rename(tmp, dest); // same file system (files/tmp): atomic, also over an older version
    } finally {
      await fsp.rm(tmp, { force: true });
    }
  }

  async read(key: string): Promise<StoredBlob> {
    const handle = await fsp.open(this.pathOf(key), 'r');
    let closed = false;
    try {
      const { size } = await handle.stat();
      return {
        sizeBytes: size,
        // Every pass reads the one open file, so a file replaced meanwhile (files:rekey) is not mixed in;
        // stopping a pass early does not close the descriptor (a FileHandle stream would), close() does.
        stream: async () => Readable.from(readAll(handle, size), { objectMode: false }),
        close: async () => {
          if (closed) return;
          closed = true;
          await handle.close();
        },
      };
    } catch (err) {
      await handle.close();
      throw err;
    }
  }

  async remove(key: string): Promise<void> {
    await fsp.rm(this.pathOf(key), { force: true });
  }

  async *list(): AsyncIterable<string> {
    const owners = await fsp.readdir(this.root).catch(() => [] as string[]);
    for (const owner of owners.sort()) {
      if (owner === 'tmp') continue;
      const names = await fsp.readdir(path.join(this.root, owner)).catch(() => [] as string[]);
      for (const name of names.sort()) if (STORAGE_KEY.test(`${owner}/${name}`)) yield `${owner}/${name}`;
    }
  }

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

/** Documents as routes see them: sealed on the way in, checked and opened on the way out. */
export class SealedFileStore implements FileStore {
  constructor(
    readonly blobs: BlobStore,
    readonly keys: FileKeyService,
  ) {}

  tempPath(): Promise<string> {
    return this.blobs.tempPath();
  }

  sweepTemp(now: number): Promise<number> {
    return this.blobs.sweepTemp(now);
  }

  async putFile(tempPath: string, key: string): Promise<void> {
    try {
      const { size } = await fsp.stat(tempPath);
      const sealed = await sealStream(fs.createReadStream(tempPath), this.keys);
      await this.blobs.write(key, sealed.stream, size + sealed.overhead);
    } finally {
      await fsp.rm(tempPath, { force: true });
    }
  }

  async putStream(stream: Readable, key: string): Promise<void> {
    const sealed = await sealStream(stream, this.keys);
    await this.blobs.write(key, sealed.stream);
  }

  async get(key: string): Promise<StoredFile> {
    const { stream, sizeBytes } = await openSealed(await this.blobs.read(key), this.keys);
    return { stream, sizeBytes };
  }

  delete(key: string): Promise<void> {
    return this.blobs.remove(key);
  }
}
