// Receiving one uploaded file (SPEC §6), entirely outside any transaction (PGlite is one
// connection): stream it to a temp file while hashing it with SM3 and counting its size, keep its
// first bytes for the magic-byte check, then sniff it. Any failure deletes the temp file, so a
// refused upload leaves nothing behind. A body that stalls (no bytes for UPLOAD_IDLE_TIMEOUT_MS,
// e.g. a multipart stream that never sends its closing boundary) or drags on past
// UPLOAD_TOTAL_TIMEOUT_MS is refused with 408, its temp file and descriptor released (issue 11,
// finding 5). A full disk answers 507 (platform/storage.ts).
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { FastifyRequest } from 'fastify';
import {
  ALLOWED_TYPES_EN,
  ALLOWED_TYPES_ZH,
  cleanFileName,
  DOCUMENT_TYPE_CODES,
  DOCUMENT_TYPES,
  extensionMatches,
  extensionOf,
  FILE_KINDS,
  isDocumentType,
  type DocumentType,
  type FileKind,
} from '../../domain/documents.js';
import { AppError, badRequest } from '../errors.js';
import { isStorageFull, storageFull } from '../platform/storage.js';
import type { FileStore } from '../storage/file-store.js';
import { HEAD_BYTES, sniffFile } from './sniff.js';

export interface ReceivedFile {
  docType: DocumentType;
  fileName: string;
  kind: FileKind;
  contentType: string;
  sizeBytes: number;
  sm3: string;
  tempPath: string;
}

/** Multipart framing and the docType field: what a request may carry beyond the file itself. */
export const MULTIPART_SLACK_BYTES = 64 * 1024;

export function tooLarge(maxBytes: number): AppError {
  const mb = Math.floor(maxBytes / (1024 * 1024));
  return new AppError(413, 'FILE_TOO_LARGE', `文件超过大小上限（${mb} MB），请压缩或拆分后重新上传`, {
    messageEn: `The file exceeds the ${mb} MB limit; compress or split it and upload again`,
    field: 'file',
  });
}

export function unsupported(fileName: string): AppError {
  return new AppError(
    415,
    'UNSUPPORTED_FILE_TYPE',
    `不支持的文件类型：“${fileName}”的内容不是可接受的格式。仅支持 ${ALLOWED_TYPES_ZH}（按文件内容识别，不看扩展名）`,
    {
      messageEn: `Unsupported file type: the content of "${fileName}" is not accepted. Only ${ALLOWED_TYPES_EN} (checked by content, not by name)`,
      field: 'file',
    },
  );
}

function mismatch(fileName: string, kind: FileKind): AppError {
  const k = FILE_KINDS[kind];
  return new AppError(
    415,
    'UNSUPPORTED_FILE_TYPE',
    `文件扩展名与内容不符：“${fileName}”的实际内容是${k.zh}，请使用 .${k.extensions[0]} 扩展名后重新上传`,
    {
      messageEn: `The extension of "${fileName}" does not match its content (${k.en}); use .${k.extensions[0]}`,
      field: 'file',
      details: { declaredExtension: extensionOf(fileName), detected: kind },
    },
  );
}

/** No byte of the body for this long: the client has stalled or will never finish. */
export const UPLOAD_IDLE_TIMEOUT_MS = 10_000;
/** The longest one upload may take (50 MB at about 60 KB/s). */
export const UPLOAD_TOTAL_TIMEOUT_MS = 15 * 60_000;

export function uploadTimeout(idle: boolean): AppError {
  return idle
    ? new AppError(
        408,
        'UPLOAD_TIMEOUT',
        `上传超时：连续 ${UPLOAD_IDLE_TIMEOUT_MS / 1000} 秒未收到数据（上传内容不完整），已中止，请检查网络后重新上传`,
        {
          messageEn: `Upload timed out: no data for ${UPLOAD_IDLE_TIMEOUT_MS / 1000} s (the upload was incomplete); try again`,
          field: 'file',
        },
      )
    : new AppError(
        408,
        'UPLOAD_TIMEOUT',
        `上传超时：超过 ${UPLOAD_TOTAL_TIMEOUT_MS / 60_000} 分钟仍未完成，已中止，请在网络较好时重新上传`,
        {
          messageEn: `Upload timed out: not finished within ${UPLOAD_TOTAL_TIMEOUT_MS / 60_000} min; try again`,
          field: 'file',
        },
      );
}

