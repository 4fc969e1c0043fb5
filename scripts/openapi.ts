// `npm run openapi`: regenerate docs/openapi.json and the web's API types from the app's own
// document (issue 13). `npm run openapi -- --check` only reports stale files (exit 1).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../src/db/client.js';
import { buildApp } from '../src/server/app.js';
import { loadConfig } from '../src/server/config.js';
import { createSecretBox, loadInstanceKey } from '../src/server/platform/secrets.js';
import { createServices } from '../src/server/services.js';
import { staleArtefacts, writeArtefacts } from './openapi-artifacts.js';

const check = process.argv.includes('--check');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'govit-openapi-'));
try {
  // The document does not depend on the data: an empty embedded database, silent logs.
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
  const database = await openDatabase({ dataDir: config.dataDir });
  const secrets = createSecretBox(loadInstanceKey(config.secretKey, config.dataDir));
  const app = await buildApp(createServices(config, database.db, database.kind, secrets));
  await app.ready();
  const doc = app.swagger();
  await app.close();
  await database.close();
  if (check) {
    const stale = await staleArtefacts(doc);
    if (stale.length) {
      console.error(`过期的生成文件 (stale generated files): ${stale.join(', ')} — run \`npm run openapi\``);
      process.exit(1);
    }
    console.log('OpenAPI artefacts are current');
  } else {
    await writeArtefacts(doc);
    console.log('wrote docs/openapi.json and src/web/api/openapi.d.ts');
  }
} finally {
  fs.rmSync(dataDir, { recursive: true, force: true });
}
