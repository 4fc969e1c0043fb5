// Who is asking: resolved once per request from the session cookie (or a Bearer token carrying
// the same session token, for API clients), with the person's organisation, roles and permissions.
import { and, eq, sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { jsonValue, type Db } from '../../db/client.js';
import { organizations, roles, sessions, settings, users } from '../../db/schema.js';
import { policyFromSetting, SECURITY_POLICY_KEY } from '../../db/settings-repo.js';
import { isPermission, type Permission } from '../../domain/access/permissions.js';
import { sessionEnd, type SecurityPolicy } from '../../domain/security/policy.js';
import { hashToken, revokeSession, SESSION_COOKIE, type SessionStage } from './session-store.js';

export interface AuthContext {
  sessionId: string;
  stage: SessionStage;
  method: string;
  user: typeof users.$inferSelect;
  org: typeof organizations.$inferSelect;
  roles: { code: string; name: string; nameEn: string; area: string }[];
  adminRole: string | null;
  permissions: Set<Permission>;
}

export function sessionToken(req: FastifyRequest): string | null {
  const auth = req.headers.authorization;
  if (auth?.startsWith('Bearer ')) return auth.slice(7).trim() || null;
  return req.cookies?.[SESSION_COOKIE] ?? null;
}

/** Seen-at is written at most once a minute: the idle timeout is measured in minutes. */
const TOUCH_EVERY_MS = 60_000;

interface RoleRow {
  code: string;
  name: string;
  nameEn: string;
  area: string;
  permissions: string[];
}

/**
 * Who is asking, in one statement (issue 12: every request pays for it): the session with its person
 * and organisation, the person's roles and the security policy in force (the security admin may have
 * changed it since boot, on any instance). Nothing is cached between requests, so a revoked session,
 * a disabled person, a changed role or policy holds from the next request on.
 */
export async function resolveAuth(
  db: Db,
  req: FastifyRequest,
  initialPolicy: SecurityPolicy,
  now: Date,
): Promise<AuthContext | null> {
  const token = sessionToken(req);
  if (!token) return null;
  const id = hashToken(token);
  const [row] = await db
    .select({
      session: sessions,
      user: users,
      org: organizations,
      roles: sql<unknown>`(SELECT coalesce(json_agg(json_build_object('code', r.code, 'name', r.name,
        'nameEn', r.name_en, 'area', r.area, 'permissions', r.permissions) ORDER BY r.code), '[]'::json)
        FROM ${roles} r WHERE r.code = ANY(${users.roleCodes}))`,
      policy: sql<unknown>`(SELECT json_build_object('value', s.value, 'version', s.version)
        FROM ${settings} s WHERE s.key = ${SECURITY_POLICY_KEY})`,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(organizations, eq(organizations.id, users.orgId))
    .where(eq(sessions.id, id));
  if (!row) return null;
  const policy = policyFromSetting(jsonValue(row.policy), initialPolicy).policy;
  const ended = sessionEnd(row.session, policy, now);
  if (ended || row.user.disabled) {
    if (!row.session.revokedAt) await revokeSession(db, id, ended ?? 'user_disabled', now);
    return null;
  }
  if (now.getTime() - row.session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db
      .update(sessions)
      .set({ lastSeenAt: now })
      .where(and(eq(sessions.id, id)));
  }
  const roleRows = jsonValue<RoleRow[]>(row.roles);
  const permissions = new Set<Permission>();
  for (const r of roleRows) for (const p of r.permissions) if (isPermission(p)) permissions.add(p);
  const adminRole = roleRows.find((r) => r.area !== 'business')?.code ?? null;
  return {
    sessionId: id,
    stage: row.session.stage as SessionStage,
    method: row.session.method,
    user: row.user,
    org: row.org,
    roles: roleRows.map((r) => ({ code: r.code, name: r.name, nameEn: r.nameEn, area: r.area })),
    adminRole,
    permissions,
  };
}
