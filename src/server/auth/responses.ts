// What the sign-in and "who am I" calls answer (issue 13: the schemas the serializer checks and
// the OpenAPI document and the web's types are generated from).
import { z } from 'zod';
import { AREAS } from '../../domain/access/permissions.js';
import { int, isoDateTime, Named, uuid } from '../platform/api-schemas.js';

export const SessionStageSchema = z.enum(['full', 'password_change', 'mfa_enrol']).meta({ id: 'SessionStage' });
export const AdminRoleSchema = z.enum(['system_admin', 'security_admin', 'audit_admin']).meta({ id: 'AdminRole' });
export const HomeKindSchema = z
  .enum([
    'system_admin',
    'security_admin',
    'audit_admin',
    'data_bureau',
    'reviewer',
    'ndrc',
    'oversight',
    'declarant',
    'implementer',
    'supervisor',
    'evaluator',
  ])
  .meta({ id: 'HomeKind' });

export const MeSchema = z
  .object({
    user: z.object({
      id: uuid,
      username: z.string(),
      displayName: z.string(),
      position: z.enum(['clerk', 'leader']),
      email: z.string().nullable(),
      phone: z.string().nullable(),
      lastLoginAt: isoDateTime.nullable(),
      mfaEnabled: z.boolean(),
      mfaRequired: z.boolean(),
      passwordExpiresAt: isoDateTime.nullable(),
      passwordExpired: z.boolean(),
    }),
    organization: z.object({
      id: uuid,
      code: z.string(),
      name: z.string(),
      nameEn: z.string(),
      kind: z.string(),
      roles: z.array(Named),
      parent: z.object({ id: uuid, name: z.string() }).nullable(),
    }),
    roles: z.array(Named.extend({ area: z.enum(AREAS) })),
    adminRole: AdminRoleSchema.nullable(),
    homeKind: HomeKindSchema,
    session: z.object({ stage: SessionStageSchema, method: z.string() }),
    permissions: z.array(z.string()),
    actions: z.array(z.object({ permission: z.string(), name: z.string(), nameEn: z.string() })),
  })
  .meta({ id: 'Me' });
export type Me = z.output<typeof MeSchema>;

/** POST /auth/login: the session's stage and, for API clients, the same token as the cookie. */
export const LoginResultSchema = z
  .object({
    stage: SessionStageSchema,
    mustChangePassword: z.boolean(),
    mfaEnrolmentRequired: z.boolean(),
    user: z.object({ id: uuid, username: z.string(), displayName: z.string() }),
    /** The same token as the cookie, for API clients that send `Authorization: Bearer`. */
    token: z
      .string()
      .meta({ description: '会话令牌（与 Cookie 相同），供 Authorization: Bearer 使用 / session token' }),
    expiresAt: isoDateTime,
  })
  .meta({ id: 'LoginResult' });
export type LoginResult = z.output<typeof LoginResultSchema>;

/** POST /auth/password: the stage the session moves to (a second factor may still be due). */
export const PasswordChangedSchema = z
  .object({ ok: z.literal(true), stage: SessionStageSchema.extract(['full', 'mfa_enrol']) })
  .meta({ id: 'PasswordChanged' });

/** POST /auth/totp/setup: the secret to add to an authenticator app, as text, URI and QR code. */
export const TotpEnrolmentSchema = z
  .object({
    secret: z.string().meta({ description: 'Base32 密钥 / Base32 secret' }),
    otpauthUri: z.string(),
    qrDataUrl: z.string().meta({ description: '二维码（data: URL，PNG） / QR code as a PNG data URL' }),
  })
  .meta({ id: 'TotpEnrolment' });

/** POST /auth/totp/enable: the one-time recovery codes, shown once. */
export const TotpEnabledSchema = z
  .object({ ok: z.literal(true), recoveryCodes: z.array(z.string()) })
  .meta({ id: 'TotpEnabled' });

/** GET /auth/config (public): how one may sign in, and the password rules in force. */
export const AuthConfigSchema = z
  .object({
    oidc: z.object({ enabled: z.boolean(), label: z.string(), loginUrl: z.string() }),
    passwordPolicy: z.object({ minLength: int, minClasses: int }),
  })
  .meta({ id: 'AuthConfig' });
export type AuthConfig = z.output<typeof AuthConfigSchema>;

/**
 * The OIDC sign-in steps answer a redirect only (to the identity provider, or back to `/` or
 * `/login?error=…`): no body.
 */
export const redirectAnswer = (description: string) => z.null().meta({ description });
