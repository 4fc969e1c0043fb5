// Sign-in, sessions, lockout, password policy and the second factor — through the public API.
import { eq } from 'drizzle-orm';
import * as OTPAuth from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessions, users } from '../../src/db/schema.js';
import { startTestServer, TEST_PASSWORD, type TestServer } from '../helpers/server.js';

let ts: TestServer;
beforeAll(async () => {
  ts = await startTestServer();
});
afterAll(async () => {
  await ts?.close();
});

/** The current code on the server's clock (the test server runs on its own clock, not the machine's). */
const totpNow = (secret: string) =>
  new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret), digits: 6, period: 30 }).generate({
    timestamp: ts.clock.now().getTime(),
  });

describe('sign-in', () => {
  it('signs in, tells who I am, and signs out server-side', async () => {
    const c = ts.client();
    const login = await c.post('/api/v1/auth/login', { username: 'edu', password: TEST_PASSWORD });
    expect(login.status).toBe(200);
    expect(login.body.stage).toBe('full');
    const setCookie = login.headers.getSetCookie().join(';');
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const me = await c.get('/api/v1/me');
    expect(me.status).toBe(200);
    expect(me.body.user.username).toBe('edu');
    expect(me.body.organization.name).toBe('宿城区教育局');
    expect(me.body.homeKind).toBe('declarant');
    expect(me.body.permissions).toContain('project.declare');
    const stolen = c.cookie;
    expect((await c.post('/api/v1/auth/logout')).status).toBe(200);
    // The old cookie is dead on the server, not only forgotten by the client.
    const replay = await ts.client().get('/api/v1/me', { cookie: stolen! });
    expect(replay.status).toBe(401);
    expect(replay.body.code).toBe('UNAUTHENTICATED');
  });

  it('issues a new session id at every sign-in', async () => {
    const a = await ts.as('market');
    const b = await ts.as('market');
    expect(a.cookie).not.toBe(b.cookie);
  });

  it('accepts the token as a Bearer credential for API clients', async () => {
    const res = await ts.client().post('/api/v1/auth/login', { username: 'civil', password: TEST_PASSWORD });
    const me = await ts.client().get('/api/v1/me', { authorization: `Bearer ${res.body.token}` });
    expect(me.body.user.username).toBe('civil');
  });

  it('answers a wrong password with a Chinese problem JSON and no stack', async () => {
    const res = await ts.client().post('/api/v1/auth/login', { username: 'town', password: 'Wrong@123' });
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(res.body).toMatchObject({ status: 401, code: 'INVALID_CREDENTIALS' });
    expect(res.body.message).toMatch(/用户名或密码错误/);
    expect(JSON.stringify(res.body)).not.toMatch(/at .*\.ts:\d+/);
  });

  it('validates the body at the edge', async () => {
    const res = await ts.client().post('/api/v1/auth/login', { username: 42 });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.message).toMatch(/请求参数无效/);
  });

  it('locks the account on the 5th wrong password for 15 minutes, even for the right password', async () => {
    const c = ts.client();
    const answers = [];
    for (let i = 1; i <= 5; i++) {
      const r = await c.post('/api/v1/auth/login', { username: 'street', password: 'Wrong@123' });
      expect(r.status).toBe(401);
      expect(r.body.code).toBe('INVALID_CREDENTIALS');
      // One answer for every failure: no count of tries left, nothing that says the account exists.
      expect(r.body.message).not.toContain('再失败');
      expect(r.body.message).toContain('锁定');
      answers.push(r.body.message);
    }
    expect(new Set(answers).size).toBe(1);
    // While locked even the right password is refused, with the same answer (docs/security.md).
    const right = await c.post('/api/v1/auth/login', { username: 'street', password: TEST_PASSWORD });
    expect(right.status).toBe(401);
    expect(right.body.message).toBe(answers[0]);
    const [u] = await ts.database.db.select().from(users).where(eq(users.username, 'street'));
    const minutes = (u.lockedUntil!.getTime() - ts.clock.now().getTime()) / 60_000;
    expect(minutes).toBeGreaterThan(14.9);
    expect(minutes).toBeLessThanOrEqual(15);
    // The security admin unlocks it.
    const sec = await ts.as('secadmin');
    expect((await sec.post(`/api/v1/users/${u.id}/unlock`)).status).toBe(200);
    expect((await c.post('/api/v1/auth/login', { username: 'street', password: TEST_PASSWORD })).status).toBe(200);
  });

  it('ends idle sessions after 30 minutes and every session at its absolute lifetime', async () => {
    const c = await ts.as('park');
    const id = (
      await ts.database.db
        .select({ id: sessions.id, userId: sessions.userId })
        .from(sessions)
        .innerJoin(users, eq(users.id, sessions.userId))
        .where(eq(users.username, 'park'))
    )[0].id;
    await ts.database.db
      .update(sessions)
      .set({ lastSeenAt: new Date(ts.clock.now().getTime() - 31 * 60_000) })
      .where(eq(sessions.id, id));
    expect((await c.get('/api/v1/me')).status).toBe(401);

    const d = await ts.as('park');
    const id2 = (
      await ts.database.db
        .select({ id: sessions.id })
        .from(sessions)
        .innerJoin(users, eq(users.id, sessions.userId))
        .where(eq(users.username, 'park'))
        .orderBy(sessions.createdAt)
    ).at(-1)!.id;
    await ts.database.db
      .update(sessions)
      .set({ expiresAt: new Date(ts.clock.now().getTime() - 1) })
      .where(eq(sessions.id, id2));
    expect((await d.get('/api/v1/me')).status).toBe(401);
  });

  it('refuses cross-site cookie writes (CSRF) but not same-origin ones', async () => {
    const c = await ts.as('health');
    const cross = await c.post(
      '/api/v1/auth/logout',
      {},
      { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
    );
    expect(cross.status).toBe(403);
    expect(cross.body.code).toBe('CSRF_REJECTED');
    expect((await c.get('/api/v1/me')).status).toBe(200);
    const same = await c.post('/api/v1/auth/logout', {}, { origin: ts.url, 'sec-fetch-site': 'same-origin' });
    expect(same.status).toBe(200);
  });

  it('sends security headers', async () => {
    const res = await ts.client().get('/api/v1/health');
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-request-id')).toBeTruthy();
  });
});

