// Shapes of the /api/v1 responses the web UI reads: aliases of the types generated from the
// server's response schemas (openapi.d.ts, `npm run openapi`; issue 13), so the web and the server
// cannot drift. Codes the domain defines are the domain's types.
import type { Area } from '../../domain/access/permissions';
import type { HomeKind } from '../../domain/organizations';
import type { components } from './openapi';

type S = components['schemas'];

export type { Area, HomeKind };

export type SessionStage = S['SessionStage'];
export type Named = S['Named'];

export type Me = S['Me'];
export type LoginResult = S['LoginResult'];
export type AuthConfig = S['AuthConfig'];

export type HomeStat = S['HomeStat'];
export type HomeSection = S['HomeSection'];
export type Home = S['Home'];

export type Notification = S['Notification'];
export type NotificationFilter = S['NotificationFilter'];
export type Notifications = S['Notifications'];

export type Organization = S['Organization'];
/** 三权分立: a new or reset account waits for the security admin (roles, then the password's second half). */
export type User = S['User'];
export type Permission = S['Permission'];
export type Role = S['Role'];
export type SecurityPolicy = S['SecurityPolicy'];

export type AuditEvent = S['AuditEvent'];
export type AuditVerify = S['AuditVerify'];
export type AuditAnchor = S['AuditAnchor'];

/** A list answer (`{ items, total }`); the generated list types (S['UserList'] …) have this shape. */
export interface ListOf<T> {
  items: T[];
  total?: number;
}
