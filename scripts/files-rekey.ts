// `npm run files:rekey [-- --dry-run]`: seals every stored document under the current file master key
// (the first of FILE_KEY / FILE_KEY_FILE), reading older ones with the keys listed after it, and
// seals documents stored before encryption. Safe while the server runs. Rotation, step by step:
// docs/security.md ("Keys"). Exit 0 = every file is under the current key, 1 = some could not be read.
import { ConfigError, loadConfig } from '../src/server/config.js';
import { openDocumentStore } from '../src/server/storage/document-store.js';
import { rekeyFiles } from '../src/server/storage/rekey.js';

async function main(argv: string[]): Promise<number> {
  const dryRun = argv.includes('--dry-run');
  const config = loadConfig();
  const store = openDocumentStore(config, { generateDemoKey: false });
  console.log(`当前文件主密钥 current file master key: ${store.keys.currentKeyId}${dryRun ? '  (dry run)' : ''}`);
  const r = await rekeyFiles(store, { dryRun });
  const moved = Object.entries(r.rekeyed);
  console.log(`  已是当前密钥 already current: ${r.current}`);
  for (const [id, n] of moved) console.log(`  ${dryRun ? '待换' : '已换'}密钥 re-sealed from ${id}: ${n}`);
  console.log(`  ${dryRun ? '待加密' : '已加密'} sealed (stored before encryption): ${r.encrypted}`);
  for (const f of r.failed) console.error(`  失败 FAILED ${f.key}: ${f.reason}`);
  if (r.failed.length) return 1;
  if (!dryRun && moved.length)
    console.log(
      `  旧密钥 ${moved.map(([id]) => id).join(', ')} 已不再使用，可从 FILE_KEY / FILE_KEY_FILE 中移除（先备份密钥）`,
    );
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    console.error(
      err instanceof ConfigError
        ? err.message
        : `换密钥失败 (rekey failed): ${err instanceof Error ? err.message : err}`,
    );
    process.exit(2);
  },
);
