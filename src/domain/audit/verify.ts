// Verifying the audit trail (等保 安全审计 c; issue 11 finding 1): walk the rows in seq order, check each
// link (keyed rows with the audit key, rows from before keying with plain SM3), and check that every
// anchored (seq, hash) is still there and equal. Names the first broken row in Chinese and English.
// Pure: the rows and the anchors are handed in (src/db/audit-repo.ts pages them from the database).
import type { AuditAnchor, AnchorSource } from './anchor.js';
import { chainHash, GENESIS_HASH, keyedHash, type StoredRecord } from './chain.js';
import { type AuditKeyring, isSameMac } from './signer.js';

export type ChainBreakReason =
  /** An unkeyed row's content does not match its SM3 hash: the row was altered. */
  | 'hash_mismatch'
  /** A row does not link to the one before it: a row before it was deleted, inserted or moved. */
  | 'prev_mismatch'
  /** A keyed row's HMAC-SM3 does not match: altered, or re-linked by someone without the key. */
  | 'mac_mismatch'
  /** A row names a key this verifier does not hold (not configured, or forged). */
  | 'unknown_key'
  /** An unkeyed row where rows are keyed: a rewrite in the old, keyless scheme (a downgrade). */
  | 'unkeyed_after_keyed';

export type AnchorProblemReason =
  /** The chain ends before an anchored row: the newest rows were deleted. */
  | 'anchor_truncated'
  /** An anchored row is gone while later rows exist. */
  | 'anchor_missing'
  /** An anchored row has another hash now: rows up to it were rewritten and re-linked. */
  | 'anchor_mismatch'
  /** An anchor whose own MAC does not hold, names an unknown key, or cannot be read. */
  | 'anchor_invalid';

export interface AuditProblem {
  /** The row (or, for anchor_invalid, the seq the anchor claims; null if unreadable). */
  seq: number | null;
  reason: ChainBreakReason | AnchorProblemReason;
  /** What the verifier expected and found (never a MAC it computed: that would be a forging oracle). */
  expected: string | null;
  found: string | null;
  /** The row's instant and action when the row is there (for a deleted row: the anchor's instant). */
  at: string | null;
  action: string | null;
  message: string;
  messageEn: string;
  /** The anchor that caught it. */
  anchor?: { seq: number; anchoredAt: string } & AnchorSource;
  /** For an anchor problem: the highest anchored row still intact before it (the change is after it). */
  intactUpTo?: number | null;
}

export interface ChainReport {
  ok: boolean;
  /** Rows whose link holds (all of them when ok; those before the first chain break otherwise). */
  checked: number;
  lastSeq: number | null;
  headHash: string;
  headAt: string | null;
  keyed: number;
  unkeyed: number;
  firstKeyedSeq: number | null;
  anchors: {
    valid: number;
    matched: number;
    invalid: number;
    last: { seq: number; hash: string; anchoredAt: string } | null;
  };
  firstBroken: AuditProblem | null;
  /** Every problem found (at most 20), the first broken row first. */
  problems: AuditProblem[];
}

export type ValidAnchor = AnchorSource & { anchor: AuditAnchor };
export type InvalidAnchor = AnchorSource & {
  anchor: AuditAnchor | null;
  why: 'mac_mismatch' | 'unknown_key' | 'unreadable';
};

/** Where a walk starts: at genesis, or after an anchored row already checked (incremental). */
export interface WalkStart {
  prev: string;
  afterSeq: number;
  hasKeyed: boolean;
}

const GENESIS_START: WalkStart = { prev: GENESIS_HASH, afterSeq: 0, hasKeyed: false };

const iso = (d: Date) => d.toISOString();

export class ChainVerifier {
  private prev: string;
  private hasKeyed: boolean;
  private readonly afterSeq: number;
  private readonly keyedFrom: number | null;
  private readonly bySeq = new Map<number, ValidAnchor[]>();
  private readonly seen = new Set<ValidAnchor>();
  private readonly anchorProblems: AuditProblem[] = [];
  private broken: AuditProblem | null = null;
  private intactUpTo: number | null = null;
  /** Anchored seqs found equal, in walking order. */
  private readonly intact: number[] = [];
  checked = 0;
  keyed = 0;
  unkeyed = 0;
  lastSeq: number | null = null;
  headAt: Date | null = null;
  firstKeyedSeq: number | null = null;

