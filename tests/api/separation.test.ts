// 三权分立 that holds (issue 11, finding 2; 等保 level 3 访问控制): the system admin creates accounts
// but grants nothing and never learns a password that signs in; the security admin grants roles and
// hands over the second half of the one-time password; every administration route, tried as each of
// the three administrators, answers as the separation requires.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../../src/db/schema.js';
import { hashPassword } from '../../src/server/auth/passwords.js';
import { startTestServer, type Client, type Res, type TestServer } from '../helpers/server.js';

let ts: TestServer;
const admins: Record<'sysadmin' | 'secadmin' | 'auditadmin', Client> = {} as never;
beforeAll(async () => {
  ts = await startTestServer();
  for (const u of ['sysadmin', 'secadmin', 'auditadmin'] as const) admins[u] = await ts.as(u);
});
afterAll(async () => {
  await ts?.close();
});

const orgId = async (code: string) =>
  (await admins.sysadmin.get(`/api/v1/organizations?q=${code}`)).body.items.find(
    (o: { code: string }) => o.code === code,
  ).id as string;

const login = (username: string, password: string) => ts.client().post('/api/v1/auth/login', { username, password });

describe('a new account in 区数据局 gets no business role and no password the system admin can use', () => {
  let id: string;
  let firstHalf: string;

  it('the system admin creates it: 201, no role, only the first half of the one-time password', async () => {
    const created = await admins.sysadmin.post('/api/v1/users', {
      username: 'dbnew',
      displayName: '数据局新人',
      orgId: await orgId('sc-data-bureau'),
      position: 'clerk',
    });
    expect(created.status).toBe(201);
    expect(created.body.roleCodes).toEqual([]);
    expect(created.body.temporaryPassword).toBeUndefined();
    expect(created.body.passwordFirstHalf).toMatch(/^.{6}$/);
    expect(created.body.activation).toBe('awaiting_roles');
    id = created.body.id;
    firstHalf = created.body.passwordFirstHalf;
  });

  it('the system admin cannot sign in as it, with the half or anything else', async () => {
    expect((await login('dbnew', firstHalf)).status).toBe(401);
    expect((await login('dbnew', `${firstHalf}${firstHalf}`)).status).toBe(401);
  });

  it('an account without roles cannot sign in and sees no project, even with its full password', async () => {
    // Had anyone the whole password (here: written straight into the database), sign-in is refused
    // until the security admin has granted a role.
    const [before] = await ts.database.db.select().from(users).where(eq(users.id, id));
    await ts.database.db
      .update(users)
      .set({ passwordHash: await hashPassword('Known#Pass2026') })
      .where(eq(users.id, id));
    const r = await login('dbnew', 'Known#Pass2026');
    expect(r.status).toBe(403);
    expect(r.body.code).toBe('ACCOUNT_NOT_ACTIVATED');
    expect(r.body.message).toMatch(/安全管理员/);
    await ts.database.db.update(users).set({ passwordHash: before.passwordHash }).where(eq(users.id, id));
  });

  it('the security admin grants the role, then hands over the second half; the holder signs in with both', async () => {
    const early = await admins.secadmin.post(`/api/v1/users/${id}/password-second-half`);
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('ROLES_REQUIRED');
    const u = (await admins.secadmin.get(`/api/v1/users/${id}`)).body;
    const granted = await admins.secadmin.put(`/api/v1/users/${id}/roles`, {
      roleCodes: ['data_bureau_officer'],
      version: u.version,
    });
    expect(granted.status).toBe(200);
    expect(granted.body.activation).toBe('awaiting_second_half');
    expect((await admins.sysadmin.post(`/api/v1/users/${id}/password-second-half`)).status).toBe(403);
    const half = await admins.secadmin.post(`/api/v1/users/${id}/password-second-half`);
    expect(half.status).toBe(200);
    expect(half.body.passwordSecondHalf).toMatch(/^.{6}$/);
    // Shown once.
    expect((await admins.secadmin.post(`/api/v1/users/${id}/password-second-half`)).status).toBe(409);
    expect((await admins.secadmin.get(`/api/v1/users/${id}`)).body.activation).toBe('active');

    const holder = ts.client();
    const signed = await holder.post('/api/v1/auth/login', {
      username: 'dbnew',
      password: `${firstHalf}${half.body.passwordSecondHalf}`,
    });
    expect(signed.status).toBe(200);
    expect(signed.body.stage).toBe('password_change');
  });

  it('a password reset by the system admin again gives only the first half and ends sign-in until the second', async () => {
    const reset = await admins.sysadmin.post(`/api/v1/users/${id}/reset-password`);
    expect(reset.status).toBe(200);
    expect(reset.body.temporaryPassword).toBeUndefined();
    expect(reset.body.passwordFirstHalf).toMatch(/^.{6}$/);
    expect((await login('dbnew', reset.body.passwordFirstHalf)).status).toBe(401);
    const half = await admins.secadmin.post(`/api/v1/users/${id}/password-second-half`);
    expect(half.status).toBe(200);
    const ok = await login('dbnew', `${reset.body.passwordFirstHalf}${half.body.passwordSecondHalf}`);
    expect(ok.status).toBe(200);
  });

  it('each step is audited', async () => {
    const events = await admins.auditadmin.get('/api/v1/audit-events?limit=200');
    const mine = events.body.items.filter((e: { targetId: string }) => e.targetId === id);
    const actions = mine.map((e: { action: string }) => e.action);
    expect(actions).toContain('user.created');
    expect(actions).toContain('user.roles_changed');
    expect(actions).toContain('user.password_half_issued');
    const created = mine.find((e: { action: string }) => e.action === 'user.created');
    expect(created.detail.roleCodes).toEqual([]);
  });
});

