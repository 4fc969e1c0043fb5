// The security policy the security admin maintains (三权分立): password, lockout, session, MFA.
import { z } from 'zod';

export const DEFAULT_PASSWORD_HISTORY_COUNT = 5;

export const securityPolicySchema = z.object({
  passwordMinLength: z.number().int().min(8).max(64),
  passwordMinClasses: z.number().int().min(3).max(4),
  /** 0 = never expires. */
  passwordExpiryDays: z.number().int().min(0).max(3650),
  /**
   * How many of the last passwords (the current one included) a new password may not repeat.
   * Default 5; older stored policies (and the boot-time policy) without it get the default.
   */
  passwordHistoryCount: z.number().int().min(1).max(24).default(DEFAULT_PASSWORD_HISTORY_COUNT),
  /** Consecutive failed sign-ins that lock the account. */
  lockoutThreshold: z.number().int().min(1).max(100),
  lockoutMinutes: z.number().int().min(1).max(1440),
  sessionIdleMinutes: z.number().int().min(1).max(1440),
  sessionMaxHours: z.number().int().min(1).max(720),
  /** Who must enrol a second factor (TOTP) at first sign-in. */
  mfaRequiredFor: z.enum(['admins', 'all']),
});

/** As stored or configured: fields with a default (passwordHistoryCount) may be missing. */
export type SecurityPolicy = z.input<typeof securityPolicySchema>;

/** The password history count in force (the default when the policy predates the setting). */
export function passwordHistoryCountOf(policy: SecurityPolicy): number {
  return policy.passwordHistoryCount ?? DEFAULT_PASSWORD_HISTORY_COUNT;
}

export interface LockoutState {
  failedAttempts: number;
  lockedUntil: Date | null;
}

export function isLocked(state: LockoutState, now: Date): boolean {
  return state.lockedUntil !== null && state.lockedUntil.getTime() > now.getTime();
}

/**
 * An attempt to sign in, counted before the password is checked: one more attempt; at the threshold
 * the account locks for `lockoutMinutes` (the count stays at the threshold while locked). A lock
 * that has run out resets the count (this attempt is the first of a new run). A locked account
 * gets no attempt at all (null): its password is not evaluated. The server runs the same rule as one
 * SQL statement (auth/lockout.ts), so parallel attempts cannot overtake each other.
 */
export function countSignInAttempt(state: LockoutState, policy: SecurityPolicy, now: Date): LockoutState | null {
  if (isLocked(state, now)) return null;
  const attempts = (state.lockedUntil !== null ? 0 : state.failedAttempts) + 1;
  if (attempts >= policy.lockoutThreshold) {
    return { failedAttempts: attempts, lockedUntil: new Date(now.getTime() + policy.lockoutMinutes * 60_000) };
  }
  return { failedAttempts: attempts, lockedUntil: null };
}

/**
 * The attempt turned out to be the right password without a sign-in (the second factor still to
 * come, an account disabled or not yet activated): it is given back, and a lock that only it
 * completed is lifted.
 */
export function refundSignInAttempt(state: LockoutState, policy: SecurityPolicy): LockoutState {
  const attempts = Math.max(0, state.failedAttempts - 1);
  return { failedAttempts: attempts, lockedUntil: attempts < policy.lockoutThreshold ? null : state.lockedUntil };
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