  constructor(
    private readonly keyring: AuditKeyring | null,
    private readonly anchors: ValidAnchor[] = [],
    private readonly invalid: InvalidAnchor[] = [],
    start: WalkStart = GENESIS_START,
  ) {
    this.prev = start.prev;
    this.hasKeyed = start.hasKeyed;
    this.afterSeq = start.afterSeq;
    for (const a of anchors) {
      if (a.anchor.seq <= start.afterSeq) continue;
      const list = this.bySeq.get(a.anchor.seq) ?? [];
      list.push(a);
      this.bySeq.set(a.anchor.seq, list);
    }
    // From the first keyed row any anchor saw, every row must be keyed: a rewrite of the whole
    // chain in the keyless scheme is a downgrade even where no keyed row is left to compare.
    const from = anchors.map((a) => a.anchor.keyedFrom).filter((s): s is number => s !== null);
    this.keyedFrom = from.length ? Math.min(...from) : null;
  }

  get headHash(): string {
    return this.prev;
  }

  /** Feeds the next row in seq order. False once the chain is broken: feed no more. */
  async push(r: StoredRecord): Promise<boolean> {
    if (this.broken) return false;
    const problem = await this.link(r);
    if (problem) {
      this.broken = problem;
      return false;
    }
    for (const a of this.bySeq.get(r.seq) ?? []) {
      this.seen.add(a);
      if (a.anchor.hash === r.hash) {
        this.intact.push(r.seq);
        this.intactUpTo = r.seq;
      } else this.anchorProblems.push(mismatch(a, r, this.intactUpTo));
    }
    this.prev = r.hash;
    this.checked++;
    this.lastSeq = r.seq;
    this.headAt = r.at;
    return true;
  }

  private async link(r: StoredRecord): Promise<AuditProblem | null> {
    const row = { seq: r.seq, at: iso(r.at), action: r.action };
    if (r.prevHash !== this.prev) return chainBreak(row, 'prev_mismatch', this.prev, r.prevHash);
    if (r.keyId) {
      const signer = this.keyring?.find(r.keyId);
      if (!signer) return chainBreak(row, 'unknown_key', this.keyring?.current.keyId ?? null, r.keyId);
      // The MAC this verifier computed is never reported: it would let a tamperer forge the row.
      if (!isSameMac(await keyedHash(signer, this.prev, r), r.hash))
        return chainBreak(row, 'mac_mismatch', null, r.hash);
      this.keyed++;
      this.firstKeyedSeq ??= r.seq;
      this.hasKeyed = true;
      return null;
    }
    if (this.hasKeyed || (this.keyedFrom !== null && r.seq >= this.keyedFrom))
      return chainBreak(row, 'unkeyed_after_keyed', this.keyring?.current.keyId ?? 'hmac-sm3', 'sm3');
    const h = chainHash(this.prev, r);
    if (h !== r.hash) return chainBreak(row, 'hash_mismatch', h, r.hash);
    this.unkeyed++;
    return null;
  }

  finish(): ChainReport {
    const problems = [...this.anchorProblems];
    if (this.broken) problems.push(this.broken);
    const stop = this.broken?.seq ?? Number.POSITIVE_INFINITY;
    const unseen = this.anchors
      .filter((a) => a.anchor.seq > this.afterSeq && a.anchor.seq < stop && !this.seen.has(a))
      .sort((a, b) => a.anchor.seq - b.anchor.seq);
    for (const a of unseen) {
      const isBeyondHead = !this.broken && (this.lastSeq === null || a.anchor.seq > this.lastSeq);
      problems.push(isBeyondHead ? truncated(a, this.lastSeq) : missing(a, this.lastIntactBefore(a.anchor.seq)));
    }
    problems.sort((x, y) => (x.seq ?? 0) - (y.seq ?? 0));
    problems.push(...this.invalid.map(invalidAnchor));
    const last = this.anchors.reduce<ValidAnchor | null>((m, a) => (!m || a.anchor.seq > m.anchor.seq ? a : m), null);
    return {
      ok: problems.length === 0,
      checked: this.checked,
      lastSeq: this.lastSeq,
      headHash: this.prev,
      headAt: this.headAt ? iso(this.headAt) : null,
      keyed: this.keyed,
      unkeyed: this.unkeyed,
      firstKeyedSeq: this.firstKeyedSeq,
      anchors: {
        valid: this.anchors.length,
        matched: this.intact.length,
        invalid: this.invalid.length,
        last: last ? { seq: last.anchor.seq, hash: last.anchor.hash, anchoredAt: last.anchor.anchoredAt } : null,
      },
      firstBroken: problems[0] ?? null,
      problems: problems.slice(0, 20),
    };
  }

  /** The highest anchored seq below `seq` that matched (for "changed after #…"). */
  private lastIntactBefore(seq: number): number | null {
    return this.intact.filter((s) => s < seq).at(-1) ?? null;
  }
}

