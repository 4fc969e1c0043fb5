// Secrets at rest (TOTP seeds) are encrypted with SM4-CBC and authenticated with HMAC-SM3
// (encrypt-then-MAC; Node has no sm4-gcm). The instance key comes from SECRET_KEY or SECRET_KEY_FILE
// (production: outside DATA_DIR, issue 11 finding 6), or is generated once into DATA_DIR/secret.key
// (0600). Several instances sharing a database must share the key. Documents have keys of their own
// (storage/file-keys.ts).
import { createCipheriv, createDecipheriv, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface SecretBox {
  seal(plain: string): string;
  open(sealed: string): string;
}

/** Where the instance key is kept: the variable, a file named by SECRET_KEY_FILE, or DATA_DIR/secret.key. */
export function instanceKeySource(
  secretKeyHex: string | undefined,
  dataDir: string,
  keyFile?: string,
): { kind: 'env' } | { kind: 'file' | 'data-dir'; path: string } {
  if (secretKeyHex) return { kind: 'env' };
  if (keyFile) return { kind: 'file', path: keyFile };
  return { kind: 'data-dir', path: path.join(dataDir, 'secret.key') };
}

export function loadInstanceKey(secretKeyHex: string | undefined, dataDir: string, keyFile?: string): Buffer {
  const source = instanceKeySource(secretKeyHex, dataDir, keyFile);
  if (source.kind === 'env') return Buffer.from(secretKeyHex!, 'hex');
  if (source.kind === 'file') {
    const hex = fs.readFileSync(source.path, 'utf8').trim();
    if (!/^[0-9a-fA-F]{32}$/.test(hex))
      throw new Error(`SECRET_KEY_FILE ${source.path} 须只含 32 位十六进制密钥 (must hold 32 hex digits)`);
    return Buffer.from(hex, 'hex');
  }
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  try {
    return Buffer.from(fs.readFileSync(source.path, 'utf8').trim(), 'hex');
  } catch {
    const key = randomBytes(16);
    fs.writeFileSync(source.path, key.toString('hex'), { mode: 0o600, flag: 'wx' });
    return key;
  }
}

/** A short public fingerprint of a key (backup manifests compare keys by it, never by the key). */
export function keyFingerprint(key: Buffer): string {
  return createHmac('sm3', key).update('govit key fingerprint').digest().subarray(0, 8).toString('hex');
}

export function createSecretBox(key: Buffer): SecretBox {
  const encKey = createHmac('sm3', key).update('enc').digest().subarray(0, 16);
  const macKey = createHmac('sm3', key).update('mac').digest();
  const mac = (data: Buffer) => createHmac('sm3', macKey).update(data).digest();
  return {
    seal(plain) {
      const iv = randomBytes(16);
      const c = createCipheriv('sm4-cbc', encKey, iv);
      const body = Buffer.concat([iv, c.update(plain, 'utf8'), c.final()]);
      return `v1.${Buffer.concat([body, mac(body)]).toString('base64url')}`;
    },
    open(sealed) {
      if (!sealed.startsWith('v1.')) throw new Error('unknown secret format');
      const raw = Buffer.from(sealed.slice(3), 'base64url');
      const body = raw.subarray(0, raw.length - 32);
      if (!timingSafeEqual(mac(body), raw.subarray(raw.length - 32))) throw new Error('secret integrity check failed');
      const d = createDecipheriv('sm4-cbc', encKey, body.subarray(0, 16));
      return Buffer.concat([d.update(body.subarray(16)), d.final()]).toString('utf8');
    },
  };
}
