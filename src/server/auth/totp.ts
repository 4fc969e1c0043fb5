// Second factor: TOTP (RFC 6238, 6 digits, 30 s, SHA-1 for authenticator-app compatibility) and
// one-time recovery codes for a lost device (stored as SM3 hashes).
import { randomBytes } from 'node:crypto';
import * as OTPAuth from 'otpauth';
import QRCode from 'qrcode';
import { sm3Hex } from '../../domain/audit/chain.js';

const ISSUER = 'GovIT 宿城区信息化项目管理平台';

export function newTotpSecret(): string {
  return new OTPAuth.Secret({ size: 20 }).base32;
}

function totpFor(secretBase32: string, label: string) {
  return new OTPAuth.TOTP({
    issuer: ISSUER,
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    secret: OTPAuth.Secret.fromBase32(secretBase32),
  });
}

const PERIOD_MS = 30_000;

/** The RFC 6238 time step of an instant (unix seconds / 30). */
export function totpStepOf(at: Date): number {
  return Math.floor(at.getTime() / PERIOD_MS);
}

/**
 * The time step the code belongs to, accepting the current step and one either side (clock drift);
 * null for a wrong code. The caller makes it single-use: a step at or before the last one used is
 * a replay (RFC 6238 §5.2 "the verifier MUST NOT accept the second attempt of the OTP").
 */
export function totpStep(secretBase32: string, code: string, at: Date): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const delta = totpFor(secretBase32, 'x').validate({ token: code, window: 1, timestamp: at.getTime() });
  return delta === null ? null : totpStepOf(at) + delta;
}

/** Accepts the current code and one step either side (clock drift). */
export function verifyTotp(secretBase32: string, code: string, at: Date): boolean {
  return totpStep(secretBase32, code, at) !== null;
}

export function currentTotp(secretBase32: string, at: Date): string {
  return totpFor(secretBase32, 'x').generate({ timestamp: at.getTime() });
}

export async function enrolmentInfo(secretBase32: string, username: string) {
  const uri = totpFor(secretBase32, username).toString();
  return { secret: secretBase32, otpauthUri: uri, qrDataUrl: await QRCode.toDataURL(uri, { margin: 1, width: 220 }) };
}

export function newRecoveryCodes(count = 10): { plain: string[]; hashes: string[] } {
  const plain = Array.from({ length: count }, () => {
    const hex = randomBytes(5).toString('hex');
    return `${hex.slice(0, 5)}-${hex.slice(5)}`;
  });
  return { plain, hashes: plain.map(hashRecoveryCode) };
}

export function hashRecoveryCode(code: string): string {
  return sm3Hex(`recovery:${code.trim().toLowerCase()}`);
}
