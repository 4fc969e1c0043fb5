// Two PostgreSQL roles (issue 11 finding 1; 等保 §8.1.4.3 c; scripts/pg-roles.sql): the tables belong
// to the migration role (MIGRATION_DATABASE_URL), the server serves as an app role (DATABASE_URL)
// that may only INSERT and SELECT audit rows — it can neither UPDATE, DELETE or TRUNCATE them nor
// switch the append-only triggers off. The owner still can; when it deletes the newest rows, the
// verification against the anchor (kept outside the database) names what is missing. A backup of such a
// database restores into a new one made by the same script with the same owners and grants.
// PostgreSQL only: runs when DATABASE_URL is set (.ci/run does; scripts/pg-test-cluster.sh locally).
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backup } from '../../scripts/backup.js';
import { restore } from '../../scripts/restore.js';
import { loadConfig } from '../../src/server/config.js';
import { startTestServer, type Client, type TestServer } from '../helpers/server.js';
import { testEnv } from '../helpers/template.js';

const baseUrl = process.env.DATABASE_URL;
// Not the template's password: this server must migrate and seed its own database, as the roles.
const PASSWORD = 'Roles@Passw0rd1';

function urlFor(role: string, password: string, database: string): string {
  const u = new URL(baseUrl!);
  u.username = role;
  u.password = password;
  u.pathname = `/${database}`;
  return u.toString();
}

async function asSuper<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: baseUrl });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

