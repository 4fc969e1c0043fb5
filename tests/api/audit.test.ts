// The audit trail: every action writes a record in its own transaction; the database refuses
// UPDATE/DELETE/TRUNCATE; the chain (HMAC-SM3 under the audit key, SM3 for rows from before keying)
// names the first record altered, deleted or reordered, and the anchors of its head — kept outside
// the database — catch truncation and re-linking (issue 11 finding 1).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { asc, desc, eq, gte, lt, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, organizations } from '../../src/db/schema.js';
import { appendAudit } from '../../src/db/audit-repo.js';
import { chainHash } from '../../src/domain/audit/chain.js';
import { startTestServer, type Client, type TestServer } from '../helpers/server.js';

let ts: TestServer;
let aud: Client;
beforeAll(async () => {
  ts = await startTestServer();
  aud = await ts.as('auditadmin');
});
afterAll(async () => {
  await ts?.close();
});

const db = () => ts.database.db;
const rows = () => db().select().from(auditEvents).orderBy(asc(auditEvents.seq));
/** What a tamperer with table-owner rights would do: switch the guard triggers off around a change. */
async function tamper(statement: ReturnType<typeof sql>) {
  await db().execute(sql`ALTER TABLE audit_events DISABLE TRIGGER USER`);
  try {
    await db().execute(statement);
  } finally {
    await db().execute(sql`ALTER TABLE audit_events ENABLE TRIGGER USER`);
  }
}

describe('what is recorded', () => {
  it('sign-in success and failure, with actor, organisation, outcome and source IP', async () => {
    await ts.client().post('/api/v1/auth/login', { username: 'market', password: 'Nope@1234' });
    await ts.as('market');
    const list = await aud.get('/api/v1/audit-events?actor=market');
    const actions = list.body.items.map((e: { action: string }) => e.action);
    expect(actions).toContain('auth.login');
    expect(actions).toContain('auth.login_failed');
    const ok = list.body.items.find((e: { action: string }) => e.action === 'auth.login');
    expect(ok).toMatchObject({ outcome: 'success', ip: '127.0.0.1', actionName: '登录' });
    expect(ok.actorOrgId).toBeTruthy();
    expect(ok.requestId).toBeTruthy();
  });

  it('a refused request is recorded as denied', async () => {
    const sys = await ts.as('sysadmin');
    await sys.get('/api/v1/audit-events');
    const list = await aud.get('/api/v1/audit-events?action=access.denied&actor=sysadmin');
    expect(list.body.items[0]).toMatchObject({ outcome: 'denied', targetId: 'GET /api/v1/audit-events' });
  });

  it('if the audit write fails, the action fails and nothing is half-written', async () => {
    const sys = await ts.as('sysadmin');
    // Break audit inserts for a moment (a CHECK no record can meet), then try a business write.
    await db().execute(sql`ALTER TABLE audit_events ADD CONSTRAINT audit_broken CHECK (false) NOT VALID`);
    try {
      const res = await sys.post('/api/v1/organizations', {
        code: 'town-ghost',
        name: '幽灵镇',
        roles: ['declarant'],
        kind: 'town',
      });
      expect(res.status).toBe(500);
      expect(res.body.code).toBe('INTERNAL_ERROR');
      expect(JSON.stringify(res.body)).not.toMatch(/audit_broken|stack/);
    } finally {
      await db().execute(sql`ALTER TABLE audit_events DROP CONSTRAINT audit_broken`);
    }
    const ghost = await db().select().from(organizations).where(eq(organizations.code, 'town-ghost'));
    expect(ghost).toHaveLength(0);
  });
});

describe('append-only, enforced by the database', () => {
  it('refuses UPDATE, DELETE and TRUNCATE from the application role', async () => {
    const refusal = (q: ReturnType<typeof sql>) =>
      db()
        .execute(q)
        .then(
          () => 'accepted',
          (e: Error & { cause?: Error }) => e.cause?.message ?? e.message,
        );
    expect(await refusal(sql`UPDATE audit_events SET outcome = 'success' WHERE seq = 1`)).toMatch(
      /append-only: UPDATE refused/,
    );
    expect(await refusal(sql`DELETE FROM audit_events WHERE seq = 1`)).toMatch(/append-only: DELETE refused/);
    expect(await refusal(sql`TRUNCATE audit_events`)).toMatch(/append-only: TRUNCATE refused/);
    expect((await rows())[0].seq).toBe(1);
  });
});

