// The security policy the security admin maintains (三权分立): password, lockout, session, MFA.
import { z } from 'zod';

export const securityPolicySchema = z.object({
  passwordMinLength: z.number().int().min(8).max(64),
  passwordMinClasses: z.number().int().min(3).max(4),
  /** 0 = never expires. */
  passwordExpiryDays: z.number().int().min(0).max(3650),
  /** Consecutive failed sign-ins that lock the account. */
  lockoutThreshold: z.number().int().min(1).max(100),
  lockoutMinutes: z.number().int().min(1).max(1440),
  sessionIdleMinutes: z.number().int().min(1).max(1440),
  sessionMaxHours: z.number().int().min(1).max(720),
  /** Who must enrol a second factor (TOTP) at first sign-in. */
  mfaRequiredFor: z.enum(['admins', 'all']),
});

export type SecurityPolicy = z.infer<typeof securityPolicySchema>;

export interface LockoutState {
  failedAttempts: number;
  lockedUntil: Date | null;
}

export function isLocked(state: LockoutState, now: Date): boolean {
  return state.lockedUntil !== null && state.lockedUntil.getTime() > now.getTime();
}

/**
 * After a failed sign-in: count it; at the threshold lock for `lockoutMinutes` and start counting
 * afresh. A lock that has run out resets the count (the next failure is the first of a new run).
 */
export function afterFailedSignIn(state: LockoutState, policy: SecurityPolicy, now: Date): LockoutState {
  const expired = state.lockedUntil !== null && state.lockedUntil.getTime() <= now.getTime();
  const attempts = (expired ? 0 : state.failedAttempts) + 1;
  if (attempts >= policy.lockoutThreshold) {
    return { failedAttempts: 0, lockedUntil: new Date(now.getTime() + policy.lockoutMinutes * 60_000) };
  }
  return { failedAttempts: attempts, lockedUntil: expired ? null : state.lockedUntil };
}

export interface SessionTimes {
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
}

export type SessionEnd = 'revoked' | 'idle' | 'expired' | null;

/** Why a session is no longer valid, or null while it is (idle timeout and absolute lifetime). */
export function sessionEnd(s: SessionTimes, policy: SecurityPolicy, now: Date): SessionEnd {
  if (s.revokedAt) return 'revoked';
  if (now.getTime() >= s.expiresAt.getTime()) return 'expired';
  if (now.getTime() - s.lastSeenAt.getTime() >= policy.sessionIdleMinutes * 60_000) return 'idle';
  return null;
}
