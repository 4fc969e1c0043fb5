// The web's one money format and its input messages (issue 13): 万元 with thousands separators, the
// exact 元 figure with them too, and a message that names what is wrong with a typed amount.
import { describe, expect, it } from 'vitest';
import { wan, yuan } from '../../domain/money';
import { wanGrouped, wanText, yuanInputProblem, yuanText } from './money';

describe('wanText / yuanText', () => {
  it.each([
    [wan(1000), '1,000.00万元', '10,000,000.00元'],
    [wan(400), '400.00万元', '4,000,000.00元'],
    [yuan(499_999.99), '50.00万元', '499,999.99元'],
    [0, '0.00万元', '0.00元'],
    [123_456_789_012, '123,456.79万元', '1,234,567,890.12元'],
  ])('%i fen → %s (%s)', (fen, w, y) => {
    expect(wanText(fen)).toBe(w);
    expect(wanGrouped(fen)).toBe(w);
    expect(yuanText(fen)).toBe(y);
  });
  it('shows a dash for no amount', () => {
    expect(wanText(null)).toBe('—');
    expect(yuanText(undefined)).toBe('—');
  });
});

describe('yuanInputProblem', () => {
  it.each([
    ['', null],
    ['1234.56', null],
    ['1,234.56', null],
    ['90071992547409.91', null],
    ['90071992547409.92', 'range'],
    ['100000000000000000', 'range'],
    ['-5', 'negative'],
    ['－5', 'negative'],
    ['12.345', 'precision'],
    ['abc', 'format'],
    ['1e5', 'format'],
  ])('%j → %s', (input, problem) => {
    expect(yuanInputProblem(input)).toBe(problem);
  });
});