type Admin = 'sysadmin' | 'secadmin' | 'auditadmin';
interface RouteCase {
  method: string;
  path: (t: Targets) => string;
  body?: (t: Targets) => Promise<unknown> | unknown;
  /** Who may: the rest must get 403. */
  allowed: Admin[];
}
interface Targets {
  /** A business account of 区数据局 (same unit as the administrators). */
  user: string;
  org: string;
  role: string;
}

const version = async (path: string) => (await admins.secadmin.get(path)).body.version as number;
const orgVersion = async (id: string) => (await admins.sysadmin.get(`/api/v1/organizations/${id}`)).body.version;

/** Every administration route. */
const ROUTES: RouteCase[] = [
  { method: 'GET', path: () => '/api/v1/users', allowed: ['sysadmin', 'secadmin', 'auditadmin'] },
  { method: 'GET', path: (t) => `/api/v1/users/${t.user}`, allowed: ['sysadmin', 'secadmin', 'auditadmin'] },
  {
    method: 'POST',
    path: () => '/api/v1/users',
    body: async () => ({
      username: `u${Math.random().toString(36).slice(2, 10)}`,
      displayName: '表驱动',
      orgId: await orgId('sc-finance'),
      position: 'clerk',
    }),
    allowed: ['sysadmin'],
  },
  {
    method: 'PATCH',
    path: (t) => `/api/v1/users/${t.user}`,
    body: async (t) => ({ phone: '0527-1234567', version: await version(`/api/v1/users/${t.user}`) }),
    allowed: ['sysadmin'],
  },
  { method: 'POST', path: (t) => `/api/v1/users/${t.user}/reset-password`, allowed: ['sysadmin'] },
  { method: 'POST', path: (t) => `/api/v1/users/${t.user}/revoke-sessions`, allowed: ['sysadmin'] },
  {
    method: 'PUT',
    path: (t) => `/api/v1/users/${t.user}/roles`,
    body: async (t) => ({ roleCodes: ['reviewer'], version: await version(`/api/v1/users/${t.user}`) }),
    allowed: ['secadmin'],
  },
  { method: 'POST', path: (t) => `/api/v1/users/${t.user}/password-second-half`, allowed: ['secadmin'] },
  { method: 'POST', path: (t) => `/api/v1/users/${t.user}/unlock`, allowed: ['secadmin'] },
  { method: 'POST', path: (t) => `/api/v1/users/${t.user}/reset-mfa`, allowed: ['secadmin'] },
  { method: 'GET', path: () => '/api/v1/organizations', allowed: ['sysadmin', 'secadmin', 'auditadmin'] },
  {
    method: 'POST',
    path: () => '/api/v1/organizations',
    body: () => ({
      code: `t-${Math.random().toString(36).slice(2, 10)}`,
      name: '表驱动单位',
      roles: ['declarant'],
      kind: 'town',
    }),
    allowed: ['sysadmin'],
  },
  {
    method: 'PATCH',
    path: (t) => `/api/v1/organizations/${t.org}`,
    body: async (t) => ({
      name: `表驱动单位${Math.random().toString(36).slice(2, 6)}`,
      version: await orgVersion(t.org),
    }),
    allowed: ['sysadmin'],
  },
  { method: 'GET', path: () => '/api/v1/permissions', allowed: ['sysadmin', 'secadmin'] },
  { method: 'GET', path: () => '/api/v1/roles', allowed: ['sysadmin', 'secadmin'] },
  {
    method: 'POST',
    path: () => '/api/v1/roles',
    body: () => ({ code: `r_${Math.random().toString(36).slice(2, 10)}`, name: '表驱动角色', permissions: [] }),
    allowed: ['secadmin'],
  },
  {
    method: 'PATCH',
    path: (t) => `/api/v1/roles/${t.role}`,
    body: async (t) => {
      const r = (await admins.secadmin.get('/api/v1/roles')).body.items.find(
        (x: { code: string }) => x.code === t.role,
      );
      return { name: `表驱动角色${Math.random().toString(36).slice(2, 6)}`, version: r.version };
    },
    allowed: ['secadmin'],
  },
  { method: 'GET', path: () => '/api/v1/security-policy', allowed: ['secadmin'] },
  {
    method: 'PUT',
    path: () => '/api/v1/security-policy',
    body: async () => (await admins.secadmin.get('/api/v1/security-policy')).body,
    allowed: ['secadmin'],
  },
  { method: 'GET', path: () => '/api/v1/audit-events', allowed: ['auditadmin'] },
  { method: 'GET', path: () => '/api/v1/audit-events/catalogue', allowed: ['auditadmin'] },
  { method: 'POST', path: () => '/api/v1/audit-events/verify', allowed: ['auditadmin'] },
];

