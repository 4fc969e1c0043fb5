// Appends to the audit chain inside the caller's transaction, so the action and its audit row
// commit or fail together. An advisory lock serialises appends: each row links to the last one.
// Rows are keyed with the process's audit key (HMAC-SM3, src/domain/audit/chain.ts), loaded outside
// the database by src/server/audit/trail.ts; the database only ever sees the key's id.
import { and, asc, desc, eq, gt, isNotNull, sql } from 'drizzle-orm';
import { chainHash, GENESIS_HASH, keyedHash, type StoredRecord } from '../domain/audit/chain.js';
import type { AuditAction, AuditOutcome } from '../domain/audit/events.js';
import type { AuditKeyring, AuditSigner } from '../domain/audit/signer.js';
import { ChainVerifier, type ChainReport, type InvalidAnchor, type ValidAnchor } from '../domain/audit/verify.js';
import { runBeforeCommit, type Db, type Tx } from './client.js';
import { auditEvents } from './schema.js';

export interface AuditInput {
  action: AuditAction;
  outcome: AuditOutcome;
  actorUserId?: string | null;
  actorUsername?: string | null;
  actorOrgId?: string | null;
  targetType?: string | null;
  targetId?: string | null;
  ip?: string | null;
  requestId?: string | null;
  detail?: Record<string, unknown>;
}

const AUDIT_CHAIN_LOCK = 727401;

/**
 * The audit keys of this process (one server or one CLI run). appendAudit is called from every use
 * case with only its transaction, so the key is registered here once at start-up (openAuditTrail).
 * Several registrations (several test servers in one process) all stay known for verification; the
 * newest keys new rows.
 */
const registered: AuditKeyring[] = [];

export function installAuditKeyring(keyring: AuditKeyring): void {
  if (!registered.includes(keyring)) registered.push(keyring);
}

/** Every key registered in this process, the newest as `current`; null before any registration. */
export function activeAuditKeyring(): AuditKeyring | null {
  const newest = registered.at(-1);
  if (!newest) return null;
  return {
    current: newest.current,
    find: (keyId) => {
      for (let i = registered.length - 1; i >= 0; i--) {
        const found: AuditSigner | undefined = registered[i].find(keyId);
        if (found) return found;
      }
      return undefined;
    },
  };
}

export class AuditKeyMissingError extends Error {
  constructor() {
    super('审计密钥未加载：不能在已加密钥的审计日志后写入无密钥记录 (audit key not loaded: refusing an unkeyed row)');
  }
}

/**
 * Appends the row at the end of the caller's transaction, just before it commits (issue 12): the chain
 * lock, which every write takes, is then held only around this insert and the commit instead of from
 * the middle of the use case. Same transaction, same rollback; outside a guarded transaction, at once.
 */
export async function appendAudit(tx: Tx, input: AuditInput, now: Date): Promise<void> {
  if (runBeforeCommit(() => appendAuditNow(tx, input, now))) return;
  await appendAuditNow(tx, input, now);
}

