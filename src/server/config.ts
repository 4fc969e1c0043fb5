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
    /** The OCID prefix of the open contracting data (OCDS; register one for production, issue 10). */
    OCDS_OCID_PREFIX: z
      .string()
      .regex(/^ocds-[A-Za-z0-9]+(-[A-Za-z0-9]+)*-$/, '应形如 ocds-govit-sc- (ocds-, letters and digits, ending in -)')
      .default('ocds-govit-sc-'),
    /** Behind a TLS-terminating proxy: trust X-Forwarded-* from it. */
    TRUST_PROXY: bool(false),
    /** Force the Secure cookie flag; defaults to true when PUBLIC_URL is https. */
    COOKIE_SECURE: bool(false).optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
    /** strict: a response field its schema does not name is a 500 (tests, demo); strip: dropped and logged. */
    API_RESPONSE_CHECK: z.enum(['strict', 'strip']).optional(),
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
    /** How long an Idempotency-Key and its first answer are kept for retries (platform/idempotency.ts). */
    IDEMPOTENCY_TTL_HOURS: int(24, 1, 720),
    // --- Keys for data at rest, kept outside DATA_DIR (issue 11, finding 6; docs/security.md) ---
    /** SM4 master key(s) for documents at rest, 32 hex digits each, comma-separated: the first seals new files, the others are only read (rotation). */
    FILE_KEY: z
      .string()
      .regex(
        /^[0-9a-fA-F]{32}(,[0-9a-fA-F]{32})*$/,
        '必须是 32 位十六进制，多个以逗号分隔、当前密钥在前 (32 hex digits; several comma-separated, current first)',
      )
      .optional(),
    /** A file holding the FILE_KEY key(s), one per line, current first (mode 0600, outside DATA_DIR). */
    FILE_KEY_FILE: z.string().optional(),
    /** A file holding SECRET_KEY (32 hex digits) instead of the variable. */
    SECRET_KEY_FILE: z.string().optional(),
    // --- end of the keys for data at rest ---
    // --- Audit trail: key, anchors, migration role (issue 11 finding 1; docs/security.md 安全审计) ---
    /** HMAC-SM3 key of the audit chain, 64 hex digits (`openssl rand -hex 32`). Or AUDIT_KEY_FILE. */
    AUDIT_KEY: z
      .string()
      .regex(/^[0-9a-fA-F]{64}$/, '必须是 64 位十六进制 (32-byte key as 64 hex digits)')
      .optional(),
    /** A file of audit keys, one per line: the first keys new rows, the others only verify (rotation). */
    AUDIT_KEY_FILE: z.string().optional(),
    /** The anchor log (JSON lines, each HMAC'd): the chain's head, kept outside DATA_DIR. */
    AUDIT_ANCHOR_FILE: z.string().optional(),
    /** Anchor the head when it is this many rows past the last anchor … */
    AUDIT_ANCHOR_EVERY_ROWS: int(100, 1, 1_000_000),
    /** … or when it moved and the last anchor is this many minutes old (and at every verification). */
    AUDIT_ANCHOR_EVERY_MINUTES: int(10, 1, 1440),
    /** The embedded database's shared buffers (e.g. 32MB, 256MB): memory against start time (docs/performance.md). */
    EMBEDDED_SHARED_BUFFERS: z
      .string()
      .regex(/^[1-9][0-9]*(kB|MB|GB)$/, '须为 32MB、256MB 这样的大小 (a size such as 32MB or 256MB)')
      .default('32MB'),
    /** PostgreSQL: run migrations as this (owner) role, serve as DATABASE_URL (scripts/pg-roles.sql). */
    MIGRATION_DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, '必须以 postgres:// 开头 (must start with postgres://)')
      .optional(),
    // --- end of the audit trail ---
    // --- E-mail reminders over SMTP (issue 10); off when neither SMTP_URL nor SMTP_HOST is set ---
    /** e.g. smtps://user:pass@mail.example.gov.cn:465 — or the SMTP_HOST/PORT/USER/PASS variables. */
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\/[^\s]+$/, '必须以 smtp:// 或 smtps:// 开头 (must be an smtp:// or smtps:// URL)')
      .optional(),
    SMTP_HOST: z.string().optional(),
    SMTP_PORT: int(587, 1, 65535),
    /** Implicit TLS (port 465); otherwise STARTTLS when the server offers it. */
    SMTP_SECURE: bool(false),
    SMTP_USER: z.string().optional(),
    SMTP_PASS: z.string().optional(),
    /** The sender, e.g. "宿城区信息化项目管理平台 <govit@example.gov.cn>"; required with SMTP. */
    SMTP_FROM: z.string().optional(),
    // --- end of SMTP ---
  })
  .superRefine((env, ctx) => {
    checkAuditConfig(env, ctx);
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
    // Keys for data at rest: one source each.
    if (env.FILE_KEY && env.FILE_KEY_FILE)
      ctx.addIssue({
        code: 'custom',
        path: ['FILE_KEY_FILE'],
        message: 'FILE_KEY 与 FILE_KEY_FILE 只能设置其一 (set FILE_KEY or FILE_KEY_FILE, not both)',
      });
    if (env.SECRET_KEY && env.SECRET_KEY_FILE)
      ctx.addIssue({
        code: 'custom',
        path: ['SECRET_KEY_FILE'],
        message: 'SECRET_KEY 与 SECRET_KEY_FILE 只能设置其一 (set SECRET_KEY or SECRET_KEY_FILE, not both)',
      });
    if ((env.SMTP_URL || env.SMTP_HOST) && !env.SMTP_FROM)
      ctx.addIssue({
        code: 'custom',
        path: ['SMTP_FROM'],
        message: '设置了 SMTP_URL 或 SMTP_HOST 时必须设置 SMTP_FROM (required with SMTP)',
      });
    if (env.SMTP_URL && env.SMTP_HOST)
      ctx.addIssue({
        code: 'custom',
        path: ['SMTP_HOST'],
        message: 'SMTP_URL 与 SMTP_HOST 只能设置其一 (set SMTP_URL or SMTP_HOST, not both)',
      });
    if (env.OIDC_ISSUER && !env.OIDC_CLIENT_ID) {
      ctx.addIssue({
        code: 'custom',
        path: ['OIDC_CLIENT_ID'],
        message: '设置了 OIDC_ISSUER 时必须设置 OIDC_CLIENT_ID (required with OIDC_ISSUER)',
      });
    }
  });

