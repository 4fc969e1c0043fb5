// Where the keys for data at rest are, judged at `npm start` (issue 11, finding 6): a production start
// (DEMO_SEED=false) refuses a document key inside DATA_DIR — a copy of the folder would carry its own
// key — and the banner warns about every key that is inside DATA_DIR or readable by others. A demo
// start may keep its generated keys there (DATA_DIR/file.key, secret.key), loudly.
import type { Config } from '../config.js';
import { instanceKeySource } from '../platform/secrets.js';
import { fileKeySettings } from './document-store.js';
import { fileKeySource, fileKeyWarnings } from './file-keys.js';

type KeyConfig = Pick<
  Config,
  'dataDir' | 's3' | 'fileKeys' | 'fileKeyFile' | 'demoSeed' | 'secretKey' | 'secretKeyFile'
>;

/** Why this configuration may not start, or null. */
export function keyPlacementRefusal(config: KeyConfig): string | null {
  if (config.demoSeed || fileKeySource(fileKeySettings(config)).kind !== 'data-dir') return null;
  return (
    '生产启动（DEMO_SEED=false）必须设置文件加密密钥 FILE_KEY 或 FILE_KEY_FILE，且存放在数据目录之外；' +
    '生成密钥：openssl rand -hex 16（见 docs/security.md“密钥”）。\n' +
    'A production start (DEMO_SEED=false) needs the document encryption key in FILE_KEY or FILE_KEY_FILE, ' +
    'kept outside DATA_DIR; make one with `openssl rand -hex 16` (docs/security.md, "Keys").'
  );
}

/** Lines for the start-up banner (Chinese, then English). */
export function keyPlacementWarnings(config: KeyConfig): string[] {
  const out = fileKeyWarnings(fileKeySettings(config));
  const instance = instanceKeySource(config.secretKey, config.dataDir, config.secretKeyFile);
  if (!config.demoSeed && instance.kind === 'data-dir')
    out.push(
      `实例密钥（保护 TOTP 种子）保存在数据目录内（${instance.path}）；生产环境请改用 SECRET_KEY 或 SECRET_KEY_FILE`,
      `The instance key (TOTP seeds) is inside DATA_DIR (${instance.path}); in production use SECRET_KEY or SECRET_KEY_FILE`,
    );
  return out;
}
