// The audit trail's key and anchors for one server or one CLI run (issue 11 finding 1; docs/security.md
// 安全审计). Loads the audit key and registers it for appendAudit; anchors the chain's head — every N
// rows or M minutes (startAnchoring), at every verification and every export — to the anchor log
// (AUDIT_ANCHOR_FILE) outside the database; verifies the chain against every anchor.
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../../db/client.js';
import { auditHead, auditRowAt, installAuditKeyring, verifyAuditChain, walkAuditChain } from '../../db/audit-repo.js';
import {
  type AnchorEntry,
  type AuditAnchor,
  checkAnchorMac,
  parseAnchor,
  parseAnchorLog,
  signAnchor,
} from '../../domain/audit/anchor.js';
import type { AuditKeyring } from '../../domain/audit/signer.js';
import { ChainVerifier, type ChainReport, type InvalidAnchor, type ValidAnchor } from '../../domain/audit/verify.js';
import type { Config } from '../config.js';
import type { Clock } from '../platform/clock.js';
import { loadAuditKeys, type LoadedAuditKeys } from './keys.js';

export type VerifyReport = ChainReport & { anchored: AuditAnchor | null };

/** The rows since the last anchor do not hold: nothing is anchored (an anchor would bless a rewrite). */
export class AuditChainBrokenError extends Error {
  constructor(readonly report: ChainReport) {
    super(report.firstBroken?.message ?? '审计日志完整性被破坏 (audit chain broken)');
  }
}

export interface AuditTrail {
  readonly keyring: AuditKeyring;
  readonly keySource: LoadedAuditKeys['source'];
  readonly anchorFile: string;
  /** Banner lines (Chinese, then English) about where the key and the anchors are kept. */
  readonly warnings: string[];
  /** Called with every anchor appended (the server logs it: one more copy outside the database). */
  onAnchor: (anchor: AuditAnchor) => void;
  /** The anchor log and anchors handed in (the audit admin's exports), each MAC checked. */
  readAnchors(exports?: unknown[]): Promise<{ valid: ValidAnchor[]; invalid: InvalidAnchor[] }>;
  /** Walks the whole chain against every anchor; when intact, anchors the head (unless `anchor` is false). */
  verify(db: Db, now: Date, opts?: { exports?: unknown[]; anchor?: boolean }): Promise<VerifyReport>;
  /** Checks the rows since the last anchor and anchors the head; AuditChainBrokenError when they do not hold. */
  anchorHead(db: Db, now: Date): Promise<AuditAnchor | null>;
  /**
   * Anchors the head when it is N rows past the last anchor, or moved and the last anchor is M minutes
   * old — or, `isClosing`, whenever it moved.
   */
  anchorIfDue(db: Db, now: Date, isClosing?: boolean): Promise<AuditAnchor | null>;
}

const trails = new WeakMap<object, AuditTrail>();

/** One trail per configuration: main.ts opens it before the seed, the audit routes find the same one. */
export function openAuditTrail(config: Config): AuditTrail {
  const known = trails.get(config);
  if (known) return known;
  const trail = createTrail(config);
  trails.set(config, trail);
  return trail;
}