// ── Audit trail configuration rules (issue 11 finding 1) ────────────────────────────────────────────
// Production (DEMO_SEED=false) must name the audit key and the anchor log, and neither may live in
// DATA_DIR: whoever copies or rewrites the data folder must not get the key or the anchors with it.
// A demo or development start keeps both in DATA_DIR (audit.key, audit-anchors.log) and says so loudly.
type Env = z.output<typeof envSchema>;

function isInside(dir: string, file: string): boolean {
  const rel = path.relative(path.resolve(dir), path.resolve(file));
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

function checkAuditConfig(env: Env, ctx: z.RefinementCtx): void {
  const issue = (p: string, message: string) => ctx.addIssue({ code: 'custom', path: [p], message });
  if (env.AUDIT_KEY && env.AUDIT_KEY_FILE)
    issue('AUDIT_KEY_FILE', '不能同时设置 AUDIT_KEY 和 AUDIT_KEY_FILE (set one of them)');
  if (env.MIGRATION_DATABASE_URL && !env.DATABASE_URL)
    issue('MIGRATION_DATABASE_URL', '设置 MIGRATION_DATABASE_URL 时必须设置 DATABASE_URL (requires DATABASE_URL)');
  if (env.DEMO_SEED) return;
  if (!env.AUDIT_KEY && !env.AUDIT_KEY_FILE)
    issue(
      'AUDIT_KEY',
      '生产环境 (DEMO_SEED=false) 必须设置 AUDIT_KEY 或 AUDIT_KEY_FILE，审计密钥须在数据库和 DATA_DIR 之外 (required in production)',
    );
  if (!env.AUDIT_ANCHOR_FILE)
    issue(
      'AUDIT_ANCHOR_FILE',
      '生产环境 (DEMO_SEED=false) 必须设置 AUDIT_ANCHOR_FILE，锚点日志须在 DATA_DIR 之外 (required in production)',
    );
  for (const k of ['AUDIT_KEY_FILE', 'AUDIT_ANCHOR_FILE'] as const) {
    const file = env[k];
    if (file && isInside(env.DATA_DIR, file))
      issue(k, `生产环境中 ${k} 不能位于 DATA_DIR 之内 (must be outside DATA_DIR in production)`);
  }
}

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
    ocidPrefix: e.OCDS_OCID_PREFIX,
    trustProxy: e.TRUST_PROXY,
    cookieSecure: e.COOKIE_SECURE ?? publicUrl.startsWith('https://'),
    logLevel: e.LOG_LEVEL ?? 'info',
    /**
     * The level while starting (migrations, demo seed, listen): warn unless LOG_LEVEL was given, so
     * `npm start` prints the banner with the URL and accounts last instead of ~200 request lines (issue 13).
     */
    startupLogLevel: e.LOG_LEVEL ?? 'warn',
    // Production (no demo seed) strips undeclared fields rather than failing a clerk's request.
    responseCheck: e.API_RESPONSE_CHECK ?? (e.DEMO_SEED ? 'strict' : 'strip'),
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
    // E-mail reminders (issue 10; server/mail/mailer.ts): undefined = no e-mail, the bell only.
    smtp:
      e.SMTP_URL || e.SMTP_HOST
        ? {
            url: e.SMTP_URL,
            host: e.SMTP_HOST,
            port: e.SMTP_PORT,
            secure: e.SMTP_SECURE,
            user: e.SMTP_USER,
            pass: e.SMTP_PASS,
            from: e.SMTP_FROM!,
          }
        : undefined,
    idempotencyTtlHours: e.IDEMPOTENCY_TTL_HOURS,
    // Audit trail key and anchors, and the migration role (issue 11 finding 1; checkAuditConfig).
    migrationDatabaseUrl: e.MIGRATION_DATABASE_URL,
    embeddedSharedBuffers: e.EMBEDDED_SHARED_BUFFERS,
    audit: {
      keyHex: e.AUDIT_KEY,
      keyFile: e.AUDIT_KEY_FILE ? path.resolve(e.AUDIT_KEY_FILE) : undefined,
      /** Default (demo and development only): DATA_DIR/audit-anchors.log. */
      anchorFile: e.AUDIT_ANCHOR_FILE
        ? path.resolve(e.AUDIT_ANCHOR_FILE)
        : path.join(path.resolve(e.DATA_DIR), 'audit-anchors.log'),
      anchorEveryRows: e.AUDIT_ANCHOR_EVERY_ROWS,
      anchorEveryMinutes: e.AUDIT_ANCHOR_EVERY_MINUTES,
    },
    // Keys for data at rest (storage/file-keys.ts, platform/secrets.ts).
    fileKeys: e.FILE_KEY?.split(',').map((k) => k.toLowerCase()),
    fileKeyFile: e.FILE_KEY_FILE ? path.resolve(e.FILE_KEY_FILE) : undefined,
    secretKeyFile: e.SECRET_KEY_FILE ? path.resolve(e.SECRET_KEY_FILE) : undefined,
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