const PLACEHOLDERS: Targets = { user: ':id', org: ':id', role: ':code' };

describe('every administration route, as each of the three administrators', () => {
  let targets: Targets;

  beforeAll(async () => {
    // A fresh business account for each run of the table: created by the system admin, granted by
    // the security admin, so every allowed call below has something to act on.
    const created = await admins.sysadmin.post('/api/v1/users', {
      username: 'tabletarget',
      displayName: '表驱动对象',
      orgId: await orgId('sc-data-bureau'),
      position: 'clerk',
    });
    const granted = await admins.secadmin.put(`/api/v1/users/${created.body.id}/roles`, {
      roleCodes: ['data_bureau_officer'],
      version: created.body.version,
    });
    expect(granted.status).toBe(200);
    const org = await admins.sysadmin.post('/api/v1/organizations', {
      code: 'table-org',
      name: '表驱动单位',
      roles: ['declarant'],
      kind: 'town',
    });
    const role = await admins.secadmin.post('/api/v1/roles', { code: 'table_role', name: '表驱动', permissions: [] });
    targets = { user: created.body.id, org: org.body.id, role: role.body.code };
  });

  const cases = ROUTES.flatMap((r) =>
    (['sysadmin', 'secadmin', 'auditadmin'] as const).map(
      (who) => [who, r.method, r.path(PLACEHOLDERS), r.allowed.includes(who) ? 'allowed' : '403', r] as const,
    ),
  );

  it.each(cases)('%s %s %s → %s', async (who, method, _label, _expected, r) => {
    const path = r.path(targets);
    if (path.endsWith('/password-second-half') && r.allowed.includes(who)) {
      // Something to hand over: the system admin resets first.
      expect((await admins.sysadmin.post(`/api/v1/users/${targets.user}/reset-password`)).status).toBe(200);
    }
    const body = r.body ? await r.body(targets) : method === 'GET' ? undefined : {};
    const res: Res = await admins[who].request(method, path, body);
    if (r.allowed.includes(who)) {
      expect([200, 201], `${who} ${method} ${path}: ${JSON.stringify(res.body)}`).toContain(res.status);
    } else {
      expect(res.status, `${who} ${method} ${path}`).toBe(403);
      expect(res.body.code).toBe('FORBIDDEN');
    }
  });

  it('no administrator sees a project', async () => {
    for (const who of ['sysadmin', 'secadmin', 'auditadmin'] as const) {
      const res = await admins[who].get('/api/v1/projects');
      expect(res.status === 403 || (res.status === 200 && res.body.total === 0), `${who}: ${res.status}`).toBe(true);
    }
  });
});
