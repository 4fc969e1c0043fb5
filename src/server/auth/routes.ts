// /api/v1/auth/* and /api/v1/me — sign-in, sign-out, password change, TOTP enrolment.
import { eq } from 'drizzle-orm';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { sessions, users } from '../../db/schema.js';
import { checkNewPassword, nextPasswordHistory } from '../../domain/security/password-policy.js';
import { passwordHistoryCountOf } from '../../domain/security/policy.js';
import { AppError, badRequest } from '../errors.js';
import { auditTx } from '../audit/record.js';
import type { ZApp } from '../zapp.js';
import { requireUser } from './guard.js';
import { login } from './login.js';
import { presentMe } from './me.js';
import { hashPassword, verifyPassword } from './passwords.js';
import { revokeSession, revokeUserSessions, SESSION_COOKIE, sessionCookieOptions } from './session-store.js';
import { enrolmentInfo, newRecoveryCodes, newTotpSecret, totpStep } from './totp.js';
import { mfaRequired } from './mfa.js';
import {
  LoginResultSchema,
  MeSchema,
  PasswordChangedSchema,
  TotpEnabledSchema,
  TotpEnrolmentSchema,
} from './responses.js';
import { Ok } from '../platform/api-schemas.js';

const loginBody = z.object({
  username: z.string().trim().min(1, '请输入用户名').max(64),
  password: z.string().min(1, '请输入密码').max(256),
  totp: z.string().trim().max(16).optional(),
  recoveryCode: z.string().trim().max(32).optional(),
});