describe('hash chain verification', () => {
  it('an intact chain verifies from the UI/API', async () => {
    const res = await aud.post('/api/v1/audit-events/verify');
    expect(res.status).toBe(200);
    expect(res.body.ok).toBe(true);
    expect(res.body.checked).toBeGreaterThan(5);
  });

  it('catches an altered record, a deleted record and reordered records, naming the first broken one', async () => {
    for (let i = 0; i < 6; i++)
      await db().transaction((tx) =>
        appendAudit(tx, { action: 'system.seeded', outcome: 'success', detail: { i } }, ts.clock.now()),
      );
    const all = await rows();
    const [a, b, c] = all.slice(-6, -3);

    await tamper(sql`UPDATE audit_events SET actor_username = 'mallory' WHERE seq = ${b.seq}`);
    let res = await aud.post('/api/v1/audit-events/verify');
    expect(res.body).toMatchObject({ ok: false, firstBroken: { seq: b.seq, reason: 'mac_mismatch' } });
    await tamper(sql`UPDATE audit_events SET actor_username = ${b.actorUsername} WHERE seq = ${b.seq}`);
    expect((await aud.post('/api/v1/audit-events/verify')).body.ok).toBe(true);

    // Reorder: swap the contents of two rows (seq stays, so the order of events changes).
    await tamper(sql`UPDATE audit_events SET seq = -1 WHERE seq = ${a.seq}`);
    await tamper(sql`UPDATE audit_events SET seq = ${a.seq} WHERE seq = ${b.seq}`);
    await tamper(sql`UPDATE audit_events SET seq = ${b.seq} WHERE seq = -1`);
    res = await aud.post('/api/v1/audit-events/verify');
    expect(res.body.ok).toBe(false);
    expect(res.body.firstBroken.seq).toBe(a.seq);
    await tamper(sql`UPDATE audit_events SET seq = -1 WHERE seq = ${a.seq}`);
    await tamper(sql`UPDATE audit_events SET seq = ${a.seq} WHERE seq = ${b.seq}`);
    await tamper(sql`UPDATE audit_events SET seq = ${b.seq} WHERE seq = -1`);
    expect((await aud.post('/api/v1/audit-events/verify')).body.ok).toBe(true);

    await tamper(sql`DELETE FROM audit_events WHERE seq = ${b.seq}`);
    res = await aud.post('/api/v1/audit-events/verify');
    expect(res.body).toMatchObject({ ok: false, firstBroken: { seq: c.seq, reason: 'prev_mismatch' } });
  });

  it('`npm run audit:verify` checks the same chain and exits non-zero naming the broken record', () => {
    if (ts.database.kind !== 'postgres') return; // PGlite folders take one process at a time; the CLI opens its own
    // The CLI finds the server's audit key and anchor log in its DATA_DIR (a demo start).
    const run = spawnSync('npx', ['tsx', 'src/cli/audit-verify.ts'], {
      env: { ...process.env, DATABASE_URL: ts.config.databaseUrl!, DATA_DIR: ts.dataDir },
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stdout + run.stderr).toMatch(/第一条被破坏的记录|first broken record/);
    expect(run.stdout).toMatch(/prev_mismatch/);
  });

  it('`npm run audit:verify -- --help` explains the checks, the options and the exit codes', () => {
    const run = spawnSync('npx', ['tsx', 'src/cli/audit-verify.ts', '--help'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/HMAC-SM3[\s\S]*AUDIT_ANCHOR_FILE[\s\S]*--anchor[\s\S]*--no-anchor[\s\S]*0 完整/);
  });
});

// ── Keyed chain and anchors (issue 11 finding 1) ────────────────────────────────────────────────────
// Each test gets a server of its own: it leaves its chain broken on purpose. The shared test database
// is seeded without a server (tests/global-setup.ts), so its rows are unkeyed, like rows written
// before keying; every row a server writes is keyed with the key in its DATA_DIR (a demo start).

async function withServer(fn: (s: TestServer, auditor: Client) => Promise<void>) {
  const s = await startTestServer();
  try {
    await fn(s, await s.as('auditadmin'));
  } finally {
    await s.close();
  }
}

async function appendRows(s: TestServer, n: number) {
  for (let i = 0; i < n; i++)
    await s.database.db.transaction((tx) =>
      appendAudit(tx, { action: 'system.seeded', outcome: 'success', detail: { i } }, s.clock.now()),
    );
}

const auditRows = (s: TestServer) => s.database.db.select().from(auditEvents).orderBy(asc(auditEvents.seq));

/** As a table owner would: the guard triggers off around a batch of statements. */
async function tamperAll(s: TestServer, statements: ReturnType<typeof sql>[]) {
  const d = s.database.db;
  await d.execute(sql`ALTER TABLE audit_events DISABLE TRIGGER USER`);
  try {
    for (const q of statements) await d.execute(q);
  } finally {
    await d.execute(sql`ALTER TABLE audit_events ENABLE TRIGGER USER`);
  }
}

/**
 * Changes row `seq`'s actor and re-links it and every later row: with plain SM3 (the scheme before
 * keying: what anyone with the database can compute), or with the audit key taken from DATA_DIR.
 */
async function rewriteFrom(s: TestServer, seq: number, how: 'sm3' | 'audit key') {
  const d = s.database.db;
  const [before] = await d
    .select({ hash: auditEvents.hash })
    .from(auditEvents)
    .where(lt(auditEvents.seq, seq))
    .orderBy(desc(auditEvents.seq))
    .limit(1);
  const later = await d.select().from(auditEvents).where(gte(auditEvents.seq, seq)).orderBy(asc(auditEvents.seq));
  let keyed: ((prev: string, r: (typeof later)[number]) => Promise<string>) | null = null;
  if (how === 'audit key') {
    // Imported here, not above: this file must load on the code before keying, to show each test fail there.
    const { keyedHash } = await import('../../src/domain/audit/chain.js');
    const { softwareSigner } = await import('../../src/domain/audit/signer.js');
    const signer = softwareSigner(
      Buffer.from(fs.readFileSync(path.join(s.dataDir, 'audit.key'), 'utf8').trim(), 'hex'),
    );
    keyed = (prev, r) => {
      expect(r.keyId).toBe(signer.keyId);
      return keyedHash(signer, prev, r);
    };
  }
  let prev = before.hash;
  const updates: ReturnType<typeof sql>[] = [];
  for (const [i, row] of later.entries()) {
    const r = i === 0 ? { ...row, actorUsername: 'mallory' } : row;
    const hash = keyed ? await keyed(prev, r) : chainHash(prev, r);
    updates.push(
      sql`UPDATE audit_events SET actor_username = ${r.actorUsername}, prev_hash = ${prev}, hash = ${hash} WHERE seq = ${r.seq}`,
    );
    prev = hash;
  }
  await tamperAll(s, updates);
}

describe('keyed chain and anchors', () => {
  it('rows from before keying still verify; every new row is keyed (HMAC-SM3), not plain SM3', () =>
    withServer(async (s, auditor) => {
      await appendRows(s, 3);
      const res = await auditor.post('/api/v1/audit-events/verify');
      expect(res.body).toMatchObject({ ok: true, firstBroken: null });
      expect(res.body.unkeyed).toBeGreaterThan(0);
      expect(res.body.keyed).toBeGreaterThanOrEqual(3);
      const all = await auditRows(s);
      const firstKeyed = all.findIndex((r) => r.keyId);
      expect(firstKeyed).toBeGreaterThan(0);
      // Unkeyed rows only before the first keyed one, and a keyed row's hash is not SM3 of its content.
      expect(all.slice(firstKeyed).every((r) => r.keyId?.startsWith('hmac-sm3:'))).toBe(true);
      const k = all[firstKeyed];
      expect(k.hash).not.toBe(chainHash(k.prevHash, k));
      expect(all.slice(0, firstKeyed).every((r) => r.keyId === null && r.hash === chainHash(r.prevHash, r))).toBe(true);
    }));

  it('deleting the newest rows is caught against the anchor, which is kept outside the database', () =>
    withServer(async (s, auditor) => {
      await appendRows(s, 4);
      expect((await (await s.as('sysadmin')).get('/api/v1/audit-events/anchor')).status).toBe(403);
      const anchor = await auditor.get('/api/v1/audit-events/anchor');
      expect(anchor.status).toBe(200);
      expect(anchor.body).toMatchObject({
        seq: expect.any(Number),
        hash: expect.stringMatching(/^[0-9a-f]{64}$/),
        at: expect.any(String),
        mac: expect.stringMatching(/^[0-9a-f]{64}$/),
        keyId: expect.stringMatching(/^hmac-sm3:/),
      });
      const head = anchor.body.seq as number;
      const log = fs.readFileSync(path.join(s.dataDir, 'audit-anchors.log'), 'utf8').trim().split('\n');
      expect(JSON.parse(log.at(-1)!)).toEqual(anchor.body);

      await tamperAll(s, [sql`DELETE FROM audit_events WHERE seq > ${head - 3}`]);
      const left = (await auditRows(s)).at(-1)!.seq;
      const res = await auditor.post('/api/v1/audit-events/verify');
      expect(res.body).toMatchObject({ ok: false, firstBroken: { seq: head, reason: 'anchor_truncated' } });
      expect(res.body.firstBroken.message).toContain(`锚点 #${head}：#${left} 之后的记录被删除`);
      expect(res.body.anchored).toBeNull(); // a broken chain is never anchored
      // And the export refuses to anchor it.
      const refused = await auditor.get('/api/v1/audit-events/anchor');
      expect(refused.status).toBe(409);
      expect(refused.body.code).toBe('AUDIT_CHAIN_BROKEN');
    }));

  it('an old row changed and every later link recomputed with plain SM3 (the old scheme) fails the MAC there', () =>
    withServer(async (s, auditor) => {
      await appendRows(s, 6);
      const all = await auditRows(s);
      const changed = all.at(-4)!.seq;
      await rewriteFrom(s, changed, 'sm3');
      const res = await auditor.post('/api/v1/audit-events/verify');
      expect(res.body).toMatchObject({ ok: false, firstBroken: { seq: changed, reason: 'mac_mismatch' } });
      expect(res.body.firstBroken.message).toContain(`记录 #${changed} 的 HMAC-SM3 校验失败`);
      expect(res.body.firstBroken.expected).toBeNull(); // the right MAC is never shown: it would forge the row
    }));

  it('a change re-linked with the right key, the anchor log left as it was, is caught by the anchor', () =>
    withServer(async (s, auditor) => {
      await appendRows(s, 2);
      const earlier = (await auditor.get('/api/v1/audit-events/anchor')).body.seq as number;
      await appendRows(s, 5);
      const verified = await auditor.post('/api/v1/audit-events/verify');
      expect(verified.body.ok).toBe(true);
      const head = verified.body.anchored.seq as number;
      const changed = (await auditRows(s)).find((r) => r.seq > earlier + 2)!.seq;
      await rewriteFrom(s, changed, 'audit key');
      const res = await auditor.post('/api/v1/audit-events/verify');
      expect(res.body).toMatchObject({
        ok: false,
        checked: expect.any(Number),
        firstBroken: { seq: head, reason: 'anchor_mismatch', intactUpTo: earlier },
      });
      expect(res.body.firstBroken.message).toContain(`记录 #${head} 与锚点不一致`);
      expect(res.body.firstBroken.message).toContain(`#${earlier} 之后`);
    }));

  it('verify names the first broken row, ahead of a truncation after it', () =>
    withServer(async (s, auditor) => {
      await appendRows(s, 6);
      const head = (await auditor.get('/api/v1/audit-events/anchor')).body.seq as number;
      const all = await auditRows(s);
      const changed = all.at(-6)!.seq;
      await rewriteFrom(s, changed, 'sm3');
      await tamperAll(s, [sql`DELETE FROM audit_events WHERE seq >= ${head - 1}`]);
      const res = await auditor.post('/api/v1/audit-events/verify');
      expect(res.body.firstBroken).toMatchObject({ seq: changed, reason: 'mac_mismatch', action: 'system.seeded' });
      expect(res.body.checked).toBe(all.filter((r) => r.seq < changed).length);
    }));

  it('an anchor the audit admin exported catches truncation even when the anchor log is wiped too', () =>
    withServer(async (s, auditor) => {
      await appendRows(s, 3);
      const exported = (await auditor.get('/api/v1/audit-events/anchor')).body;
      await tamperAll(s, [sql`DELETE FROM audit_events WHERE seq >= ${exported.seq - 1}`]);
      fs.rmSync(path.join(s.dataDir, 'audit-anchors.log'));
      const res = await auditor.post('/api/v1/audit-events/verify', { anchors: [exported] });
      expect(res.body).toMatchObject({
        ok: false,
        firstBroken: { seq: exported.seq, reason: 'anchor_truncated', anchor: { source: 'export' } },
      });
      // A forged export (another seq under the same MAC) is named as such.
      const forged = await auditor.post('/api/v1/audit-events/verify', { anchors: [{ ...exported, seq: 1 }] });
      expect(forged.body.problems).toContainEqual(expect.objectContaining({ reason: 'anchor_invalid', seq: 1 }));
    }));
});
