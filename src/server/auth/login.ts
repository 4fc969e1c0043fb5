// Sign-in with password (+ TOTP or a recovery code once enrolled). Lockout after N failures
// (等保: 登录失败处理), a new session id at every sign-in, and every outcome audited.
import { eq } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { users } from '../../db/schema.js';
import { isPasswordExpired } from '../../domain/security/password-policy.js';
import { afterFailedSignIn, isLocked, type SecurityPolicy } from '../../domain/security/policy.js';
import { AppError } from '../errors.js';
import { audit, auditTx } from '../audit/record.js';
import { verifyPassword } from './passwords.js';
import { createSession, type SessionStage } from './session-store.js';
import { hashRecoveryCode, verifyTotp } from './totp.js';
import { mfaRequired } from './mfa.js';

type User = typeof users.$inferSelect;

export interface LoginInput {
  username: string;
  password: string;
  totp?: string;
  recoveryCode?: string;
}

const invalid = (remaining?: number) =>
  new AppError(
    401,
    'INVALID_CREDENTIALS',
    remaining !== undefined && remaining > 0
      ? `用户名或密码错误，再失败 ${remaining} 次账号将被锁定`
      : '用户名或密码错误',
    { messageEn: 'Wrong user name or password' },
  );

const locked = (until: Date, now: Date) => {
  const minutes = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
  return new AppError(
    423,
    'ACCOUNT_LOCKED',
    `连续登录失败次数过多，账号已锁定，请 ${minutes} 分钟后再试或联系安全管理员解锁`,
    {
      messageEn: `Account locked after repeated failures; try again in ${minutes} min`,
      details: { lockedUntil: until.toISOString() },
    },
  );
};

export async function login(req: FastifyRequest, input: LoginInput, policy: SecurityPolicy) {
  const { db, secrets, config } = req.server.services;
  const now = req.now;
  const [user] = await db.select().from(users).where(eq(users.username, input.username));
  const failAudit = (reason: string, u?: User) =>
    audit(req, {
      action: 'auth.login_failed',
      outcome: 'failure',
      actorUserId: u?.id ?? null,
      actorUsername: input.username,
      actorOrgId: u?.orgId ?? null,
      targetType: 'user',
      targetId: u?.id ?? null,
      detail: { reason },
    });

  if (!user) {
    await verifyPassword(null, input.password);
    await failAudit('unknown_user');
    throw invalid();
  }
  if (isLocked(user, now)) {
    await failAudit('locked', user);
    throw locked(user.lockedUntil!, now);
  }

  const passwordOk = await verifyPassword(user.passwordHash, input.password);
  let secondFactorOk = true;
  let usedRecovery: string | null = null;
  if (passwordOk && user.totpEnabled && user.totpSecret) {
    if (!input.totp && !input.recoveryCode) {
      throw new AppError(401, 'TOTP_REQUIRED', '请输入动态口令（双因素认证）', {
        messageEn: 'Enter the code from your authenticator app',
      });
    }
    if (input.recoveryCode) {
      usedRecovery = hashRecoveryCode(input.recoveryCode);
      secondFactorOk = user.recoveryCodes.includes(usedRecovery);
    } else {
      secondFactorOk = verifyTotp(secrets.open(user.totpSecret), input.totp ?? '', now);
    }
  }

  if (!passwordOk || !secondFactorOk) {
    const next = afterFailedSignIn(user, policy, now);
    const justLocked = next.lockedUntil !== null && !isLocked(user, now);
    await db.transaction(async (tx) => {
      await tx
        .update(users)
        .set({ failedAttempts: next.failedAttempts, lockedUntil: next.lockedUntil })
        .where(eq(users.id, user.id));
      const base = {
        actorUserId: user.id,
        actorUsername: user.username,
        actorOrgId: user.orgId,
        targetType: 'user',
        targetId: user.id,
      };
      await auditTx(tx, req, {
        ...base,
        action: 'auth.login_failed',
        outcome: 'failure',
        detail: { reason: passwordOk ? 'wrong_second_factor' : 'wrong_password' },
      });
      if (justLocked)
        await auditTx(tx, req, {
          ...base,
          action: 'auth.locked',
          outcome: 'success',
          detail: { until: next.lockedUntil!.toISOString(), minutes: policy.lockoutMinutes },
        });
    });
    if (justLocked) throw locked(next.lockedUntil!, now);
    if (!passwordOk) throw invalid(policy.lockoutThreshold - next.failedAttempts);
    throw new AppError(401, 'INVALID_TOTP', '动态口令或恢复码错误', {
      messageEn: 'Wrong authenticator or recovery code',
    });
  }
  if (user.disabled) {
    await failAudit('disabled', user);
    throw new AppError(403, 'ACCOUNT_DISABLED', '账号已停用，请联系系统管理员', {
      messageEn: 'This account is disabled',
    });
  }

  const demoWaiver = user.isDemo && config.demoPassword !== undefined;
  const stage: SessionStage =
    user.mustChangePassword || isPasswordExpired(user.passwordChangedAt, policy.passwordExpiryDays, now)
      ? 'password_change'
      : !user.totpEnabled && mfaRequired(user, policy) && !demoWaiver
        ? 'mfa_enrol'
        : 'full';

  const session = await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({
        failedAttempts: 0,
        lockedUntil: null,
        lastLoginAt: now,
        ...(usedRecovery ? { recoveryCodes: user.recoveryCodes.filter((h) => h !== usedRecovery) } : {}),
      })
      .where(eq(users.id, user.id));
    const s = await createSession(tx, {
      userId: user.id,
      stage,
      method: user.totpEnabled ? 'password+totp' : 'password',
      ip: req.ip,
      userAgent: req.headers['user-agent'],
      policy,
      now,
    });
    const base = {
      actorUserId: user.id,
      actorUsername: user.username,
      actorOrgId: user.orgId,
      targetType: 'user',
      targetId: user.id,
    };
    await auditTx(tx, req, {
      ...base,
      action: 'auth.login',
      outcome: 'success',
      detail: { method: user.totpEnabled ? 'password+totp' : 'password', stage },
    });
    if (usedRecovery) await auditTx(tx, req, { ...base, action: 'auth.recovery_code_used', outcome: 'success' });
    return s;
  });
  return { session, stage, user };
}
