import { defineConfig } from 'vitest/config';

// Three suites: pure domain/unit tests, API tests that start the real server on a real
// PostgreSQL (embedded PGlite, or the server in DATABASE_URL), and browser tests in Chromium.
// `npm test` runs unit + api; `.ci/run` runs e2e separately (it needs /usr/bin/chromium).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
          environment: 'node',
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'api',
          include: ['tests/api/**/*.test.ts'],
          environment: 'node',
          // The migrated, seeded demo district is built once per run and copied for each file.
          globalSetup: ['tests/global-setup.ts'],
          sequence: { groupOrder: 1 },
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // PGlite is one connection per process and ~800 MB to initialise: keep one worker
          // per file and not too many at once on a 2-core machine.
          pool: 'forks',
          maxWorkers: 2,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/global-setup.ts'],
          sequence: { groupOrder: 2 },
          testTimeout: 120_000,
          hookTimeout: 180_000,
          pool: 'forks',
          maxWorkers: 1,
        },
      },
    ],
  },
});
