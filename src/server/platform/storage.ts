// Storage that is full or not writable (issue 11, finding 8): a full disk is answered 507 with a
// clear Chinese message instead of a generic 500, and /health probes that the files folder takes
// a write, so monitoring sees the problem before the users do.
import { randomUUID } from 'node:crypto';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../errors.js';

/** Disk full (ENOSPC), quota exceeded (EDQUOT), or PostgreSQL's disk_full (53100), anywhere in the cause chain. */
export function isStorageFull(err: unknown): boolean {
  let e: unknown = err;
  for (let depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code;
    if (code === 'ENOSPC' || code === 'EDQUOT' || code === '53100') return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

export const storageFull = () =>
  new AppError(507, 'STORAGE_FULL', '服务器存储空间已满，本次内容未保存。请联系系统管理员清理或扩容后重试', {
    messageEn: 'The server is out of storage space; nothing was saved. Ask the system administrator, then retry',
  });

export interface StorageProbe {
  ok: boolean;
  /** errno code of the failed write (ENOSPC, EACCES, ENOTDIR, EROFS…). */
  error?: string;
  message?: string;
  messageEn?: string;
}

/**
 * Writes, reads back and removes a small file in `dir` (the upload temp folder under DATA_DIR/files:
 * every upload passes through it, on local disk and with S3 alike).
 */
export async function probeStorage(dir: string): Promise<StorageProbe> {
  const file = path.join(dir, `health-${randomUUID()}.probe`);
  try {
    await fsp.mkdir(dir, { recursive: true, mode: 0o700 });
    await fsp.writeFile(file, 'govit health probe\n', { mode: 0o600, flag: 'wx' });
    await fsp.rm(file, { force: true });
    return { ok: true };
  } catch (err) {
    await fsp.rm(file, { force: true }).catch(() => undefined);
    const code = String((err as { code?: unknown }).code ?? 'UNKNOWN');
    const full = isStorageFull(err);
    return {
      ok: false,
      error: code,
      message: full ? '文件存储空间已满，不可写' : '文件存储不可写',
      messageEn: full ? 'The file storage is full and cannot be written' : 'The file storage cannot be written',
    };
  }
}
