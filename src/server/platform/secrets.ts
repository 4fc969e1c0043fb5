// Secrets at rest (TOTP seeds) are encrypted with SM4-CBC and authenticated with HMAC-SM3
// (encrypt-then-MAC; Node has no sm4-gcm). The instance key comes from SECRET_KEY, or is generated
// once into DATA_DIR/secret.key (0600). Several instances sharing a database must share SECRET_KEY.
import { createCipheriv, createDecipheriv, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface SecretBox {
  seal(plain: string): string;
  open(sealed: string): string;
}

export function loadInstanceKey(secretKeyHex: string | undefined, dataDir: string): Buffer {
  if (secretKeyHex) return Buffer.from(secretKeyHex, 'hex');
  const file = path.join(dataDir, 'secret.key');
  fs.mkdirSync(dataDir, { recursive: true });
  try {
    return Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'hex');
  } catch {
    const key = randomBytes(16);
    fs.writeFileSync(file, key.toString('hex'), { mode: 0o600, flag: 'wx' });
    return key;
  }
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
