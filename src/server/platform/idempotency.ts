// Safe retries (issue 12): a POST that carries an `Idempotency-Key` header is done once per person
// and key. The first request claims the key (a row in idempotency_keys, inserted before the handler
// runs), and its answer — status, body, content-type/ETag/Location — is stored when it is sent. A retry
// with the same key gets that answer again (`Idempotent-Replayed: true`) without running the handler;
// a retry that arrives while the first is still running waits for it; the same key with another
// request (method, path or body) is refused with 422. Works the same across app instances (the claim
// is a primary key in the shared database) and on the embedded database.
//
// What is remembered: answers below 500 except 408/429 (those are worth retrying for real), JSON or
// text up to RESPONSE_LIMIT bytes. A 5xx, a stream or a larger answer releases the key, so a retry runs
// again. Keys live IDEMPOTENCY_TTL_HOURS (24 h), then are swept. A claim whose request never finished
// (the process died) is taken over after STALE_CLAIM_MS.
import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { and, eq, isNull, lt, or, sql } from 'drizzle-orm';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { idempotencyKeys } from '../../db/schema.js';
import { AppError } from '../errors.js';
import type { Services } from '../services.js';

export const IDEMPOTENCY_HEADER = 'idempotency-key';
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;
/** The largest answer kept for replay. */
const RESPONSE_LIMIT = 1024 * 1024;
/** A retry that finds the first request still running waits this long for its answer, then gets 409. */
const WAIT_FOR_FIRST_MS = 15_000;
const POLL_MS = 100;
/** A claim older than the longest a request may take (app.ts REQUEST_TIMEOUT_MS) belongs to a request that died. */
const STALE_CLAIM_MS = 15 * 60_000;
const SWEEP_EVERY_MS = 60 * 60_000;
/** Headers of the first answer that a replay repeats. */
const KEPT_HEADERS = ['content-type', 'etag', 'location'] as const;

declare module 'fastify' {
  interface FastifyRequest {
    /** Set when this request claimed an Idempotency-Key: its answer is stored when sent. */
    idempotencyClaim: { userId: string; key: string } | null;
  }
}

type Row = typeof idempotencyKeys.$inferSelect;

/** SHA-256 of what makes two requests the same: method, path with query, and the body. */
export function requestFingerprint(req: FastifyRequest): string {
  const h = createHash('sha256');
  h.update(`${req.method} ${req.url}\n`);
  const type = String(req.headers['content-type'] ?? '');
  // A multipart upload is read by its handler, after this hook: its length stands for its body (the
  // boundary a client generates has a fixed length, so a retry of the same file has the same length).
  if (type.startsWith('multipart/')) h.update(`multipart ${req.headers['content-length'] ?? '?'}`);
  else h.update(JSON.stringify(req.body ?? null));
  return h.digest('hex');
}

const reused = () =>
  new AppError(422, 'IDEMPOTENCY_KEY_REUSED', '该幂等键已用于另一个请求：请为新的请求生成新的幂等键', {
    messageEn: 'This Idempotency-Key was used for a different request; use a new key for a new request',
    field: 'Idempotency-Key',
  });
const inProgress = () =>
  new AppError(409, 'IDEMPOTENCY_KEY_IN_PROGRESS', '使用该幂等键的请求仍在处理中，请稍后重试', {
    messageEn: 'A request with this Idempotency-Key is still being processed; retry shortly',
    field: 'Idempotency-Key',
  });

function isStorable(status: number): boolean {
  return status < 500 && status !== 408 && status !== 429;
}

function replay(reply: FastifyReply, row: Row): FastifyReply {
  reply.status(row.status ?? 200);
  for (const [k, v] of Object.entries(row.responseHeaders ?? {})) reply.header(k, v);
  reply.header('idempotent-replayed', 'true');
  return reply.send(row.responseBody ?? '');
}

