// S3-compatible object storage for document bytes (SPEC §6: "local folder by default; S3-compatible
// storage when configured") — MinIO, 华为云 OBS, 阿里云 OSS in S3 mode … Uploads are still streamed
// to a local temp file first (hashed and type-checked there), then put as one object.
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { LocalFileStore, type FileStore, type StoredFile } from './file-store.js';

export interface S3Config {
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  forcePathStyle: boolean;
  prefix: string;
}

export class S3FileStore implements FileStore {
  private readonly client: S3Client;
  /** Temp files (and their sweeping) stay on the local disk under DATA_DIR/files/tmp. */
  private readonly local: LocalFileStore;

  constructor(
    private readonly cfg: S3Config,
    dataDir: string,
  ) {
    this.client = new S3Client({
      endpoint: cfg.endpoint,
      region: cfg.region,
      forcePathStyle: cfg.forcePathStyle,
      credentials: { accessKeyId: cfg.accessKeyId, secretAccessKey: cfg.secretAccessKey },
      // Plain signed PUTs: many S3-compatible services do not understand the SDK's default
      // aws-chunked uploads with trailing checksums (integrity is ours anyway: SM3 per document).
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
    this.local = new LocalFileStore(dataDir);
  }

  private objectKey(key: string): string {
    if (!/^[0-9a-f-]{36}\/[0-9a-f-]{36}$/.test(key)) throw new Error(`invalid storage key: ${key}`);
    return `${this.cfg.prefix}${key}`;
  }

  tempPath(): Promise<string> {
    return this.local.tempPath();
  }

  sweepTemp(now: number): Promise<number> {
    return this.local.sweepTemp(now);
  }

  async putFile(tempPath: string, key: string): Promise<void> {
    const { size } = await fsp.stat(tempPath);
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.cfg.bucket,
        Key: this.objectKey(key),
        Body: fs.createReadStream(tempPath),
        ContentLength: size,
      }),
    );
    await fsp.rm(tempPath, { force: true });
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
    try {
      const out = await this.client.send(new GetObjectCommand({ Bucket: this.cfg.bucket, Key: this.objectKey(key) }));
      return { stream: out.Body as Readable, sizeBytes: Number(out.ContentLength ?? 0) };
    } catch (err) {
      const name = (err as { name?: string }).name;
      if (name === 'NoSuchKey' || name === 'NotFound')
        throw Object.assign(new Error(`missing object ${key}`), { code: 'ENOENT' });
      throw err;
    }
  }

  async delete(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.cfg.bucket, Key: this.objectKey(key) }));
  }
}
