// Sign-in hardened (issue 11, finding 4; 等保 level 3 身份鉴别): a TOTP code works once, failed
// attempts are counted in the database in one statement (40 parallel wrong passwords → exactly the
// threshold evaluated), one answer for an unknown user, a wrong password and a locked account, the
// common-password list, and the password history the security admin configures.
import { and, eq, sql } from 'drizzle-orm';
import * as OTPAuth from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, users } from '../../src/db/schema.js';
import { startTestServer, TEST_PASSWORD, type Client, type TestServer } from '../helpers/server.js';

let ts: TestServer;
beforeAll(async () => {
  ts = await startTestServer();
});
afterAll(async () => {
  await ts?.close();
});

const codeAt = (secret: string, at: number) =>
  new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret), digits: 6, period: 30 }).generate({ timestamp: at });

const userId = async (username: string) =>
  (await ts.database.db.select({ id: users.id }).from(users).where(eq(users.username, username)))[0].id;

/** Failed sign-ins of `username` recorded with `reason`, and lock events. */
async function failures(username: string, reason: string): Promise<number> {
  const id = await userId(username);
  const rows = await ts.database.db
    .select({ n: sql<number>`count(*)::int` })
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.action, 'auth.login_failed'),
        eq(auditEvents.targetId, id),
        sql`${auditEvents.detail}->>'reason' = ${reason}`,
      ),
    );
  return rows[0].n;
}

const login = (body: Record<string, string>) => ts.client().post('/api/v1/auth/login', body);

describe('TOTP codes are accepted once', () => {
  it('the code that enabled TOTP, and a code that signed in, cannot sign in (again)', async () => {
    const c = await ts.as('market');
    const setup = await c.post('/api/v1/auth/totp/setup');
    expect(setup.status).toBe(200);
    const secret = setup.body.secret as string;
    // Start at the beginning of a 30-second step so that advancing 30 s lands in the next one.
    const now = ts.clock.now().getTime();
    ts.clock.set(new Date(now - (now % 30_000) + 30_000 + 1_000));
    const enrolCode = codeAt(secret, ts.clock.now().getTime());
    expect((await c.post('/api/v1/auth/totp/enable', { code: enrolCode })).status).toBe(200);

    const replayEnrol = await login({ username: 'market', password: TEST_PASSWORD, totp: enrolCode });
    expect(replayEnrol.status).toBe(401);
    expect(replayEnrol.body.code).toBe('INVALID_TOTP');

    ts.clock.advance(30_000);
    const fresh = codeAt(secret, ts.clock.now().getTime());
    expect((await login({ username: 'market', password: TEST_PASSWORD, totp: fresh })).status).toBe(200);
    const replay = await login({ username: 'market', password: TEST_PASSWORD, totp: fresh });
    expect(replay.status).toBe(401);
    expect(replay.body.code).toBe('INVALID_TOTP');
    expect(await failures('market', 'totp_replayed')).toBe(2);

    // Two sign-ins racing with the same code: exactly one gets in.
    ts.clock.advance(30_000);
    const next = codeAt(secret, ts.clock.now().getTime());
    const raced = await Promise.all(
      [1, 2].map(() => login({ username: 'market', password: TEST_PASSWORD, totp: next })),
    );
    expect(raced.map((r) => r.status).sort()).toEqual([200, 401]);
    const [row] = await ts.database.db.select().from(users).where(eq(users.username, 'market'));
    expect(row.totpLastStep).toBe(Math.floor(ts.clock.now().getTime() / 30_000));
  });
});

describe('failed attempts are counted atomically in the database', () => {
  it('40 parallel wrong passwords: exactly 5 evaluated, one lock, 40 identical answers', async () => {
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) => login({ username: 'town', password: `Wrong@${1000 + i}` })),
    );
    expect(await failures('town', 'wrong_password')).toBe(5);
    expect(await failures('town', 'locked')).toBe(35);
    const id = await userId('town');
    const locks = await ts.database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'auth.locked'), eq(auditEvents.targetId, id)));
    expect(locks[0].n).toBe(1);
    expect(new Set(answers.map((a) => a.status))).toEqual(new Set([401]));
    expect(new Set(answers.map((a) => `${a.body.code}|${a.body.message}|${a.body.messageEn}`)).size).toBe(1);
    const [u] = await ts.database.db.select().from(users).where(eq(users.id, id));
    expect(u.lockedUntil!.getTime()).toBeGreaterThan(ts.clock.now().getTime());
  });
});

