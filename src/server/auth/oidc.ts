// Sign-in through the district's unified identity system (统一身份认证, Measures Art.6) over
// OpenID Connect: authorization code + PKCE (S256) + state + nonce. Accounts stay local and are
// created by the system admin — no auto-provisioning; the provider's `sub` is linked to the local
// account on first use (matched by the username claim). Every outcome is audited (Art.31, 34).
import { eq } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import * as client from 'openid-client';
import { users } from '../../db/schema.js';
import { isLocked } from '../../domain/security/policy.js';
import { audit, auditTx } from '../audit/record.js';
import { AppError } from '../errors.js';
import type { ZApp } from '../zapp.js';
import {
  discoveryCache,
  newTransaction,
  OIDC_TX_COOKIE,
  OIDC_TX_PATH,
  OIDC_TX_SECONDS,
  openTransaction,
  sealTransaction,
  usernameClaim,
} from './oidc-client.js';
import { AuthConfigSchema, redirectAnswer } from './responses.js';
import { createSession, SESSION_COOKIE, sessionCookieOptions } from './session-store.js';

type User = typeof users.$inferSelect;

/**
 * Codes the web UI turns into a Chinese message on /login?error=…:
 * oidc_unavailable, oidc_state, oidc_denied, oidc_failed, oidc_unknown_user, oidc_conflict, oidc_disabled, oidc_locked.
 */
export type OidcErrorCode =
  | 'oidc_unavailable'
  | 'oidc_state'
  | 'oidc_denied'
  | 'oidc_failed'
  | 'oidc_unknown_user'
  | 'oidc_conflict'
  | 'oidc_disabled'
  | 'oidc_locked';

export const OIDC_LOGIN_URL = '/api/v1/auth/oidc/login';

const notConfigured = () =>
  new AppError(404, 'OIDC_NOT_CONFIGURED', '未启用统一身份认证登录', {
    messageEn: 'Sign-in through the unified identity system is not configured',
  });

