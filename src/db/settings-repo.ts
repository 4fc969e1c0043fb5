import { eq } from 'drizzle-orm';
import { securityPolicySchema, type SecurityPolicy } from '../domain/security/policy.js';
import type { Db, Tx } from './client.js';
import { settings } from './schema.js';

export const SECURITY_POLICY_KEY = 'security_policy';

export async function readSecurityPolicy(
  db: Db | Tx,
  fallback: SecurityPolicy,
): Promise<{ policy: SecurityPolicy; version: number }> {
  const [row] = await db.select().from(settings).where(eq(settings.key, SECURITY_POLICY_KEY));
  return policyFromSetting(row ?? null, fallback);
}

/** The policy a stored setting gives (over the configured one); the configured one alone without it or when it does not parse. */
export function policyFromSetting(
  row: { value: unknown; version: number } | null,
  fallback: SecurityPolicy,
): { policy: SecurityPolicy; version: number } {
  if (!row) return { policy: fallback, version: 0 };
  const parsed = securityPolicySchema.safeParse({ ...fallback, ...(row.value as object) });
  return { policy: parsed.success ? parsed.data : fallback, version: row.version };
}
