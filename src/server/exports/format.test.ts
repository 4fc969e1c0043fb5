import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { csvText, guardWorkbook, isFormulaLike, localDateTime, neutralCsvField } from './format.js';

describe('export formatting', () => {
  it('shows a UTC instant in Beijing time, across midnight, with seconds when asked', () => {
    expect(localDateTime(new Date('2026-11-28T19:37:05.123Z'), undefined, true)).toBe('2026-11-29 03:37:05');
    expect(localDateTime(new Date('2026-12-31T16:00:00Z'), undefined, true)).toBe('2027-01-01 00:00:00');
    expect(localDateTime(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01 00:00');
  });
  it('writes RFC 4180 CSV with a BOM, quoting only what needs it', () => {
    expect(
      csvText([
        ['a', 1, null],
        ['x,"y"', '换\n行', 2],
      ]),
    ).toBe('\uFEFFa,1,\r\n"x,""y""","换\n行",2\r\n');
  });

  it.each([
    ["=2+5+cmd|' -C calc'!A0", true],
    ['+1', false], // a number
    ['-12.50', false],
    ['+86 0527', true],
    ['-', true],
    ['@SUM(A1)', true],
    ['\t=1', true],
    ['\r=1', true],
    ['a=1', false],
    ['', false],
    ['项目=1', false],
  ])('%j formula-like: %s', (text, expected) => {
    expect(isFormulaLike(text)).toBe(expected);
    expect(neutralCsvField(text)).toBe(expected ? `'${text}` : text);
  });
  it('neutralises formula-like CSV fields, and quotes them when they need it', () => {
    expect(csvText([["=2+5+cmd|' -C calc'!A0", '=HYPERLINK("x")', -5, '-5']])).toBe(
      `\uFEFF'=2+5+cmd|' -C calc'!A0,"'=HYPERLINK(""x"")",-5,-5\r\n`,
    );
  });
  it('marks formula-like .xlsx text cells as Text and leaves the rest alone', () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('s');
    ws.addRow(['=1+1', 'plain', 3, '-4', '@x']);
    expect(guardWorkbook(wb)).toBe(2);
    const row = ws.getRow(1);
    expect([1, 2, 3, 4, 5].map((c) => row.getCell(c).numFmt ?? null)).toEqual(['@', null, null, null, '@']);
    expect(row.getCell(1).value).toBe('=1+1');
  });
});