export async function oidcRoutes(app: ZApp) {
  const { config, db, secrets } = app.services;
  const oidc = config.oidc;
  const configuration = oidc ? discoveryCache(oidc) : null;
  const rateLimit = { max: config.loginRateLimitPerMinute, timeWindow: '1 minute' };
  const toLogin = (reply: FastifyReply, code: OidcErrorCode) => reply.redirect(`/login?error=${code}`, 302);

  app.get(
    '/auth/config',
    {
      schema: {
        tags: ['auth'],
        summary: '登录方式（公开）(sign-in options, public)',
        security: [],
        response: { 200: AuthConfigSchema },
      },
    },
    async () => {
      // The password rules are no secret: the change-password page shows the ones in force.
      const policy = await app.services.policy();
      return {
        oidc: { enabled: Boolean(oidc), label: oidc?.label ?? '统一身份认证登录', loginUrl: OIDC_LOGIN_URL },
        passwordPolicy: { minLength: policy.passwordMinLength, minClasses: policy.passwordMinClasses },
      };
    },
  );

  app.get(
    '/auth/oidc/login',
    {
      schema: {
        tags: ['auth'],
        summary: '跳转到统一身份认证 (redirect to the unified identity system)',
        security: [],
        response: {
          302: redirectAnswer(
            '跳转到统一身份认证（发现失败时回到 /login?error=oidc_unavailable） / Redirect to the identity provider (or back to /login?error=… when it cannot be reached)',
          ),
        },
      },
      config: { rateLimit },
    },
    async (req, reply) => {
      if (!oidc || !configuration) throw notConfigured();
      let cfg: client.Configuration;
      try {
        cfg = await configuration();
      } catch (err) {
        req.log.error({ err, issuer: oidc.issuer }, 'OIDC discovery failed');
        return toLogin(reply, 'oidc_unavailable');
      }
      const { tx, challenge } = await newTransaction(req.now);
      const url = client.buildAuthorizationUrl(cfg, {
        redirect_uri: oidc.redirectUri,
        scope: 'openid profile',
        state: tx.state,
        nonce: tx.nonce,
        code_challenge: challenge,
        code_challenge_method: 'S256',
      });
      // Only the callback path ever receives it; SameSite=Lax lets the provider's top-level redirect carry it.
      reply.setCookie(OIDC_TX_COOKIE, sealTransaction(secrets, tx), {
        path: OIDC_TX_PATH,
        httpOnly: true,
        sameSite: 'lax',
        secure: config.cookieSecure,
        maxAge: OIDC_TX_SECONDS,
      });
      return reply.redirect(url.href, 302);
    },
  );

  app.get(
    '/auth/oidc/callback',
    {
      schema: {
        tags: ['auth'],
        summary: '统一身份认证回调 (OIDC callback)',
        security: [],
        response: {
          302: redirectAnswer(
            '登录成功跳转到首页 /，失败跳转到 /login?error=oidc_… / Signed in: redirect to /; refused: redirect to /login?error=oidc_…',
          ),
        },
      },
      config: { rateLimit },
    },
    async (req, reply) => {
      if (!oidc || !configuration) throw notConfigured();
      const now = req.now;
      const tx = openTransaction(secrets, req.cookies[OIDC_TX_COOKIE], now.getTime());
      reply.clearCookie(OIDC_TX_COOKIE, { path: OIDC_TX_PATH }); // one attempt per transaction
      const params = new URL(req.url, 'http://callback').searchParams;

      const fail = async (
        code: OidcErrorCode,
        reason: string,
        extra: { user?: User; username?: string | null; sub?: string } = {},
      ) => {
        await refusal(req, reason, extra);
        return toLogin(reply, code);
      };

      if (!tx) return fail('oidc_state', 'no_transaction');
      if (params.get('state') !== tx.state) return fail('oidc_state', 'state_mismatch');
      const providerError = params.get('error');
      if (providerError) return fail('oidc_denied', `provider_error:${providerError.slice(0, 64)}`);

      let sub: string;
      let username: string | null;
      try {
        const cfg = await configuration();
        const current = new URL(oidc.redirectUri);
        current.search = params.toString();
        const tokens = await client.authorizationCodeGrant(cfg, current, {
          pkceCodeVerifier: tx.verifier,
          expectedState: tx.state,
          expectedNonce: tx.nonce,
          idTokenExpected: true,
        });
        ({ sub, username } = await usernameClaim(cfg, tokens, oidc.usernameClaim));
      } catch (err) {
        req.log.warn({ err }, 'OIDC code exchange or ID token validation failed');
        return fail('oidc_failed', 'token_exchange_failed');
      }

      // Linked account first; otherwise the account the system admin created under that user name.
      let [user] = await db.select().from(users).where(eq(users.oidcSubject, sub));
      let link = false;
      if (!user && username) {
        const [byName] = await db.select().from(users).where(eq(users.username, username));
        if (byName?.oidcSubject) return fail('oidc_conflict', 'subject_mismatch', { user: byName, username, sub });
        if (byName) [user, link] = [byName, true];
      }
      if (!user)
        return fail('oidc_unknown_user', username ? 'unknown_user' : 'missing_username_claim', { username, sub });
      if (user.disabled) return fail('oidc_disabled', 'disabled', { user, sub });
      if (isLocked(user, now)) return fail('oidc_locked', 'locked', { user, sub });

      // Stage 'full': an OIDC sign-in uses neither the local password (so no forced change or expiry)
      // nor local TOTP — the unified identity system owns authentication and its second factor (Art.6).
      const policy = await app.services.policy();
      const signedIn = user;
      const session = await db.transaction(async (t) => {
        await t
          .update(users)
          .set({ lastLoginAt: now, ...(link ? { oidcSubject: sub } : {}) })
          .where(eq(users.id, signedIn.id));
        const s = await createSession(t, {
          userId: signedIn.id,
          stage: 'full',
          method: 'oidc',
          ip: req.ip,
          userAgent: req.headers['user-agent'],
          policy,
          now,
        });
        await auditTx(t, req, {
          actorUserId: signedIn.id,
          actorUsername: signedIn.username,
          actorOrgId: signedIn.orgId,
          targetType: 'user',
          targetId: signedIn.id,
          action: 'auth.login',
          outcome: 'success',
          detail: { method: 'oidc', stage: 'full', subject: sub, ...(link ? { linked: true } : {}) },
        });
        return s;
      });
      // Same cookie options as the password sign-in (auth/routes.ts).
      reply.setCookie(
        SESSION_COOKIE,
        session.token,
        sessionCookieOptions(session.expiresAt, req.now, config.cookieSecure),
      );
      return reply.redirect('/', 302);
    },
  );
}

function refusal(req: FastifyRequest, reason: string, extra: { user?: User; username?: string | null; sub?: string }) {
  const { user, username, sub } = extra;
  return audit(req, {
    action: 'auth.login_failed',
    outcome: 'failure',
    actorUserId: user?.id ?? null,
    actorUsername: user?.username ?? username ?? null,
    actorOrgId: user?.orgId ?? null,
    targetType: 'user',
    targetId: user?.id ?? null,
    detail: { method: 'oidc', reason, ...(sub ? { subject: sub } : {}) },
  });
}
