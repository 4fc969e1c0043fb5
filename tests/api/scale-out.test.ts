// Scale-out (issue 12): two app instances on one PostgreSQL, a surge of declarations whose requests
// go round both instances (create on one, upload on the other, …). Sessions live in the database,
// numbering is the year's counter row, the audit chain's lock is PostgreSQL's: none lost, none doubled,
// codes gap-free, the chain verifies. Two instances need a server database: on the embedded one
// (PGlite, one process per data folder by design) the test is skipped and says why.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../src/db/client.js';
import { buildApp, type App } from '../../src/server/app.js';
import { createSecretBox, loadInstanceKey } from '../../src/server/platform/secrets.js';
import { createServices } from '../../src/server/services.js';
import { checkSurge, runSurge } from '../../scripts/surge.js';
import { PLAN_YEAR } from '../helpers/clock.js';
import { startTestServer, TEST_PASSWORD, type TestServer } from '../helpers/server.js';

const onServer = Boolean(process.env.DATABASE_URL);
const DECLARANTS = ['market', 'civil', 'town', 'school', 'hospital'];
const DECLARATIONS = 60;
const CLIENTS = 20;

describe.skipIf(!onServer)('two instances on one PostgreSQL', () => {
  let a: TestServer;
  let bDatabase: Database;
  let b: App;
  let bUrl: string;
  let callId: string;

  beforeAll(async () => {
    a = await startTestServer();
    // Instance B: its own process state and connection pool on the same database and the same
    // configuration (keys, shared file store), as a second container behind the load balancer.
    bDatabase = await openDatabase({ dataDir: a.config.dataDir, databaseUrl: a.config.databaseUrl });
    const secrets = createSecretBox(loadInstanceKey(a.config.secretKey, a.config.dataDir));
    b = await buildApp(createServices(a.config, bDatabase.db, bDatabase.kind, secrets, a.clock));
    await b.listen({ port: 0, host: '127.0.0.1' });
    bUrl = `http://127.0.0.1:${(b.server.address() as { port: number }).port}`;
    const bureau = await a.as('databureau');
    callId = (await bureau.post('/api/v1/calls', { planYear: PLAN_YEAR, title: `${PLAN_YEAR}年度申报通知` })).body.id;
  }, 180_000);
  afterAll(async () => {
    await b?.close();
    await bDatabase?.close();
    await a?.close();
  });

  it('a session signed in on one instance works on the other', async () => {
    const c = await a.as('market');
    const me = await fetch(`${bUrl}/api/v1/me`, { headers: { cookie: c.cookie ?? '' } });
    expect(me.status).toBe(200);
  });

  it(`${DECLARATIONS} complete declarations from ${CLIENTS} clients over both instances: none lost or doubled, codes gap-free, audit verifies`, async () => {
    const tokens: string[] = [];
    for (const u of DECLARANTS) {
      const res = await fetch(`${a.url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: u, password: TEST_PASSWORD }),
      });
      expect(res.status).toBe(200);
      tokens.push(((await res.json()) as { token: string }).token);
    }
    const result = await runSurge({
      bases: [`${a.url}/api/v1`, `${bUrl}/api/v1`],
      tokens,
      callId,
      planYear: PLAN_YEAR,
      declarations: DECLARATIONS,
      clients: CLIENTS,
      prefix: '双实例申报',
    });
    expect(result.failed).toEqual([]);
    expect(result.done).toBe(DECLARATIONS);
    const check = await checkSurge(a.database.db, {
      prefix: '双实例申报',
      declarations: DECLARATIONS,
      planYear: PLAN_YEAR,
    });
    expect(check).toMatchObject({
      projects: DECLARATIONS,
      lost: 0,
      doubled: 0,
      notSubmitted: 0,
      materialsWrong: 0,
      codesMissing: 0,
      codesDoubled: 0,
      auditOk: true,
    });
    expect(check.lastNumber).toBeGreaterThanOrEqual(DECLARATIONS);
  }, 600_000);
});

describe.skipIf(onServer)('two instances on one PostgreSQL', () => {
  it('skipped: needs DATABASE_URL (a PostgreSQL server); the embedded database is one process per data folder', () => {
    expect(onServer).toBe(false);
  });
});