export async function authRoutes(app: ZApp) {
  const { config } = app.services;

  const setCookie = (reply: FastifyReply, token: string, expiresAt: Date, now: Date) =>
    reply.setCookie(SESSION_COOKIE, token, sessionCookieOptions(expiresAt, now, config.cookieSecure));

  app.post(
    '/auth/login',
    {
      schema: {
        tags: ['auth'],
        summary: '登录 (sign in)',
        body: loginBody,
        security: [],
        response: { 200: LoginResultSchema },
      },
      config: { rateLimit: { max: config.loginRateLimitPerMinute, timeWindow: '1 minute' } },
    },
    async (req, reply) => {
      const policy = await app.services.policy();
      const { session, stage, user } = await login(req, req.body, policy);
      setCookie(reply, session.token, session.expiresAt, req.now);
      return {
        stage,
        mustChangePassword: stage === 'password_change',
        mfaEnrolmentRequired: stage === 'mfa_enrol',
        user: { id: user.id, username: user.username, displayName: user.displayName },
        /** The same token as the cookie, for API clients that send `Authorization: Bearer`. */
        token: session.token,
        expiresAt: session.expiresAt.toISOString(),
      };
    },
  );

  app.post(
    '/auth/logout',
    { schema: { tags: ['auth'], summary: '退出登录 (sign out)', response: { 200: Ok } } },
    async (req, reply) => {
      const auth = req.auth;
      if (auth) {
        await app.services.db.transaction(async (tx) => {
          await revokeSession(tx, auth.sessionId, 'logout', req.now);
          await auditTx(tx, req, { action: 'auth.logout', outcome: 'success', targetType: 'session' });
        });
      }
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true } as const;
    },
  );

  app.get(
    '/me',
    { schema: { tags: ['auth'], summary: '当前用户、所属单位、角色与可执行操作', response: { 200: MeSchema } } },
    async (req) => {
      const auth = requireUser(req, ['full', 'password_change', 'mfa_enrol']);
      return presentMe(app.services.db, auth, await app.services.policy(), req.now);
    },
  );

  app.post(
    '/auth/password',
    {
      schema: {
        tags: ['auth'],
        summary: '修改密码 (change password)',
        body: z.object({ currentPassword: z.string().min(1).max(256), newPassword: z.string().min(1).max(256) }),
        response: { 200: PasswordChangedSchema },
      },
    },
    async (req) => {
      const auth = requireUser(req, ['full', 'password_change', 'mfa_enrol']);
      const policy = await app.services.policy();
      const { currentPassword, newPassword } = req.body;
      if (!(await verifyPassword(auth.user.passwordHash, currentPassword))) {
        throw new AppError(400, 'WRONG_CURRENT_PASSWORD', '原密码错误', {
          messageEn: 'The current password is wrong',
          field: 'currentPassword',
        });
      }
      const problem = checkNewPassword(
        newPassword,
        { minLength: policy.passwordMinLength, minClasses: policy.passwordMinClasses },
        auth.user.username,
      );
      if (problem)
        throw badRequest(problem.code, problem.message, { messageEn: problem.messageEn, field: 'newPassword' });
      // Password history (等保: 口令定期更换且不得重复): not the current one, nor the N − 1 before it.
      const remembered = passwordHistoryCountOf(policy);
      const previous = [auth.user.passwordHash, ...auth.user.passwordHistory]
        .filter((h): h is string => Boolean(h))
        .slice(0, remembered);
      for (const h of previous) {
        if (await verifyPassword(h, newPassword))
          throw badRequest(
            'PASSWORD_REUSED',
            remembered === 1 ? '新密码不能与原密码相同' : `新密码不能与最近 ${remembered} 次使用过的密码相同`,
            {
              messageEn:
                remembered === 1
                  ? 'Choose a different password'
                  : `Choose a password different from your last ${remembered}`,
              field: 'newPassword',
            },
          );
      }
      const hash = await hashPassword(newPassword);
      const nextStage: 'mfa_enrol' | 'full' =
        !auth.user.totpEnabled && mfaRequired(auth.user, policy) && !(auth.user.isDemo && config.demoPassword)
          ? 'mfa_enrol'
          : 'full';
      await app.services.db.transaction(async (tx) => {
        await tx
          .update(users)
          .set({
            passwordHash: hash,
            passwordHistory: nextPasswordHistory(auth.user.passwordHistory, auth.user.passwordHash, remembered),
            passwordChangedAt: req.now,
            mustChangePassword: false,
            version: auth.user.version + 1,
            updatedAt: req.now,
          })
          .where(eq(users.id, auth.user.id));
        // Other sessions of this person end; this one continues.
        await revokeUserSessions(tx, auth.user.id, 'password_changed', { keep: auth.sessionId, now: req.now });
        await tx.update(sessions).set({ stage: nextStage }).where(eq(sessions.id, auth.sessionId));
        await auditTx(tx, req, {
          action: 'auth.password_changed',
          outcome: 'success',
          targetType: 'user',
          targetId: auth.user.id,
        });
      });
      return { ok: true as const, stage: nextStage };
    },
  );

  app.post(
    '/auth/totp/setup',
    {
      schema: {
        tags: ['auth'],
        summary: '开始绑定动态口令 (start TOTP enrolment)',
        response: { 200: TotpEnrolmentSchema },
      },
    },
    async (req) => {
      const auth = requireUser(req, ['full', 'mfa_enrol']);
      if (auth.user.totpEnabled)
        throw badRequest('MFA_ALREADY_ENROLLED', '已绑定动态口令，如需更换请联系安全管理员重置', {
          messageEn: 'Already enrolled',
        });
      const secret = newTotpSecret();
      await app.services.db
        .update(users)
        .set({ totpPendingSecret: app.services.secrets.seal(secret) })
        .where(eq(users.id, auth.user.id));
      return enrolmentInfo(secret, auth.user.username);
    },
  );

  app.post(
    '/auth/totp/enable',
    {
      schema: {
        tags: ['auth'],
        summary: '验证并启用动态口令，返回一次性恢复码',
        body: z.object({
          code: z
            .string()
            .trim()
            .regex(/^\d{6}$/, '动态口令为 6 位数字'),
        }),
        response: { 200: TotpEnabledSchema },
      },
    },
    async (req) => {
      const auth = requireUser(req, ['full', 'mfa_enrol']);
      const [row] = await app.services.db
        .select({ pending: users.totpPendingSecret })
        .from(users)
        .where(eq(users.id, auth.user.id));
      if (!row?.pending)
        throw badRequest('MFA_NOT_STARTED', '请先开始绑定动态口令', { messageEn: 'Start enrolment first' });
      const secret = app.services.secrets.open(row.pending);
      const step = totpStep(secret, req.body.code, req.now);
      if (step === null)
        throw badRequest('INVALID_TOTP', '动态口令错误，请核对手机时间后重试', {
          messageEn: 'Wrong code',
          field: 'code',
        });
      const recovery = newRecoveryCodes();
      await app.services.db.transaction(async (tx) => {
        await tx
          .update(users)
          .set({
            totpSecret: row.pending,
            totpPendingSecret: null,
            totpEnabled: true,
            recoveryCodes: recovery.hashes,
            // The enrolling code is spent too: it cannot sign in afterwards.
            totpLastStep: step,
          })
          .where(eq(users.id, auth.user.id));
        await tx.update(sessions).set({ stage: 'full' }).where(eq(sessions.id, auth.sessionId));
        await auditTx(tx, req, {
          action: 'auth.mfa_enrolled',
          outcome: 'success',
          targetType: 'user',
          targetId: auth.user.id,
        });
      });
      return { ok: true as const, recoveryCodes: recovery.plain };
    },
  );
}
