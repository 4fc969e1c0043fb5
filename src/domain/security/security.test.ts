import { describe, expect, it } from 'vitest';
import { characterClasses, checkPasswordStrength, isPasswordExpired } from './password-policy.js';
import { afterFailedSignIn, isLocked, sessionEnd, type SecurityPolicy } from './policy.js';

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

describe('password expiry', () => {
  it('expires exactly expiryDays after it was set, not a millisecond earlier', () => {
    expect(isPasswordExpired(t0, 90, plus(90 * 86_400_000 - 1))).toBe(false);
    expect(isPasswordExpired(t0, 90, plus(90 * 86_400_000))).toBe(true);
  });
  it('0 days = never', () => expect(isPasswordExpired(t0, 0, plus(10_000 * 86_400_000))).toBe(false));
});

describe('lockout after N failures', () => {
  it('locks on the 5th consecutive failure for 15 minutes', () => {
    let s = { failedAttempts: 0, lockedUntil: null as Date | null };
    for (let i = 1; i <= 4; i++) {
      s = afterFailedSignIn(s, policy, t0);
      expect(s.failedAttempts).toBe(i);
      expect(isLocked(s, t0)).toBe(false);
    }
    s = afterFailedSignIn(s, policy, t0);
    expect(isLocked(s, t0)).toBe(true);
    expect(s.lockedUntil!.getTime()).toBe(t0.getTime() + 15 * MIN);
    expect(isLocked(s, plus(15 * MIN - 1))).toBe(true);
    expect(isLocked(s, plus(15 * MIN))).toBe(false);
  });
  it('a failure after the lock has run out starts a new count', () => {
    const s = afterFailedSignIn({ failedAttempts: 0, lockedUntil: plus(-1) }, policy, t0);
    expect(s).toEqual({ failedAttempts: 1, lockedUntil: null });
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