/**
 * Aborts when the request body goes quiet for `idleMs` or runs past `totalMs`. `expired` rejects
 * with the 408 at that moment, for racing against a read that would otherwise wait forever.
 */
function uploadWatchdog(raw: IncomingMessage, idleMs: number, totalMs: number) {
  const controller = new AbortController();
  const idle = setTimeout(() => controller.abort(uploadTimeout(true)), idleMs);
  const total = setTimeout(() => controller.abort(uploadTimeout(false)), totalMs);
  const bump = () => idle.refresh();
  raw.on('data', bump);
  const expired = new Promise<never>((_, reject) =>
    controller.signal.addEventListener('abort', () => reject(controller.signal.reason), { once: true }),
  );
  expired.catch(() => undefined); // observed through the race; never unhandled
  return {
    signal: controller.signal,
    expired,
    stop() {
      clearTimeout(idle);
      clearTimeout(total);
      raw.off('data', bump);
    },
  };
}

/** @fastify/multipart's refusals, in Chinese with English. */
function translate(err: unknown, maxBytes: number): unknown {
  if (isStorageFull(err)) return storageFull();
  const code = (err as { code?: string }).code;
  if (code === 'FST_REQ_FILE_TOO_LARGE') return tooLarge(maxBytes);
  if (code === 'FST_FILES_LIMIT')
    return badRequest('TOO_MANY_FILES', '每次只能上传一个文件', {
      messageEn: 'Upload one file at a time',
      field: 'file',
    });
  if (code === 'FST_FIELDS_LIMIT' || code === 'FST_PARTS_LIMIT')
    return badRequest('TOO_MANY_FIELDS', '上传请求包含过多字段', { messageEn: 'Too many form fields' });
  if (code === 'FST_INVALID_MULTIPART_CONTENT_TYPE') return multipartRequired();
  if (err instanceof AppError) return err;
  if (err instanceof Error && /multipart|form|terminated|aborted/i.test(err.message)) {
    return badRequest('MALFORMED_UPLOAD', '上传数据不完整或格式错误，请重新上传', {
      messageEn: 'The upload was incomplete or malformed; try again',
    });
  }
  return err;
}

const multipartRequired = () =>
  new AppError(415, 'MULTIPART_REQUIRED', '请以 multipart/form-data 方式上传文件（字段 docType 与 file）', {
    messageEn: 'Send multipart/form-data with the fields docType and file',
  });

/** Streams `file` to `tempPath`, hashing (SM3) and counting; refuses past `maxBytes`; stops on `signal`. */
export async function streamToTemp(file: Readable, tempPath: string, maxBytes: number, signal?: AbortSignal) {
  const hash = createHash('sm3');
  let size = 0;
  const head: Buffer[] = [];
  let headLen = 0;
  const tap = new Transform({
    transform(chunk: Buffer, _enc, cb) {
      size += chunk.length;
      if (size > maxBytes) return cb(tooLarge(maxBytes));
      hash.update(chunk);
      if (headLen < HEAD_BYTES) {
        head.push(chunk);
        headLen += chunk.length;
      }
      cb(null, chunk);
    },
  });
  // busboy's own limit (fileSize) only truncates and keeps reading to the part's end: stop at once.
  file.once('limit', () => tap.destroy(tooLarge(maxBytes)));
  // On abort the pipeline destroys every stream: the temp file's descriptor is closed at once.
  await pipeline(file, tap, fs.createWriteStream(tempPath, { flags: 'wx', mode: 0o600 }), signal ? { signal } : {});
  return { sizeBytes: size, sm3: hash.digest('hex'), head: Buffer.concat(head).subarray(0, HEAD_BYTES) };
}

