// Money in the UI: the API speaks integer fen; people type and read 元 (2 decimals) and 万元.
// Input goes through the decimal string (domain/money parseYuan), never through float arithmetic.
import type { Rule } from 'antd/es/form';
import type { TFunction } from 'i18next';
import { formatWan, formatYuan, MoneyError, parseYuan, sumFen, tryParseYuan } from '../../domain/money';

export { sumFen };

/** "1,234.56元" (the exact figure: tooltips, sentences, details). One unit word everywhere, no ¥. */
export function yuanText(fen: number | null | undefined): string {
  return fen === null || fen === undefined ? '—' : formatYuan(fen);
}

/** "1,234.56万元": the web's one way to show an amount (tables, headers, totals); 元 on hover (ui/Money). */
export function wanText(fen: number | null | undefined, digits = 2): string {
  if (fen === null || fen === undefined) return '—';
  return formatWan(fen, digits).replace(
    /^(-?)(\d+)/,
    (_, sign: string, whole: string) => sign + whole.replace(/\B(?=(\d{3})+(?!\d))/g, ','),
  );
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

/** What is wrong with a typed 元 amount, or null when it is fine (blank is fine: `required` says so). */
export function yuanInputProblem(s: string | null | undefined): 'negative' | 'format' | 'precision' | 'range' | null {
  if (s === null || s === undefined || s.trim() === '') return null;
  if (/^\s*[-－−]/.test(s)) return 'negative';
  try {
    parseYuan(s);
    return null;
  } catch (e) {
    if (e instanceof MoneyError) return e.code;
    throw e;
  }
}

/** Form rule: a non-negative 元 amount with at most 2 decimals; the message says which of these failed. */
export function yuanRule(t: TFunction): Rule {
  return {
    validator: (_, v: string | undefined) => {
      const problem = yuanInputProblem(v);
      return problem ? Promise.reject(new Error(t(`ux.money.${problem}`))) : Promise.resolve();
    },
  };
}

/** Kept for the delivery screens: the same as wanText. */
export const wanGrouped = wanText;
