// The at-rest format of a stored document (issue 11, finding 6): SM4-CTR with HMAC-SM3,
// encrypt-then-MAC (Node has no sm4-gcm), a random data key and IV per file, streamed both ways so a
// 50 MB upload is never held in memory. Files stored before this format have no header and are read
// as they are (every accepted upload starts with a PDF/PNG/JPEG/OLE/ZIP signature, never with MAGIC).
//
//   offset      bytes  field
//   0           8      MAGIC "GOVITENC"
//   8           1      format version (1)
//   9           1      algorithm (1 = SM4-CTR; HMAC-SM3 over header ‖ ciphertext)
//   10          1      n: length of the master key id
//   11          n      master key id (ASCII), e.g. sm4-0123456789abcdef
//   11+n        2      m: length of the wrapped data key (big-endian)
//   13+n        m      wrapped data key (FileKeyService)
//   13+n+m      16     IV (initial counter block)
//   H=29+n+m    L      ciphertext, as long as the plaintext
//   H+L         32     tag = HMAC-SM3(mac key, bytes 0 … H+L-1)
//
// The 32-byte data key splits into the SM4 key (first 16) and the HMAC key (last 16). Reading checks
// the tag over the whole file before the first plaintext byte leaves (a tampered file is refused,
// not half-sent), then decrypts in a second pass that checks the tag again.
import { createCipheriv, createDecipheriv, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { PassThrough, type Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { type FileKeyService, FileKeyWrapError } from './file-keys.js';

export const MAGIC = Buffer.from('GOVITENC', 'latin1');
export const FORMAT_VERSION = 1;
const ALG_SM4_CTR_HMAC_SM3 = 1;
const TAG_BYTES = 32;

/** The stored bytes do not authenticate: changed, truncated, or not ours. */
export class FileIntegrityError extends Error {
  readonly code = 'EINTEGRITY';
}

/** Stored bytes that can be read more than once (two passes: check, then decrypt). */
export interface StoredBlob {
  sizeBytes: number;
  /** The bytes from the start; each call reads the same object again. */
  stream(): Promise<Readable>;
  /** Releases what the blob holds (a descriptor, an unread response); safe to call twice. */
  close(): Promise<void>;
}

export interface OpenedFile {
  stream: Readable;
  /** Plaintext size. */
  sizeBytes: number;
  /** The master key id the file is sealed under, or null for a file stored before encryption. */
  keyId: string | null;
}

interface Header {
  bytes: Buffer;
  keyId: string;
  wrapped: Buffer;
  iv: Buffer;
}

function buildHeader(keyId: string, wrapped: Buffer, iv: Buffer): Buffer {
  const id = Buffer.from(keyId, 'ascii');
  if (id.length > 255 || wrapped.length > 0xffff) throw new Error('key id or wrapped key too long');
  const m = Buffer.alloc(2);
  m.writeUInt16BE(wrapped.length);
  return Buffer.concat([MAGIC, Buffer.from([FORMAT_VERSION, ALG_SM4_CTR_HMAC_SM3, id.length]), id, m, wrapped, iv]);
}

/** Reads a stream's first bytes on demand, keeping what it read past them. */
class HeadReader {
  buffered = Buffer.alloc(0);
  private readonly it: AsyncIterator<Buffer>;
  constructor(stream: Readable) {
    this.it = stream[Symbol.asyncIterator]();
  }
  /** At least `n` bytes buffered, or fewer at the end of the stream. */
  async fill(n: number): Promise<Buffer> {
    while (this.buffered.length < n) {
      const r = await this.it.next();
      if (r.done) break;
      this.buffered = Buffer.concat([this.buffered, r.value]);
    }
    return this.buffered;
  }
  async *rest(): AsyncGenerator<Buffer> {
    for (;;) {
      const r = await this.it.next();
      if (r.done) return;
      yield r.value;
    }
  }
}

/** The header of a sealed file, or null when the bytes do not start with MAGIC (stored before encryption). */
async function readHeader(head: HeadReader): Promise<Header | null> {
  let b = await head.fill(MAGIC.length);
  if (b.length < MAGIC.length || !b.subarray(0, MAGIC.length).equals(MAGIC)) return null;
  b = await head.fill(11);
  if (b.length < 11) throw new FileIntegrityError('truncated header');
  if (b[8] !== FORMAT_VERSION || b[9] !== ALG_SM4_CTR_HMAC_SM3)
    throw new FileIntegrityError(`unknown stored-file format ${b[8]}/${b[9]}`);
  const n = b[10];
  b = await head.fill(13 + n);
  if (b.length < 13 + n) throw new FileIntegrityError('truncated header');
  const m = b.readUInt16BE(11 + n);
  const len = 13 + n + m + 16;
  b = await head.fill(len);
  if (b.length < len) throw new FileIntegrityError('truncated header');
  return {
    bytes: Buffer.from(b.subarray(0, len)),
    keyId: b.toString('ascii', 11, 11 + n),
    wrapped: Buffer.from(b.subarray(13 + n, 13 + n + m)),
    iv: Buffer.from(b.subarray(13 + n + m, len)),
  };
}

/** The master key id of stored bytes (null: stored before encryption), reading only the header. */
export async function sealedKeyId(blob: StoredBlob): Promise<string | null> {
  const s = await blob.stream();
  try {
    return (await readHeader(new HeadReader(s)))?.keyId ?? null;
  } finally {
    s.destroy();
  }
}

const splitKey = (dataKey: Buffer) => ({ enc: dataKey.subarray(0, 16), mac: dataKey.subarray(16, 32) });

/**
 * Seals a plaintext stream: header, ciphertext, tag. `overhead` is what sealing adds to the size,
 * so an object store can be told the length before the first byte.
 */
export async function sealStream(
  plain: Readable,
  keys: FileKeyService,
): Promise<{ stream: Readable; overhead: number }> {
  const dk = await keys.newDataKey();
  const iv = randomBytes(16);
  const header = buildHeader(dk.keyId, dk.wrapped, iv);
  const k = splitKey(dk.plain);
  const cipher = createCipheriv('sm4-ctr', k.enc, iv);
  const mac = createHmac('sm3', k.mac).update(header);
  let started = false;
  const start = (t: Transform) => {
    if (started) return;
    started = true;
    t.push(header);
  };
  const sealer = new Transform({
    transform(chunk: Buffer, _enc, cb) {
      start(this);
      const c = cipher.update(chunk);
      mac.update(c);
      cb(null, c);
    },
    flush(cb) {
      start(this);
      const last = cipher.final();
      if (last.length) {
        mac.update(last);
        this.push(last);
      }
      cb(null, mac.digest());
    },
  });
  // A failing source destroys the sealer with its error; a consumer that stops destroys the source.
  pipeline(plain, sealer).catch(() => undefined);
  return { stream: sealer, overhead: header.length + TAG_BYTES };
}

/** The tag check of pass 1: HMAC over everything but the last 32 bytes, compared with them. */
async function checkTag(head: HeadReader, header: Header, macKey: Buffer, size: number): Promise<void> {
  const bodyEnd = size - TAG_BYTES;
  const mac = createHmac('sm3', macKey);
  const tag: Buffer[] = [];
  let pos = 0;
  const take = (chunk: Buffer) => {
    const cut = Math.max(0, Math.min(chunk.length, bodyEnd - pos));
    if (cut) mac.update(chunk.subarray(0, cut));
    if (cut < chunk.length) tag.push(chunk.subarray(cut));
    pos += chunk.length;
  };
  take(head.buffered);
  for await (const chunk of head.rest()) take(chunk);
  if (pos !== size) throw new FileIntegrityError(`stored size ${pos} differs from the announced ${size}`);
  const expected = Buffer.concat(tag);
  if (expected.length !== TAG_BYTES || !timingSafeEqual(mac.digest(), expected) || pos < header.bytes.length)
    throw new FileIntegrityError('stored file fails its HMAC-SM3 check (changed or damaged)');
}

/** Pass 2: decrypts the ciphertext and checks the header and the tag again as the bytes go by. */
function decryptor(header: Header, dataKey: Buffer, size: number): Transform {
  const k = splitKey(dataKey);
  const decipher = createDecipheriv('sm4-ctr', k.enc, header.iv);
  const mac = createHmac('sm3', k.mac);
  const h = header.bytes.length;
  const bodyEnd = size - TAG_BYTES;
  const tag: Buffer[] = [];
  let pos = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, cb) {
      const start = pos;
      pos += chunk.length;
      let at = 0;
      if (start < h) {
        at = Math.min(chunk.length, h - start);
        if (!chunk.subarray(0, at).equals(header.bytes.subarray(start, start + at)))
          return cb(new FileIntegrityError('stored file changed while it was read'));
        mac.update(chunk.subarray(0, at));
      }
      const bodyTo = Math.max(at, Math.min(chunk.length, bodyEnd - start));
      if (bodyTo > at) {
        const c = chunk.subarray(at, bodyTo);
        mac.update(c);
        this.push(decipher.update(c));
      }
      if (bodyTo < chunk.length) tag.push(chunk.subarray(bodyTo));
      cb();
    },
    flush(cb) {
      const expected = Buffer.concat(tag);
      if (pos !== size || expected.length !== TAG_BYTES || !timingSafeEqual(mac.digest(), expected))
        return cb(new FileIntegrityError('stored file fails its HMAC-SM3 check (changed while it was read)'));
      cb(null, decipher.final());
    },
  });
}

