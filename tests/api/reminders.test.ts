// Deadlines that remind (issue 10; SPEC §5): an obligation is reminded before it is due and once
// overdue (to whoever must act, then also the data bureau), the bell stops counting a message once its
// step is done, the message centre filters, pages and marks all read, and each reminder's e-mail
// reaches a real SMTP server (smtp-server, started here) exactly once — with two reminder jobs running
// at the same instant: on two app instances sharing one PostgreSQL when DATABASE_URL is set, on one
// instance otherwise (an embedded PGlite data folder cannot be opened by two instances; the claim
// is the same unique index either way). A refused SMTP delivery is retried after its backoff, once.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq, inArray, like } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../src/db/client.js';
import { emailOutbox, notifications, obligationReminders, users } from '../../src/db/schema.js';
import { buildApp } from '../../src/server/app.js';
import { runObligationsJob } from '../../src/server/obligations/job.js';
import { createSecretBox, loadInstanceKey } from '../../src/server/platform/secrets.js';
import { createServices, type Services } from '../../src/server/services.js';
import { CALL_YEAR, PLAN_YEAR } from '../helpers/clock.js';
import { declareReady, fresh } from '../helpers/projects.js';
import { startTestServer, type Client, type TestServer } from '../helpers/server.js';

interface Received {
  to: string[];
  ref: string;
}

