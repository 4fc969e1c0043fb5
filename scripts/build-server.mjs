// The server as one ES module (esbuild → dist/server/main.mjs), its dependencies left to node_modules:
// Node then loads one file instead of transpiling ~400 TypeScript modules at every start (issue 12:
// the embedded database's warm start). Used by `npm start` (build-if-needed.mjs) and by the test
// that starts the built server (tests/api/platform.test.ts).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SERVER_BUNDLE = path.join(root, 'dist/server/main.mjs');

export async function buildServer() {
  await build({
    entryPoints: [path.join(root, 'src/server/main.ts')],
    outfile: SERVER_BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
  });
  return SERVER_BUNDLE;
}
