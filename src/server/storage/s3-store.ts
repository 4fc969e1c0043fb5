// S3-compatible object storage for document bytes (SPEC §6: "local folder by default; S3-compatible
// storage when configured") — MinIO, 华为云 OBS, 阿里云 OSS in S3 mode … The objects are sealed like
// local files (SealedFileStore, sealed-file.ts): the bucket only ever sees SM4 ciphertext. Uploads are
// still streamed to a local temp file first (hashed and type-checked there), then sealed into one object.
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import type { StoredBlob } from './sealed-file.js';
import { type BlobStore, LocalBlobStore, STORAGE_KEY } from './file-store.js';

export interface S3Config {
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  forcePathStyle: boolean;
  prefix: string;
}

const missing = (key: string) => Object.assign(new Error(`missing object ${key}`), { code: 'ENOENT' });

export class S3BlobStore implements BlobStore {
  readonly kind = 's3' as const;
  private readonly client: S3Client;
  /** Temp files (and their sweeping) stay on the local disk under DATA_DIR/files/tmp. */
  private readonly local: LocalBlobStore;

  constructor(
    readonly cfg: S3Config,
    dataDir: string,
  ) {
    this.client = new S3Client({
      endpoint: cfg.endpoint,
      region: cfg.region,
      forcePathStyle: cfg.forcePathStyle,
      credentials: { accessKeyId: cfg.accessKeyId, secretAccessKey: cfg.secretAccessKey },
      // Plain signed PUTs: many S3-compatible services do not understand the SDK's default
      // aws-chunked uploads with trailing checksums (integrity is ours anyway: HMAC-SM3 per file).
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
    this.local = new LocalBlobStore(dataDir);
  }

  private objectKey(key: string): string {
    if (!STORAGE_KEY.test(key)) throw new Error(`invalid storage key: ${key}`);
    return `${this.cfg.prefix}${key}`;
  }

  tempPath(): Promise<string> {
    return this.local.tempPath();
  }

  sweepTemp(now: number): Promise<number> {
    return this.local.sweepTemp(now);
  }

  /** One PUT: with a known length the stream goes straight up, otherwise it is staged in a temp file first. */
  async write(key: string, stream: Readable, sizeBytes?: number): Promise<void> {
    if (sizeBytes !== undefined) {
      await this.client.send(
        new PutObjectCommand({
          Bucket: this.cfg.bucket,
          Key: this.objectKey(key),
          Body: stream,
          ContentLength: sizeBytes,
        }),
      );
      return;
    }
    const tmp = await this.tempPath();
    try {
      await pipeline(stream, fs.createWriteStream(tmp, { flags: 'wx', mode: 0o600 }));
      const { size } = await fsp.stat(tmp);
      await this.write(key, fs.createReadStream(tmp), size);
    } finally {
      await fsp.rm(tmp, { force: true });
    }
  }

  private async get(key: string, ifMatch?: string) {
    try {
      return await this.client.send(
        new GetObjectCommand({ Bucket: this.cfg.bucket, Key: this.objectKey(key), IfMatch: ifMatch }),
      );
    } catch (err) {
      const name = (err as { name?: string }).name;
      if (name === 'NoSuchKey' || name === 'NotFound') throw missing(key);
      throw err;
    }
  }

  async read(key: string): Promise<StoredBlob> {
    const first = await this.get(key);
    const bodies: Readable[] = [first.Body as Readable];
    let unused: Readable | null = first.Body as Readable;
    return {
      sizeBytes: Number(first.ContentLength ?? 0),
      stream: async () => {
        if (unused) {
          const s = unused;
          unused = null;
          return s;
        }
        // A later pass reads the same version of the object, or fails (412) if it was replaced.
        const again = (await this.get(key, first.ETag)).Body as Readable;
        bodies.push(again);
        return again;
      },
      close: async () => {
        for (const b of bodies) b.destroy();
      },
    };
  }

  async remove(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.cfg.bucket, Key: this.objectKey(key) }));
  }

  async *list(): AsyncIterable<string> {
    let token: string | undefined;
    do {
      const page = await this.client.send(
        new ListObjectsV2Command({ Bucket: this.cfg.bucket, Prefix: this.cfg.prefix, ContinuationToken: token }),
      );
      for (const o of page.Contents ?? []) {
        const key = o.Key?.slice(this.cfg.prefix.length);
        if (key && o.Key?.startsWith(this.cfg.prefix) && STORAGE_KEY.test(key)) yield key;
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }
}
