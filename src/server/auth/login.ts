// Sign-in with password (+ TOTP or a recovery code once enrolled), 等保 level 3 身份鉴别:
// - lockout after N attempts, counted in the database before the password is checked (lockout.ts);
//   a locked account's password is not evaluated at all;
// - one answer for an unknown user, a wrong password and a locked account (same status, code and
//   message, and the same argon2 work), so sign-in tells nobody which accounts exist or are locked —
//   not even after the right password (the lock would otherwise confirm a guess; docs/security.md);
// - a TOTP code or recovery code is used once (the last time step is stored, compared atomically);
// - a new session id at every sign-in, and every outcome audited.
import { and, eq, isNull, lt, or, sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { users } from '../../db/schema.js';
import { isPasswordExpired } from '../../domain/security/password-policy.js';
import type { SecurityPolicy } from '../../domain/security/policy.js';
import { AppError } from '../errors.js';
import { audit, auditTx } from '../audit/record.js';
import { verifyPassword } from './passwords.js';
import { createSession, type SessionStage } from './session-store.js';
import { hashRecoveryCode, totpStep } from './totp.js';
import { mfaRequired } from './mfa.js';
import { giveBackSignInAttempt, takeSignInAttempt } from './lockout.js';

type User = typeof users.$inferSelect;

export interface LoginInput {
  username: string;
  password: string;
  totp?: string;
  recoveryCode?: string;
}

/** The one answer for an unknown user, a wrong password and a locked account. */
export const invalidCredentials = (policy: SecurityPolicy) =>
  new AppError(
    401,
    'INVALID_CREDENTIALS',
    `用户名或密码错误。连续失败 ${policy.lockoutThreshold} 次账号将锁定 ${policy.lockoutMinutes} 分钟；如已锁定，请稍后再试或联系安全管理员解锁`,
    {
      messageEn: `Wrong user name or password. After ${policy.lockoutThreshold} failures in a row the account locks for ${policy.lockoutMinutes} min; if it is locked, try later or ask the security administrator`,
    },
  );

const invalidTotp = () =>
  new AppError(401, 'INVALID_TOTP', '动态口令或恢复码错误（每个动态口令只能使用一次）', {
    messageEn: 'Wrong authenticator or recovery code (each code works once)',
  });

/** The code or recovery code was used by a sign-in that committed first (raced). */
class SecondFactorSpent extends Error {}

export async function login(req: FastifyRequest, input: LoginInput, policy: SecurityPolicy) {
  const { db, secrets, config } = req.server.services;
  const now = req.now;
  const [user] = await db.select().from(users).where(eq(users.username, input.username));
  const base = (u: User) => ({
    actorUserId: u.id,
    actorUsername: u.username,
    actorOrgId: u.orgId,
    targetType: 'user',
    targetId: u.id,
  });
  const failAudit = (reason: string, u?: User) =>
    audit(req, {
      action: 'auth.login_failed',
      outcome: 'failure',
      ...(u ? base(u) : { actorUserId: null, actorUsername: input.username, actorOrgId: null, targetType: 'user' }),
      detail: { reason },
    });

  if (!user) {
    await verifyPassword(null, input.password);
    await failAudit('unknown_user');
    throw invalidCredentials(policy);
  }
  const attempt = await takeSignInAttempt(db, user.id, policy, now);
  if (!attempt) {
    await verifyPassword(null, input.password); // the same work as a real check: no timing difference
    await failAudit('locked', user);
    throw invalidCredentials(policy);
  }
  const justLocked = attempt.lockedUntil;
  /** A counted failure: its audit row, and the lock it completed. */
  const fail = (reason: string) =>
    db.transaction(async (tx) => {
      await auditTx(tx, req, { ...base(user), action: 'auth.login_failed', outcome: 'failure', detail: { reason } });
      if (justLocked)
        await auditTx(tx, req, {
          ...base(user),
          action: 'auth.locked',
          outcome: 'success',
          detail: { until: justLocked.toISOString(), minutes: policy.lockoutMinutes, attempts: attempt.failedAttempts },
        });
    });

  if (!(await verifyPassword(user.passwordHash, input.password))) {
    await fail('wrong_password');
    throw invalidCredentials(policy);
  }

  // The password is right. A second factor, when enrolled, is checked and spent once.
  let step: number | null = null;
  let usedRecovery: string | null = null;
  if (user.totpEnabled && user.totpSecret) {
    if (!input.totp && !input.recoveryCode) {
      await giveBackSignInAttempt(db, user.id, policy);
      throw new AppError(401, 'TOTP_REQUIRED', '请输入动态口令（双因素认证）', {
        messageEn: 'Enter the code from your authenticator app',
      });
    }
    if (input.recoveryCode) {
      usedRecovery = hashRecoveryCode(input.recoveryCode);
      if (!user.recoveryCodes.includes(usedRecovery)) {
        await fail('wrong_second_factor');
        throw invalidTotp();
      }
    } else {
      step = totpStep(secrets.open(user.totpSecret), input.totp ?? '', now);
      if (step === null) {
        await fail('wrong_second_factor');
        throw invalidTotp();
      }
      if (user.totpLastStep !== null && step <= user.totpLastStep) {
        await fail('totp_replayed');
        throw invalidTotp();
      }
    }
  }
  if (user.disabled) {
    await giveBackSignInAttempt(db, user.id, policy);
    await failAudit('disabled', user);
    throw new AppError(403, 'ACCOUNT_DISABLED', '账号已停用，请联系系统管理员', {
      messageEn: 'This account is disabled',
    });
  }
  if (user.roleCodes.length === 0) {
    await giveBackSignInAttempt(db, user.id, policy);
    await failAudit('not_activated', user);
    throw new AppError(403, 'ACCOUNT_NOT_ACTIVATED', '账号尚未由安全管理员授予角色，暂不能登录', {
      messageEn: 'The security administrator has not granted this account a role yet',
    });
  }

  const demoWaiver = user.isDemo && config.demoPassword !== undefined;
  const stage: SessionStage =
    user.mustChangePassword || isPasswordExpired(user.passwordChangedAt, policy.passwordExpiryDays, now)
      ? 'password_change'
      : !user.totpEnabled && mfaRequired(user, policy) && !demoWaiver
        ? 'mfa_enrol'
        : 'full';
  const method = user.totpEnabled ? 'password+totp' : 'password';

  try {
    const session = await db.transaction(async (tx) => {
      // The code is spent in the same statement that checks it is still unspent: of two sign-ins
      // racing with one code, one updates the row and the other finds nothing to update.
      const [spent] = await tx
        .update(users)
        .set({
          failedAttempts: 0,
          lockedUntil: null,
          lastLoginAt: now,
          ...(step !== null ? { totpLastStep: step } : {}),
          ...(usedRecovery ? { recoveryCodes: sql`array_remove(${users.recoveryCodes}, ${usedRecovery})` } : {}),
        })
        .where(
          and(
            eq(users.id, user.id),
            step !== null ? or(isNull(users.totpLastStep), lt(users.totpLastStep, step)) : undefined,
            usedRecovery ? sql`${usedRecovery} = ANY(${users.recoveryCodes})` : undefined,
          ),
        )
        .returning({ id: users.id });
      if (!spent) throw new SecondFactorSpent();
      const s = await createSession(tx, {
        userId: user.id,
        stage,
        method,
        ip: req.ip,
        userAgent: req.headers['user-agent'],
        policy,
        now,
      });
      await auditTx(tx, req, { ...base(user), action: 'auth.login', outcome: 'success', detail: { method, stage } });
      if (usedRecovery)
        await auditTx(tx, req, { ...base(user), action: 'auth.recovery_code_used', outcome: 'success' });
      return s;
    });
    return { session, stage, user };
  } catch (err) {
    if (!(err instanceof SecondFactorSpent)) throw err;
    await fail(step !== null ? 'totp_replayed' : 'wrong_second_factor');
    throw invalidTotp();
  }
}
