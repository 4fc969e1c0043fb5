// Anchors: the chain's head (seq, hash, at), keyed with the audit key and kept outside the database —
// in the anchor log (AUDIT_ANCHOR_FILE), in the server's log, and in the audit admin's signed exports.
// A later verification finds every anchored (seq, hash) still in the chain, so deleting the newest
// rows (truncation) or rewriting rows and re-linking them is named (issue 11 finding 1).
import { canonicalJson } from './chain.js';
import { type AuditKeyring, type AuditSigner, isSameMac } from './signer.js';

export interface AuditAnchor {
  v: 1;
  /** The head row when anchored: its seq, hash and instant. */
  seq: number;
  hash: string;
  at: string;
  /** When the anchor was made (the services' clock). */
  anchoredAt: string;
  /** The first keyed row (null: none yet). From there on an unkeyed row is a downgrade, never legitimate. */
  keyedFrom: number | null;
  /** The key that made `mac`. */
  keyId: string;
  /** HMAC-SM3 of the other fields (see anchorMessage). */
  mac: string;
}

export type AnchorBody = Omit<AuditAnchor, 'mac'>;

/**
 * What the key MACs for an anchor. The label starts with a character that is not a hex digit, so no
 * anchor message can equal a row's message (which starts with a 64-hex-digit previous hash).
 */
export function anchorMessage(body: AnchorBody): Buffer {
  const { v, seq, hash, at, anchoredAt, keyedFrom, keyId } = body;
  return Buffer.from(`govit-audit-anchor|${canonicalJson({ v, seq, hash, at, anchoredAt, keyedFrom, keyId })}`, 'utf8');
}

export async function signAnchor(
  signer: AuditSigner,
  head: { seq: number; hash: string; at: Date },
  keyedFrom: number | null,
  now: Date,
): Promise<AuditAnchor> {
  const body: AnchorBody = {
    v: 1,
    seq: head.seq,
    hash: head.hash,
    at: head.at.toISOString(),
    anchoredAt: now.toISOString(),
    keyedFrom,
    keyId: signer.keyId,
  };
  return { ...body, mac: await signer.mac(anchorMessage(body)) };
}

/** An anchor as read (a log line, a request body): its shape checked, nothing trusted yet. */
export function parseAnchor(value: unknown): AuditAnchor | null {
  if (value === null || typeof value !== 'object') return null;
  const a = value as Record<string, unknown>;
  const isText = (k: string) => typeof a[k] === 'string' && (a[k] as string).length > 0;
  const isSeq = (x: unknown) => typeof x === 'number' && Number.isSafeInteger(x) && x > 0;
  if (a.v !== 1 || !isSeq(a.seq) || !(a.keyedFrom === null || isSeq(a.keyedFrom))) return null;
  if (!['hash', 'at', 'anchoredAt', 'keyId', 'mac'].every(isText)) return null;
  return {
    v: 1,
    seq: a.seq as number,
    hash: a.hash as string,
    at: a.at as string,
    anchoredAt: a.anchoredAt as string,
    keyedFrom: a.keyedFrom as number | null,
    keyId: a.keyId as string,
    mac: a.mac as string,
  };
}

export type AnchorCheck = 'ok' | 'mac_mismatch' | 'unknown_key';

export async function checkAnchorMac(keyring: AuditKeyring | null, anchor: AuditAnchor): Promise<AnchorCheck> {
  const signer = keyring?.find(anchor.keyId);
  if (!signer) return 'unknown_key';
  return isSameMac(await signer.mac(anchorMessage(anchor)), anchor.mac) ? 'ok' : 'mac_mismatch';
}

/** Where an anchor came from: a line of the anchor log, or an export handed in by the audit admin. */
export interface AnchorSource {
  source: 'log' | 'export';
  /** 1-based line of the anchor log, or position in the list handed in. */
  line: number;
}

export type AnchorEntry = AnchorSource & { anchor: AuditAnchor | null; text?: string };

/** The anchor log is JSON lines; a line that is not an anchor is kept (as null) to be reported. */
export function parseAnchorLog(text: string): AnchorEntry[] {
  const out: AnchorEntry[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    let value: unknown = null;
    try {
      value = JSON.parse(line);
    } catch {
      /* reported as unreadable */
    }
    out.push({ source: 'log', line: i + 1, anchor: parseAnchor(value), text: line.slice(0, 200) });
  });
  return out;
}
