// The deadline-day surge (issue 12): many declarants finishing their declarations at once — create,
// upload the four required materials, read the version, submit — from many concurrent clients,
// against one or several app instances. Every POST carries an Idempotency-Key and is retried with
// the same key after a timeout or a 5xx, as the web client does, so a lost answer never makes a
// second project. Then checkSurge() asks the database: none lost, none doubled, every one submitted
// with its four materials, the year's codes gap-free, the audit chain verifying.
//
// Used by scripts/bench-scale.ts (BENCH_SURGE, clients in a child process: `node --import tsx
// scripts/surge.ts` reads SURGE_OPTIONS and prints the result as JSON) and by tests/api/scale-out.test.ts
// (in-process, two instances on one PostgreSQL).
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import type { Db } from '../src/db/client.js';
import { rowsOf, verifyAuditChain } from '../src/db/audit-repo.js';
import { projectCode } from '../src/db/project-code-repo.js';
import { MATERIALS, tinyPdf, validProject } from '../tests/helpers/projects.js';

export interface SurgeOptions {
  /** API bases (http://host:port/api/v1); the requests of one declaration go round the instances. */
  bases: string[];
  /** Bearer tokens of declarant accounts, shared by the clients. */
  tokens: string[];
  callId: string;
  planYear: number;
  declarations: number;
  clients: number;
  /** Names are `${prefix}-${i}`: how checkSurge finds them. */
  prefix: string;
  /** One request's timeout before it is retried with the same key (default 60 s). */
  timeoutMs?: number;
  /** Tries per request (default 6). */
  tries?: number;
}

export interface SurgeResult {
  ms: number;
  done: number;
  failed: { i: number; error: string }[];
  /** Requests sent again after a timeout, a 5xx or a key still in progress. */
  retries: number;
  /** Answers the server replayed from an Idempotency-Key. */
  replayed: number;
  /** Declarations completed within the first 60 s. */
  doneAt60s: number;
  /** One declaration, create to submit. */
  p50: number;
  p99: number;
  /** Requests per second over the whole surge. */
  rps: number;
}

interface Answer {
  status: number;
  body: Record<string, unknown>;
  replayed: boolean;
}

const quantile = (xs: number[], q: number) => {
  if (!xs.length) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};

export async function runSurge(o: SurgeOptions): Promise<SurgeResult> {
  const timeoutMs = o.timeoutMs ?? 60_000;
  const tries = o.tries ?? 6;
  let retries = 0;
  let replayed = 0;
  let requests = 0;

  async function send(
    base: string,
    token: string,
    method: 'GET' | 'POST',
    path: string,
    body?: () => FormData | Record<string, unknown>,
  ): Promise<Answer> {
    const key = method === 'POST' ? randomUUID() : undefined;
    let last = '';
    for (let attempt = 0; attempt < tries; attempt++) {
      if (attempt) {
        retries++;
        await new Promise((r) => setTimeout(r, Math.min(5000, 250 * 2 ** attempt)));
      }
      const headers: Record<string, string> = { authorization: `Bearer ${token}` };
      if (key) headers['idempotency-key'] = key;
      const payload = body?.();
      let data: BodyInit | undefined;
      if (payload instanceof FormData) data = payload;
      else if (payload) {
        headers['content-type'] = 'application/json';
        data = JSON.stringify(payload);
      }
      try {
        requests++;
        const res = await fetch(base + path, { method, headers, body: data, signal: AbortSignal.timeout(timeoutMs) });
        const text = await res.text();
        const parsed = (text ? JSON.parse(text) : {}) as Record<string, unknown>;
        if (res.status >= 500 || parsed.code === 'IDEMPOTENCY_KEY_IN_PROGRESS') {
          last = `${res.status} ${String(parsed.code ?? '')}`;
          continue;
        }
        const wasReplayed = res.headers.get('idempotent-replayed') === 'true';
        if (wasReplayed) replayed++;
        return { status: res.status, body: parsed, replayed: wasReplayed };
      } catch (err) {
        last = (err as Error).name === 'TimeoutError' ? 'timeout' : String(err);
      }
    }
    throw new Error(`${method} ${path}: gave up after ${tries} tries (${last})`);
  }

  const pdfs = new Map(MATERIALS.map((t) => [t, tinyPdf(t)]));
  async function declare(i: number): Promise<void> {
    const token = o.tokens[i % o.tokens.length];
    let hop = i;
    const base = () => o.bases[hop++ % o.bases.length];
    const expect = (a: Answer, status: number, what: string) => {
      if (a.status !== status) throw new Error(`${what}: ${a.status} ${JSON.stringify(a.body).slice(0, 300)}`);
      return a.body;
    };
    const created = expect(
      await send(base(), token, 'POST', '/projects', () => ({
        callId: o.callId,
        ...validProject(`${o.prefix}-${i}`, undefined, o.planYear),
      })),
      201,
      'create',
    );
    const id = String(created.id);
    for (const t of MATERIALS) {
      const up = await send(base(), token, 'POST', `/projects/${id}/documents`, () => {
        const fd = new FormData();
        fd.append('docType', t);
        fd.append('file', new Blob([pdfs.get(t)!], { type: 'application/pdf' }), `${t}.pdf`);
        return fd;
      });
      expect(up, 201, `upload ${t}`);
    }
    const current = expect(await send(base(), token, 'GET', `/projects/${id}`), 200, 'read');
    expect(
      await send(base(), token, 'POST', `/projects/${id}/submit`, () => ({ version: current.version })),
      200,
      'submit',
    );
  }

  const t0 = performance.now();
  const took: number[] = [];
  const failed: SurgeResult['failed'] = [];
  let next = 0;
  let doneAt60s = 0;
  await Promise.all(
    Array.from({ length: Math.min(o.clients, o.declarations) }, async () => {
      for (;;) {
        const i = next++;
        if (i >= o.declarations) return;
        const s = performance.now();
        try {
          await declare(i);
          took.push(performance.now() - s);
          if (performance.now() - t0 <= 60_000) doneAt60s++;
        } catch (err) {
          failed.push({ i, error: (err as Error).message });
        }
      }
    }),
  );
  const ms = performance.now() - t0;
  return {
    ms,
    done: took.length,
    failed,
    retries,
    replayed,
    doneAt60s,
    p50: quantile(took, 0.5),
    p99: quantile(took, 0.99),
    rps: requests / (ms / 1000),
  };
}

