// Configuration, validated once at boot from the environment (one typed place). Invalid values
// stop start-up with a message that names the variable — never a half-configured server.
import path from 'node:path';
import { z } from 'zod';
import { checkPasswordStrength } from '../domain/security/password-policy.js';

const bool = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off'])
    .optional()
    .transform((v) => (v === undefined ? fallback : ['true', '1', 'yes', 'on'].includes(v)));
const int = (fallback: number, min: number, max: number) =>
  z.coerce
    .number()
    .int()
    .min(min)
    .max(max)
    .optional()
    .transform((v) => v ?? fallback);

const envSchema = z
  .object({
    PORT: int(3000, 0, 65535),
    HOST: z.string().min(1).default('0.0.0.0'),
    DATA_DIR: z.string().min(1).default('./data'),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, '必须以 postgres:// 开头 (must start with postgres://)')
      .optional(),
    /** When set, every demo account gets this password and needs no change at first sign-in. */
    DEMO_PASSWORD: z.string().optional(),
    /** Seed the demo district on first start; turn off for production. */
    DEMO_SEED: bool(true),
    PUBLIC_URL: z.string().url().optional(),
    /** Behind a TLS-terminating proxy: trust X-Forwarded-* from it. */
    TRUST_PROXY: bool(false),
    /** Force the Secure cookie flag; defaults to true when PUBLIC_URL is https. */
    COOKIE_SECURE: bool(false).optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    /** 32-byte hex key for SM4 encryption of TOTP secrets; generated into DATA_DIR when absent. */
    SECRET_KEY: z
      .string()
      .regex(/^[0-9a-fA-F]{32}$/, '必须是 32 位十六进制 (16-byte SM4 key as 32 hex digits)')
      .optional(),
    // Initial security policy (the security admin can change it later in the UI).
    PASSWORD_EXPIRY_DAYS: int(90, 0, 3650),
    LOCKOUT_THRESHOLD: int(5, 1, 100),
    LOCKOUT_MINUTES: int(15, 1, 1440),
    SESSION_IDLE_MINUTES: int(30, 1, 1440),
    SESSION_MAX_HOURS: int(12, 1, 720),
    /** admins: the three administrators must enrol TOTP; all: every account must. */
    MFA_REQUIRED_FOR: z.enum(['admins', 'all']).default('admins'),
    LOGIN_RATE_LIMIT_PER_MINUTE: int(120, 1, 100000),
    // 统一身份认证 (Art.6) over OpenID Connect; enabled when OIDC_ISSUER is set.
    OIDC_ISSUER: z.string().url().optional(),
    OIDC_CLIENT_ID: z.string().optional(),
    OIDC_CLIENT_SECRET: z.string().optional(),
    OIDC_REDIRECT_URI: z.string().url().optional(),
    OIDC_USERNAME_CLAIM: z.string().default('preferred_username'),
    OIDC_LABEL: z.string().default('统一身份认证登录'),
    // S3-compatible object storage for documents; local DATA_DIR/files when S3_ENDPOINT is unset.
    S3_ENDPOINT: z
      .string()
      .regex(/^https?:\/\/[^/\s]+/, '必须是 http(s):// 开头的网址 (must be an http(s):// URL)')
      .optional(),
    S3_BUCKET: z.string().optional(),
    S3_REGION: z.string().default('us-east-1'),
    S3_ACCESS_KEY_ID: z.string().optional(),
    S3_SECRET_ACCESS_KEY: z.string().optional(),
    S3_FORCE_PATH_STYLE: bool(true),
    /** Key prefix inside the bucket, e.g. `govit/` (a trailing slash is added when missing). */
    S3_PREFIX: z
      .string()
      .regex(/^[A-Za-z0-9._\-/]*$/, '只能包含字母、数字和 . _ - / (letters, digits, . _ - / only)')
      .default('')
      .transform((v) => v.replace(/^\/+/, ''))
      .transform((v) => (v && !v.endsWith('/') ? `${v}/` : v)),
    /** A CJK font for PDF output (default: Debian's fonts-noto-cjk). */
    PDF_CJK_FONT: z.string().optional(),
    /** Largest document upload, in MiB (SPEC §6); larger uploads are refused with 413. */
    UPLOAD_MAX_MB: int(50, 1, 2048),
  })
  .superRefine((env, ctx) => {
    if (env.DEMO_PASSWORD !== undefined) {
      const problem = checkPasswordStrength(env.DEMO_PASSWORD, { minLength: 8, minClasses: 3 });
      if (problem) ctx.addIssue({ code: 'custom', path: ['DEMO_PASSWORD'], message: problem.message });
    }
    const s3Given = (['S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const).filter((k) => env[k]);
    if (!env.S3_ENDPOINT && s3Given.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['S3_ENDPOINT'],
        message: `设置了 ${s3Given.join(', ')} 时必须设置 S3_ENDPOINT (required for S3 storage)`,
      });
    }
    if (env.S3_ENDPOINT) {
      for (const k of ['S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const) {
        if (!env[k])
          ctx.addIssue({
            code: 'custom',
            path: [k],
            message: `设置了 S3_ENDPOINT 时必须设置 ${k} (required with S3_ENDPOINT)`,
          });
      }
    }
    if (env.OIDC_ISSUER && !env.OIDC_CLIENT_ID) {
      ctx.addIssue({
        code: 'custom',
        path: ['OIDC_CLIENT_ID'],
        message: '设置了 OIDC_ISSUER 时必须设置 OIDC_CLIENT_ID (required with OIDC_ISSUER)',
      });
    }
  });

export type Config = ReturnType<typeof loadConfig>;

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env) {
  // An empty variable counts as unset (VAR= in a unit file or compose file means "not given").
  const given = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(given);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`配置无效 (invalid configuration):\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const publicUrl = e.PUBLIC_URL ?? `http://localhost:${e.PORT}`;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    demoPassword: e.DEMO_PASSWORD,
    demoSeed: e.DEMO_SEED,
    publicUrl,
    trustProxy: e.TRUST_PROXY,
    cookieSecure: e.COOKIE_SECURE ?? publicUrl.startsWith('https://'),
    logLevel: e.LOG_LEVEL,
    secretKey: e.SECRET_KEY,
    loginRateLimitPerMinute: e.LOGIN_RATE_LIMIT_PER_MINUTE,
    pdfCjkFont: e.PDF_CJK_FONT,
    s3: e.S3_ENDPOINT
      ? {
          endpoint: e.S3_ENDPOINT,
          bucket: e.S3_BUCKET!,
          region: e.S3_REGION,
          accessKeyId: e.S3_ACCESS_KEY_ID!,
          secretAccessKey: e.S3_SECRET_ACCESS_KEY!,
          forcePathStyle: e.S3_FORCE_PATH_STYLE,
          prefix: e.S3_PREFIX,
        }
      : undefined,
    uploadMaxBytes: e.UPLOAD_MAX_MB * 1024 * 1024,
    initialPolicy: {
      passwordMinLength: 8,
      passwordMinClasses: 3,
      passwordExpiryDays: e.PASSWORD_EXPIRY_DAYS,
      lockoutThreshold: e.LOCKOUT_THRESHOLD,
      lockoutMinutes: e.LOCKOUT_MINUTES,
      sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
      sessionMaxHours: e.SESSION_MAX_HOURS,
      mfaRequiredFor: e.MFA_REQUIRED_FOR,
    },
    oidc: e.OIDC_ISSUER
      ? {
          issuer: e.OIDC_ISSUER,
          clientId: e.OIDC_CLIENT_ID!,
          clientSecret: e.OIDC_CLIENT_SECRET,
          redirectUri: e.OIDC_REDIRECT_URI ?? `${publicUrl}/api/v1/auth/oidc/callback`,
          usernameClaim: e.OIDC_USERNAME_CLAIM,
          label: e.OIDC_LABEL,
        }
      : undefined,
  };
}
