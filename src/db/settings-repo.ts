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
  if (!row) return { policy: fallback, version: 0 };
  const parsed = securityPolicySchema.safeParse({ ...fallback, ...(row.value as object) });
  return { policy: parsed.success ? parsed.data : fallback, version: row.version };
}
