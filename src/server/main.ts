// `npm start`: validate configuration, open (and migrate) the database, seed on first run, serve.
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../db/client.js';
import { buildApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { createSecretBox, loadInstanceKey } from './platform/secrets.js';
import { ensureSeed, type SeedReport } from './seed/seed.js';
import { seedDemoProjects } from './seed/demo-projects.js';
import { type DeliveryDemoReport, seedDemoDelivery } from './seed/demo-delivery.js';
import { seedDemoMonitoring } from './seed/demo-monitoring.js';
import { createServices } from './services.js';
import { systemClock } from './platform/clock.js';
import { keyPlacementRefusal, keyPlacementWarnings } from './storage/key-placement.js';
import { openAuditTrail } from './audit/trail.js';

async function main() {
  const t0 = performance.now();
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(2);
    }
    throw err;
  }
  // Keys for data at rest (issue 11, finding 6): production keeps the document key outside DATA_DIR.
  const keyRefusal = keyPlacementRefusal(config);
  if (keyRefusal) {
    console.error(keyRefusal);
    process.exit(2);
  }
  const database = await openDatabase({
    dataDir: config.dataDir,
    databaseUrl: config.databaseUrl,
    migrationDatabaseUrl: config.migrationDatabaseUrl,
    embeddedSharedBuffers: config.embeddedSharedBuffers,
  });
  // The audit key, registered before the seed writes its audit row (issue 11 finding 1).
  const auditTrail = openAuditTrail(config);
  const secrets = createSecretBox(loadInstanceKey(config.secretKey, config.dataDir, config.secretKeyFile));
  const seed = await ensureSeed(database.db, config, systemClock.now());
  const app = await buildApp(createServices(config, database.db, database.kind, secrets));
  app.log.level = config.startupLogLevel;
  // First start of a demo district: projects at several steps, made through the API itself.
  let demo: { planYear: number; projects: number } | null = null;
  let history: DeliveryDemoReport | null = null;
  if (seed.created && seed.demo) {
    try {
      demo = await seedDemoProjects(app, database.db, app.services.clock.now());
      app.log.info(demo, 'demo projects seeded');
    } catch (err) {
      app.log.error({ err }, 'demo projects could not be seeded; the platform runs without them');
    }
    // And the previous plan year, played on a clock of its own up to now: delivery, operation, exit.
    try {
      history = await seedDemoDelivery(app, database.db, app.services.clock.now());
      app.log.info(history, 'demo history seeded');
    } catch (err) {
      app.log.error({ err }, 'demo history could not be seeded; the platform runs without it');
    }
    // And six months of monthly monitoring, one system flagged for the elimination list (Art.32).
    try {
      app.log.info(await seedDemoMonitoring(database.db, app.services.clock.now()), 'demo monitoring seeded');
    } catch (err) {
      app.log.error({ err }, 'demo monitoring could not be seeded; the platform runs without it');
    }
  }

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    await app.close().catch(() => undefined);
    await database.close().catch(() => undefined);
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  await app.listen({ port: config.port, host: config.host });
  const addr = app.server.address();
  const port = typeof addr === 'object' && addr ? addr.port : config.port;
  printBanner(
    config.publicUrl.replace(`:${config.port}`, `:${port}`),
    database.kind,
    seed,
    config.demoPassword !== undefined,
    performance.now() - t0,
    demo,
    history,
    [...keyPlacementWarnings(config), ...auditTrail.warnings],
  );
  // From here on the configured level: requests and jobs are logged as the operator asked.
  app.log.level = config.logLevel;
}

function printBanner(
  url: string,
  kind: string,
  seed: SeedReport,
  sharedPassword: boolean,
  ms: number,
  demo: { planYear: number; projects: number } | null,
  history: DeliveryDemoReport | null,
  keyWarnings: string[],
) {
  const out: string[] = [
    '',
    '  GovIT 宿城区信息化项目管理平台',
    `  地址 URL:        ${url}`,
    `  接口文档 API:    ${url}/api/docs`,
    `  数据库 Database: ${kind === 'pglite' ? '内置 PostgreSQL (PGlite)' : 'PostgreSQL 服务器'}`,
    `  就绪用时 Ready:  ${(ms / 1000).toFixed(1)} s`,
  ];
  if (seed.created) {
    out.push(
      '',
      seed.demo
        ? '  演示账号 Demo accounts (首次启动生成 / generated at first start):'
        : '  初始管理员账号 Initial administrator accounts:',
    );
    for (const a of seed.accounts)
      out.push(
        `    ${a.username.padEnd(18)} ${sharedPassword ? '(DEMO_PASSWORD)' : (a.password ?? '').padEnd(14)}  ${a.note}`,
      );
    if (demo)
      out.push(
        '',
        `  演示项目 Demo projects: ${demo.projects} 个（${demo.planYear} 年度：草稿、四方预审中、联审中、建设中）`,
      );
    if (history)
      out.push(
        'skipped' in history
          ? `  演示历史 Demo history: 未生成 (skipped: ${history.skipped})`
          : `  演示历史 Demo history: ${history.projects} 个（${history.planYear} 年度，${history.from} 起：试运行、待验收、运行中及其运维项目；旧系统退出中）`,
      );
    out.push(
      '',
      sharedPassword
        ? '  所有演示账号使用 DEMO_PASSWORD，无需修改。'
        : '  首次登录须修改密码；账号清单另存于数据目录 initial-accounts.txt（请妥善保管后删除）。',
    );
  } else {
    out.push('', '  已有数据：账号见首次启动时的输出或数据目录 initial-accounts.txt。');
  }
  if (keyWarnings.length) {
    out.push('', '  !!! 密钥警告 KEY WARNING !!!');
    for (const w of keyWarnings) out.push(`  !!! ${w}`);
  }
  console.log(`${out.join('\n')}\n`);
}

main().catch((err) => {
  console.error(`启动失败 (start-up failed): ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