export interface SurgeCheck {
  projects: number;
  lost: number;
  doubled: number;
  notSubmitted: number;
  /** Projects without exactly one current document of each of the four materials. */
  materialsWrong: number;
  /** Codes of the year from the counter before the surge (or 1) to the counter after: missing or given twice. */
  codesMissing: number;
  codesDoubled: number;
  lastNumber: number;
  auditOk: boolean;
  auditRows: number;
  auditMs: number;
  ok: boolean;
}

/** What the database says after the surge (PostgreSQL or PGlite, through the app's own handle). */
export async function checkSurge(
  db: Db,
  o: { prefix: string; declarations: number; planYear: number; counterBefore?: number },
): Promise<SurgeCheck> {
  const q = async <T>(s: ReturnType<typeof sql>) => rowsOf<T>(await db.execute(s));
  const like = `${o.prefix}-%`;
  const [counts] = await q<{ n: number; names: number; not_submitted: number }>(sql`
    SELECT count(*)::int AS n, count(DISTINCT name)::int AS names,
      count(*) FILTER (WHERE stage NOT IN ('submitted', 'sector_review'))::int AS not_submitted
    FROM projects WHERE name LIKE ${like}`);
  const [materials] = await q<{ wrong: number }>(sql`
    SELECT count(*)::int AS wrong FROM projects p WHERE p.name LIKE ${like} AND (
      SELECT count(*) FROM documents d WHERE d.owner_type = 'project' AND d.owner_id = p.id
        AND d.doc_type IN (${sql.join(
          MATERIALS.map((m) => sql`${m}`),
          sql`, `,
        )})) <> ${MATERIALS.length}`);
  const [counter] = await q<{ last_number: number }>(
    sql`SELECT last_number FROM project_code_counters WHERE plan_year = ${o.planYear}`,
  );
  const last = counter?.last_number ?? 0;
  // The numbers given since `counterBefore` (the counter before the surge; 0: the whole year), each
  // exactly once, whatever their width (a year past 9,999 has five digits).
  const from = o.counterBefore ?? 0;
  const expected = Array.from({ length: Math.max(0, last - from) }, (_, i) => projectCode(o.planYear, from + 1 + i));
  const codes = await q<{ code: string; n: number }>(sql`
    SELECT code, count(*)::int AS n FROM projects WHERE code = ANY(${`{${expected.join(',')}}`}::text[]) GROUP BY code`);
  const given = new Map(codes.map((c) => [c.code, c.n]));
  const codesMissing = expected.filter((c) => !given.has(c)).length;
  // Given twice (the unique index forbids it), or a surge project numbered outside the range.
  const [outside] = await q<{ n: number }>(sql`
    SELECT count(*)::int AS n FROM projects WHERE name LIKE ${like} AND NOT (code = ANY(${`{${expected.join(',')}}`}::text[]))`);
  const codesDoubled = codes.filter((c) => c.n > 1).length + outside.n;
  const t = performance.now();
  const audit = await verifyAuditChain(db);
  const auditMs = performance.now() - t;
  const names = counts.names;
  const check = {
    projects: counts.n,
    lost: o.declarations - names,
    doubled: counts.n - names,
    notSubmitted: counts.not_submitted,
    materialsWrong: materials.wrong,
    codesMissing,
    codesDoubled,
    lastNumber: last,
    auditOk: audit.ok,
    auditRows: audit.checked,
    auditMs,
  };
  return {
    ...check,
    ok:
      check.lost === 0 &&
      check.doubled === 0 &&
      check.notSubmitted === 0 &&
      check.materialsWrong === 0 &&
      codesMissing === 0 &&
      codesDoubled === 0 &&
      audit.ok,
  };
}

// Child-process mode: the clients run apart from the server's event loop (bench-scale.ts).
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const options = JSON.parse(process.env.SURGE_OPTIONS ?? '{}') as SurgeOptions;
  runSurge(options).then(
    (r) => {
      process.stdout.write(`${JSON.stringify(r)}\n`);
    },
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
}
