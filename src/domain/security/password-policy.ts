// Password strength and expiry (等保 level 3, 身份鉴别): at least N characters drawn from at
// least M of the four classes (upper, lower, digit, symbol). Checked on the server.

export interface PasswordRules {
  minLength: number;
  minClasses: number;
}

export interface PasswordProblem {
  code: 'PASSWORD_TOO_SHORT' | 'PASSWORD_TOO_SIMPLE' | 'PASSWORD_CONTAINS_USERNAME';
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

/** A password expires `expiryDays` after it was set; 0 means it never expires. */
export function isPasswordExpired(changedAt: Date | null, expiryDays: number, now: Date): boolean {
  if (expiryDays <= 0 || !changedAt) return false;
  return now.getTime() >= changedAt.getTime() + expiryDays * 86_400_000;
}
