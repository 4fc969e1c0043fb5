// The relying-party side of 统一身份认证 (Measures Art.6): provider discovery (cached, retried
// after a failure) and the short-lived sign-in transaction (state, nonce, PKCE verifier) kept in
// an HttpOnly cookie sealed with the instance key (SM4 + HMAC-SM3), so no server-side store is
// needed and every instance sharing SECRET_KEY can finish a sign-in another one started.
import * as client from 'openid-client';
import type { Config } from '../config.js';
import type { SecretBox } from '../platform/secrets.js';

export type OidcSettings = NonNullable<Config['oidc']>;

export const OIDC_TX_COOKIE = 'govit_oidc';
export const OIDC_TX_PATH = '/api/v1/auth/oidc';
export const OIDC_TX_SECONDS = 600;

export interface OidcTransaction {
  state: string;
  nonce: string;
  verifier: string;
  /** Epoch ms after which the transaction is refused even if the cookie survived. */
  exp: number;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Plain http is accepted only for a provider on this machine (tests, a local dev IdP). */
export function isLoopbackHttp(issuer: string): boolean {
  const u = new URL(issuer);
  return u.protocol === 'http:' && LOOPBACK.has(u.hostname);
}

export function discoveryCache(oidc: OidcSettings) {
  let pending: Promise<client.Configuration> | null = null;
  return function configuration(): Promise<client.Configuration> {
    pending ??= client
      .discovery(
        new URL(oidc.issuer),
        oidc.clientId,
        undefined,
        oidc.clientSecret ? client.ClientSecretBasic(oidc.clientSecret) : client.None(),
        isLoopbackHttp(oidc.issuer) ? { execute: [client.allowInsecureRequests] } : undefined,
      )
      .catch((err: unknown) => {
        pending = null; // the provider may be back at the next attempt
        throw err;
      });
    return pending;
  };
}

export async function newTransaction(now: Date): Promise<{ tx: OidcTransaction; challenge: string }> {
  const verifier = client.randomPKCECodeVerifier();
  const tx = {
    state: client.randomState(),
    nonce: client.randomNonce(),
    verifier,
    exp: now.getTime() + OIDC_TX_SECONDS * 1000,
  };
  return { tx, challenge: await client.calculatePKCECodeChallenge(verifier) };
}

export function sealTransaction(secrets: SecretBox, tx: OidcTransaction): string {
  return secrets.seal(JSON.stringify(tx));
}

/** null when the cookie is missing, altered (MAC fails), malformed or older than 10 minutes. */
export function openTransaction(secrets: SecretBox, sealed: string | undefined, now: number): OidcTransaction | null {
  if (!sealed) return null;
  try {
    const tx = JSON.parse(secrets.open(sealed)) as Partial<OidcTransaction>;
    if (typeof tx.state !== 'string' || typeof tx.nonce !== 'string' || typeof tx.verifier !== 'string') return null;
    if (typeof tx.exp !== 'number' || tx.exp < now) return null;
    return tx as OidcTransaction;
  } catch {
    return null;
  }
}

/** The username claim: from the ID token when present, else from the UserInfo endpoint. */
export async function usernameClaim(
  config: client.Configuration,
  tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>,
  claim: string,
): Promise<{ sub: string; username: string | null }> {
  const idClaims = tokens.claims();
  if (!idClaims) throw new Error('no ID token in the token response');
  let value: unknown = idClaims[claim];
  if (value === undefined) {
    const info = await client.fetchUserInfo(config, tokens.access_token, idClaims.sub);
    value = info[claim];
  }
  return { sub: idClaims.sub, username: typeof value === 'string' && value.trim() ? value.trim() : null };
}
