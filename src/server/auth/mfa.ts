import type { SecurityPolicy } from '../../domain/security/policy.js';

const ADMIN_ROLE_CODES = new Set(['system_admin', 'security_admin', 'audit_admin']);

/** Who must enrol a second factor: the three administrators always under 'admins', everyone under 'all'. */
export function mfaRequired(user: { roleCodes: string[] }, policy: SecurityPolicy): boolean {
  if (policy.mfaRequiredFor === 'all') return true;
  return user.roleCodes.some((r) => ADMIN_ROLE_CODES.has(r));
}
