// Server-side sessions in the database (so every instance behind a load balancer shares them).
// The cookie carries a random 256-bit token; the table keeps only its SM3 hash.
import { randomBytes } from 'node:crypto';
import { and, eq, isNull, ne } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { sessions } from '../../db/schema.js';
import { sm3Hex } from '../../domain/audit/chain.js';
import type { SecurityPolicy } from '../../domain/security/policy.js';

export const SESSION_COOKIE = 'govit_sid';
export type SessionStage = 'full' | 'password_change' | 'mfa_enrol';

export function hashToken(token: string): string {
  return sm3Hex(`session:${token}`);
}

/** A new session id at every sign-in (no fixation): the token is generated here, never reused. */
export async function createSession(
  tx: Tx,
  args: {
    userId: string;
    stage: SessionStage;
    method: string;
    ip: string;
    userAgent?: string;
    policy: SecurityPolicy;
    now: Date;
  },
): Promise<{ token: string; id: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const id = hashToken(token);
  const expiresAt = new Date(args.now.getTime() + args.policy.sessionMaxHours * 3_600_000);
  await tx.insert(sessions).values({
    id,
    userId: args.userId,
    stage: args.stage,
    method: args.method,
    createdAt: args.now,
    lastSeenAt: args.now,
    expiresAt,
    ip: args.ip,
    userAgent: args.userAgent?.slice(0, 300),
  });
  return { token, id, expiresAt };
}

/**
 * The session cookie's options. Max-Age (relative), not Expires (absolute): the browser counts it on
 * its own clock, so a client whose clock differs from the server's still keeps the session.
 */
export function sessionCookieOptions(expiresAt: Date, now: Date, secure: boolean) {
  return {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure,
    maxAge: Math.max(0, Math.floor((expiresAt.getTime() - now.getTime()) / 1000)),
  };
}

export async function revokeSession(db: Db | Tx, id: string, reason: string, now: Date) {
  await db
    .update(sessions)
    .set({ revokedAt: now, revokedReason: reason })
    .where(and(eq(sessions.id, id), isNull(sessions.revokedAt)));
}

/** Ends every open session of a person (disabled, forced sign-out), or all but the one kept. */
export async function revokeUserSessions(
  db: Db | Tx,
  userId: string,
  reason: string,
  opts: { keep?: string; now: Date },
): Promise<number> {
  const ended = await db
    .update(sessions)
    .set({ revokedAt: opts.now, revokedReason: reason })
    .where(
      and(eq(sessions.userId, userId), isNull(sessions.revokedAt), opts.keep ? ne(sessions.id, opts.keep) : undefined),
    )
    .returning({ id: sessions.id });
  return ended.length;
}
