// The audit hash chain: hash = SM3(prevHash ‖ canonical(record)) (GB/T 32905 SM3, in Node's
// crypto). Any altered, deleted, inserted or reordered row breaks the chain from that row on.
import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

export interface ChainRecord {
  seq: number;
  id: string;
  at: Date;
  actorUserId: string | null;
  actorUsername: string | null;
  actorOrgId: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  outcome: string;
  ip: string | null;
  requestId: string | null;
  detail: unknown;
}

/** JSON with keys sorted at every level, so the same record always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function sm3Hex(data: string | Buffer): string {
  return createHash('sm3').update(data).digest('hex');
}

/** Only the record's own fields are hashed (a stored row also carries prevHash/hash). */
export function chainHash(prevHash: string, r: ChainRecord): string {
  const own: ChainRecord = {
    seq: r.seq,
    id: r.id,
    at: r.at,
    actorUserId: r.actorUserId,
    actorUsername: r.actorUsername,
    actorOrgId: r.actorOrgId,
    action: r.action,
    targetType: r.targetType,
    targetId: r.targetId,
    outcome: r.outcome,
    ip: r.ip,
    requestId: r.requestId,
    detail: r.detail,
  };
  return sm3Hex(prevHash + canonicalJson(own));
}

export interface StoredRecord extends ChainRecord {
  prevHash: string;
  hash: string;
}

export interface ChainBreak {
  seq: number;
  /** prev_mismatch: a row before it was deleted, inserted or moved; hash_mismatch: it was altered. */
  reason: 'hash_mismatch' | 'prev_mismatch';
  expected: string;
  found: string;
}

/**
 * Walk records in seq order. `startPrev` is the hash the first record must follow (GENESIS for a
 * whole-chain check). Returns the first break, or null when every link holds. Seq numbers may
 * have gaps (a rolled-back transaction consumes one), so links, not numbers, carry the proof.
 */
export function verifyChain(records: Iterable<StoredRecord>, startPrev = GENESIS_HASH): ChainBreak | null {
  let prev = startPrev;
  for (const r of records) {
    if (r.prevHash !== prev) return { seq: r.seq, reason: 'prev_mismatch', expected: prev, found: r.prevHash };
    const h = chainHash(prev, r);
    if (h !== r.hash) return { seq: r.seq, reason: 'hash_mismatch', expected: h, found: r.hash };
    prev = r.hash;
  }
  return null;
}
