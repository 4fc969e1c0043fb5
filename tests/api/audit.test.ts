// The audit trail: every action writes a record in its own transaction; the database refuses
// UPDATE/DELETE/TRUNCATE; the SM3 chain names the first record altered, deleted or reordered.
import { spawnSync } from 'node:child_process';
import { asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, organizations } from '../../src/db/schema.js';
import { appendAudit } from '../../src/db/audit-repo.js';
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
    expect(res.body).toMatchObject({ ok: false, firstBroken: { seq: b.seq, reason: 'hash_mismatch' } });
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
    const run = spawnSync('npx', ['tsx', 'src/cli/audit-verify.ts'], {
      env: { ...process.env, DATABASE_URL: ts.config.databaseUrl! },
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stdout + run.stderr).toMatch(/第一条被破坏的记录|first broken record/);
  });
});