describe('one answer for an unknown user, a wrong password and a locked account', () => {
  it('same status, code and message — and the lock is not told even after the right password', async () => {
    // 'town' is locked by the test above; 'civil' exists; 'nobody_here' does not.
    const unknown = await login({ username: 'nobody_here', password: 'Wrong@123' });
    const wrong = await login({ username: 'civil', password: 'Wrong@123' });
    const lockedWrong = await login({ username: 'town', password: 'Wrong@123' });
    const lockedRight = await login({ username: 'town', password: TEST_PASSWORD });
    const shape = (r: { status: number; body: Record<string, unknown> }) =>
      JSON.stringify([r.status, r.body.code, r.body.message, r.body.messageEn, r.body.details ?? null]);
    expect(shape(unknown)).toBe(shape(wrong));
    expect(shape(lockedWrong)).toBe(shape(wrong));
    expect(shape(lockedRight)).toBe(shape(wrong));
    expect(wrong.status).toBe(401);
    expect(wrong.body.code).toBe('INVALID_CREDENTIALS');
    // While locked the password is not evaluated at all (the lock is no oracle for guessing).
    expect(await failures('town', 'wrong_password')).toBe(5);
    // The security admin unlocks; the right password then works.
    const sec = await ts.as('secadmin');
    expect((await sec.post(`/api/v1/users/${await userId('town')}/unlock`)).status).toBe(200);
    expect((await login({ username: 'town', password: TEST_PASSWORD })).status).toBe(200);
  });
});

describe('common passwords and password history', () => {
  let c: Client;
  let current = TEST_PASSWORD;
  const change = async (next: string) => {
    const r = await c.post('/api/v1/auth/password', { currentPassword: current, newPassword: next });
    if (r.status === 200) current = next;
    return r;
  };

  beforeAll(async () => {
    c = await ts.as('park');
  });

  it.each(['Admin@123', 'P@ssw0rd', 'Passw0rd!', 'Aa123456', 'Qwer1234', 'admin@123', 'ADMIN@123', '1qaz@WSX'])(
    'refuses %s as too common',
    async (pw) => {
      const r = await change(pw);
      expect(r.status).toBe(400);
      expect(r.body.code).toBe('PASSWORD_TOO_COMMON');
      expect(r.body.message).toMatch(/常见/);
    },
  );

  it('refuses the last 5 passwords by default; the security admin can change N', async () => {
    const sec = await ts.as('secadmin');
    const policy = await sec.get('/api/v1/security-policy');
    expect(policy.body.passwordHistoryCount).toBe(5);
    const first = current;
    for (const pw of ['Lake#Stone27', 'River#Cloud38', 'Pine#Meadow49']) expect((await change(pw)).status).toBe(200);
    const again = await change(first);
    expect(again.status).toBe(400);
    expect(again.body.code).toBe('PASSWORD_REUSED');
    expect(again.body.message).toContain('5');
    expect((await change('River#Cloud38')).body.code).toBe('PASSWORD_REUSED');
    // Only the last hashes are kept: N = 5 means the current one and 4 before it.
    const [row] = await ts.database.db.select().from(users).where(eq(users.username, 'park'));
    expect(row.passwordHistory.length).toBeLessThanOrEqual(4);
    expect(row.passwordHistory.every((h) => h.startsWith('$argon2id$'))).toBe(true);

    const put = await sec.put('/api/v1/security-policy', { ...policy.body, passwordHistoryCount: 2 });
    expect(put.status).toBe(200);
    expect((await change(first)).status).toBe(200); // now outside the last 2
    expect((await change('Pine#Meadow49')).status).toBe(400); // the one before the current
    const low = await sec.put('/api/v1/security-policy', { ...put.body, passwordHistoryCount: 0 });
    expect(low.status).toBe(400);
  });
});
