// What the client sees of the signed-in person: organisation, roles, permissions and the
// actions (computed abilities) the UI may offer. The server still checks every call.
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { organizations } from '../../db/schema.js';
import { PERMISSIONS } from '../../domain/access/permissions.js';
import { homeKindFor, ORG_ROLES, type OrgRole } from '../../domain/organizations.js';
import { isPasswordExpired } from '../../domain/security/password-policy.js';
import type { SecurityPolicy } from '../../domain/security/policy.js';
import type { AuthContext } from './context.js';
import { mfaRequired } from './mfa.js';
import type { Me } from './responses.js';

export async function presentMe(db: Db, auth: AuthContext, policy: SecurityPolicy, now: Date): Promise<Me> {
  const { user, org } = auth;
  const [parent] = org.parentId
    ? await db
        .select({ id: organizations.id, name: organizations.name })
        .from(organizations)
        .where(eq(organizations.id, org.parentId))
    : [];
  const expiresAt =
    policy.passwordExpiryDays > 0 && user.passwordChangedAt
      ? new Date(user.passwordChangedAt.getTime() + policy.passwordExpiryDays * 86_400_000)
      : null;
  return {
    user: {
      id: user.id,
      username: user.username,
      displayName: user.displayName,
      position: user.position as Me['user']['position'],
      email: user.email,
      phone: user.phone,
      lastLoginAt: user.lastLoginAt?.toISOString() ?? null,
      mfaEnabled: user.totpEnabled,
      mfaRequired: mfaRequired(user, policy),
      passwordExpiresAt: expiresAt?.toISOString() ?? null,
      passwordExpired: isPasswordExpired(user.passwordChangedAt, policy.passwordExpiryDays, now),
    },
    organization: {
      id: org.id,
      code: org.code,
      name: org.name,
      nameEn: org.nameEn,
      kind: org.kind,
      roles: org.roles.map((r) => ({
        code: r,
        name: ORG_ROLES[r as OrgRole]?.zh ?? r,
        nameEn: ORG_ROLES[r as OrgRole]?.en ?? r,
      })),
      parent: parent ?? null,
    },
    roles: auth.roles as Me['roles'],
    adminRole: auth.adminRole as Me['adminRole'],
    homeKind: homeKindFor(org.roles, auth.adminRole),
    session: { stage: auth.stage, method: auth.method },
    permissions: [...auth.permissions].sort(),
    actions: [...auth.permissions]
      .sort()
      .map((p) => ({ permission: p, name: PERMISSIONS[p].zh, nameEn: PERMISSIONS[p].en })),
  };
}
