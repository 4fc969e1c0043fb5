// 登录失败处理 (等保 level 3 身份鉴别) counted in the database, one statement per step, so that
// parallel attempts cannot read the same count and overtake each other (issue 11, finding 4: 40
// parallel wrong passwords were 23 evaluations before the lock). An attempt is counted *before* its
// password is checked; a locked account gets no attempt, so its password is never evaluated. The
// rule is the domain's countSignInAttempt / refundSignInAttempt (domain/security/policy.ts).
import { and, eq, isNull, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { users } from '../../db/schema.js';
import type { LockoutState, SecurityPolicy } from '../../domain/security/policy.js';

/**
 * Takes one attempt for `userId`: +1 (a run out lock starts a new run at 1), locking for
 * lockoutMinutes when the count reaches the threshold. Null when the account is locked: no attempt.
 */
export async function takeSignInAttempt(
  db: Db,
  userId: string,
  policy: SecurityPolicy,
  now: Date,
): Promise<LockoutState | null> {
  const lockUntil = new Date(now.getTime() + policy.lockoutMinutes * 60_000);
  // Rows still locked are excluded by the WHERE; a row with locked_until set is an expired lock.
  const next = sql`(CASE WHEN ${users.lockedUntil} IS NOT NULL THEN 1 ELSE ${users.failedAttempts} + 1 END)`;
  const [row] = await db
    .update(users)
    .set({
      failedAttempts: next,
      lockedUntil: sql`CASE WHEN ${next} >= ${policy.lockoutThreshold} THEN ${lockUntil.toISOString()}::timestamptz ELSE NULL END`,
    })
    .where(and(eq(users.id, userId), or(isNull(users.lockedUntil), lte(users.lockedUntil, now))))
    .returning({ failedAttempts: users.failedAttempts, lockedUntil: users.lockedUntil });
  return row ?? null;
}

/** The attempt was the right password but did not sign in: give it back (and lift a lock only it completed). */
export async function giveBackSignInAttempt(db: Db, userId: string, policy: SecurityPolicy): Promise<void> {
  const left = sql`GREATEST(${users.failedAttempts} - 1, 0)`;
  await db
    .update(users)
    .set({
      failedAttempts: left,
      lockedUntil: sql`CASE WHEN ${left} < ${policy.lockoutThreshold} THEN NULL ELSE ${users.lockedUntil} END`,
    })
    .where(eq(users.id, userId));
}