describe('password change and the second factor', () => {
  it('forces a first-sign-in password change, enforces the policy, then enrols TOTP for an admin', async () => {
    // A fresh account made by the system admin starts with a one-time password in two halves: the
    // first from the system admin, the second from the security admin once a role is granted.
    const sys = await ts.as('sysadmin');
    const orgs = await sys.get('/api/v1/organizations?q=sc-data-bureau');
    const created = await sys.post('/api/v1/users', {
      username: 'newsec',
      displayName: '新安全员',
      orgId: orgs.body.items[0].id,
      position: 'clerk',
    });
    expect(created.status).toBe(201);
    const sec = await ts.as('secadmin');
    const assigned = await sec.put(`/api/v1/users/${created.body.id}/roles`, {
      roleCodes: ['security_admin'],
      version: created.body.version,
    });
    expect(assigned.status).toBe(200);
    const second = await sec.post(`/api/v1/users/${created.body.id}/password-second-half`);
    expect(second.status).toBe(200);
    const temp = `${created.body.passwordFirstHalf}${second.body.passwordSecondHalf}`;

    const c = await ts.as('newsec', temp);
    const blocked = await c.get('/api/v1/home');
    expect(blocked.status).toBe(403);
    expect(blocked.body.code).toBe('PASSWORD_CHANGE_REQUIRED');
    expect((await c.post('/api/v1/auth/password', { currentPassword: temp, newPassword: 'abcdefgh' })).body.code).toBe(
      'PASSWORD_TOO_SIMPLE',
    );
    expect((await c.post('/api/v1/auth/password', { currentPassword: temp, newPassword: 'Ab1!' })).body.code).toBe(
      'PASSWORD_TOO_SHORT',
    );
    const changed = await c.post('/api/v1/auth/password', { currentPassword: temp, newPassword: 'Str0ng!Pass' });
    expect(changed.status).toBe(200);
    expect(changed.body.stage).toBe('mfa_enrol'); // an administrator must enrol a second factor

    expect((await c.get('/api/v1/security-policy')).body.code).toBe('MFA_ENROLMENT_REQUIRED');
    const setup = await c.post('/api/v1/auth/totp/setup');
    expect(setup.body.qrDataUrl).toMatch(/^data:image\/png;base64,/);
    expect((await c.post('/api/v1/auth/totp/enable', { code: '000000' })).status).toBe(400);
    const enabled = await c.post('/api/v1/auth/totp/enable', { code: totpNow(setup.body.secret) });
    expect(enabled.status).toBe(200);
    expect(enabled.body.recoveryCodes).toHaveLength(10);
    expect((await c.get('/api/v1/security-policy')).status).toBe(200);

    // From now on sign-in needs the code.
    const noCode = await ts.client().post('/api/v1/auth/login', { username: 'newsec', password: 'Str0ng!Pass' });
    expect(noCode.status).toBe(401);
    expect(noCode.body.code).toBe('TOTP_REQUIRED');
    const wrongCode = await ts
      .client()
      .post('/api/v1/auth/login', { username: 'newsec', password: 'Str0ng!Pass', totp: '123456' });
    expect(wrongCode.body.code).toBe('INVALID_TOTP');
    // The code that enabled TOTP is spent: the next sign-in needs the next one (30 s later).
    ts.clock.advance(30_000);
    const ok = await ts
      .client()
      .post('/api/v1/auth/login', { username: 'newsec', password: 'Str0ng!Pass', totp: totpNow(setup.body.secret) });
    expect(ok.status).toBe(200);
    expect(ok.body.stage).toBe('full');
    // A recovery code works once.
    const code = enabled.body.recoveryCodes[0];
    expect(
      (
        await ts
          .client()
          .post('/api/v1/auth/login', { username: 'newsec', password: 'Str0ng!Pass', recoveryCode: code })
      ).status,
    ).toBe(200);
    expect(
      (
        await ts
          .client()
          .post('/api/v1/auth/login', { username: 'newsec', password: 'Str0ng!Pass', recoveryCode: code })
      ).body.code,
    ).toBe('INVALID_TOTP');
    // The TOTP secret is not stored in clear.
    const [row] = await ts.database.db.select().from(users).where(eq(users.username, 'newsec'));
    expect(row.totpSecret).toMatch(/^v1\./);
    expect(row.totpSecret).not.toContain(setup.body.secret);
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it('disabling an account ends its sessions; forced sign-out ends them too', async () => {
    const victim = await ts.as('soe_sub');
    const sys = await ts.as('sysadmin');
    const list = await sys.get('/api/v1/users?q=soe_sub');
    const u = list.body.items[0];
    const forced = await sys.post(`/api/v1/users/${u.id}/revoke-sessions`);
    expect(forced.body.sessionsEnded).toBeGreaterThanOrEqual(1);
    expect((await victim.get('/api/v1/me')).status).toBe(401);

    const again = await ts.as('soe_sub');
    const disabled = await sys.patch(`/api/v1/users/${u.id}`, { disabled: true, version: u.version });
    expect(disabled.status).toBe(200);
    expect((await again.get('/api/v1/me')).status).toBe(401);
    const login = await ts.client().post('/api/v1/auth/login', { username: 'soe_sub', password: TEST_PASSWORD });
    expect(login.status).toBe(403);
    expect(login.body.code).toBe('ACCOUNT_DISABLED');
  });
});