/**
 * Opens stored bytes for reading as plaintext: a sealed file is checked whole (tag) before the
 * returned stream gives its first byte; a file stored before encryption is passed through.
 * Rejects with FileIntegrityError (tampered, truncated) or FileKeyUnavailableError (key not configured).
 */
export async function openSealed(blob: StoredBlob, keys: FileKeyService): Promise<OpenedFile> {
  try {
    const first = await blob.stream();
    let header: Header | null;
    let dataKey: Buffer;
    try {
      const head = new HeadReader(first);
      header = await readHeader(head);
      if (!header) {
        first.destroy();
        // Through a PassThrough: its 'close' (after the end, or an early stop) releases the blob.
        const stream = new PassThrough();
        pipeline(await blob.stream(), stream).catch(() => undefined);
        stream.once('close', () => void blob.close());
        return { stream, sizeBytes: blob.sizeBytes, keyId: null };
      }
      if (blob.sizeBytes < header.bytes.length + TAG_BYTES) throw new FileIntegrityError('stored file truncated');
      try {
        dataKey = await keys.unwrapDataKey(header.keyId, header.wrapped);
      } catch (err) {
        throw err instanceof FileKeyWrapError ? new FileIntegrityError(err.message) : err;
      }
      await checkTag(head, header, splitKey(dataKey).mac, blob.sizeBytes);
    } finally {
      first.destroy();
    }
    const raw = await blob.stream();
    const plain = decryptor(header, dataKey, blob.sizeBytes);
    pipeline(raw, plain).catch(() => undefined);
    plain.once('close', () => void blob.close());
    return { stream: plain, sizeBytes: blob.sizeBytes - header.bytes.length - TAG_BYTES, keyId: header.keyId };
  } catch (err) {
    await blob.close();
    throw err;
  }
}
