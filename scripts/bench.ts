// Benchmark of the lists people open most (`npm run bench`): a throw-away embedded database with
// the demo district, its four demo projects cloned to N projects across units, stages and years,
// then each endpoint timed as the data bureau (p50 / p95 / max over R requests). Not a test: it
// prints numbers to compare between changes. BENCH_PROJECTS (default 2000), BENCH_ROUNDS (30).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../src/db/client.js';
import { projects } from '../src/db/schema.js';
import { buildApp } from '../src/server/app.js';
import { loadConfig } from '../src/server/config.js';
import { createSecretBox, loadInstanceKey } from '../src/server/platform/secrets.js';
import { seedDemoProjects } from '../src/server/seed/demo-projects.js';
import { ensureSeed } from '../src/server/seed/seed.js';
import { systemClock } from '../src/server/platform/clock.js';
import { createServices } from '../src/server/services.js';

const N = Number(process.env.BENCH_PROJECTS ?? 2000);
const R = Number(process.env.BENCH_ROUNDS ?? 30);
const PASSWORD = 'Bench@Passw0rd';

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'govit-bench-'));
  const config = loadConfig({
    DATA_DIR: dataDir,
    DEMO_PASSWORD: PASSWORD,
    LOG_LEVEL: 'silent',
    PORT: '0',
    HOST: '127.0.0.1',
    ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}),
  });
  const database = await openDatabase({ dataDir, databaseUrl: config.databaseUrl });
  await ensureSeed(database.db, config, systemClock.now());
  const app = await buildApp(
    createServices(config, database.db, database.kind, createSecretBox(loadInstanceKey(config.secretKey, dataDir))),
  );
  const { planYear } = await seedDemoProjects(app, database.db, systemClock.now());
  // Clone the demo projects (records only) to N, spread over the declaring units and three years.
  const t0 = performance.now();
  await database.db.execute(sql`
    INSERT INTO projects (code, call_id, plan_year, name, declaring_org_id, category, kind, classified, total_fen, form, stage, round, urgent,
      findings, approved_budget_fen, plan_id, ndrc_required, control_price_fen, recovery_fen, revision_due_at, revision_submitted_at, revision_overdue, contract_fen, created_by)
    SELECT 'BENCH-' || g || '-' || p.code, p.call_id, p.plan_year - (g % 3), p.name || '（样本' || g || '）',
      (SELECT id FROM organizations WHERE 'declarant' = ANY(roles) ORDER BY code OFFSET (g % 12) LIMIT 1),
      p.category, p.kind, false, p.total_fen + g, p.form, p.stage, p.round, g % 17 = 0, p.findings, p.approved_budget_fen, p.plan_id,
      p.ndrc_required, p.control_price_fen, p.recovery_fen, p.revision_due_at, p.revision_submitted_at, p.revision_overdue, p.contract_fen, p.created_by
    FROM generate_series(1, ${Math.ceil(N / 4)}) g CROSS JOIN (SELECT * FROM projects WHERE code NOT LIKE 'BENCH-%') p`);
  const seededMs = performance.now() - t0;

  const login = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username: 'databureau', password: PASSWORD },
  });
  const token = (login.json() as { token: string }).token;
  const paths = [
    '/projects?pageSize=20',
    `/projects?year=${planYear}&stage=construction&pageSize=20`,
    '/todo',
    `/dashboard?year=${planYear}`,
    '/dashboard',
    `/annual-list?year=${planYear}`,
    `/statistics/revisions?year=${planYear}`,
    `/open-data/projects?year=${planYear}`,
  ];
  const rows: string[] = [];
  for (const p of paths) {
    const times: number[] = [];
    for (let i = 0; i < R; i++) {
      const s = performance.now();
      const res = await app.inject({
        method: 'GET',
        url: `/api/v1${p}`,
        headers: { authorization: `Bearer ${token}` },
      });
      times.push(performance.now() - s);
      if (res.statusCode !== 200) throw new Error(`${p} → ${res.statusCode} ${res.body.slice(0, 200)}`);
    }
    times.sort((a, b) => a - b);
    const q = (f: number) => times[Math.min(times.length - 1, Math.floor(f * times.length))].toFixed(1);
    rows.push(
      `${p.padEnd(52)} p50 ${q(0.5).padStart(7)} ms   p95 ${q(0.95).padStart(7)} ms   max ${times[times.length - 1].toFixed(1).padStart(7)} ms`,
    );
  }
  const [{ n }] = await database.db.select({ n: sql<number>`count(*)::int` }).from(projects);
  console.log(
    `GovIT bench — ${database.kind}, ${n} projects (cloned in ${seededMs.toFixed(0)} ms), ${R} requests each, Node ${process.version}, ${os.cpus().length} CPU\n${rows.join('\n')}`,
  );
  await app.close();
  await database.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
