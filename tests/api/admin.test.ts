// Administration split three ways (三权分立), org-scoped data, and optimistic concurrency.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../../src/db/schema.js';
import { startTestServer, TEST_PASSWORD, type Client, type TestServer } from '../helpers/server.js';

let ts: TestServer;
let sys: Client;
let sec: Client;
let aud: Client;
let edu: Client;
beforeAll(async () => {
  ts = await startTestServer();
  [sys, sec, aud, edu] = await Promise.all(['sysadmin', 'secadmin', 'auditadmin', 'edu'].map((u) => ts.as(u)));
});
afterAll(async () => {
  await ts?.close();
});

const orgId = async (code: string) =>
  (await sys.get(`/api/v1/organizations?q=${code}`)).body.items.find((o: { code: string }) => o.code === code)
    .id as string;

describe('三权分立: each administrator is refused outside their area', () => {
  const cases: [string, string, string, unknown?][] = [
    // [who, method, path, body]
    [
      'secadmin',
      'POST',
      '/api/v1/organizations',
      { code: 'x-org', name: '某单位', roles: ['declarant'], kind: 'town' },
    ],
    [
      'auditadmin',
      'POST',
      '/api/v1/organizations',
      { code: 'x-org', name: '某单位', roles: ['declarant'], kind: 'town' },
    ],
    ['sysadmin', 'GET', '/api/v1/audit-events', undefined],
    ['secadmin', 'GET', '/api/v1/audit-events', undefined],
    ['sysadmin', 'POST', '/api/v1/audit-events/verify', {}],
    ['sysadmin', 'GET', '/api/v1/security-policy', undefined],
    ['auditadmin', 'GET', '/api/v1/security-policy', undefined],
    ['auditadmin', 'GET', '/api/v1/roles', undefined],
    ['edu', 'GET', '/api/v1/audit-events', undefined],
    ['edu', 'POST', '/api/v1/organizations', { code: 'x-org', name: '某单位', roles: ['declarant'], kind: 'town' }],
    ['databureau', 'GET', '/api/v1/security-policy', undefined],
  ];
  it.each(cases)('%s %s %s → 403', async (who, method, path, body) => {
    const c = await ts.as(who);
    const res = await c.request(method, path, body);
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('FORBIDDEN');
  });

  it('no administrator holds any project permission', async () => {
    for (const c of [sys, sec, aud]) {
      const me = await c.get('/api/v1/me');
      expect(
        me.body.permissions.filter(
          (p: string) => p.startsWith('project.') || p.startsWith('review.') || p.startsWith('call.'),
        ),
      ).toEqual([]);
      expect(me.body.adminRole).toMatch(/_admin$/);
    }
  });

  it('the security admin cannot give an administrator a business role, nor two admin roles', async () => {
    const users = (await sec.get('/api/v1/users?q=auditadmin')).body.items;
    const target = users[0];
    const mixed = await sec.put(`/api/v1/users/${target.id}/roles`, {
      roleCodes: ['audit_admin', 'declarant_clerk'],
      version: target.version,
    });
    expect(mixed.status).toBe(400);
    expect(mixed.body.code).toBe('ASSIGNMENT_MIXES_AREAS');
    const two = await sec.put(`/api/v1/users/${target.id}/roles`, {
      roleCodes: ['audit_admin', 'system_admin'],
      version: target.version,
    });
    expect(two.body.code).toBe('TWO_ADMIN_ROLES');
  });

  it('a business role cannot hold an administration permission; admin roles cannot be edited', async () => {
    const bad = await sec.post('/api/v1/roles', {
      code: 'sneaky',
      name: '偷偷',
      permissions: ['project.view_all', 'audit.read'],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('ROLE_MIXES_AREAS');
    const roles = (await sec.get('/api/v1/roles')).body.items;
    const auditRole = roles.find((r: { code: string }) => r.code === 'audit_admin');
    const edit = await sec.patch('/api/v1/roles/audit_admin', { permissions: [], version: auditRole.version });
    expect(edit.status).toBe(403);
  });

  it('the system admin cannot reset another administrator’s password', async () => {
    const target = (await sys.get('/api/v1/users?q=auditadmin')).body.items[0];
    expect((await sys.post(`/api/v1/users/${target.id}/reset-password`)).status).toBe(403);
  });
});

describe('organisations and accounts (system admin)', () => {
  it('creates an organisation and refuses a stale write with 412 / 409', async () => {
    const created = await sys.post('/api/v1/organizations', {
      code: 'town-yangbei',
      name: '宿城区洋北镇人民政府',
      roles: ['declarant'],
      kind: 'town',
    });
    expect(created.status).toBe(201);
    expect(created.headers.get('etag')).toBe('"1"');
    const id = created.body.id;
    const first = await sys.patch(
      `/api/v1/organizations/${id}`,
      { name: '宿城区洋北街道办事处', kind: 'street' },
      { 'if-match': '"1"' },
    );
    expect(first.status).toBe(200);
    expect(first.body.version).toBe(2);
    const stale = await sys.patch(`/api/v1/organizations/${id}`, { name: '覆盖' }, { 'if-match': '"1"' });
    expect(stale.status).toBe(412);
    const staleBody = await sys.patch(`/api/v1/organizations/${id}`, { name: '覆盖', version: 1 });
    expect(staleBody.status).toBe(409);
    const noVersion = await sys.patch(`/api/v1/organizations/${id}`, { name: '覆盖' });
    expect(noVersion.status).toBe(428);
    const after = await sys.get(`/api/v1/organizations/${id}`);
    expect(after.body.name).toBe('宿城区洋北街道办事处');
    const dup = await sys.post('/api/v1/organizations', {
      code: 'town-yangbei',
      name: '重复',
      roles: ['declarant'],
      kind: 'town',
    });
    expect(dup.status).toBe(409);
  });

  it('rejects bad input with a field-level Chinese error and writes nothing', async () => {
    const before = (await sys.get('/api/v1/organizations')).body.total;
    const bad = await sys.post('/api/v1/organizations', { code: 'Bad Code!', name: 'x', roles: [], kind: 'planet' });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    expect(bad.body.details.length).toBeGreaterThanOrEqual(3);
    expect((await sys.get('/api/v1/organizations')).body.total).toBe(before);
  });

  it('a new account gets no role and only the first half of its one-time password (三权分立)', async () => {
    const created = await sys.post('/api/v1/users', {
      username: 'fin2',
      displayName: '财政二',
      orgId: await orgId('sc-finance'),
      position: 'clerk',
    });
    expect(created.status).toBe(201);
    expect(created.body.roleCodes).toEqual([]);
    expect(created.body.activation).toBe('awaiting_roles');
    expect(created.body.temporaryPassword).toBeUndefined();
    expect(created.body.passwordFirstHalf).toMatch(/^.{6}$/);
    expect(created.body.mustChangePassword).toBe(true);
  });
});

describe('org-scoped data', () => {
  it('a declarant lists only their own unit’s accounts', async () => {
    const list = await edu.get('/api/v1/users');
    expect(list.status).toBe(200);
    const eduOrg = (await edu.get('/api/v1/me')).body.organization.id;
    expect(list.body.items.length).toBeGreaterThan(0);
    expect(list.body.items.every((u: { orgId: string }) => u.orgId === eduOrg)).toBe(true);
  });

  it('another unit’s account answers 404, exactly like one that does not exist', async () => {
    const other = (await sys.get('/api/v1/users?q=hospital')).body.items[0];
    const leak = await edu.get(`/api/v1/users/${other.id}`);
    const missing = await edu.get('/api/v1/users/00000000-0000-4000-8000-000000000000');
    expect(leak.status).toBe(404);
    expect(missing.status).toBe(404);
    expect(leak.body.message).toBe(missing.body.message);
    expect(leak.body.code).toBe(missing.body.code);
  });
});

describe('security policy (security admin)', () => {
  it('changes the lockout threshold, which then applies to sign-in', async () => {
    const cur = await sec.get('/api/v1/security-policy');
    expect(cur.body).toMatchObject({
      lockoutThreshold: 5,
      lockoutMinutes: 15,
      sessionIdleMinutes: 30,
      passwordExpiryDays: 90,
    });
    const weak = await sec.put('/api/v1/security-policy', { ...cur.body, passwordMinLength: 6 });
    expect(weak.status).toBe(400);
    const put = await sec.put('/api/v1/security-policy', { ...cur.body, lockoutThreshold: 3 });
    expect(put.status).toBe(200);
    const c = ts.client();
    await c.post('/api/v1/auth/login', { username: 'crypto', password: 'Wrong@123' });
    await c.post('/api/v1/auth/login', { username: 'crypto', password: 'Wrong@123' });
    expect((await c.post('/api/v1/auth/login', { username: 'crypto', password: 'Wrong@123' })).status).toBe(401);
    // Locked at the third: now even the right password is refused (one answer for every refusal).
    const [locked] = await ts.database.db.select().from(users).where(eq(users.username, 'crypto'));
    expect(locked.lockedUntil!.getTime()).toBeGreaterThan(ts.clock.now().getTime());
    expect((await c.post('/api/v1/auth/login', { username: 'crypto', password: TEST_PASSWORD })).status).toBe(401);
    const stale = await sec.put('/api/v1/security-policy', { ...cur.body });
    expect(stale.status).toBe(409);
    const back = await sec.put('/api/v1/security-policy', { ...cur.body, version: put.body.version });
    expect(back.status).toBe(200);
  });
});
