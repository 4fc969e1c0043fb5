// Shapes of the /api/v1 responses the web UI reads. The server is the authority; these types
// mirror its presenters, and codes the domain defines are the domain's types.
import type { Area } from '../../domain/access/permissions';
import type { HomeKind } from '../../domain/organizations';

export type { Area, HomeKind };
export type SessionStage = 'full' | 'password_change' | 'mfa_enrol';

export interface Named {
  code: string;
  name: string;
  nameEn: string;
}

export interface Me {
  user: {
    id: string;
    username: string;
    displayName: string;
    position: 'clerk' | 'leader';
    email: string | null;
    phone: string | null;
    lastLoginAt: string | null;
    mfaEnabled: boolean;
    mfaRequired: boolean;
    passwordExpiresAt: string | null;
    passwordExpired: boolean;
  };
  organization: {
    id: string;
    code: string;
    name: string;
    nameEn: string;
    kind: string;
    roles: Named[];
    parent: { id: string; name: string } | null;
  };
  roles: (Named & { area: Area })[];
  adminRole: 'system_admin' | 'security_admin' | 'audit_admin' | null;
  homeKind: HomeKind;
  session: { stage: SessionStage; method: string };
  permissions: string[];
  actions: { permission: string; name: string; nameEn: string }[];
}

export interface LoginResult {
  stage: SessionStage;
  mustChangePassword: boolean;
  mfaEnrolmentRequired: boolean;
  user: { id: string; username: string; displayName: string };
}

export interface AuthConfig {
  oidc?: { enabled: boolean; label: string; loginUrl: string };
}

export interface HomeStat {
  key: string;
  label: string;
  labelEn: string;
  value: number;
  link?: string;
}
export interface HomeSection {
  key: string;
  title: string;
  titleEn: string;
  items: unknown[];
  emptyText: string;
  emptyTextEn: string;
}
export interface Home {
  kind: HomeKind;
  title: string;
  titleEn: string;
  stats: HomeStat[];
  sections: HomeSection[];
}

export interface Notification {
  id: string;
  title: string;
  body: string;
  link: string | null;
  /** todo (待办) | reminder (提醒) | notice (项目进展). */
  category: 'todo' | 'reminder' | 'notice';
  obligationKey: string | null;
  readAt: string | null;
  /** Set once its step is done: no longer counted as unread. */
  resolvedAt: string | null;
  createdAt: string;
}
export type NotificationFilter = 'all' | 'unread' | 'todo' | 'reminder';
export interface Notifications {
  items: Notification[];
  filter: NotificationFilter;
  total: number;
  page: number;
  pageSize: number;
  /** Unread and not done: what the bell counts. */
  unread: number;
  unreadTodo: number;
  unreadReminder: number;
  emptyText: string;
}

export interface Organization {
  id: string;
  code: string;
  name: string;
  nameEn: string;
  roles: string[];
  kind: string;
  parentId: string | null;
  disabled: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface User {
  id: string;
  username: string;
  displayName: string;
  orgId: string;
  position: 'clerk' | 'leader';
  roleCodes: string[];
  email: string | null;
  phone: string | null;
  disabled: boolean;
  locked: boolean;
  lockedUntil: string | null;
  mfaEnabled: boolean;
  mustChangePassword: boolean;
  lastLoginAt: string | null;
  isDemo: boolean;
  /** 三权分立: a new or reset account waits for the security admin (roles, then the password's second half). */
  activation: 'awaiting_roles' | 'awaiting_second_half' | 'active';
  version: number;
}

export interface Permission {
  code: string;
  area: Area;
  name: string;
  nameEn: string;
}
export interface Role {
  code: string;
  name: string;
  nameEn: string;
  area: Area;
  permissions: string[];
  builtin: boolean;
  version: number;
}

export interface SecurityPolicy {
  passwordMinLength: number;
  passwordMinClasses: number;
  passwordExpiryDays: number;
  passwordHistoryCount: number;
  lockoutThreshold: number;
  lockoutMinutes: number;
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  mfaRequiredFor: 'admins' | 'all';
  version: number;
}

export interface AuditEvent {
  seq: number;
  id: string;
  at: string;
  actorUsername: string | null;
  actorOrgId: string | null;
  action: string;
  actionName: string;
  targetType: string | null;
  targetId: string | null;
  outcome: 'success' | 'failure' | 'denied';
  ip: string | null;
  requestId: string | null;
  detail: unknown;
  prevHash: string;
  hash: string;
}

export interface AuditVerify {
  ok: boolean;
  checked: number;
  lastSeq: number | null;
  headHash: string | null;
  firstBroken: null | {
    seq: number;
    reason: 'hash_mismatch' | 'prev_mismatch';
    expected: string;
    found: string;
    at: string;
    action: string;
  };
}

export interface ListOf<T> {
  items: T[];
  total?: number;
}
