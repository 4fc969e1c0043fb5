// What the administration calls answer (issue 13): organisations, accounts, roles and permissions,
// the security policy and the audit trail — the three administrators' areas (三权分立). The
// serializer checks every answer against these, and docs/openapi.json and the web's types come
// from them.
import { z } from 'zod';
import { AREAS, PERMISSIONS } from '../../domain/access/permissions.js';
import { ORG_KINDS, ORG_ROLES } from '../../domain/organizations.js';
import { int, isoDateTime, keysOf, Named, uuid } from '../platform/api-schemas.js';

// ——— 组织机构 (system admin) ———

export const OrganizationSchema = z
  .object({
    id: uuid,
    code: z.string(),
    name: z.string(),
    nameEn: z.string(),
    /** Organisation roles of SPEC §1 (data_bureau, finance, declarant, …). */
    roles: z.array(keysOf(ORG_ROLES)),
    kind: keysOf(ORG_KINDS),
    /** The sector authority / parent SOE that forwards its declarations (扎口管理, Art.9). */
    parentId: uuid.nullable(),
    disabled: z.boolean(),
    version: int,
    createdAt: isoDateTime,
    updatedAt: isoDateTime,
  })
  .meta({ id: 'Organization' });
export type Organization = z.output<typeof OrganizationSchema>;

export const OrganizationListSchema = z
  .object({ items: z.array(OrganizationSchema), total: int })
  .meta({ id: 'OrganizationList' });

// ——— 用户账号 (system admin; roles and unlocking: security admin) ———

export const ActivationSchema = z.enum(['awaiting_roles', 'awaiting_second_half', 'active']).meta({
  id: 'Activation',
  description:
    '三权分立：新建或重置的账号先等安全管理员授予角色，再等其发放一次性密码的后半段 / a new or reset account waits for a role, then for the second half of its password',
});

export const UserSchema = z
  .object({
    id: uuid,
    username: z.string(),
    displayName: z.string(),
    orgId: uuid,
    position: z.enum(['clerk', 'leader']),
    roleCodes: z.array(z.string()),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    disabled: z.boolean(),
    locked: z.boolean(),
    lockedUntil: isoDateTime.nullable(),
    mfaEnabled: z.boolean(),
    mustChangePassword: z.boolean(),
    lastLoginAt: isoDateTime.nullable(),
    isDemo: z.boolean(),
    activation: ActivationSchema,
    version: int,
  })
  .meta({ id: 'User' });
export type User = z.output<typeof UserSchema>;

export const UserListSchema = z.object({ items: z.array(UserSchema), total: int }).meta({ id: 'UserList' });

const firstHalf = z.string().meta({
  description: '一次性密码的前半段（后半段由安全管理员发放） / first half of the one-time password',
});

/** POST /users: the new account and the first half of its one-time password. */
export const CreatedUserSchema = UserSchema.extend({ passwordFirstHalf: firstHalf }).meta({ id: 'CreatedUser' });

export const PasswordResetSchema = z
  .object({ ok: z.literal(true), passwordFirstHalf: firstHalf })
  .meta({ id: 'PasswordReset' });

export const PasswordSecondHalfSchema = z
  .object({
    ok: z.literal(true),
    passwordSecondHalf: z.string().meta({ description: '一次性密码的后半段，只显示一次 / shown once' }),
  })
  .meta({ id: 'PasswordSecondHalf' });

export const SessionsRevokedSchema = z
  .object({ ok: z.literal(true), sessionsEnded: int })
  .meta({ id: 'SessionsRevoked' });

// ——— 角色与权限 (security admin) ———

export const PermissionSchema = z
  .object({ code: keysOf(PERMISSIONS), area: z.enum(AREAS), name: z.string(), nameEn: z.string() })
  .meta({ id: 'Permission' });

export const PermissionListSchema = z.object({ items: z.array(PermissionSchema) }).meta({ id: 'PermissionList' });

export const RoleSchema = z
  .object({
    code: z.string(),
    name: z.string(),
    nameEn: z.string(),
    area: z.enum(AREAS),
    permissions: z.array(keysOf(PERMISSIONS)),
    builtin: z.boolean(),
    version: int,
    createdAt: isoDateTime,
    updatedAt: isoDateTime,
  })
  .meta({ id: 'Role' });
export type Role = z.output<typeof RoleSchema>;

