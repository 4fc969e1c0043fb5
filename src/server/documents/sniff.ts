// What a file really is, from its bytes (SPEC §6: "content type checked by magic bytes"). The name
// a browser sends is only a claim: an .exe renamed .pdf starts with "MZ" and is refused. ZIP-based
// formats are told apart by their central directory (docx has word/…, OFD has OFD.xml, GB/T 33190);
// legacy Word files are OLE compound files that hold a "WordDocument" stream.
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import type { FileKind } from '../../domain/documents.js';

/** How many leading bytes the sniffer needs. */
export const HEAD_BYTES = 1024;

const startsWith = (b: Uint8Array, sig: number[], at = 0) => sig.every((v, i) => b[at + i] === v);
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];

export type HeadKind = 'pdf' | 'png' | 'jpeg' | 'ole' | 'zip';

/** The container the first bytes announce, or null (executables, scripts, archives we do not take). */
export function sniffHead(head: Uint8Array): HeadKind | null {
  if (startsWith(head, PDF)) return 'pdf';
  if (startsWith(head, PNG)) return 'png';
  if (startsWith(head, JPEG)) return 'jpeg';
  if (startsWith(head, OLE)) return 'ole';
  if (startsWith(head, ZIP)) return 'zip';
  return null;
}

/** docx or OFD from a ZIP's entry names; anything else (xlsx, jar, apk, plain zip) is null. */
export function zipKind(names: readonly string[]): FileKind | null {
  const set = new Set(names);
  if (set.has('[Content_Types].xml') && names.some((n) => n.startsWith('word/'))) return 'docx';
  if (set.has('OFD.xml')) return 'ofd';
  return null;
}

/** Entry names from the ZIP central directory at the end of the file (null if it is not sound). */
export async function zipEntryNames(file: string, maxEntries = 20_000): Promise<string[] | null> {
  const h = await fsp.open(file, 'r');
  try {
    const { size } = await h.stat();
    const tailLen = Math.min(size, 22 + 65_535);
    const tail = Buffer.alloc(tailLen);
    await h.read(tail, 0, tailLen, size - tailLen);
    let eocd = -1;
    for (let i = tailLen - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === 0x06054b50) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) return null;
    const count = tail.readUInt16LE(eocd + 10);
    const cdSize = tail.readUInt32LE(eocd + 12);
    const cdOffset = tail.readUInt32LE(eocd + 16);
    if (count > maxEntries || cdSize > 16 * 1024 * 1024 || cdOffset + cdSize > size) return null;
    const cd = Buffer.alloc(cdSize);
    await h.read(cd, 0, cdSize, cdOffset);
    const names: string[] = [];
    for (let p = 0; p + 46 <= cd.length && names.length < count; ) {
      if (cd.readUInt32LE(p) !== 0x02014b50) return null;
      const nameLen = cd.readUInt16LE(p + 28);
      const next = p + 46 + nameLen + cd.readUInt16LE(p + 30) + cd.readUInt16LE(p + 32);
      if (next > cd.length) return null;
      names.push(cd.toString('utf8', p + 46, p + 46 + nameLen));
      p = next;
    }
    return names;
  } finally {
    await h.close();
  }
}

/** Whether the file contains `needle` anywhere (streamed; chunk boundaries handled). */
export async function fileContains(file: string, needle: Buffer): Promise<boolean> {
  let carry = Buffer.alloc(0);
  for await (const chunk of fs.createReadStream(file, { highWaterMark: 256 * 1024 })) {
    const buf = Buffer.concat([carry, chunk as Buffer]);
    if (buf.includes(needle)) return true;
    carry = buf.subarray(Math.max(0, buf.length - needle.length + 1));
  }
  return false;
}

const WORD_STREAM = Buffer.from('WordDocument', 'utf16le');

/** The accepted kind of a finished temp file, or null when it is not one we take. */
export async function sniffFile(file: string, head: Uint8Array): Promise<FileKind | null> {
  const kind = sniffHead(head);
  if (kind === 'zip') {
    const names = await zipEntryNames(file);
    return names ? zipKind(names) : null;
  }
  // An OLE file may be .doc but also .xls, .ppt or an .msi installer: look for Word's stream.
  if (kind === 'ole') return (await fileContains(file, WORD_STREAM)) ? 'doc' : null;
  return kind;
}