/** Reads the multipart request into a checked temp file; the caller moves it into the store. */
export async function receiveUpload(req: FastifyRequest, store: FileStore, maxBytes: number): Promise<ReceivedFile> {
  if (!req.isMultipart()) throw multipartRequired();
  // A declared length far over the limit is refused before a byte is read (a 3 GB upload).
  if (Number(req.headers['content-length'] ?? 0) > maxBytes + MULTIPART_SLACK_BYTES) throw tooLarge(maxBytes);
  let docType: string | undefined;
  let got: { fileName: string; sizeBytes: number; sm3: string; head: Buffer } | undefined;
  let tempPath: string | undefined;
  const parts = req.parts()[Symbol.asyncIterator]();
  // The first next() starts the multipart parser (it pipes the request); only then is it safe to
  // listen to the request's data for the watchdog without taking bytes from the parser.
  const first = parts.next();
  const watchdog = uploadWatchdog(req.raw, UPLOAD_IDLE_TIMEOUT_MS, UPLOAD_TOTAL_TIMEOUT_MS);
  const inTime = <T>(p: Promise<T>) => {
    p.catch(() => undefined); // a read abandoned at the timeout may still fail later: not unhandled
    return Promise.race([p, watchdog.expired]);
  };
  try {
    for (let step = await inTime(first); !step.done; step = await inTime(parts.next())) {
      const part = step.value;
      if (part.type === 'field') {
        if (part.fieldname === 'docType') docType = String(part.value).trim();
        continue;
      }
      if (part.fieldname !== 'file') {
        part.file.resume();
        throw badRequest('UNEXPECTED_FILE_FIELD', `文件须放在 file 字段中（收到 ${part.fieldname}）`, {
          messageEn: 'Send the file in the "file" field',
          field: 'file',
        });
      }
      tempPath = await store.tempPath();
      const r = await streamToTemp(part.file, tempPath, maxBytes, watchdog.signal);
      if (part.file.truncated) throw tooLarge(maxBytes); // belt and braces: busboy marks a cut stream
      got = { fileName: cleanFileName(part.filename ?? ''), ...r };
    }
    if (!docType || !isDocumentType(docType)) {
      const allowed = DOCUMENT_TYPE_CODES.map((c) => `${c}（${DOCUMENT_TYPES[c].zh}）`).join('、');
      throw badRequest('VALIDATION_FAILED', `材料类型 docType 无效，须为：${allowed}`, {
        messageEn: `docType must be one of ${DOCUMENT_TYPE_CODES.join(', ')}`,
        field: 'docType',
      });
    }
    if (!got || !tempPath)
      throw badRequest('FILE_REQUIRED', '请选择要上传的文件', { messageEn: 'No file was sent', field: 'file' });
    if (got.sizeBytes === 0)
      throw badRequest('FILE_EMPTY', '文件为空，请重新选择', { messageEn: 'The file is empty', field: 'file' });
    if (!got.fileName)
      throw badRequest('FILE_NAME_REQUIRED', '文件名不能为空', { messageEn: 'The file has no name', field: 'file' });
    const kind = await sniffFile(tempPath, got.head);
    if (!kind) throw unsupported(got.fileName);
    if (!extensionMatches(got.fileName, kind)) throw mismatch(got.fileName, kind);
    return {
      docType,
      fileName: got.fileName,
      kind,
      contentType: FILE_KINDS[kind].contentType,
      sizeBytes: got.sizeBytes,
      sm3: got.sm3,
      tempPath,
    };
  } catch (err) {
    if (tempPath) await fsp.rm(tempPath, { force: true });
    throw translate(watchdog.signal.aborted ? watchdog.signal.reason : err, maxBytes);
  } finally {
    watchdog.stop();
  }
}
