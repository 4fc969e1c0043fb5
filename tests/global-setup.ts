// globalSetup of the api and e2e projects: builds the migrated, seeded test database once per
// `vitest run` (embedded PGlite, or a template database on the server in DATABASE_URL) and hands it
// to startTestServer (tests/helpers/server.ts), which copies it for each test file.
import type { TestProject } from 'vitest/node';
import { buildDatabaseTemplate, dropDatabaseTemplate, type DatabaseTemplate } from './helpers/template.js';

// Each project loads this file in its own module graph, but all run in the one main process: when
// api and e2e run together they share one template, dropped after the last of them.
interface Shared {
  template: Promise<DatabaseTemplate>;
  rebuilding?: Promise<void>;
  users: number;
}
const KEY = Symbol.for('govit.tests.databaseTemplate');
const holder = globalThis as typeof globalThis & { [KEY]?: Shared };

const build = () => buildDatabaseTemplate(process.env.DATABASE_URL);

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!holder[KEY]) holder[KEY] = { template: build(), users: 0 };
  const shared = holder[KEY];
  shared.users++;
  try {
    project.provide('govitDatabaseTemplate', await shared.template);
  } catch (err) {
    shared.users--;
    if (shared.users === 0) delete holder[KEY];
    throw err;
  }
  // Watch mode: the migrations or the seed may have changed since, so each rerun gets a new
  // template (the projects' rerun hooks run together and share one rebuild).
  project.onTestsRerun(async () => {
    shared.rebuilding ??= (async () => {
      const old = await shared.template.catch(() => null);
      shared.template = build();
      if (old) await dropDatabaseTemplate(old);
      await shared.template;
    })().finally(() => {
      shared.rebuilding = undefined;
    });
    await shared.rebuilding;
    project.provide('govitDatabaseTemplate', await shared.template);
  });
  return async () => {
    shared.users--;
    if (shared.users > 0) return;
    delete holder[KEY];
    const template = await shared.template.catch(() => null);
    if (template) await dropDatabaseTemplate(template);
  };
}