function createTrail(config: Config): AuditTrail {
  const keys = loadAuditKeys(config);
  installAuditKeyring(keys.keyring);
  const { anchorFile, anchorEveryRows, anchorEveryMinutes } = config.audit;
  const warnings = [...keys.warnings];
  if (isInside(config.dataDir, anchorFile))
    warnings.push(
      `审计锚点日志在数据目录内（${anchorFile}），与数据库一起被复制或改写：仅供演示和开发；生产环境请设置 AUDIT_ANCHOR_FILE`,
      `The audit anchor log is inside DATA_DIR (${anchorFile}): demo/development only; in production set AUDIT_ANCHOR_FILE`,
    );
  const keyring = keys.keyring;
  let last: AuditAnchor | null | undefined;

  async function readEntries(exports: unknown[] = []): Promise<AnchorEntry[]> {
    let text = '';
    try {
      text = await fs.promises.readFile(anchorFile, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
    const handedIn: AnchorEntry[] = exports.map((x, i) => ({ source: 'export', line: i + 1, anchor: parseAnchor(x) }));
    return [...parseAnchorLog(text), ...handedIn];
  }

  async function readAnchors(exports?: unknown[]) {
    const valid: ValidAnchor[] = [];
    const invalid: InvalidAnchor[] = [];
    for (const e of await readEntries(exports)) {
      if (!e.anchor) {
        invalid.push({ source: e.source, line: e.line, anchor: null, why: 'unreadable' });
        continue;
      }
      const check = await checkAnchorMac(keyring, e.anchor);
      if (check === 'ok') valid.push({ source: e.source, line: e.line, anchor: e.anchor });
      else invalid.push({ source: e.source, line: e.line, anchor: e.anchor, why: check });
    }
    return { valid, invalid };
  }

  /** The newest valid anchor of the log (read once, then kept as this process appends). */
  async function lastAnchor(): Promise<AuditAnchor | null> {
    if (last === undefined) {
      const { valid } = await readAnchors();
      last = valid.reduce<AuditAnchor | null>((m, a) => (!m || a.anchor.seq >= m.seq ? a.anchor : m), null);
    }
    return last;
  }

  async function append(anchor: AuditAnchor): Promise<AuditAnchor> {
    await fs.promises.mkdir(path.dirname(anchorFile), { recursive: true, mode: 0o700 });
    await fs.promises.appendFile(anchorFile, `${JSON.stringify(anchor)}\n`, { mode: 0o600 });
    if (!last || anchor.seq >= last.seq) last = anchor;
    trail.onAnchor(anchor);
    return anchor;
  }

  const trail: AuditTrail = {
    keyring,
    keySource: keys.source,
    anchorFile,
    warnings,
    onAnchor: () => undefined,
    readAnchors,

    async verify(db, now, opts = {}) {
      const { valid, invalid } = await readAnchors(opts.exports);
      const report = await verifyAuditChain(db, { keyring, anchors: valid, invalid });
      let anchored: AuditAnchor | null = null;
      if (report.ok && report.lastSeq !== null && report.headAt && opts.anchor !== false) {
        const from = [report.firstKeyedSeq, ...valid.map((a) => a.anchor.keyedFrom)].filter((s) => s !== null);
        const head = { seq: report.lastSeq, hash: report.headHash, at: new Date(report.headAt) };
        anchored = await append(await signAnchor(keyring.current, head, from.length ? Math.min(...from) : null, now));
      }
      return { ...report, anchored };
    },

    async anchorHead(db, now) {
      const prior = await lastAnchor();
      const row = prior ? await auditRowAt(db, prior.seq) : null;
      if (prior && row?.hash !== prior.hash) {
        // The last anchored row is gone or changed: the full walk names what happened.
        const report = await verifyAuditChain(db, { keyring, ...(await readAnchors()) });
        throw new AuditChainBrokenError(report);
      }
      const start = prior ? { prev: prior.hash, afterSeq: prior.seq, hasKeyed: prior.keyedFrom !== null } : undefined;
      const verifier = new ChainVerifier(keyring, [], [], start);
      await walkAuditChain(db, verifier, prior?.seq ?? 0);
      const report = verifier.finish();
      if (!report.ok) throw new AuditChainBrokenError(report);
      const head =
        report.lastSeq !== null && report.headAt
          ? { seq: report.lastSeq, hash: report.headHash, at: new Date(report.headAt) }
          : prior && { seq: prior.seq, hash: prior.hash, at: new Date(prior.at) };
      if (!head) return null;
      const keyedFrom = prior?.keyedFrom ?? report.firstKeyedSeq;
      return append(await signAnchor(keyring.current, head, keyedFrom, now));
    },

    async anchorIfDue(db, now, isClosing = false) {
      const head = await auditHead(db);
      if (!head) return null;
      const prior = await lastAnchor();
      const isDue =
        !prior ||
        (isClosing && head.seq !== prior.seq) ||
        head.seq - prior.seq >= anchorEveryRows ||
        (head.seq !== prior.seq && now.getTime() - Date.parse(prior.anchoredAt) >= anchorEveryMinutes * 60_000);
      return isDue ? trail.anchorHead(db, now) : null;
    },
  };
  return trail;
}

function isInside(dir: string, file: string): boolean {
  const rel = path.relative(dir, file);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

interface AnchorLogger {
  error(obj: object, msg: string): void;
}

/**
 * Checks every 30 s whether an anchor is due, and anchors once more when the server closes. A broken
 * chain is logged as an error (once per distinct problem) and never anchored.
 */
export function startAnchoring(trail: AuditTrail, db: Db, clock: Clock, log: AnchorLogger): () => Promise<void> {
  let running: Promise<unknown> | null = null;
  let lastProblem = '';
  const run = (fn: () => Promise<unknown>) => {
    running ??= fn()
      .catch((err: unknown) => {
        const message = err instanceof Error ? err.message : String(err);
        if (message !== lastProblem) log.error({ err }, `audit chain not anchored: ${message}`);
        lastProblem = message;
      })
      .finally(() => {
        running = null;
      });
    return running;
  };
  const timer = setInterval(() => void run(() => trail.anchorIfDue(db, clock.now())), 30_000);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
    await run(() => trail.anchorIfDue(db, clock.now(), true));
  };
}