const CHAIN_TEXT: Record<ChainBreakReason, (seq: number) => [string, string]> = {
  hash_mismatch: (s) => [
    `记录 #${s} 的内容与其 SM3 哈希不符（记录被修改）`,
    `record #${s} does not match its SM3 hash (altered)`,
  ],
  prev_mismatch: (s) => [
    `记录 #${s} 与前一条记录的链接不符（其前的记录被删除、插入或调换）`,
    `record #${s} does not link to the record before it (a record before it was deleted, inserted or moved)`,
  ],
  mac_mismatch: (s) => [
    `记录 #${s} 的 HMAC-SM3 校验失败（记录被修改，或在没有审计密钥的情况下被重新链接）`,
    `record #${s} fails its HMAC-SM3 check (altered, or re-linked without the audit key)`,
  ],
  unknown_key: (s) => [
    `记录 #${s} 由未知的审计密钥计算（密钥未配置，或记录被伪造）`,
    `record #${s} names an audit key that is not configured (missing key, or a forged record)`,
  ],
  unkeyed_after_keyed: (s) => [
    `记录 #${s} 没有密钥，却出现在已使用审计密钥的记录之后（按旧的无密钥方式改写）`,
    `record #${s} is unkeyed where records are keyed (rewritten in the old keyless scheme)`,
  ],
};

function chainBreak(
  row: { seq: number; at: string; action: string },
  reason: ChainBreakReason,
  expected: string | null,
  found: string | null,
): AuditProblem {
  const [message, messageEn] = CHAIN_TEXT[reason](row.seq);
  return { ...row, reason, expected, found, message, messageEn };
}

const anchorRef = (a: ValidAnchor) => ({
  seq: a.anchor.seq,
  anchoredAt: a.anchor.anchoredAt,
  source: a.source,
  line: a.line,
});

function mismatch(a: ValidAnchor, r: StoredRecord, intactUpTo: number | null): AuditProblem {
  const after = intactUpTo === null ? '' : `，改动在锚定的 #${intactUpTo} 之后`;
  const afterEn = intactUpTo === null ? '' : `; the change is after anchored #${intactUpTo}`;
  return {
    seq: r.seq,
    reason: 'anchor_mismatch',
    expected: a.anchor.hash,
    found: r.hash,
    at: iso(r.at),
    action: r.action,
    message: `记录 #${r.seq} 与锚点不一致（锚定后被改写并重新链接${after}）`,
    messageEn: `record #${r.seq} differs from its anchor (rewritten and re-linked after it was anchored${afterEn})`,
    anchor: anchorRef(a),
    intactUpTo,
  };
}

function truncated(a: ValidAnchor, lastSeq: number | null): AuditProblem {
  const tail = lastSeq === null ? '全部记录' : `#${lastSeq} 之后的记录`;
  const tailEn = lastSeq === null ? 'every record was' : `the records after #${lastSeq} were`;
  return {
    seq: a.anchor.seq,
    reason: 'anchor_truncated',
    expected: a.anchor.hash,
    found: null,
    at: a.anchor.at,
    action: null,
    message: `锚点 #${a.anchor.seq}：${tail}被删除（日志止于 #${lastSeq ?? '-'}，锚点记录的链头为 #${a.anchor.seq}）`,
    messageEn: `anchor #${a.anchor.seq}: ${tailEn} deleted (the trail ends at #${lastSeq ?? '-'}; the anchor saw #${a.anchor.seq})`,
    anchor: anchorRef(a),
    intactUpTo: lastSeq,
  };
}

function missing(a: ValidAnchor, intactUpTo: number | null): AuditProblem {
  return {
    seq: a.anchor.seq,
    reason: 'anchor_missing',
    expected: a.anchor.hash,
    found: null,
    at: a.anchor.at,
    action: null,
    message: `记录 #${a.anchor.seq} 与锚点不一致：该记录已被删除`,
    messageEn: `record #${a.anchor.seq} differs from its anchor: it was deleted`,
    anchor: anchorRef(a),
    intactUpTo,
  };
}

function invalidAnchor(a: InvalidAnchor): AuditProblem {
  const where = a.source === 'log' ? `锚点文件第 ${a.line} 行` : `提交的第 ${a.line} 个锚点`;
  const whereEn = a.source === 'log' ? `anchor log line ${a.line}` : `submitted anchor ${a.line}`;
  const [why, whyEn] =
    a.why === 'mac_mismatch'
      ? ['MAC 不符（锚点被篡改或伪造）', 'its MAC does not hold (altered or forged)']
      : a.why === 'unknown_key'
        ? ['由未知的审计密钥生成（密钥未配置）', 'was made with an audit key that is not configured']
        : ['无法读取', 'cannot be read'];
  return {
    seq: a.anchor?.seq ?? null,
    reason: 'anchor_invalid',
    expected: null,
    found: a.anchor?.hash ?? null,
    at: a.anchor?.at ?? null,
    action: null,
    message: `${where}${why}`,
    messageEn: `${whereEn} ${whyEn}`,
    ...(a.anchor
      ? { anchor: { seq: a.anchor.seq, anchoredAt: a.anchor.anchoredAt, source: a.source, line: a.line } }
      : {}),
  };
}
