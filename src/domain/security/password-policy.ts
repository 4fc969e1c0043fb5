// Password strength and expiry (等保 level 3, 身份鉴别): at least N characters drawn from at
// least M of the four classes (upper, lower, digit, symbol), not a common password, not one of the
// last N used (history). Checked on the server.
import { COMMON_PASSWORDS } from './common-passwords.js';

export interface PasswordRules {
  minLength: number;
  minClasses: number;
}

export interface PasswordProblem {
  code: 'PASSWORD_TOO_SHORT' | 'PASSWORD_TOO_SIMPLE' | 'PASSWORD_CONTAINS_USERNAME' | 'PASSWORD_TOO_COMMON';
  message: string;
  messageEn: string;
}

export function characterClasses(password: string): number {
  return [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
}

export function checkPasswordStrength(
  password: string,
  rules: PasswordRules,
  username?: string,
): PasswordProblem | null {
  if ([...password].length < rules.minLength) {
    return {
      code: 'PASSWORD_TOO_SHORT',
      message: `密码长度至少 ${rules.minLength} 位`,
      messageEn: `Password must be at least ${rules.minLength} characters`,
    };
  }
  if (characterClasses(password) < rules.minClasses) {
    return {
      code: 'PASSWORD_TOO_SIMPLE',
      message: `密码须包含大写字母、小写字母、数字、特殊字符中的至少 ${rules.minClasses} 类`,
      messageEn: `Password must mix at least ${rules.minClasses} of: upper case, lower case, digits, symbols`,
    };
  }
  if (username && username.length >= 3 && password.toLowerCase().includes(username.toLowerCase())) {
    return {
      code: 'PASSWORD_CONTAINS_USERNAME',
      message: '密码不得包含用户名',
      messageEn: 'Password must not contain the user name',
    };
  }
  return null;
}

const COMMON = new Set(COMMON_PASSWORDS.map((p) => p.toLowerCase()));

/** On the common-password list (common-passwords.ts), whatever its case. */
export function isCommonPassword(password: string): boolean {
  return COMMON.has(password.trim().toLowerCase());
}

/**
 * What a person may choose as a new password: the strength rules, then the common-password list.
 * (The history is checked by the caller: it needs the stored hashes.)
 */
export function checkNewPassword(password: string, rules: PasswordRules, username?: string): PasswordProblem | null {
  const weak = checkPasswordStrength(password, rules, username);
  if (weak) return weak;
  if (isCommonPassword(password)) {
    return {
      code: 'PASSWORD_TOO_COMMON',
      message: '该密码属于常见弱口令，容易被猜中，请换一个',
      messageEn: 'This is one of the most common passwords; choose another',
    };
  }
  return null;
}

/**
 * Password history: the hashes to keep after a change so that the last `count` passwords (the new
 * current one included) cannot be chosen again. `previousHash` is the password being replaced.
 */
export function nextPasswordHistory(history: readonly string[], previousHash: string | null, count: number): string[] {
  const kept = previousHash ? [previousHash, ...history] : [...history];
  return kept.slice(0, Math.max(0, count - 1));
}

/** A password expires `expiryDays` after it was set; 0 means it never expires. */
export function isPasswordExpired(changedAt: Date | null, expiryDays: number, now: Date): boolean {
  if (expiryDays <= 0 || !changedAt) return false;
  return now.getTime() >= changedAt.getTime() + expiryDays * 86_400_000;
}
