// Money in the UI: the API speaks integer fen; people type and read 元 (2 decimals) and 万元.
// Input goes through the decimal string (domain/money parseYuan), never through float arithmetic.
import type { Rule } from 'antd/es/form';
import type { TFunction } from 'i18next';
import { formatFen, formatWan, sumFen, tryParseYuan } from '../../domain/money';

export { sumFen };

/** "¥1,234.56" */
export function yuanText(fen: number | null | undefined): string {
  return fen === null || fen === undefined ? '—' : formatFen(fen);
}

/** "123.46万元" */
export function wanText(fen: number | null | undefined, digits = 2): string {
  return fen === null || fen === undefined ? '—' : formatWan(fen, digits);
}

/** fen → the plain 元 string shown in an input: 123456 → "1234.56", 100000 → "1000". */
export function fenToYuanInput(fen: number | null | undefined): string {
  if (fen === null || fen === undefined || !Number.isSafeInteger(fen)) return '';
  const big = BigInt(fen);
  const whole = (big / 100n).toString();
  const cents = (big % 100n).toString().padStart(2, '0');
  return cents === '00' ? whole : `${whole}.${cents}`;
}

/** An input's 元 string → fen; undefined when blank, null when not a valid amount. */
export function yuanInputToFen(s: string | null | undefined): number | null | undefined {
  if (s === null || s === undefined || s.trim() === '') return undefined;
  return tryParseYuan(s);
}

/** Sum of the valid amounts among 元 strings, in fen. */
export function sumYuanInputs(values: (string | null | undefined)[]): number {
  return sumFen(values.map((v) => yuanInputToFen(v) ?? 0).map((v) => v ?? 0));
}

/** Form rule: a non-negative 元 amount with at most 2 decimals. */
export function yuanRule(t: TFunction): Rule {
  return {
    validator: (_, v: string | undefined) =>
      yuanInputToFen(v) === null ? Promise.reject(new Error(t('money.invalid'))) : Promise.resolve(),
  };
}

/** "1,234.56万元": 万元 with thousands separators, for tables and totals. */
export function wanGrouped(fen: number | null | undefined, digits = 2): string {
  const s = wanText(fen, digits);
  return s.replace(
    /^(-?)(\d+)/,
    (_, sign: string, whole: string) => sign + whole.replace(/\B(?=(\d{3})+(?!\d))/g, ','),
  );
}
