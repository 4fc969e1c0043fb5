import { describe, expect, it } from 'vitest';
import {
  assertFen,
  formatFen,
  formatWan,
  formatYuan,
  isAtMostPercentOf,
  isFen,
  MoneyError,
  parseYuan,
  sumFen,
  tryParseYuan,
  wan,
  yuan,
} from './money.js';

describe('yuan / wan literals', () => {
  it.each([
    [0, 0],
    [1, 100],
    [0.01, 1],
    [0.1, 10],
    [499_999.99, 49_999_999],
    [500_000, 50_000_000],
    [1.005, null],
    [0.001, null],
  ])('yuan(%s) = %s fen', (n, fen) => {
    if (fen === null) expect(() => yuan(n)).toThrow(MoneyError);
    else expect(yuan(n)).toBe(fen);
  });

  it.each([
    [50, 50_000_000],
    [400, 400_000_000],
    [800, 800_000_000],
    [0.07, 70_000],
    [0.000001, 1],
    [49.999999, 49_999_999],
  ])('wan(%s) = %s fen', (n, fen) => expect(wan(n)).toBe(fen));

  it('refuses what fen cannot hold', () => {
    expect(() => wan(0.0000001)).toThrow(MoneyError);
    expect(() => yuan(-1)).toThrow(MoneyError);
    expect(() => yuan(Number.NaN)).toThrow(MoneyError);
    expect(() => yuan(Number.POSITIVE_INFINITY)).toThrow(MoneyError);
    expect(() => yuan(1e17)).toThrow(/too large/);
  });
});

describe('parseYuan', () => {
  it.each([
    ['1234.56', 123_456],
    ['0', 0],
    ['0.5', 50],
    ['0.05', 5],
    ['499999.99', 49_999_999],
    ['500000.00', 50_000_000],
    [' 12.30 ', 1_230],
    ['1,234.56', 123_456],
    ['4,000,000.00', 400_000_000],
    ['007', 700],
    ['0.1', 10],
    ['0.29', 29],
    ['1.15', 115],
    ['9007199254740.99', 900_719_925_474_099],
  ])('parses %j exactly', (s, fen) => expect(parseYuan(s)).toBe(fen));

  it.each([
    ['1.234', 'precision'],
    ['0.001', 'precision'],
    ['', 'format'],
    ['.5', 'format'],
    ['5.', 'format'],
    ['-1', 'format'],
    ['+1', 'format'],
    ['1e3', 'format'],
    ['1,23.00', 'format'],
    ['12,34', 'format'],
    ['¥12', 'format'],
    ['1 000', 'format'],
    ['abc', 'format'],
    ['90071992547409.92', 'range'],
  ])('rejects %j (%s)', (s, code) => {
    expect(() => parseYuan(s)).toThrow(MoneyError);
    try {
      parseYuan(s);
    } catch (e) {
      expect((e as MoneyError).code).toBe(code);
    }
    expect(tryParseYuan(s)).toBeNull();
  });
});

describe('formatting', () => {
  it.each([
    [400_000_000, '¥4,000,000.00'],
    [0, '¥0.00'],
    [1, '¥0.01'],
    [99, '¥0.99'],
    [100, '¥1.00'],
    [49_999_999, '¥499,999.99'],
    [123_456_789, '¥1,234,567.89'],
    [-150, '-¥1.50'],
  ])('formatFen(%s) = %s', (fen, s) => expect(formatFen(fen)).toBe(s));

  it('formatYuan for Chinese sentences', () => expect(formatYuan(49_999_999)).toBe('499,999.99元'));

  it.each([
    [400_000_000, 2, '400.00万元'],
    [50_000_000, 2, '50.00万元'],
    [0, 2, '0.00万元'],
    [49_999_999, 2, '50.00万元'],
    [49_994_999, 2, '49.99万元'],
    [49_995_000, 2, '50.00万元'],
    [49_999_999, 6, '49.999999万元'],
    [1, 6, '0.000001万元'],
    [123_456_789, 0, '123万元'],
    [-50_000_000, 2, '-50.00万元'],
  ])('formatWan(%s, %s) = %s', (fen, digits, s) => expect(formatWan(fen, digits)).toBe(s));

  it('formatWan defaults to 2 decimals and refuses other precisions', () => {
    expect(formatWan(400_000_000)).toBe('400.00万元');
    expect(() => formatWan(1, 7)).toThrow(RangeError);
  });

  it('refuses non-integer fen', () => {
    expect(() => formatFen(1.5)).toThrow(MoneyError);
    expect(() => formatWan(Number.MAX_SAFE_INTEGER + 1)).toThrow(MoneyError);
  });
});

describe('validation and arithmetic', () => {
  it('isFen / assertFen', () => {
    expect(isFen(0)).toBe(true);
    expect(isFen(Number.MAX_SAFE_INTEGER)).toBe(true);
    for (const bad of [-1, 1.5, Number.NaN, Number.MAX_SAFE_INTEGER + 1, '1', null]) expect(isFen(bad)).toBe(false);
    expect(assertFen(5)).toBe(5);
    expect(() => assertFen(-5, 'total')).toThrow(/total/);
  });

  it('sumFen is exact and bounded', () => {
    expect(sumFen([])).toBe(0);
    expect(sumFen([10, 20, 30])).toBe(60);
    expect(() => sumFen([Number.MAX_SAFE_INTEGER, 1])).toThrow(MoneyError);
    expect(() => sumFen([0.5])).toThrow(MoneyError);
  });

  it('isAtMostPercentOf compares exactly (不超过 includes the line)', () => {
    expect(isAtMostPercentOf(100, 1_000, 10)).toBe(true);
    expect(isAtMostPercentOf(101, 1_000, 10)).toBe(false);
    expect(isAtMostPercentOf(100_000_001, 1_000_000_010, 10)).toBe(true);
    expect(isAtMostPercentOf(Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER, 100)).toBe(true);
  });
});