export const RoleListSchema = z.object({ items: z.array(RoleSchema) }).meta({ id: 'RoleList' });

// ——— 安全策略 (security admin) ———

export const SecurityPolicySchema = z
  .object({
    passwordMinLength: int,
    passwordMinClasses: int,
    /** 0 = never expires. */
    passwordExpiryDays: int.meta({ description: '0 = 永不过期 / never expires' }),
    passwordHistoryCount: int,
    lockoutThreshold: int,
    lockoutMinutes: int,
    sessionIdleMinutes: int,
    sessionMaxHours: int,
    mfaRequiredFor: z.enum(['admins', 'all']),
    version: int,
  })
  .meta({ id: 'SecurityPolicy' });
export type SecurityPolicyAnswer = z.output<typeof SecurityPolicySchema>;

// ——— 审计日志 (audit admin) ———

export const AuditOutcomeSchema = z.enum(['success', 'failure', 'denied']).meta({ id: 'AuditOutcome' });

export const AuditEventCatalogueSchema = z.object({ items: z.array(Named) }).meta({ id: 'AuditEventCatalogue' });

export const AuditEventSchema = z
  .object({
    seq: int,
    id: uuid,
    at: isoDateTime,
    actorUserId: uuid.nullable(),
    actorUsername: z.string().nullable(),
    actorOrgId: uuid.nullable(),
    action: z.string(),
    actionName: z.string(),
    targetType: z.string().nullable(),
    targetId: z.string().nullable(),
    outcome: AuditOutcomeSchema,
    ip: z.string().nullable(),
    requestId: z.string().nullable(),
    /** What the event records besides who, what and when: open, per action. */
    detail: z.record(z.string(), z.unknown()),
    prevHash: z.string(),
    hash: z.string(),
    /** The audit key that keyed `hash`; null: written before keying (plain SM3). */
    keyId: z.string().nullable(),
  })
  .meta({ id: 'AuditEvent' });
export type AuditEvent = z.output<typeof AuditEventSchema>;

export const AuditEventPageSchema = z
  .object({
    items: z.array(AuditEventSchema),
    /** Pass as `beforeSeq` for the next (older) page; null at the end. */
    nextBeforeSeq: int.nullable(),
  })
  .meta({ id: 'AuditEventPage' });

/** A signed anchor of the chain's head (GET /audit-events/anchor); kept outside, handed back to verify. */
export const AuditAnchorSchema = z
  .object({
    v: z.literal(1),
    seq: int,
    hash: z.string(),
    at: isoDateTime,
    anchoredAt: isoDateTime,
    keyedFrom: int.nullable(),
    keyId: z.string(),
    mac: z.string(),
  })
  .meta({ id: 'AuditAnchor' });

export const AuditProblemSchema = z
  .object({
    seq: int.nullable(),
    reason: z.enum([
      'hash_mismatch',
      'prev_mismatch',
      'mac_mismatch',
      'unknown_key',
      'unkeyed_after_keyed',
      'anchor_truncated',
      'anchor_missing',
      'anchor_mismatch',
      'anchor_invalid',
    ]),
    expected: z.string().nullable(),
    found: z.string().nullable(),
    at: isoDateTime.nullable(),
    action: z.string().nullable(),
    message: z.string(),
    messageEn: z.string(),
    anchor: z.object({ seq: int, anchoredAt: isoDateTime, source: z.enum(['log', 'export']), line: int }).optional(),
    intactUpTo: int.nullable().optional(),
  })
  .meta({ id: 'AuditProblem' });

export const AuditVerifySchema = z
  .object({
    ok: z.boolean(),
    checked: int,
    lastSeq: int.nullable(),
    headHash: z.string(),
    headAt: isoDateTime.nullable(),
    keyed: int,
    unkeyed: int,
    firstKeyedSeq: int.nullable(),
    anchors: z.object({
      valid: int,
      matched: int,
      invalid: int,
      last: z.object({ seq: int, hash: z.string(), anchoredAt: isoDateTime }).nullable(),
    }),
    firstBroken: AuditProblemSchema.nullable(),
    problems: z.array(AuditProblemSchema),
    /** The head anchored by this verification (when the trail is whole and not empty). */
    anchored: AuditAnchorSchema.nullable(),
  })
  .meta({ id: 'AuditVerify' });
