// Appends to the audit chain inside the caller's transaction, so the action and its audit row
// commit or fail together. An advisory lock serialises appends: each row links to the last one.
import { asc, desc, gt, sql } from 'drizzle-orm';
import { chainHash, GENESIS_HASH, verifyChain, type ChainBreak, type StoredRecord } from '../domain/audit/chain.js';
import type { AuditAction, AuditOutcome } from '../domain/audit/events.js';
import type { Db, Tx } from './client.js';
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

export async function appendAudit(tx: Tx, input: AuditInput, now: Date): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`);
  const [last] = await tx.select({ hash: auditEvents.hash }).from(auditEvents).orderBy(desc(auditEvents.seq)).limit(1);
  const seqRow = await tx.execute(sql`SELECT nextval(pg_get_serial_sequence('audit_events', 'seq')) AS seq`);
  const seq = Number(rowsOf<{ seq: string }>(seqRow)[0].seq);
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
  await tx.insert(auditEvents).values({ ...record, prevHash, hash: chainHash(prevHash, record) });
}

/** node-postgres returns {rows}, PGlite returns {rows} too, but typed differently. */
export function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}

export interface VerifyResult {
  ok: boolean;
  checked: number;
  lastSeq: number | null;
  headHash: string;
  firstBroken: (ChainBreak & { at?: string; action?: string }) | null;
}

/** Walks the whole chain in pages (constant memory) and names the first broken record. */
export async function verifyAuditChain(db: Db, pageSize = 2000): Promise<VerifyResult> {
  let prev = GENESIS_HASH;
  let afterSeq = 0;
  let checked = 0;
  for (;;) {
    const page = await db
      .select()
      .from(auditEvents)
      .where(gt(auditEvents.seq, afterSeq))
      .orderBy(asc(auditEvents.seq))
      .limit(pageSize);
    if (page.length === 0) break;
    const broken = verifyChain(page as StoredRecord[], prev);
    if (broken) {
      const row = page.find((r) => r.seq === broken.seq);
      return {
        ok: false,
        checked: checked + page.findIndex((r) => r.seq === broken.seq),
        lastSeq: afterSeq || null,
        headHash: prev,
        firstBroken: { ...broken, at: row?.at.toISOString(), action: row?.action },
      };
    }
    checked += page.length;
    prev = page[page.length - 1].hash;
    afterSeq = page[page.length - 1].seq;
  }
  return { ok: true, checked, lastSeq: afterSeq || null, headHash: prev, firstBroken: null };
}