/** A real SMTP server on a loopback port; `failures` refuses that many messages (451) first. */
function startSmtp() {
  const received: Received[] = [];
  const state = { failures: 0 };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => {
        raw += chunk.toString('utf8');
      });
      stream.on('end', () => {
        if (state.failures > 0) {
          state.failures--;
          const err = new Error('4.3.0 Mailbox busy, try again later') as Error & { responseCode: number };
          err.responseCode = 451;
          return callback(err);
        }
        received.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          ref: /^X-GovIT-Ref: (.+)$/im.exec(raw)?.[1].trim() ?? '',
        });
        callback();
      });
    },
  });
  return {
    received,
    state,
    listen: () =>
      new Promise<number>((resolve) =>
        server.listen(0, '127.0.0.1', () => resolve((server.server.address() as { port: number }).port)),
      ),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const smtp = startSmtp();
let ts: TestServer;
/** The second app instance on the same PostgreSQL database (DATABASE_URL only). */
let second: { services: Services; database: Database; close(): Promise<void> } | null = null;
const c: Record<string, Client> = {};
const PEOPLE = ['market', 'databureau', 'cyberspace', 'finance'];
const at = (local: string) => new Date(`${local}+08:00`);
let callId: string;
let project: { id: string; code: string };

async function signIn() {
  for (const u of PEOPLE) c[u] = await ts.as(u);
}

interface Message {
  id: string;
  link: string;
  title: string;
  category: string;
  readAt: string | null;
  resolvedAt: string | null;
}
const bell = async (who: string, query = '') => (await c[who].get(`/api/v1/notifications${query}`)).body;
const mine = (items: Message[]) => items.filter((n) => n.link === `/projects/${project.id}`);

beforeAll(async () => {
  const port = await smtp.listen();
  ts = await startTestServer({
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(port),
    SMTP_FROM: '宿城区信息化项目管理平台 <govit@sucheng.example>',
  });
  // The demo accounts have no e-mail address: give these four one.
  for (const u of PEOPLE)
    await ts.database.db
      .update(users)
      .set({ email: `${u}@sucheng.example` })
      .where(eq(users.username, u));
  if (ts.config.databaseUrl) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'govit-second-'));
    const database = await openDatabase({ dataDir, databaseUrl: ts.config.databaseUrl });
    const secrets = createSecretBox(loadInstanceKey(ts.config.secretKey, ts.dataDir));
    const app = await buildApp(createServices(ts.config, database.db, database.kind, secrets, ts.clock));
    second = {
      services: app.services,
      database,
      async close() {
        await app.close();
        await database.close();
        fs.rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  await signIn();
  callId = (
    await c.databureau.post('/api/v1/calls', {
      planYear: PLAN_YEAR,
      title: `关于申报${PLAN_YEAR}年度区级信息化项目的通知`,
    })
  ).body.id;
  project = await declareReady(c.market, callId, '提醒测试项目');
});

afterAll(async () => {
  await second?.close();
  await ts?.close();
  await smtp.close();
});

/** Two reminder jobs at the same instant: on two instances when there are two, else on one. */
const twoJobsAtOnce = () =>
  Promise.all([runObligationsJob(ts.app.services), runObligationsJob(second?.services ?? ts.app.services)]);

describe('deadlines that remind (SPEC §5, issue 10)', () => {
  it('reminds the declarant 5 working days before the call deadline, not a day earlier (Art.8)', async () => {
    // The call closes 10-15 (Thu) 23:59:59.999; 5 working days before: 10-14, 13, 12, 10 (调休), 09.
    ts.clock.set(at(`${CALL_YEAR}-10-08T23:59:00`));
    await runObligationsJob(ts.app.services);
    await signIn();
    expect(mine((await bell('market')).items)).toEqual([]);
    ts.clock.set(at(`${CALL_YEAR}-10-09T09:00:00`));
    await signIn();
    const before = (await bell('market')).unread;
    const [a, b] = await twoJobsAtOnce();
    expect(a.notices + b.notices).toBeGreaterThan(0);
    const after = await bell('market');
    const reminders = mine(after.items).filter((n) => n.title === '提醒：年度项目申报即将到期');
    expect(reminders).toHaveLength(1);
    expect(reminders[0]).toMatchObject({ category: 'reminder', readAt: null, resolvedAt: null });
    expect(after.unread).toBe(before + 1);
    expect(after.unreadReminder).toBeGreaterThanOrEqual(1);
  });

  it('each reminder is claimed and e-mailed exactly once, however many jobs run (one mail per claim)', async () => {
    // Two more rounds at once: nothing new is claimed, nothing is sent twice.
    const more = await twoJobsAtOnce();
    expect(more.map((r) => r.notices)).toEqual([0, 0]);
    const key = `p:${project.id}:call_deadline:${callId}`;
    const claims = await ts.database.db
      .select()
      .from(obligationReminders)
      .where(eq(obligationReminders.obligationKey, key));
    expect(claims).toHaveLength(1); // market's one declarant account
    const ref = `reminder:${claims[0].id}`;
    expect(smtp.received.filter((m) => m.ref === ref)).toEqual([{ to: ['market@sucheng.example'], ref }]);
    // No mail of the whole run arrived twice, and every queued mail was sent.
    const refs = smtp.received.map((m) => m.ref);
    expect(new Set(refs).size).toBe(refs.length);
    const outbox = await ts.database.db.select().from(emailOutbox);
    expect(outbox.every((m) => m.status === 'sent' && m.attempts === 1)).toBe(true);
    expect(outbox).toHaveLength(refs.length);
    // The bell wrote one message per claim.
    const written = await ts.database.db.select().from(notifications).where(eq(notifications.obligationKey, key));
    expect(written).toHaveLength(1);
  });

  it('is settled when the step is done: the declaration submitted, the bell count drops', async () => {
    const before = await bell('market');
    const sub = await c.market.post(`/api/v1/projects/${project.id}/submit`, {
      version: (await fresh(c.market, project.id)).version,
    });
    expect(sub.status).toBe(200);
    const after = await bell('market');
    expect(after.unread).toBe(before.unread - 1);
    const reminder = mine(after.items).find((n) => n.title === '提醒：年度项目申报即将到期');
    expect(reminder).toMatchObject({ category: 'reminder', resolvedAt: expect.any(String) });
    // The review parties now have a to-do, carrying its obligation.
    const todo = mine((await bell('cyberspace', '?filter=todo')).items);
    expect(todo).toEqual([
      expect.objectContaining({ title: '待办：出具预审意见', category: 'todo', resolvedAt: null }),
    ]);
  });

  it('once overdue reminds the party and the data bureau; a refused mail is retried after its backoff, once', async () => {
    // Submitted 10-09 (Fri): the opinion is expected by the 5th working day, 10-15 (platform reading).
    ts.clock.set(at(`${CALL_YEAR}-10-15T23:59:00`));
    await runObligationsJob(ts.app.services);
    await signIn();
    expect(mine((await bell('finance')).items).map((n) => n.title)).toContain('提醒：预审意见即将到期');
    const sentBefore = smtp.received.length;
    smtp.state.failures = 1; // the SMTP server refuses the next message once (451)
    ts.clock.set(at(`${CALL_YEAR}-10-16T10:00:00`));
    const first = await runObligationsJob(ts.app.services);
    expect(first.failed).toBe(1);
    const waiting = await ts.database.db.select().from(emailOutbox).where(eq(emailOutbox.status, 'pending'));
    expect(waiting).toHaveLength(1);
    expect(waiting[0]).toMatchObject({ attempts: 1 });
    expect(waiting[0].lastError).toMatch(/451|try again/);
    // Not before its backoff (1 minute after the first attempt) …
    expect((await runObligationsJob(ts.app.services)).sent).toBe(0);
    // … then sent, once.
    ts.clock.set(at(`${CALL_YEAR}-10-16T10:01:30`));
    const retried = await twoJobsAtOnce();
    expect(retried[0].sent + retried[1].sent).toBe(1);
    const [done] = await ts.database.db.select().from(emailOutbox).where(eq(emailOutbox.id, waiting[0].id));
    expect(done).toMatchObject({ status: 'sent', attempts: 2 });
    expect(smtp.received.filter((m) => m.ref === waiting[0].dedupeKey)).toHaveLength(1);
    expect(smtp.received.length).toBeGreaterThan(sentBefore);
    const refs = smtp.received.map((m) => m.ref);
    expect(new Set(refs).size).toBe(refs.length);
    await signIn();
    for (const who of ['cyberspace', 'finance', 'databureau'])
      expect(mine((await bell(who)).items).map((n) => n.title)).toContain('提醒：预审意见已逾期');
  });

  it("a party's opinion settles its own to-do and reminders, not the others'", async () => {
    const before = await bell('cyberspace');
    const finance = (await bell('finance')).unread;
    const op = await c.cyberspace.post(`/api/v1/projects/${project.id}/opinions`, { decision: 'pass', text: '同意' });
    expect(op.status).toBe(201);
    const after = await bell('cyberspace');
    // The to-do and its two reminders (due soon, overdue) are done.
    expect(after.unread).toBe(before.unread - 3);
    expect(mine(after.items).every((n) => n.resolvedAt !== null)).toBe(true);
    expect((await bell('finance')).unread).toBe(finance);
    const keys = await ts.database.db
      .select({ key: notifications.obligationKey, resolvedAt: notifications.resolvedAt })
      .from(notifications)
      .where(like(notifications.obligationKey, `p:${project.id}:review_opinion:%:finance`));
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.every((k) => k.resolvedAt === null)).toBe(true);
  });

  it('the message centre filters and pages on the server, and marks all read', async () => {
    const page1 = await bell('finance', '?filter=all&page=1&pageSize=2');
    expect(page1.items).toHaveLength(2);
    expect(page1.total).toBeGreaterThan(2);
    const page2 = await bell('finance', '?filter=all&page=2&pageSize=2');
    expect(page2.items[0].id).not.toBe(page1.items[0].id);
    const reminders = await bell('finance', '?filter=reminder');
    expect(reminders.items.every((n: { category: string }) => n.category === 'reminder')).toBe(true);
    expect((await bell('finance', '?filter=unread')).items.length).toBeGreaterThan(0);
    const all = await c.finance.post('/api/v1/notifications/read-all');
    expect(all.status).toBe(200);
    expect(all.body.updated).toBeGreaterThan(0);
    const after = await bell('finance', '?filter=unread');
    expect(after.items).toEqual([]);
    expect(after.unread).toBe(0);
    // Only the caller's own messages were marked.
    expect((await bell('databureau')).unread).toBeGreaterThan(0);
    const ids = (await bell('databureau', '?filter=all&pageSize=5')).items.map((n: { id: string }) => n.id);
    const theirs = await ts.database.db.select().from(notifications).where(inArray(notifications.id, ids));
    expect(theirs.some((n) => n.readAt === null)).toBe(true);
  });
});
