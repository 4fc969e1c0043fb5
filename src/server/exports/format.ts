// Small formatting helpers shared by the export generators (xlsx / docx / csv). Money goes from
// integer fen to 万元 through the exact decimal string of formatWan, never through float division.
// Every spreadsheet cell goes through one guard against formula injection (OWASP "CSV Injection";
// issue 11, finding 7): csvText for CSV, guardWorkbook for .xlsx.
import type ExcelJS from 'exceljs';
import { defaultEdition, type Edition } from '../../domain/editions/index.js';
import { formatWan } from '../../domain/money.js';

/**
 * exceljs, loaded when the first workbook is read or written rather than at start-up, where it was
 * ~0.3 s of every start (issue 12: the embedded database's warm start).
 */
export const loadExcelJS = async () => (await import('exceljs')).default;

/** The name the Measures give the platform; printed on every generated document. */
export const PLATFORM_NAME = '宿城区信息化项目管理平台';

/** fen → "400.00" (万元, 2 decimals, rounded half away from zero, no grouping, no unit). */
export function wanText(fen: number): string {
  return formatWan(fen, 2).replace(/万元$/, '');
}

/**
 * fen → 万元 as a number rounded to 2 decimals, parsed from the exact decimal string so the cell
 * holds 400 (not 400.00000100000004) for 400,000,001 fen.
 */
export function wanNumber(fen: number): number {
  return Number(wanText(fen));
}

/** An instant as 'YYYY-MM-DD HH:mm' (':ss' with `withSeconds`) in the edition's time zone (Asia/Shanghai, fixed +08:00). */
export function localDateTime(at: Date, edition: Edition = defaultEdition, withSeconds = false): string {
  const t = at.getTime();
  if (Number.isNaN(t)) throw new RangeError('localDateTime: invalid Date');
  const d = new Date(t + edition.utcOffsetMinutes * 60_000);
  const p2 = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}-${p2(d.getUTCMonth() + 1)}-${p2(d.getUTCDate())} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}${withSeconds ? `:${p2(d.getUTCSeconds())}` : ''}`;
}

/**
 * A text a spreadsheet would evaluate: it starts with = + - @, a tab or a carriage return (OWASP).
 * A plain number ("-12.50", "+3") is data, not a formula, and is left alone.
 */
export function isFormulaLike(text: string): boolean {
  if (/^[-+]?\d+(\.\d+)?$/.test(text)) return false;
  return /^[=+\-@\t\r]/.test(text);
}

/** A CSV field that cannot run as a formula: a formula-like text gets a leading apostrophe (OWASP). */
export function neutralCsvField(text: string): string {
  return isFormulaLike(text) ? `'${text}` : text;
}

/**
 * Marks every formula-like text cell of the workbook as Text (number format '@'): exceljs writes
 * strings as strings, and with the Text format Excel keeps them text even when the cell is edited
 * or the sheet saved as CSV. Call it last, just before writing the workbook.
 */
export function guardWorkbook(wb: ExcelJS.Workbook): number {
  let guarded = 0;
  wb.eachSheet((ws) =>
    ws.eachRow({ includeEmpty: false }, (row) => {
      guarded += guardRow(row);
    }),
  );
  return guarded;
}

/** guardWorkbook for one row (a streamed sheet: before the row is committed). */
export function guardRow(row: ExcelJS.Row): number {
  let guarded = 0;
  row.eachCell({ includeEmpty: false }, (cell) => {
    if (typeof cell.value === 'string' && isFormulaLike(cell.value)) {
      cell.numFmt = '@';
      guarded++;
    }
  });
  return guarded;
}

/** RFC 4180 CSV with a BOM, so Excel opens the Chinese text as UTF-8; formula-like fields neutralised. */
export function csvText(rows: readonly (readonly (string | number | null)[])[]): string {
  const cell = (v: string | number | null) => {
    const s = v === null ? '' : typeof v === 'number' ? String(v) : neutralCsvField(v);
    return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
  };
  return `\uFEFF${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}
