import { describe, expect, it } from 'vitest';
import { COMMON_PASSWORDS } from './common-passwords.js';
import {
  characterClasses,
  checkNewPassword,
  checkPasswordStrength,
  isCommonPassword,
  isPasswordExpired,
  nextPasswordHistory,
} from './password-policy.js';
import {
  countSignInAttempt,
  isLocked,
  passwordHistoryCountOf,
  refundSignInAttempt,
  securityPolicySchema,
  sessionEnd,
  type SecurityPolicy,
} from './policy.js';

const policy: SecurityPolicy = {
  passwordMinLength: 8,
  passwordMinClasses: 3,
  passwordExpiryDays: 90,
  lockoutThreshold: 5,
  lockoutMinutes: 15,
  sessionIdleMinutes: 30,
  sessionMaxHours: 12,
  mfaRequiredFor: 'admins',
};
const rules = { minLength: 8, minClasses: 3 };
const t0 = new Date('2026-11-28T02:00:00Z');
const plus = (ms: number) => new Date(t0.getTime() + ms);
const MIN = 60_000;

describe('password strength (等保: 口令复杂度)', () => {
  it.each([
    ['Abcdef1', 'PASSWORD_TOO_SHORT'], // 7 characters, 3 classes
    ['Abcdef12', null], // exactly 8, 3 classes
    ['abcdefgh', 'PASSWORD_TOO_SIMPLE'], // 1 class
    ['abcdef12', 'PASSWORD_TOO_SIMPLE'], // 2 classes
    ['abcdef1!', null], // lower + digit + symbol
    ['ABCDEF1!', null],
    ['密码密码密码Ab1', null], // CJK counts as a symbol class, length counts characters
  ])('%s → %s', (pw, expected) => {
    expect(checkPasswordStrength(pw, rules)?.code ?? null).toBe(expected);
  });
  it('refuses a password containing the user name', () => {
    expect(checkPasswordStrength('Sysadmin@2026', rules, 'sysadmin')?.code).toBe('PASSWORD_CONTAINS_USERNAME');
  });
  it('counts the four classes', () => {
    expect(characterClasses('aA1!')).toBe(4);
    expect(characterClasses('aaaa')).toBe(1);
  });
});

describe('common passwords (等保: 口令不得为常见弱口令)', () => {
  it.each(['Admin@123', 'P@ssw0rd', 'Passw0rd!', 'Aa123456', 'Qwer1234', 'admin@123', 'qWER1234', '1qaz@WSX'])(
    '%s is refused as common, whatever its case',
    (pw) => {
      expect(checkPasswordStrength(pw, rules)).toBeNull(); // it passes the complexity rule…
      expect(checkNewPassword(pw, rules)?.code).toBe('PASSWORD_TOO_COMMON'); // …and is still refused
    },
  );
  it('accepts a password that is strong and not on the list', () => {
    expect(isCommonPassword('Lake#Stone27')).toBe(false);
    expect(checkNewPassword('Lake#Stone27', rules)).toBeNull();
  });
  it('reports weakness before commonness', () => {
    expect(checkNewPassword('password', rules)?.code).toBe('PASSWORD_TOO_SIMPLE');
  });
  it('holds a few hundred entries, stored in lower case, without duplicates', () => {
    expect(COMMON_PASSWORDS.length).toBeGreaterThanOrEqual(300);
    expect(COMMON_PASSWORDS.every((p) => p === p.toLowerCase())).toBe(true);
    expect(new Set(COMMON_PASSWORDS).size).toBe(COMMON_PASSWORDS.length);
  });
});

