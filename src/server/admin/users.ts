// 用户账号管理. The system admin creates and maintains accounts; the security admin assigns roles,
// unlocks and resets second factors (三权分立). Other people see their own unit's accounts only;
// another unit's account answers 404, as if it did not exist.
//
// No administrator alone can sign in as someone else (issue 11, finding 2): a new account has no
// role until the security admin grants one, and its one-time password is split in two — the system
// admin who creates (or resets) the account sees the first half, the security admin hands over the
// second half, and only the holder puts them together. See docs/security.md.
import { randomInt } from 'node:crypto';
import { and, asc, eq, ilike, inArray, isNotNull, or, sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { organizations, roles, users } from '../../db/schema.js';
import { checkAssignment, ADMIN_ROLE_CODES } from '../../domain/access/roles.js';
import { nextPasswordHistory } from '../../domain/security/password-policy.js';
import { passwordHistoryCountOf } from '../../domain/security/policy.js';
import type { Area } from '../../domain/access/permissions.js';
import { AppError, forbidden, notFound } from '../errors.js';
import { auditTx } from '../audit/record.js';
import { requirePermission, requireUser } from '../auth/guard.js';
import { hashPassword } from '../auth/passwords.js';
import { revokeUserSessions } from '../auth/session-store.js';
import type { ZApp } from '../zapp.js';
import { expectedVersion, setEtag, staleError } from '../platform/versioning.js';
import { Ok } from '../platform/api-schemas.js';
import {
  CreatedUserSchema,
  PasswordResetSchema,
  PasswordSecondHalfSchema,
  SessionsRevokedSchema,
  type User as UserAnswer,
  UserListSchema,
  UserSchema,
} from './responses.js';

type User = typeof users.$inferSelect;
const idParams = z.object({ id: z.uuid('无效的编号') });
const contact = {
  displayName: z.string().trim().min(2).max(50),
  orgId: z.uuid(),
  position: z.enum(['clerk', 'leader']),
  email: z.email('邮箱格式不正确').nullable().optional(),
  phone: z
    .string()
    .regex(/^[0-9+\-\s]{5,20}$/, '电话格式不正确')
    .nullable()
    .optional(),
};

/**
 * Where a new or reset account stands: waiting for the security admin to grant a role, then for
 * the second half of its one-time password to be handed over; active once both are done.
 */
export type Activation = 'awaiting_roles' | 'awaiting_second_half' | 'active';

export function activationOf(u: Pick<User, 'roleCodes' | 'passwordSecondHalf'>): Activation {
  if (u.roleCodes.length === 0) return 'awaiting_roles';
  return u.passwordSecondHalf ? 'awaiting_second_half' : 'active';
}

export function presentUser(u: User, now: Date): UserAnswer {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    orgId: u.orgId,
    position: u.position as UserAnswer['position'],
    roleCodes: u.roleCodes,
    email: u.email,
    phone: u.phone,
    disabled: u.disabled,
    locked: u.lockedUntil !== null && u.lockedUntil.getTime() > now.getTime(),
    lockedUntil: u.lockedUntil?.toISOString() ?? null,
    mfaEnabled: u.totpEnabled,
    mustChangePassword: u.mustChangePassword,
    lastLoginAt: u.lastLoginAt?.toISOString() ?? null,
    isDemo: u.isDemo,
    activation: activationOf(u),
    version: u.version,
  };
}

const pick = (s: string, n: number) => Array.from({ length: n }, () => s[randomInt(s.length)]).join('');
const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const LOWER = 'abcdefghijkmnpqrstuvwxyz';
const DIGITS = '23456789';

/**
 * A readable one-time password in two halves of 6 characters: together 12 characters of all four
 * classes (upper, lower, digit, symbol), so the whole meets the policy; each half alone is useless.
 */
function temporaryPasswordHalves(): { first: string; second: string } {
  return {
    first: `${pick(UPPER, 2)}${pick(LOWER, 2)}${pick(DIGITS, 2)}`,
    second: `${pick(LOWER, 2)}${pick(DIGITS, 2)}${pick('@#%+=', 1)}${pick(UPPER, 1)}`,
  };
}

const isAdminAccount = (u: User) => u.roleCodes.some((r) => (ADMIN_ROLE_CODES as string[]).includes(r));