async function appendAuditNow(tx: Tx, input: AuditInput, now: Date): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`);
  // After the lock, in a statement of its own (READ COMMITTED: its snapshot then sees the row the
  // previous holder committed): the last row and the next number, in one round trip, because every
  // write of the platform waits for this lock while it is held (issue 12, the deadline-day surge).
  const headRow = await tx.execute(
    sql`SELECT last.hash, last.key_id, nextval(pg_get_serial_sequence('audit_events', 'seq')) AS seq
      FROM (SELECT 1) one LEFT JOIN LATERAL (SELECT ${auditEvents.hash} AS hash, ${auditEvents.keyId} AS key_id
        FROM ${auditEvents} ORDER BY ${auditEvents.seq} DESC LIMIT 1) last ON true`,
  );
  const head = rowsOf<{ hash: string | null; key_id: string | null; seq: string | number }>(headRow)[0];
  const last = head.hash === null ? undefined : { hash: head.hash, keyId: head.key_id };
  const seq = Number(head.seq);
  const record = {
    seq,
    id: crypto.randomUUID(),
    at: now,
    actorUserId: input.actorUserId ?? null,
    actorUsername: input.actorUsername ?? null,
    actorOrgId: input.actorOrgId ?? null,
    action: input.action,
    targetType: input.targetType ?? null,
    targetId: input.targetId ?? null,
    outcome: input.outcome,
    ip: input.ip ?? null,
    requestId: input.requestId ?? null,
    detail: input.detail ?? {},
  };
  const prevHash = last?.hash ?? GENESIS_HASH;
  const keyring = activeAuditKeyring();
  // Without a key only a chain that was never keyed may grow (a database from before keying, or a
  // test template seeded without a server); a keyed chain is never continued keylessly.
  if (!keyring && last?.keyId) throw new AuditKeyMissingError();
  const signer = keyring?.current;
  const hash = signer ? await keyedHash(signer, prevHash, record) : chainHash(prevHash, record);
  await tx.insert(auditEvents).values({ ...record, prevHash, hash, keyId: signer?.keyId ?? null });
}

/** node-postgres returns {rows}, PGlite returns {rows} too, but typed differently. */
export function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}

export interface AuditHead {
  seq: number;
  hash: string;
  at: Date;
}

/** The newest row (what an anchor records), or null for an empty trail. */
export async function auditHead(db: Db): Promise<AuditHead | null> {
  const [row] = await db
    .select({ seq: auditEvents.seq, hash: auditEvents.hash, at: auditEvents.at })
    .from(auditEvents)
    .orderBy(desc(auditEvents.seq))
    .limit(1);
  return row ?? null;
}

/** The row at `seq` (to check an anchor before walking on from it), or null when it is gone. */
export async function auditRowAt(db: Db, seq: number): Promise<{ hash: string; keyId: string | null } | null> {
  const [row] = await db
    .select({ hash: auditEvents.hash, keyId: auditEvents.keyId })
    .from(auditEvents)
    .where(eq(auditEvents.seq, seq))
    .limit(1);
  return row ?? null;
}

/** Whether any row up to `seq` is keyed (a walk that starts after `seq` must then refuse unkeyed rows). */
export async function hasKeyedRowUpTo(db: Db, seq: number): Promise<boolean> {
  const [row] = await db
    .select({ seq: auditEvents.seq })
    .from(auditEvents)
    .where(and(isNotNull(auditEvents.keyId), sql`${auditEvents.seq} <= ${seq}`))
    .limit(1);
  return row !== undefined;
}

/** Feeds the rows after `afterSeq` to the verifier in pages (constant memory) until it stops. */
export async function walkAuditChain(db: Db, verifier: ChainVerifier, afterSeq = 0, pageSize = 2000): Promise<void> {
  let after = afterSeq;
  for (;;) {
    const page = await db
      .select()
      .from(auditEvents)
      .where(gt(auditEvents.seq, after))
      .orderBy(asc(auditEvents.seq))
      .limit(pageSize);
    for (const row of page) if (!(await verifier.push(row as StoredRecord))) return;
    if (page.length < pageSize) return;
    after = page[page.length - 1].seq;
  }
}

export type VerifyResult = ChainReport;

/**
 * Walks the whole chain and checks the anchors; names the first broken record. Without options it
 * uses the keys registered in this process and no anchors (src/server/audit/trail.ts adds them).
 */
export async function verifyAuditChain(
  db: Db,
  opts: { keyring?: AuditKeyring | null; anchors?: ValidAnchor[]; invalid?: InvalidAnchor[]; pageSize?: number } = {},
): Promise<VerifyResult> {
  const verifier = new ChainVerifier(opts.keyring ?? activeAuditKeyring(), opts.anchors ?? [], opts.invalid ?? []);
  await walkAuditChain(db, verifier, 0, opts.pageSize);
  return verifier.finish();
}