export function installIdempotency(app: FastifyInstance, services: Services): void {
  const { db, config } = services;
  const ttlMs = config.idempotencyTtlHours * 3600_000;
  app.decorateRequest('idempotencyClaim', null);

  const claim = async (req: FastifyRequest, userId: string, key: string, fingerprint: string) => {
    const now = req.now;
    const values = {
      userId,
      key,
      method: req.method,
      path: req.url,
      fingerprint,
      status: null,
      responseHeaders: null,
      responseBody: null,
      createdAt: now,
      expiresAt: new Date(now.getTime() + ttlMs),
    };
    const inserted = await db
      .insert(idempotencyKeys)
      .values(values)
      .onConflictDoNothing()
      .returning({ key: idempotencyKeys.key });
    if (inserted.length) return true;
    // Taken: an expired key, or a claim whose request died, may be claimed again (one winner: the WHERE re-checks).
    const taken = await db
      .update(idempotencyKeys)
      .set(values)
      .where(
        and(
          eq(idempotencyKeys.userId, userId),
          eq(idempotencyKeys.key, key),
          or(
            lt(idempotencyKeys.expiresAt, now),
            and(
              isNull(idempotencyKeys.status),
              lt(idempotencyKeys.createdAt, new Date(now.getTime() - STALE_CLAIM_MS)),
            ),
          ),
        ),
      )
      .returning({ key: idempotencyKeys.key });
    return taken.length > 0;
  };

  const find = async (userId: string, key: string): Promise<Row | undefined> => {
    const [row] = await db
      .select()
      .from(idempotencyKeys)
      .where(and(eq(idempotencyKeys.userId, userId), eq(idempotencyKeys.key, key)));
    return row;
  };

  // After authentication (onRequest) and validation: an invalid request never claims a key.
  app.addHook('preHandler', async (req, reply) => {
    if (req.method !== 'POST' || !req.url.startsWith('/api/v1/')) return;
    const header = req.headers[IDEMPOTENCY_HEADER];
    if (header === undefined) return;
    const key = Array.isArray(header) ? header[0] : header;
    if (!KEY_PATTERN.test(key))
      throw new AppError(400, 'IDEMPOTENCY_KEY_INVALID', '幂等键须为 1–255 个可见 ASCII 字符', {
        messageEn: 'Idempotency-Key must be 1–255 visible ASCII characters',
        field: 'Idempotency-Key',
      });
    const userId = req.auth?.user.id;
    if (!userId) return; // Not signed in: the handler refuses (or signs in); nothing to repeat.
    const fingerprint = requestFingerprint(req);
    if (await claim(req, userId, key, fingerprint)) {
      req.idempotencyClaim = { userId, key };
      return;
    }
    // How long this process polls is measured on its monotonic clock, not business time.
    const deadline = performance.now() + WAIT_FOR_FIRST_MS;
    for (;;) {
      const row = await find(userId, key);
      if (!row) {
        // The first request released the key (it failed with a 5xx): this one runs.
        if (await claim(req, userId, key, fingerprint)) {
          req.idempotencyClaim = { userId, key };
          return;
        }
        continue;
      }
      if (row.fingerprint !== fingerprint) throw reused();
      if (row.status !== null) return replay(reply, row);
      if (performance.now() > deadline) {
        reply.header('retry-after', '1');
        throw inProgress();
      }
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
  });

  // The answer of the request that claimed the key is stored before it leaves (a retry that comes
  // right after the answer finds it).
  app.addHook('onSend', async (req, reply, payload) => {
    const owned = req.idempotencyClaim;
    if (!owned) return payload;
    req.idempotencyClaim = null;
    const where = and(eq(idempotencyKeys.userId, owned.userId), eq(idempotencyKeys.key, owned.key));
    const body = typeof payload === 'string' ? payload : Buffer.isBuffer(payload) ? payload.toString('utf8') : null;
    const type = String(reply.getHeader('content-type') ?? '');
    const keep =
      isStorable(reply.statusCode) &&
      body !== null &&
      Buffer.byteLength(body) <= RESPONSE_LIMIT &&
      (type === '' || type.includes('json') || type.startsWith('text/'));
    try {
      if (!keep) {
        await db.delete(idempotencyKeys).where(where);
        return payload;
      }
      const headers: Record<string, string> = {};
      for (const h of KEPT_HEADERS) {
        const v = reply.getHeader(h);
        if (v !== undefined) headers[h] = String(v);
      }
      await db
        .update(idempotencyKeys)
        .set({ status: reply.statusCode, responseHeaders: headers, responseBody: body })
        .where(where);
    } catch (err) {
      req.log.error({ err }, 'idempotency: could not store the answer');
    }
    return payload;
  });

  // A claim whose answer never went out (the connection broke before the send) is released.
  app.addHook('onResponse', async (req) => {
    const owned = req.idempotencyClaim;
    if (!owned) return;
    req.idempotencyClaim = null;
    await db
      .delete(idempotencyKeys)
      .where(and(eq(idempotencyKeys.userId, owned.userId), eq(idempotencyKeys.key, owned.key)))
      .catch((err: unknown) => req.log.error({ err }, 'idempotency: could not release a key'));
  });

  // Expired keys are swept every hour (any instance may do it: a DELETE by expiry is safe to repeat).
  const sweep = setInterval(() => {
    db.delete(idempotencyKeys)
      .where(lt(idempotencyKeys.expiresAt, services.clock.now()))
      .catch((err: unknown) => app.log.error({ err }, 'idempotency sweep failed'));
  }, SWEEP_EVERY_MS);
  sweep.unref();
  app.addHook('onClose', async () => clearInterval(sweep));
}

/** For tests and tools: how many keys are stored. */
export async function countIdempotencyKeys(db: Services['db']): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(idempotencyKeys);
  return row?.n ?? 0;
}
