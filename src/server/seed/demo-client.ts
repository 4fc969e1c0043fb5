// How the demo seeds reach the platform (SPEC §1 demo district): as the demo accounts, through the
// real API (app.inject with a bearer session), so every demo record passes the same routes, rules,
// history, audit and notifications as a person's — the demo can never hold what the platform refuses.
//
// Sessions are made here directly (createSession, method 'demo_seed'), not by signing in: the seed
// holds no passwords, and sign-in itself (login.ts: password expiry, forced change, second factor)
// stays as it is for everyone. Only accounts flagged is_demo get a session, so the seed can act for
// no real user. A session's times are the seed's clock's: a demo that moves its clock renews them
// after each jump (`renew`; sessions idle out after the policy's minutes). `close` revokes them all.
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { organizations, users } from '../../db/schema.js';
import type { App } from '../app.js';
import { createSession, revokeSession } from '../auth/session-store.js';
import { demoPdf } from './demo-form.js';

export interface DemoBody {
  id: string;
  stage: string;
  version: number;
  [k: string]: unknown;
}
export type DemoCall = (method: 'GET' | 'POST' | 'PATCH', url: string, body?: unknown) => Promise<DemoBody>;

export class DemoClient {
  private readonly open = new Map<string, { token: string; id: string }>();
  private used = 0;
  private ids: Map<string, string> | null = null;

  constructor(
    private readonly app: App,
    private readonly db: Db,
    /** The instant the seed acts at: a fixed `now`, or the clock a demo moves. */
    private readonly now: () => Date,
  ) {}

  private async token(who: string): Promise<string> {
    const s = this.open.get(who);
    if (s) return s.token;
    if (!this.ids) {
      const rows = await this.db
        .select({ id: users.id, username: users.username })
        .from(users)
        .where(and(eq(users.isDemo, true), eq(users.disabled, false)));
      this.ids = new Map(rows.map((r) => [r.username, r.id]));
    }
    const userId = this.ids.get(who);
    if (!userId) throw new Error(`demo seed: no demo account ${who}`);
    const policy = await this.app.services.policy();
    const now = this.now();
    const made = await this.db.transaction((tx) =>
      createSession(tx, {
        userId,
        stage: 'full',
        method: 'demo_seed',
        ip: '127.0.0.1',
        userAgent: 'GovIT demo seed',
        policy,
        now,
      }),
    );
    this.open.set(who, made);
    this.used += 1;
    return made.token;
  }

  /** Calls the API as a demo account; anything but 2xx stops the seed with the problem body. */
  as(who: string): DemoCall {
    return async (method, url, body) => {
      const res = await this.app.inject({
        method,
        url: `/api/v1${url}`,
        headers: { authorization: `Bearer ${await this.token(who)}` },
        payload: body as object | undefined,
      });
      if (res.statusCode >= 300) throw new Error(`demo seed: ${who} ${method} ${url} → ${res.statusCode} ${res.body}`);
      return res.json();
    };
  }

  /** Uploads a small PDF (`url`: a project's or a system's documents) as a browser form would. */
  async upload(who: string, url: string, docType: string, fileName: string): Promise<{ id: string }> {
    const boundary = `----govit${Math.random().toString(16).slice(2)}`;
    const head = `--${boundary}\r\nContent-Disposition: form-data; name="docType"\r\n\r\n${docType}\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/pdf\r\n\r\n`;
    const payload = Buffer.concat([Buffer.from(head), demoPdf(fileName), Buffer.from(`\r\n--${boundary}--\r\n`)]);
    const res = await this.app.inject({
      method: 'POST',
      url: `/api/v1${url}`,
      payload,
      headers: {
        authorization: `Bearer ${await this.token(who)}`,
        'content-type': `multipart/form-data; boundary=${boundary}`,
      },
    });
    if (res.statusCode !== 201) throw new Error(`demo seed: upload ${docType} → ${res.statusCode} ${res.body}`);
    return res.json() as { id: string };
  }

  /** Revokes the open sessions (before a clock jump: they would idle out); the next call opens new ones. */
  async renew(): Promise<void> {
    const at = this.now();
    for (const s of this.open.values()) await revokeSession(this.db, s.id, 'demo_seed_done', at);
    this.open.clear();
  }

  /** Revokes every session still open; returns how many sessions the seed opened in all. */
  async close(): Promise<number> {
    await this.renew();
    return this.used;
  }
}

/** Organisation ids by code (the demo names the implementer, the supervisor and system owners). */
export async function orgIds(db: Db, codes: string[]): Promise<Map<string, string>> {
  const rows = await db
    .select({ id: organizations.id, code: organizations.code })
    .from(organizations)
    .where(inArray(organizations.code, codes));
  return new Map(rows.map((r) => [r.code, r.id]));
}
