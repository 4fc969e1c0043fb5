// The audit key behind one interface (GB/T 39786-2021 密钥管理; docs/security.md 安全审计). Rows of the
// audit chain and the anchors of its head are keyed with HMAC-SM3 (GB/T 32905 SM3, RFC 2104 HMAC).
// The software key here is the default; a certified crypto device (密码机) or a cloud KMS implements
// the same two members, so the key never has to leave it.
import { createHmac, timingSafeEqual } from 'node:crypto';

export interface AuditSigner {
  /** Names the key and its scheme (`hmac-sm3:3f9a…`); stored with every row and anchor it keys. */
  readonly keyId: string;
  /** HMAC-SM3 of `data` under the key, as 64 lowercase hex digits. Async: a device or KMS is remote. */
  mac(data: Uint8Array): Promise<string>;
}

/** The key that keys new rows, and the retired ones still needed to verify older rows (rotation). */
export interface AuditKeyring {
  readonly current: AuditSigner;
  find(keyId: string): AuditSigner | undefined;
}

/** Shortest software key accepted: 128 bits (the SM4 key length; we use 256). */
export const AUDIT_KEY_MIN_BYTES = 16;

/** A key id reveals nothing about the key: a MAC of a fixed label, shortened to 64 bits. */
function softwareKeyId(key: Buffer): string {
  return `hmac-sm3:${createHmac('sm3', key).update('govit-audit-key-id').digest('hex').slice(0, 16)}`;
}

/** The default signer: the key held in this process's memory (from AUDIT_KEY or AUDIT_KEY_FILE). */
export function softwareSigner(key: Buffer): AuditSigner {
  if (key.length < AUDIT_KEY_MIN_BYTES) throw new Error(`audit key too short: ${key.length} bytes`);
  const secret = Buffer.from(key);
  return {
    keyId: softwareKeyId(secret),
    mac: async (data) => createHmac('sm3', secret).update(data).digest('hex'),
  };
}

/** `current` keys new rows; `retired` keys are only looked up to verify rows they keyed before. */
export function createKeyring(current: AuditSigner, retired: AuditSigner[] = []): AuditKeyring {
  const byId = new Map<string, AuditSigner>();
  for (const s of [...retired].reverse()) byId.set(s.keyId, s);
  byId.set(current.keyId, current);
  return { current, find: (keyId) => byId.get(keyId) };
}

/** Compares two MACs (hex) in constant time. */
export function isSameMac(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return x.length === y.length && timingSafeEqual(x, y);
}
