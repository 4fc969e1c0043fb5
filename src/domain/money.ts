// Money as integer fen (分), never floats (SPEC: "Money is stored as integer fen").
// 1 元 = 100 fen; 1 万元 = 10,000 元 = 1,000,000 fen. Conversions from decimals go through the
// decimal *string* and BigInt, so 499999.99 元 is exactly 49,999,999 fen.

/** An amount in fen. Stored amounts are safe non-negative integers (see isFen / assertFen). */
export type Fen = number;

export const FEN_PER_YUAN = 100;
export const FEN_PER_WAN = 1_000_000;

export type MoneyErrorCode = 'format' | 'precision' | 'range';

export class MoneyError extends Error {
  override readonly name = 'MoneyError';
  constructor(
    readonly code: MoneyErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** True for a safe, non-negative integer number of fen. */
export function isFen(n: unknown): n is Fen {
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;
}

/** Returns n when it is a valid stored amount, else throws MoneyError('range'). */
export function assertFen(n: number, label = 'amount'): Fen {
  if (!isFen(n)) throw new MoneyError('range', `${label} must be a safe non-negative integer of fen, got ${n}`);
  return n;
}

const PLAIN_DECIMAL = /^(\d+)(?:\.(\d+))?$/;
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** "123.4" scaled by 10^digits → 1234 * 10^(digits-1), exactly; throws when digits are lost. */
function scaleDecimal(s: string, digits: number, unit: string): Fen {
  const m = PLAIN_DECIMAL.exec(s);
  if (!m) throw new MoneyError('format', `Not a plain decimal ${unit} amount: ${JSON.stringify(s)}`);
  const frac = m[2] ?? '';
  if (frac.length > digits) {
    throw new MoneyError('precision', `${unit} amount ${s} has more than ${digits} decimals`);
  }
  const scaled = BigInt(m[1]) * 10n ** BigInt(digits) + BigInt(frac.padEnd(digits, '0') || '0');
  if (scaled > MAX_SAFE) throw new MoneyError('range', `${unit} amount ${s} is too large`);
  return Number(scaled);
}

/** The shortest decimal string of a finite non-negative number (never exponent notation). */
function numberToDecimal(n: number, unit: string): string {
  if (!Number.isFinite(n) || n < 0) throw new MoneyError('range', `${unit} amount must be finite and >= 0, got ${n}`);
  if (Number.isInteger(n)) return BigInt(n).toString();
  const s = String(n);
  if (/e/i.test(s)) throw new MoneyError('precision', `${unit} amount ${s} has too many decimals`);
  return s;
}

/** n 元 → fen, for literal amounts: yuan(499999.99) === 49_999_999. At most 2 decimals. */
export function yuan(n: number): Fen {
  return scaleDecimal(numberToDecimal(n, '元'), 2, '元');
}

/** n 万元 → fen, for literal thresholds: wan(400) === 400_000_000. At most 6 decimals. */
export function wan(n: number): Fen {
  return scaleDecimal(numberToDecimal(n, '万元'), 6, '万元');
}

const GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/**
 * Parses a 元 decimal string exactly: "1234.56" → 123456. Accepts surrounding whitespace and
 * correctly grouped thousands separators ("1,234.56"); rejects signs, exponents, empty parts
 * (".5", "5.") and more than 2 decimals. Throws MoneyError.
 */
export function parseYuan(input: string): Fen {
  const s = input.trim();
  const plain = GROUPED.test(s) ? s.replace(/,/g, '') : s;
  return scaleDecimal(plain, 2, '元');
}

/** parseYuan that returns null instead of throwing. */
export function tryParseYuan(input: string): Fen | null {
  try {
    return parseYuan(input);
  } catch (e) {
    if (e instanceof MoneyError) return null;
    throw e;
  }
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function splitFen(fen: number): { sign: string; whole: string; cents: string } {
  if (!Number.isSafeInteger(fen)) throw new MoneyError('range', `Not an integer amount of fen: ${fen}`);
  const abs = BigInt(Math.abs(fen));
  return {
    sign: fen < 0 ? '-' : '',
    whole: groupThousands((abs / 100n).toString()),
    cents: (abs % 100n).toString().padStart(2, '0'),
  };
}

/** 400_000_000 → "¥4,000,000.00" (元 with thousands separators). Negative → "-¥…". */
export function formatFen(fen: number): string {
  const { sign, whole, cents } = splitFen(fen);
  return `${sign}¥${whole}.${cents}`;
}

/** 49_999_999 → "499,999.99元" — for Chinese sentences. */
export function formatYuan(fen: number): string {
  const { sign, whole, cents } = splitFen(fen);
  return `${sign}${whole}.${cents}元`;
}

/**
 * 400_000_000 → "400.00万元". Rounded half away from zero to `fractionDigits` (0–6) decimals
 * of 万元; use 6 for an exact figure (1 fen = 0.000001万元).
 */
export function formatWan(fen: number, fractionDigits = 2): string {
  if (!Number.isInteger(fractionDigits) || fractionDigits < 0 || fractionDigits > 6) {
    throw new RangeError(`formatWan: fractionDigits must be 0–6, got ${fractionDigits}`);
  }
  if (!Number.isSafeInteger(fen)) throw new MoneyError('range', `Not an integer amount of fen: ${fen}`);
  const step = 10n ** BigInt(6 - fractionDigits);
  const abs = BigInt(Math.abs(fen));
  const units = (abs + step / 2n) / step; // step/2 is 0 when step is 1: no rounding needed
  const scale = 10n ** BigInt(fractionDigits);
  const whole = (units / scale).toString();
  const frac = fractionDigits === 0 ? '' : `.${(units % scale).toString().padStart(fractionDigits, '0')}`;
  return `${fen < 0 && units > 0n ? '-' : ''}${whole}${frac}万元`;
}

/** Sum of amounts, exact; throws MoneyError('range') if any term or the sum is not safe. */
export function sumFen(amounts: readonly number[]): Fen {
  let total = 0n;
  for (const a of amounts) {
    if (!Number.isSafeInteger(a)) throw new MoneyError('range', `Not an integer amount of fen: ${a}`);
    total += BigInt(a);
  }
  if (total > MAX_SAFE || total < -MAX_SAFE) throw new MoneyError('range', 'Sum of amounts is too large');
  return Number(total);
}

/** part ≤ percent% of whole, compared exactly (part·100 ≤ whole·percent); percent an integer. */
export function isAtMostPercentOf(part: Fen, whole: Fen, percent: number): boolean {
  if (!Number.isSafeInteger(part) || !Number.isSafeInteger(whole) || !Number.isSafeInteger(percent)) {
    throw new MoneyError('range', 'isAtMostPercentOf: integer arguments required');
  }
  return BigInt(part) * 100n <= BigInt(whole) * BigInt(percent);
}