describe('password history', () => {
  it('keeps N − 1 previous hashes: with the current one, the last N passwords', () => {
    expect(nextPasswordHistory([], 'h0', 5)).toEqual(['h0']);
    expect(nextPasswordHistory(['h3', 'h2', 'h1', 'h0'], 'h4', 5)).toEqual(['h4', 'h3', 'h2', 'h1']);
    expect(nextPasswordHistory(['h1', 'h0'], 'h2', 1)).toEqual([]);
    expect(nextPasswordHistory(['h1'], null, 5)).toEqual(['h1']);
  });
  it('N defaults to 5, may be 1–24, and a stored policy without it gets the default', () => {
    expect(passwordHistoryCountOf(policy)).toBe(5);
    expect(securityPolicySchema.parse(policy).passwordHistoryCount).toBe(5);
    expect(securityPolicySchema.safeParse({ ...policy, passwordHistoryCount: 0 }).success).toBe(false);
    expect(securityPolicySchema.safeParse({ ...policy, passwordHistoryCount: 25 }).success).toBe(false);
    expect(passwordHistoryCountOf({ ...policy, passwordHistoryCount: 24 })).toBe(24);
  });
});

describe('password expiry', () => {
  it('expires exactly expiryDays after it was set, not a millisecond earlier', () => {
    expect(isPasswordExpired(t0, 90, plus(90 * 86_400_000 - 1))).toBe(false);
    expect(isPasswordExpired(t0, 90, plus(90 * 86_400_000))).toBe(true);
  });
  it('0 days = never', () => expect(isPasswordExpired(t0, 0, plus(10_000 * 86_400_000))).toBe(false));
});

describe('lockout after N attempts', () => {
  it('locks on the 5th consecutive attempt for 15 minutes; a locked account gets no attempt', () => {
    let s = { failedAttempts: 0, lockedUntil: null as Date | null };
    for (let i = 1; i <= 4; i++) {
      s = countSignInAttempt(s, policy, t0)!;
      expect(s.failedAttempts).toBe(i);
      expect(isLocked(s, t0)).toBe(false);
    }
    s = countSignInAttempt(s, policy, t0)!;
    expect(isLocked(s, t0)).toBe(true);
    expect(s.failedAttempts).toBe(5);
    expect(s.lockedUntil!.getTime()).toBe(t0.getTime() + 15 * MIN);
    expect(isLocked(s, plus(15 * MIN - 1))).toBe(true);
    expect(isLocked(s, plus(15 * MIN))).toBe(false);
    expect(countSignInAttempt(s, policy, plus(15 * MIN - 1))).toBeNull();
  });
  it('an attempt after the lock has run out starts a new count', () => {
    const s = countSignInAttempt({ failedAttempts: 5, lockedUntil: plus(-1) }, policy, t0);
    expect(s).toEqual({ failedAttempts: 1, lockedUntil: null });
  });
  it('the right password given back: the count drops by one and a lock it completed is lifted', () => {
    const locked = { failedAttempts: 5, lockedUntil: plus(15 * MIN) };
    expect(refundSignInAttempt(locked, policy)).toEqual({ failedAttempts: 4, lockedUntil: null });
    expect(refundSignInAttempt({ failedAttempts: 2, lockedUntil: null }, policy)).toEqual({
      failedAttempts: 1,
      lockedUntil: null,
    });
    expect(refundSignInAttempt({ failedAttempts: 0, lockedUntil: null }, policy).failedAttempts).toBe(0);
  });
});

describe('session end', () => {
  const s = { createdAt: t0, lastSeenAt: t0, expiresAt: plus(12 * 60 * MIN), revokedAt: null };
  it('idle timeout at 30 minutes without activity', () => {
    expect(sessionEnd(s, policy, plus(30 * MIN - 1))).toBeNull();
    expect(sessionEnd(s, policy, plus(30 * MIN))).toBe('idle');
  });
  it('absolute lifetime even when active', () => {
    expect(sessionEnd({ ...s, lastSeenAt: plus(12 * 60 * MIN - MIN) }, policy, plus(12 * 60 * MIN))).toBe('expired');
  });
  it('revoked is revoked', () => expect(sessionEnd({ ...s, revokedAt: t0 }, policy, t0)).toBe('revoked'));
});