describe.skipIf(!baseUrl)(
  'PostgreSQL roles: the app appends audit rows, the owner migrates (needs DATABASE_URL)',
  () => {
    const suffix = `${process.pid}_${crypto.randomBytes(3).toString('hex')}`;
    const names = { db: `govit_roles_${suffix}`, owner: `govit_owner_${suffix}`, app: `govit_app_${suffix}` };
    const secrets = { owner: crypto.randomBytes(12).toString('hex'), app: crypto.randomBytes(12).toString('hex') };
    let ownerUrl: string;
    let appUrl: string;
    let ts: TestServer;
    let auditor: Client;
    let app: pg.Client;

    /** Runs scripts/pg-roles.sql as the superuser for database `db` (the same two roles). */
    const psql = (db: string) => {
      const vars = { db, owner: names.owner, app: names.app, owner_password: secrets.owner, app_password: secrets.app };
      const args = Object.entries(vars).flatMap(([k, v]) => ['-v', `${k}=${v}`]);
      return spawnSync('psql', [baseUrl!, '-q', ...args, '-f', 'scripts/pg-roles.sql'], { encoding: 'utf8' });
    };

    beforeAll(async () => {
      const run = psql(names.db);
      expect(run.status, run.stderr).toBe(0);
      ownerUrl = urlFor(names.owner, secrets.owner, names.db);
      appUrl = urlFor(names.app, secrets.app, names.db);
      // First start: migrations as the owner, the seed and everything after as the app role.
      ts = await startTestServer({ DATABASE_URL: appUrl, MIGRATION_DATABASE_URL: ownerUrl, DEMO_PASSWORD: PASSWORD });
      auditor = await ts.as('auditadmin', PASSWORD);
      app = new pg.Client({ connectionString: appUrl });
      await app.connect();
    });

    afterAll(async () => {
      await app?.end();
      await ts?.close();
      await asSuper(async (c) => {
        await c.query(`DROP DATABASE IF EXISTS ${names.db} WITH (FORCE)`);
        await c.query(`DROP ROLE IF EXISTS ${names.app}`);
        await c.query(`DROP ROLE IF EXISTS ${names.owner}`);
      }).catch(() => undefined);
    });

    it('every table belongs to the migration role; the server runs as the app role, which owns nothing', async () => {
      const { rows } = await app.query(
        "SELECT tablename, tableowner FROM pg_tables WHERE schemaname IN ('public', 'drizzle') ORDER BY tablename",
      );
      expect(rows.length).toBeGreaterThan(20);
      expect(new Set(rows.map((r) => r.tableowner))).toEqual(new Set([names.owner]));
      expect((await app.query('SELECT current_user AS who')).rows[0].who).toBe(names.app);
      // The server works as the app role: it seeded, it signs people in, it writes audit rows.
      const head = await app.query('SELECT count(*)::int AS n FROM audit_events');
      expect(head.rows[0].n).toBeGreaterThan(0);
    });

    it('the app role may only SELECT and INSERT audit rows; it keeps full rights on business tables', async () => {
      const may = async (table: string, privilege: string) =>
        (await app.query('SELECT has_table_privilege(current_user, $1, $2) AS ok', [table, privilege])).rows[0].ok;
      for (const p of ['SELECT', 'INSERT']) expect(await may('audit_events', p), p).toBe(true);
      for (const p of ['UPDATE', 'DELETE', 'TRUNCATE', 'TRIGGER', 'REFERENCES'])
        expect(await may('audit_events', p), p).toBe(false);
      for (const p of ['SELECT', 'INSERT', 'UPDATE', 'DELETE'])
        expect(await may('projects', p), `projects ${p}`).toBe(true);
      // The as-of history of projects (Art.34) is kept like the audit trail: read and append only.
      for (const p of ['SELECT', 'INSERT']) expect(await may('project_versions', p), p).toBe(true);
      for (const p of ['UPDATE', 'DELETE', 'TRUNCATE']) expect(await may('project_versions', p), p).toBe(false);
    });

    it('UPDATE, DELETE and TRUNCATE of audit_events, and switching its triggers off, are refused to the app role', async () => {
      const refusal = (q: string) =>
        app.query(q).then(
          () => 'accepted',
          (e: Error & { code?: string }) => `${e.code}: ${e.message}`,
        );
      const statements = [
        "UPDATE audit_events SET outcome = 'success' WHERE seq = 1",
        'DELETE FROM audit_events WHERE seq = (SELECT max(seq) FROM audit_events)',
        'TRUNCATE audit_events',
        'ALTER TABLE audit_events DISABLE TRIGGER USER',
        'ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update_delete',
        'DROP TRIGGER audit_events_no_update_delete ON audit_events',
        'SET session_replication_role = replica',
        'DROP TABLE audit_events',
      ];
      for (const q of statements) {
        const why = await refusal(q);
        expect(why, q).toMatch(/^42501: (permission denied|must be owner)/);
      }
      const { rows } = await app.query("SELECT tgenabled FROM pg_trigger WHERE tgname LIKE 'audit_events_no_%'");
      expect(rows.map((r) => r.tgenabled)).toEqual(['O', 'O']);
    });

    it('a backup (pg_dump as the owner) restores into a new database made by the same script: owners and grants as before', async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'govit-roles-backup-'));
      const db2 = `${names.db}_r`;
      try {
        const made = await backup({
          config: ts.config,
          env: { MIGRATION_DATABASE_URL: ownerUrl },
          out: path.join(dir, 'backup'),
          keysOut: path.join(dir, 'keys'),
        });
        expect(made.manifest!.database.kind).toBe('postgres');
        const dumped = (await app.query('SELECT count(*)::int AS n FROM audit_events')).rows[0].n as number;
        const script = psql(db2);
        expect(script.status, script.stderr).toBe(0);
        const owner2 = urlFor(names.owner, secrets.owner, db2);
        const app2 = urlFor(names.app, secrets.app, db2);
        const config = loadConfig(testEnv(path.join(dir, 'data'), { MIGRATION_DATABASE_URL: owner2 }, app2));
        const r = await restore({
          config,
          env: { MIGRATION_DATABASE_URL: owner2 },
          from: path.join(dir, 'backup'),
          keysFrom: path.join(dir, 'keys'),
        });
        expect(r.missingKeyIds).toEqual([]);
        const c2 = new pg.Client({ connectionString: app2 });
        await c2.connect();
        try {
          const owners = await c2.query(
            "SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname IN ('public', 'drizzle')",
          );
          expect(owners.rows.map((x) => x.tableowner)).toEqual([names.owner]);
          const rights = await c2.query(
            `SELECT has_table_privilege(current_user, 'audit_events', 'INSERT') AS ins,
                    has_table_privilege(current_user, 'audit_events', 'UPDATE') AS upd,
                    has_table_privilege(current_user, 'audit_events', 'DELETE') AS del,
                    has_table_privilege(current_user, 'projects', 'UPDATE') AS proj`,
          );
          expect(rights.rows[0]).toEqual({ ins: true, upd: false, del: false, proj: true });
          const restoredRows = (await c2.query('SELECT count(*)::int AS n FROM audit_events')).rows[0].n as number;
          expect(restoredRows).toBeGreaterThanOrEqual(dumped - 5);
          const journal = await c2.query('SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations');
          expect(journal.rows[0].n).toBeGreaterThan(0);
        } finally {
          await c2.end();
        }
      } finally {
        await asSuper((c) => c.query(`DROP DATABASE IF EXISTS ${db2} WITH (FORCE)`)).catch(() => undefined);
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });

    it('the owner deleting the newest rows behind disabled triggers is caught against the anchor, naming what is missing', async () => {
      for (let i = 0; i < 3; i++) await ts.as('databureau', PASSWORD); // a few more rows (sign-ins)
      const anchor = await auditor.get('/api/v1/audit-events/anchor');
      expect(anchor.status).toBe(200);
      const head = anchor.body.seq as number;
      const owner = new pg.Client({ connectionString: ownerUrl });
      await owner.connect();
      try {
        await owner.query('BEGIN');
        await owner.query('ALTER TABLE audit_events DISABLE TRIGGER USER');
        await owner.query('DELETE FROM audit_events WHERE seq > $1', [head - 3]);
        await owner.query('ALTER TABLE audit_events ENABLE TRIGGER USER');
        await owner.query('COMMIT');
      } finally {
        await owner.end();
      }
      const left = (await app.query('SELECT max(seq)::int AS s FROM audit_events')).rows[0].s as number;
      expect(left).toBe(head - 3);
      const res = await auditor.post('/api/v1/audit-events/verify');
      expect(res.body).toMatchObject({ ok: false, firstBroken: { seq: head, reason: 'anchor_truncated' } });
      expect(res.body.firstBroken.message).toContain(`锚点 #${head}：#${left} 之后的记录被删除`);

      // `npm run audit:verify`, as the app role, says the same and exits 1.
      const cli = spawnSync('npx', ['tsx', 'src/cli/audit-verify.ts', '--no-anchor'], {
        env: { ...process.env, DATABASE_URL: appUrl, DATA_DIR: ts.dataDir, DEMO_PASSWORD: PASSWORD },
        encoding: 'utf8',
      });
      expect(cli.status, cli.stdout + cli.stderr).toBe(1);
      // It names the first anchored row that is gone (the anchor log may hold an earlier anchor than the export).
      expect(cli.stdout).toMatch(/\[anchor_(truncated|missing)\]/);
      expect(cli.stdout).toMatch(/被删除/);
      const named = Number(/first broken record seq=(\d+)/.exec(cli.stdout)?.[1]);
      expect(named).toBeGreaterThan(left);
      expect(named).toBeLessThanOrEqual(head);
    });
  },
);
