// Drizzle schema: the only description of the tables. Migrations in ./drizzle are generated
// from it (`npm run db:generate`) plus hand-written SQL where Drizzle has no words (triggers).
import { sql } from 'drizzle-orm';
import {
  bigserial, boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid,
} from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const createdAt = () => ts('created_at').notNull().defaultNow();
const updatedAt = () => ts('updated_at').notNull().defaultNow();

/** 组织机构 — every person acts for exactly one organisation (SPEC §1). */
export const organizations = pgTable('organizations', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull(),
  name: text('name').notNull(),
  nameEn: text('name_en').notNull().default(''),
  /** Organisation roles of SPEC §1 (data_bureau, finance, declarant, sector_authority …). */
  roles: text('roles').array().notNull().default(sql`'{}'::text[]`),
  /** What sort of body it is (区级部门, 镇, 街道, 园区, 区属国企, 学校, 医院, 企业 …). */
  kind: text('kind').notNull(),
  /** The sector authority / parent SOE that forwards its declarations (扎口管理, Art.9). */
  parentId: uuid('parent_id'),
  disabled: boolean('disabled').notNull().default(false),
  version: integer('version').notNull().default(1),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [uniqueIndex('organizations_code_uq').on(t.code)]);

/** 角色 — named permission sets; the security admin edits them (三权分立). */
export const roles = pgTable('roles', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  nameEn: text('name_en').notNull(),
  /** 'admin' roles hold only administration permissions; 'business' roles only project ones. */
  area: text('area').notNull(),
  permissions: text('permissions').array().notNull().default(sql`'{}'::text[]`),
  builtin: boolean('builtin').notNull().default(false),
  version: integer('version').notNull().default(1),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/** 用户账号 */
export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  username: text('username').notNull(),
  displayName: text('display_name').notNull(),
  orgId: uuid('org_id').notNull().references(() => organizations.id),
  /** clerk (经办人) | leader (分管领导) */
  position: text('position').notNull().default('clerk'),
  roleCodes: text('role_codes').array().notNull().default(sql`'{}'::text[]`),
  email: text('email'),
  phone: text('phone'),
  passwordHash: text('password_hash'),
  passwordChangedAt: ts('password_changed_at'),
  mustChangePassword: boolean('must_change_password').notNull().default(true),
  failedAttempts: integer('failed_attempts').notNull().default(0),
  lockedUntil: ts('locked_until'),
  disabled: boolean('disabled').notNull().default(false),
  /** TOTP secret, SM4-encrypted with the instance key; pending until the first code is verified. */
  totpSecret: text('totp_secret'),
  totpPendingSecret: text('totp_pending_secret'),
  totpEnabled: boolean('totp_enabled').notNull().default(false),
  /** SM3 hashes of unused recovery codes. */
  recoveryCodes: text('recovery_codes').array().notNull().default(sql`'{}'::text[]`),
  /** Subject at the district's unified identity system (统一身份认证, Art.6). */
  oidcSubject: text('oidc_subject'),
  isDemo: boolean('is_demo').notNull().default(false),
  lastLoginAt: ts('last_login_at'),
  version: integer('version').notNull().default(1),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [
  uniqueIndex('users_username_uq').on(t.username),
  uniqueIndex('users_oidc_subject_uq').on(t.oidcSubject),
  index('users_org_idx').on(t.orgId),
]);

/** Server-side sessions: shared by every app instance behind a load balancer. */
export const sessions = pgTable('sessions', {
  /** SM3 of the random token in the cookie; the token itself is never stored. */
  id: text('id').primaryKey(),
  userId: uuid('user_id').notNull().references(() => users.id),
  /** full | password_change | mfa_enrol — what the session may do before it is complete. */
  stage: text('stage').notNull().default('full'),
  method: text('method').notNull().default('password'),
  createdAt: createdAt(),
  lastSeenAt: ts('last_seen_at').notNull().defaultNow(),
  expiresAt: ts('expires_at').notNull(),
  revokedAt: ts('revoked_at'),
  revokedReason: text('revoked_reason'),
  ip: text('ip'),
  userAgent: text('user_agent'),
}, (t) => [index('sessions_user_idx').on(t.userId)]);

/** Settings the security admin maintains (password, lockout, session, MFA policy). */
export const settings = pgTable('settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  version: integer('version').notNull().default(1),
  updatedAt: updatedAt(),
  updatedBy: uuid('updated_by'),
});

/**
 * 审计日志 — append-only (Art.31, 34; 等保 安全审计). Each row carries
 * hash = SM3(prevHash ‖ canonical(row)); UPDATE/DELETE/TRUNCATE are refused by triggers.
 */
export const auditEvents = pgTable('audit_events', {
  seq: bigserial('seq', { mode: 'number' }).primaryKey(),
  id: uuid('id').notNull().defaultRandom(),
  at: ts('at').notNull(),
  actorUserId: uuid('actor_user_id'),
  actorUsername: text('actor_username'),
  actorOrgId: uuid('actor_org_id'),
  action: text('action').notNull(),
  targetType: text('target_type'),
  targetId: text('target_id'),
  outcome: text('outcome').notNull(),
  ip: text('ip'),
  requestId: text('request_id'),
  detail: jsonb('detail').notNull().default({}),
  prevHash: text('prev_hash').notNull(),
  hash: text('hash').notNull(),
}, (t) => [
  index('audit_events_at_idx').on(t.at),
  index('audit_events_actor_idx').on(t.actorUserId),
  index('audit_events_action_idx').on(t.action),
]);

/** 消息通知 — the bell in the header. */
export const notifications = pgTable('notifications', {
  id: uuid('id').primaryKey().defaultRandom(),
  userId: uuid('user_id').notNull().references(() => users.id),
  title: text('title').notNull(),
  body: text('body').notNull().default(''),
  link: text('link'),
  readAt: ts('read_at'),
  createdAt: createdAt(),
}, (t) => [index('notifications_user_idx').on(t.userId, t.createdAt)]);
