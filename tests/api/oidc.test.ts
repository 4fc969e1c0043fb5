// 统一身份认证 (Measures Art.6): sign-in through a REAL OpenID Connect provider (oidc-provider,
// with its development login/consent pages) running in this process on a loopback port. The test
// drives the browser's part by hand: redirects, per-host cookies, the provider's HTML forms.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
// @ts-expect-error oidc-provider ships no type declarations (and @types/oidc-provider is not installed)
import Provider from 'oidc-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, users } from '../../src/db/schema.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

/** Provider accounts: subject → preferred_username. Only 'edu' exists locally (seeded demo district). */
const ACCOUNTS: Record<string, string> = {
  'sub-edu': 'edu',
  'sub-nobody': 'nobody',
  'sub-impostor': 'edu',
  'sub-leader': 'edu_leader',
};
const CALLBACK = '/api/v1/auth/oidc/callback';

async function listen(server: http.Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** A browser's cookie store, reduced to what the flow needs: per host:port, paths ignored. */
class Browser {
  private jar = new Map<string, Map<string, string>>();
  cookie(url: URL, name: string) {
    return this.jar.get(url.host)?.get(name);
  }

  /** One request, no automatic redirects; returns the response and the resolved Location. */
  async step(url: URL, form?: URLSearchParams) {
    const cookies = [...(this.jar.get(url.host) ?? [])].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await fetch(url, {
      method: form ? 'POST' : 'GET',
      redirect: 'manual',
      body: form,
      headers: {
        ...(cookies ? { cookie: cookies } : {}),
        ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
    });
    const store = this.jar.get(url.host) ?? new Map<string, string>();
    this.jar.set(url.host, store);
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(';');
      const [name, value] = [pair.slice(0, pair.indexOf('=')).trim(), pair.slice(pair.indexOf('=') + 1)];
      const gone = !value || attrs.some((a) => /^\s*max-age=0\s*$/i.test(a) || /expires=.*1970/i.test(a));
      if (gone) store.delete(name);
      else store.set(name, value);
    }
    const location = res.headers.get('location');
    return { res, location: location ? new URL(location, url) : null };
  }
}

describe('sign-in through the unified identity system (OIDC, Art.6)', () => {
  let ts: TestServer;
  let gov: string;
  let issuer: string;
  let upstream = '';
  let idpHandler: http.RequestListener = (_q, s) => {
    s.statusCode = 503;
    s.end();
  };
  const idp = http.createServer((q, s) => idpHandler(q, s));
  // GovIT is reached through a fixed front (as behind the district's reverse proxy), so its public
  // URL and redirect URI are known before it starts (the helper binds the app to a random port).
  const front = http.createServer((req, res) => {
    const up = http.request(new URL(req.url!, upstream), { method: req.method, headers: req.headers }, (r) => {
      res.writeHead(r.statusCode!, r.headers);
      r.pipe(res);
    });
    up.on('error', (e) => {
      res.statusCode = 502;
      res.end(String(e));
    });
    req.pipe(up);
  });

  beforeAll(async () => {
    issuer = await listen(idp);
    gov = await listen(front);
    const provider = new Provider(issuer, {
      clients: [
        {
          client_id: 'govit',
          client_secret: 'govit-test-secret-0123456789abcdef',
          redirect_uris: [gov + CALLBACK],
          grant_types: ['authorization_code'],
          response_types: ['code'],
        },
      ],
      findAccount: (_ctx: unknown, id: string) =>
        id in ACCOUNTS ? { accountId: id, claims: () => ({ sub: id, preferred_username: ACCOUNTS[id] }) } : undefined,
      claims: { openid: ['sub'], profile: ['preferred_username'] },
      cookies: { keys: ['oidc-test-cookie-key'] },
      ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600, AuthorizationCode: 60 },
    });
    idpHandler = provider.callback();
    ts = await startTestServer({
      OIDC_ISSUER: issuer,
      OIDC_CLIENT_ID: 'govit',
      OIDC_CLIENT_SECRET: 'govit-test-secret-0123456789abcdef',
      OIDC_REDIRECT_URI: gov + CALLBACK,
      PUBLIC_URL: gov,
    });
    upstream = ts.url;
  });

  afterAll(async () => {
    await ts?.close();
    for (const s of [idp, front]) {
      s.closeAllConnections();
      await new Promise((r) => s.close(r));
    }
  });

  /** GovIT login → provider → login form (as accountId) → consent → the callback URL (not yet followed). */
  async function throughProvider(browser: Browser, accountId: string): Promise<URL> {
    let { res, location } = await browser.step(new URL('/api/v1/auth/oidc/login', gov));
    expect(res.status).toBe(302);
    expect(location!.origin).toBe(issuer);
    expect(browser.cookie(new URL(gov), 'govit_oidc')).toBeTruthy();
    for (let hops = 0; hops < 12 && location; hops++) {
      if (location.href.startsWith(gov + CALLBACK)) return location;
      const page = location;
      ({ res, location } = await browser.step(page));
      if (res.status === 200) {
        const html = await res.text();
        const action = /<form[^>]*action="([^"]+)"/.exec(html)![1].replace(/&amp;/g, '&');
        const prompt = /name="prompt" value="(\w+)"/.exec(html)![1];
        const form = new URLSearchParams({
          prompt,
          ...(prompt === 'login' ? { login: accountId, password: 'any' } : {}),
        });
        ({ res, location } = await browser.step(new URL(action, page), form));
      }
    }
    throw new Error(`the provider did not redirect back to GovIT (last status ${res.status})`);
  }

  const failures = async (reason: string) =>
    (await ts.database.db.select().from(auditEvents).where(eq(auditEvents.action, 'auth.login_failed'))).filter(
      (e) =>
        (e.detail as { method?: string; reason?: string }).method === 'oidc' &&
        (e.detail as { reason?: string }).reason === reason,
    );

  it('GET /api/v1/auth/config says OIDC is enabled', async () => {
    const res = await fetch(`${gov}/api/v1/auth/config`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      oidc: { enabled: true, label: '统一身份认证登录', loginUrl: '/api/v1/auth/oidc/login' },
      passwordPolicy: { minLength: 8, minClasses: 3 },
    });
  });

  it('signs in a local account, links the subject on first use, session method oidc', async () => {
    for (const round of [1, 2]) {
      // 1: matched by preferred_username and linked; 2: matched by subject
      const browser = new Browser();
      const { res, location } = await browser.step(await throughProvider(browser, 'sub-edu'));
      expect(res.status).toBe(302);
      expect(location!.href).toBe(`${gov}/`);
      const sid = browser.cookie(new URL(gov), 'govit_sid');
      expect(sid, `round ${round}`).toBeTruthy();
      expect(res.headers.getSetCookie().find((c) => c.startsWith('govit_sid='))).toMatch(/HttpOnly/i);
      const me = await fetch(`${gov}/api/v1/me`, { headers: { cookie: `govit_sid=${sid}` } });
      const body = await me.json();
      expect(me.status).toBe(200);
      expect(body.user.username).toBe('edu');
      expect(body.session).toEqual({ stage: 'full', method: 'oidc' });
    }
    const [edu] = await ts.database.db.select().from(users).where(eq(users.username, 'edu'));
    expect(edu.oidcSubject).toBe('sub-edu');
    const logins = (await ts.database.db.select().from(auditEvents).where(eq(auditEvents.action, 'auth.login'))).filter(
      (e) => (e.detail as { method?: string }).method === 'oidc',
    );
    expect(logins).toHaveLength(2);
    expect(logins[0]).toMatchObject({
      actorUsername: 'edu',
      outcome: 'success',
      detail: { method: 'oidc', linked: true },
    });
  });

  it('refuses a person with no local account (no auto-provisioning) and audits it', async () => {
    const browser = new Browser();
    const { res, location } = await browser.step(await throughProvider(browser, 'sub-nobody'));
    expect(res.status).toBe(302);
    expect(location!.pathname + location!.search).toBe('/login?error=oidc_unknown_user');
    expect(browser.cookie(new URL(gov), 'govit_sid')).toBeUndefined();
    const [row] = await failures('unknown_user');
    expect(row).toMatchObject({
      actorUsername: 'nobody',
      outcome: 'failure',
      detail: { method: 'oidc', subject: 'sub-nobody' },
    });
    expect(await ts.database.db.select().from(users).where(eq(users.username, 'nobody'))).toHaveLength(0);
  });

  it('refuses another subject claiming an already linked user name', async () => {
    const browser = new Browser();
    const { location } = await browser.step(await throughProvider(browser, 'sub-impostor'));
    expect(location!.search).toBe('?error=oidc_conflict');
    expect(browser.cookie(new URL(gov), 'govit_sid')).toBeUndefined();
    expect(await failures('subject_mismatch')).toHaveLength(1);
  });

  it('refuses a disabled local account', async () => {
    await ts.database.db.update(users).set({ disabled: true }).where(eq(users.username, 'edu_leader'));
    const browser = new Browser();
    const { location } = await browser.step(await throughProvider(browser, 'sub-leader'));
    expect(location!.search).toBe('?error=oidc_disabled');
    expect(browser.cookie(new URL(gov), 'govit_sid')).toBeUndefined();
    expect(await failures('disabled')).toHaveLength(1);
  });

  it('refuses a tampered state, and the transaction cannot be replayed afterwards', async () => {
    const browser = new Browser();
    const callback = await throughProvider(browser, 'sub-edu');
    const tampered = new URL(callback);
    tampered.searchParams.set('state', `${callback.searchParams.get('state')}x`);
    let { res, location } = await browser.step(tampered);
    expect(res.status).toBe(302);
    expect(location!.search).toBe('?error=oidc_state');
    expect(browser.cookie(new URL(gov), 'govit_sid')).toBeUndefined();
    expect(await failures('state_mismatch')).toHaveLength(1);
    // The transaction cookie was cleared at the first attempt: the genuine response is now refused too.
    ({ location } = await browser.step(callback));
    expect(location!.search).toBe('?error=oidc_state');
    expect(await failures('no_transaction')).toHaveLength(1);
  });
});
