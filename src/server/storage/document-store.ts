// The document store the configuration asks for (SPEC §6; issue 11, finding 6): S3-compatible
// storage when S3_ENDPOINT is set, else DATA_DIR/files, always sealed with the file master keys
// (FILE_KEY / FILE_KEY_FILE, or the demo key in DATA_DIR/file.key). Used by the routes, backup,
// restore and `npm run files:rekey` alike. Also: how a failed read is told to the client.
import type { Config } from '../config.js';
import { AppError } from '../errors.js';
import { type FileKeySettings, loadFileKeys } from './file-keys.js';
import { type BlobStore, LocalBlobStore, SealedFileStore } from './file-store.js';
import { S3BlobStore } from './s3-store.js';

type StorageConfig = Pick<Config, 'dataDir' | 's3' | 'fileKeys' | 'fileKeyFile'>;

export const fileKeySettings = (config: StorageConfig): FileKeySettings => ({
  dataDir: config.dataDir,
  fileKeys: config.fileKeys,
  fileKeyFile: config.fileKeyFile,
});

/** Where the stored (sealed) bytes are: the bucket, or DATA_DIR/files. */
export function openBlobStore(config: StorageConfig): BlobStore {
  return config.s3 ? new S3BlobStore(config.s3, config.dataDir) : new LocalBlobStore(config.dataDir);
}

/**
 * The sealed document store. `generateDemoKey: false` (restore, rekey) never creates
 * DATA_DIR/file.key: a missing key is an error there, not a new key.
 */
export function openDocumentStore(config: StorageConfig, opts = { generateDemoKey: true }): SealedFileStore {
  return new SealedFileStore(
    openBlobStore(config),
    loadFileKeys(fileKeySettings(config), { generate: opts.generateDemoKey }),
  );
}

/** A stored file that cannot be read, as the client is told (the cause is logged with the request id). */
export function storedFileRefusal(err: unknown): AppError {
  switch ((err as { code?: unknown }).code) {
    case 'EINTEGRITY':
      return new AppError(
        500,
        'DOCUMENT_INTEGRITY_FAILED',
        '材料文件完整性校验失败（存储的内容已被改动或损坏），已拒绝下载。请联系管理员并提供请求编号',
        {
          messageEn:
            'The stored file fails its integrity check (changed or damaged); refused. Contact the administrator',
        },
      );
    case 'EFILEKEY':
      return new AppError(
        500,
        'DOCUMENT_KEY_UNAVAILABLE',
        '材料文件的加密密钥未配置，无法解密。请联系管理员（FILE_KEY / FILE_KEY_FILE）并提供请求编号',
        { messageEn: 'The key this file was encrypted under is not configured; contact the administrator' },
      );
    default:
      return new AppError(500, 'DOCUMENT_FILE_MISSING', '材料文件内容缺失，请联系管理员并提供请求编号', {
        messageEn: 'The stored file is missing; contact the administrator',
      });
  }
}
