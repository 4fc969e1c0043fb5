// The audit key (issue 11 finding 1; docs/security.md 安全审计): AUDIT_KEY, AUDIT_KEY_FILE (one key a
// line: the first keys new rows, the others only verify — rotation), or, for a demo or development
// start only, DATA_DIR/audit.key generated at first start. A production start without a key outside
// DATA_DIR is refused by config.ts (checkAuditConfig). The key stays in this process's memory behind
// AuditSigner; a crypto device or KMS would replace softwareSigner here and nowhere else.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createKeyring, softwareSigner, type AuditKeyring } from '../../domain/audit/signer.js';
import type { Config } from '../config.js';

export interface LoadedAuditKeys {
  keyring: AuditKeyring;
  source: 'AUDIT_KEY' | 'AUDIT_KEY_FILE' | 'DATA_DIR';
  file: string | null;
  /** Banner lines (Chinese, then English). */
  warnings: string[];
}

const HEX_KEY = /^[0-9a-fA-F]{64}$/;

/** Keys one a line; blank lines and `#` comments are skipped. */
export function parseAuditKeyFile(text: string, file: string): Buffer[] {
  const keys: Buffer[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/#.*/, '').trim();
    if (!line) return;
    if (!HEX_KEY.test(line))
      throw new Error(
        `审计密钥文件 ${file} 第 ${i + 1} 行不是 64 位十六进制密钥 (line ${i + 1} is not a 64-hex-digit key)`,
      );
    keys.push(Buffer.from(line, 'hex'));
  });
  if (!keys.length) throw new Error(`审计密钥文件 ${file} 中没有密钥 (no key in the audit key file)`);
  return keys;
}

function readKeyFile(file: string): Buffer[] {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    throw new Error(`无法读取审计密钥文件 AUDIT_KEY_FILE ${file} (cannot read): ${(err as Error).message}`);
  }
  return parseAuditKeyFile(text, file);
}

/** DATA_DIR/audit.key: read it, or create it (0600) at first start; two racing starts share one. */
function demoKey(file: string): Buffer {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  if (fs.existsSync(file)) return readKeyFile(file)[0];
  const key = randomBytes(32);
  try {
    fs.writeFileSync(file, `${key.toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
    return key;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return readKeyFile(file)[0];
    throw err;
  }
}

export function loadAuditKeys(config: Pick<Config, 'dataDir' | 'audit'>): LoadedAuditKeys {
  const { audit } = config;
  if (audit.keyHex) {
    return {
      keyring: createKeyring(softwareSigner(Buffer.from(audit.keyHex, 'hex'))),
      source: 'AUDIT_KEY',
      file: null,
      warnings: [],
    };
  }
  if (audit.keyFile) {
    const [current, ...retired] = readKeyFile(audit.keyFile).map(softwareSigner);
    const isOpen = (fs.statSync(audit.keyFile).mode & 0o077) !== 0;
    return {
      keyring: createKeyring(current, retired),
      source: 'AUDIT_KEY_FILE',
      file: audit.keyFile,
      warnings: isOpen
        ? [
            `审计密钥文件 ${audit.keyFile} 可被其他用户读取，请执行 chmod 600`,
            `The audit key file ${audit.keyFile} is readable by others: chmod 600 it`,
          ]
        : [],
    };
  }
  const file = path.join(config.dataDir, 'audit.key');
  return {
    keyring: createKeyring(softwareSigner(demoKey(file))),
    source: 'DATA_DIR',
    file,
    warnings: [
      `审计密钥保存在数据目录内（${file}），拿到数据目录的人也拿到了密钥：仅供演示和开发；生产环境请设置 AUDIT_KEY 或 AUDIT_KEY_FILE`,
      `The audit key is inside DATA_DIR (${file}): whoever has the folder has the key. Demo/development only; in production set AUDIT_KEY or AUDIT_KEY_FILE`,
    ],
  };
}
