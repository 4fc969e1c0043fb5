// The one-time passwords printed at first start are easy to read out and type, and pass the policy.
import { describe, expect, it } from 'vitest';
import { checkPasswordStrength } from '../../src/domain/security/password-policy.js';
import { randomPassword } from '../../src/server/seed/seed.js';

describe('first-start passwords (issue 13)', () => {
  it('three groups of four, no look-alike characters, accepted by the password policy', () => {
    for (let i = 0; i < 200; i++) {
      const p = randomPassword();
      expect(p).toMatch(/^[A-HJ-NP-Z][a-km-z][2-9][a-km-z](-[A-HJ-NP-Z][a-km-z][2-9][a-km-z]){2}$/);
      expect(p).not.toMatch(/[0O1lI]/);
      expect(checkPasswordStrength(p, { minLength: 12, minClasses: 4 }, 'someone')).toBeNull();
    }
  });
});
