// The audit chain (等保 安全审计 c; issue 11 finding 1). A row keyed with the audit key (`keyId` set):
// hash = HMAC-SM3(key, prevHash ‖ canonical(record + keyId)); a row from before keying (no keyId):
// hash = SM3(prevHash ‖ canonical(record)) (GB/T 32905 SM3, in Node's crypto). Any altered, deleted,
// inserted or reordered row breaks the chain from that row on; without the key nobody can recompute
// the links after a keyed row. Walking the chain and checking anchors is in ./verify.ts.
import { createHash } from 'node:crypto';
import type { AuditSigner } from './signer.js';

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

/** Only the record's own fields are hashed (a stored row also carries prevHash/hash/keyId). */
function ownFields(r: ChainRecord): ChainRecord {
  return {
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
}

/** The unkeyed link of a row written before keying (and of every row before this change). */
export function chainHash(prevHash: string, r: ChainRecord): string {
  return sm3Hex(prevHash + canonicalJson(ownFields(r)));
}

/** What the key MACs for a row: the previous hash, then the row with the id of the key that keys it. */
export function keyedMessage(prevHash: string, r: ChainRecord, keyId: string): Buffer {
  return Buffer.from(prevHash + canonicalJson({ ...ownFields(r), keyId }), 'utf8');
}

/** The keyed link: HMAC-SM3(key, prevHash ‖ canonical(record + keyId)). */
export function keyedHash(signer: AuditSigner, prevHash: string, r: ChainRecord): Promise<string> {
  return signer.mac(keyedMessage(prevHash, r, signer.keyId));
}

export interface StoredRecord extends ChainRecord {
  prevHash: string;
  hash: string;
  /** The key that keyed `hash`; null or absent for a row written before keying. */
  keyId?: string | null;
}