export async function userRoutes(app: ZApp) {
  const { db } = app.services;
  const canSeeAll = (req: FastifyRequest) =>
    ['user.manage', 'user.assign_roles', 'user.unlock'].some((p) => req.auth!.permissions.has(p as never));

  async function loadVisible(req: FastifyRequest, id: string): Promise<User> {
    const auth = requireUser(req);
    const [u] = await db.select().from(users).where(eq(users.id, id));
    if (!u || (!canSeeAll(req) && u.orgId !== auth.org.id)) throw notFound('用户', 'User');
    return u;
  }

  app.get(
    '/users',
    {
      schema: {
        tags: ['users'],
        summary: '用户列表（管理员看全部，其他人看本单位）',
        querystring: z.object({ q: z.string().max(50).optional(), orgId: z.uuid().optional() }),
        response: { 200: UserListSchema },
      },
    },
    async (req) => {
      const auth = requireUser(req);
      const orgId = canSeeAll(req) ? req.query.orgId : auth.org.id;
      const q = req.query.q;
      const rows = await db
        .select()
        .from(users)
        .where(
          and(
            orgId ? eq(users.orgId, orgId) : undefined,
            q ? or(ilike(users.username, `%${q}%`), ilike(users.displayName, `%${q}%`)) : undefined,
          ),
        )
        .orderBy(asc(users.username))
        .limit(1000);
      return { items: rows.map((u) => presentUser(u, req.now)), total: rows.length };
    },
  );

  app.get(
    '/users/:id',
    { schema: { tags: ['users'], summary: '用户详情', params: idParams, response: { 200: UserSchema } } },
    async (req, reply) => {
      const u = await loadVisible(req, req.params.id);
      setEtag(reply, u.version);
      return presentUser(u, req.now);
    },
  );

  app.post(
    '/users',
    {
      schema: {
        tags: ['users'],
        summary: '新建用户（系统管理员）：无角色；返回一次性密码的前半段，后半段由安全管理员授权后发放',
        body: z.object({
          username: z
            .string()
            .trim()
            .regex(/^[a-z][a-z0-9_.-]{2,31}$/, '用户名须为 3–32 位小写字母、数字、下划线'),
          ...contact,
        }),
        response: { 201: CreatedUserSchema },
      },
    },
    async (req, reply) => {
      await requirePermission(req, 'user.manage');
      const body = req.body;
      const [org] = await db.select().from(organizations).where(eq(organizations.id, body.orgId));
      if (!org)
        throw new AppError(400, 'ORG_NOT_FOUND', '所属单位不存在', {
          messageEn: 'The organisation does not exist',
          field: 'orgId',
        });
      const halves = temporaryPasswordHalves();
      const hash = await hashPassword(`${halves.first}${halves.second}`);
      const created = await db.transaction(async (tx) => {
        const [dup] = await tx.select({ id: users.id }).from(users).where(eq(users.username, body.username));
        if (dup)
          throw new AppError(409, 'DUPLICATE_USERNAME', `用户名 ${body.username} 已存在`, {
            messageEn: `The user name ${body.username} is taken`,
            field: 'username',
          });
        const [row] = await tx
          .insert(users)
          .values({
            ...body,
            createdAt: req.now,
            updatedAt: req.now,
            email: body.email ?? null,
            phone: body.phone ?? null,
            passwordHash: hash,
            passwordSecondHalf: app.services.secrets.seal(halves.second),
            passwordChangedAt: req.now,
            mustChangePassword: true,
            // 三权分立: no role from the system admin; the security admin grants one (PUT …/roles).
            roleCodes: [],
          })
          .returning();
        await auditTx(tx, req, {
          action: 'user.created',
          outcome: 'success',
          targetType: 'user',
          targetId: row.id,
          detail: { username: row.username, orgId: row.orgId, roleCodes: row.roleCodes },
        });
        return row;
      });
      setEtag(reply, created.version);
      return reply.status(201).send({ ...presentUser(created, req.now), passwordFirstHalf: halves.first });
    },
  );

  app.patch(
    '/users/:id',
    {
      schema: {
        tags: ['users'],
        summary: '修改用户（系统管理员，需版本号）；停用即强制下线',
        params: idParams,
        body: z.object({ ...contact, disabled: z.boolean(), version: z.number().int().optional() }).partial(),
        response: { 200: UserSchema },
      },
    },
    async (req, reply) => {
      const auth = await requirePermission(req, 'user.manage');
      const { version: bodyVersion, ...changes } = req.body;
      const expected = expectedVersion(req, bodyVersion);
      const target = await loadVisible(req, req.params.id);
      if (changes.disabled && target.id === auth.user.id)
        throw new AppError(400, 'CANNOT_DISABLE_SELF', '不能停用自己的账号', {
          messageEn: 'You cannot disable your own account',
        });
      if (changes.disabled && isAdminAccount(target))
        throw forbidden(
          '三权分立：管理员账号不能被停用，请由安全管理员调整其角色后再操作',
          'Separation of duties: an administrator account cannot be disabled; the security administrator changes its role first',
        );
      const updated = await db.transaction(async (tx) => {
        const [row] = await tx
          .update(users)
          .set({ ...changes, version: sql`${users.version} + 1`, updatedAt: req.now })
          .where(and(eq(users.id, target.id), eq(users.version, expected.version)))
          .returning();
        if (!row) throw staleError(expected.via);
        // Disabling an account ends its sessions at once (等保: 会话管理).
        const ended = changes.disabled ? await revokeUserSessions(tx, row.id, 'user_disabled', { now: req.now }) : 0;
        await auditTx(tx, req, {
          action: 'user.updated',
          outcome: 'success',
          targetType: 'user',
          targetId: row.id,
          detail: { changes, sessionsEnded: ended },
        });
        return row;
      });
      setEtag(reply, updated.version);
      return presentUser(updated, req.now);
    },
  );

  app.post(
    '/users/:id/reset-password',
    {
      schema: {
        tags: ['users'],
        summary: '重置密码（系统管理员）：返回一次性密码的前半段，后半段由安全管理员发放；下次登录须修改',
        params: idParams,
        response: { 200: PasswordResetSchema },
      },
    },
    async (req) => {
      await requirePermission(req, 'user.manage');
      const target = await loadVisible(req, req.params.id);
      if (isAdminAccount(target))
        throw forbidden(
          '三权分立：系统管理员不能重置管理员账号的密码',
          'Separation of duties: the system administrator cannot reset an administrator’s password',
        );
      const halves = temporaryPasswordHalves();
      const hash = await hashPassword(`${halves.first}${halves.second}`);
      const remembered = passwordHistoryCountOf(await app.services.policy());
      await db.transaction(async (tx) => {
        await tx
          .update(users)
          .set({
            passwordHash: hash,
            // The password being replaced stays in the history: a reset is no way back to it.
            passwordHistory: nextPasswordHistory(target.passwordHistory, target.passwordHash, remembered),
            passwordSecondHalf: app.services.secrets.seal(halves.second),
            passwordChangedAt: req.now,
            mustChangePassword: true,
            version: sql`${users.version} + 1`,
          })
          .where(eq(users.id, target.id));
        await revokeUserSessions(tx, target.id, 'password_reset', { now: req.now });
        await auditTx(tx, req, {
          action: 'user.password_reset',
          outcome: 'success',
          targetType: 'user',
          targetId: target.id,
        });
      });
      return { ok: true as const, passwordFirstHalf: halves.first };
    },
  );

  app.post(
    '/users/:id/password-second-half',
    {
      schema: {
        tags: ['users'],
        summary: '发放一次性密码的后半段（安全管理员，须已授予角色；只显示一次）',
        params: idParams,
        response: { 200: PasswordSecondHalfSchema },
      },
    },
    async (req) => {
      const auth = await requirePermission(req, 'user.assign_roles');
      const target = await loadVisible(req, req.params.id);
      if (target.id === auth.user.id)
        throw forbidden('三权分立：不能为自己的账号发放口令', 'Separation of duties: not for your own account');
      if (target.roleCodes.length === 0)
        throw new AppError(409, 'ROLES_REQUIRED', '请先为该账号分配角色，再发放一次性密码的后半段', {
          messageEn: 'Grant the account a role before handing over the second half of its password',
        });
      const second = await db.transaction(async (tx) => {
        // Taken and cleared in one statement: it is handed over once.
        const [row] = await tx
          .update(users)
          .set({ passwordSecondHalf: null, version: sql`${users.version} + 1`, updatedAt: req.now })
          .where(and(eq(users.id, target.id), isNotNull(users.passwordSecondHalf)))
          .returning({ id: users.id });
        if (!row || !target.passwordSecondHalf)
          throw new AppError(
            409,
            'NO_SECOND_HALF',
            '该账号没有待发放的口令（已发放过，或系统管理员尚未新建或重置密码）',
            {
              messageEn: 'There is no second half waiting for this account (already handed over, or no reset)',
            },
          );
        await auditTx(tx, req, {
          action: 'user.password_half_issued',
          outcome: 'success',
          targetType: 'user',
          targetId: target.id,
        });
        return app.services.secrets.open(target.passwordSecondHalf);
      });
      return { ok: true as const, passwordSecondHalf: second };
    },
  );

  app.post(
    '/users/:id/revoke-sessions',
    {
      schema: {
        tags: ['users'],
        summary: '强制下线（系统管理员）',
        params: idParams,
        response: { 200: SessionsRevokedSchema },
      },
    },
    async (req) => {
      await requirePermission(req, 'session.revoke');
      const target = await loadVisible(req, req.params.id);
      const ended = await db.transaction(async (tx) => {
        const n = await revokeUserSessions(tx, target.id, 'forced_by_admin', { now: req.now });
        await auditTx(tx, req, {
          action: 'user.sessions_revoked',
          outcome: 'success',
          targetType: 'user',
          targetId: target.id,
          detail: { sessionsEnded: n },
        });
        return n;
      });
      return { ok: true as const, sessionsEnded: ended };
    },
  );

  app.put(
    '/users/:id/roles',
    {
      schema: {
        tags: ['users'],
        summary: '分配角色（安全管理员，需版本号）',
        params: idParams,
        body: z.object({ roleCodes: z.array(z.string().max(40)).min(1).max(10), version: z.number().int().optional() }),
        response: { 200: UserSchema },
      },
    },
    async (req, reply) => {
      const auth = await requirePermission(req, 'user.assign_roles');
      const expected = expectedVersion(req, req.body.version);
      const target = await loadVisible(req, req.params.id);
      if (target.id === auth.user.id)
        throw forbidden('三权分立：不能修改自己的角色', 'Separation of duties: you cannot change your own roles');
      const wanted = [...new Set(req.body.roleCodes)];
      const found = await db
        .select({ code: roles.code, area: roles.area })
        .from(roles)
        .where(inArray(roles.code, wanted));
      const missing = wanted.filter((c) => !found.some((r) => r.code === c));
      if (missing.length)
        throw new AppError(400, 'UNKNOWN_ROLE', `角色不存在：${missing.join('、')}`, {
          messageEn: `Unknown role: ${missing.join(', ')}`,
          field: 'roleCodes',
        });
      const problem = checkAssignment(found as { code: string; area: Area }[]);
      if (problem)
        throw new AppError(400, problem.code, problem.message, {
          messageEn: 'Separation of duties: this combination of roles is not allowed',
          field: 'roleCodes',
        });
      const updated = await db.transaction(async (tx) => {
        const [row] = await tx
          .update(users)
          .set({ roleCodes: wanted, version: sql`${users.version} + 1`, updatedAt: req.now })
          .where(and(eq(users.id, target.id), eq(users.version, expected.version)))
          .returning();
        if (!row) throw staleError(expected.via);
        // New permissions take effect at the next request; sessions of the old role set end.
        await revokeUserSessions(tx, row.id, 'roles_changed', { now: req.now });
        await auditTx(tx, req, {
          action: 'user.roles_changed',
          outcome: 'success',
          targetType: 'user',
          targetId: row.id,
          detail: { from: target.roleCodes, to: wanted },
        });
        return row;
      });
      setEtag(reply, updated.version);
      return presentUser(updated, req.now);
    },
  );

  app.post(
    '/users/:id/unlock',
    { schema: { tags: ['users'], summary: '解锁账号（安全管理员）', params: idParams, response: { 200: Ok } } },
    async (req) => {
      await requirePermission(req, 'user.unlock');
      const target = await loadVisible(req, req.params.id);
      await db.transaction(async (tx) => {
        await tx.update(users).set({ lockedUntil: null, failedAttempts: 0 }).where(eq(users.id, target.id));
        await auditTx(tx, req, {
          action: 'user.unlocked',
          outcome: 'success',
          targetType: 'user',
          targetId: target.id,
        });
      });
      return { ok: true } as const;
    },
  );

  app.post(
    '/users/:id/reset-mfa',
    {
      schema: {
        tags: ['users'],
        summary: '重置双因素认证（安全管理员）：下次登录重新绑定',
        params: idParams,
        response: { 200: Ok },
      },
    },
    async (req) => {
      const auth = await requirePermission(req, 'user.reset_mfa');
      const target = await loadVisible(req, req.params.id);
      if (target.id === auth.user.id)
        throw forbidden('不能重置自己的双因素认证', 'You cannot reset your own second factor');
      await db.transaction(async (tx) => {
        await tx
          .update(users)
          .set({ totpSecret: null, totpPendingSecret: null, totpEnabled: false, recoveryCodes: [], totpLastStep: null })
          .where(eq(users.id, target.id));
        await revokeUserSessions(tx, target.id, 'mfa_reset', { now: req.now });
        await auditTx(tx, req, {
          action: 'user.mfa_reset',
          outcome: 'success',
          targetType: 'user',
          targetId: target.id,
        });
      });
      return { ok: true } as const;
    },
  );
}
