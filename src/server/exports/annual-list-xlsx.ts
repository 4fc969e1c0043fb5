// 年度信息化项目清单 as .xlsx (SPEC §7; Measures Art.10(4)). Pure: plain rows in, the workbook's bytes out.
// Money columns are numbers in 万元 rounded to 2 decimals from integer fen; the 合计 row sums the
// fen first and converts once, so it is exact and never a float sum of rounded cells.
// Mandated-urgent projects (Art.8 ¶2) carry a mark in 备注 on every list.
import type ExcelJS from 'exceljs';
import { loadExcelJS } from './format.js';
import { defaultEdition, labelOf, type Edition } from '../../domain/editions/index.js';
import type { CategoryCode, FundingSourceCode, KindCode } from '../../domain/editions/types.js';
import { sumFen } from '../../domain/money.js';
import { PassThrough, type Writable } from 'node:stream';
import { guardRow, localDateTime, PLATFORM_NAME, wanNumber, wanText } from './format.js';

export interface AnnualListRow {
  code: string;
  name: string;
  declaringOrg: string;
  category: CategoryCode;
  kind: KindCode;
  totalFen: number;
  currentYearBudgetFen: number;
  fundingSources: { source: FundingSourceCode; amountFen: number }[];
  /** 建设周期, e.g. '2027年' or '2027—2028年'. */
  period: string;
  preReviewConclusion: string;
  /** 预算审核金额; null while not (yet) reviewed — left blank and out of the total. */
  approvedBudgetFen: number | null;
  urgent: boolean;
  remark: string;
  stage: string;
}

export interface AnnualListInput {
  planYear: number;
  /** Overrides the title row; default `宿城区${planYear}年度区级信息化项目清单`. */
  title?: string;
  /** The district government's consent (Art.10(4)); adds a subtitle row when given. */
  consent?: { docNumber: string; date: string } | null;
  rows: AnnualListRow[];
  generatedAt: Date;
  /** Labels come from this edition (default: the edition in use). */
  edition?: Edition;
}

/** The header row, in order. */
export const ANNUAL_LIST_COLUMNS = [
  '序号',
  '项目名称',
  '申报单位',
  '类别',
  '建设性质',
  '总投资（万元）',
  '本年度预算（万元）',
  '资金来源',
  '建设周期',
  '预审结论',
  '预算审核金额（万元）',
  '备注',
] as const;

/** Mark for projects declared late under an explicit requirement (Art.8 ¶2). */
export const URGENT_REMARK = '紧急追加（第八条第二款）';

const WIDTHS = [6, 32, 24, 12, 10, 14, 16, 30, 14, 22, 16, 30];
/** 1-based indexes of the money columns (总投资, 本年度预算, 预算审核金额). */
const MONEY_COLS = [6, 7, 11];
const MONEY_FORMAT = '#,##0.00';
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};
const A4 = 9 as ExcelJS.PaperSize; // const enum in the typings; literal value keeps isolatedModules happy

/** 资金来源 text: the label alone for one source; every source with its amount for several. */
function fundingText(lines: AnnualListRow['fundingSources'], edition: Edition): string {
  const label = (s: string) => labelOf(edition.lists.fundingSources.value, s).zh;
  if (lines.length === 1) return label(lines[0].source);
  return lines.map((l) => `${label(l.source)} ${wanText(l.amountFen)}万元`).join('；');
}

function remarkText(row: AnnualListRow): string {
  return [row.remark.trim(), row.urgent ? URGENT_REMARK : ''].filter(Boolean).join('；');
}

/** The list's workbook without its rows: they come one at a time (writeAnnualListXlsx). */
export type AnnualListHead = Omit<AnnualListInput, 'rows'>;

/** The whole workbook in memory (tests, small lists). */
export async function buildAnnualListXlsx(input: AnnualListInput): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const out = new PassThrough();
  out.on('data', (c: Buffer) => chunks.push(c));
  await writeAnnualListXlsx(input, input.rows, out);
  return Buffer.concat(chunks);
}

/**
 * Streams the workbook to `out` as the rows arrive (issue 12: a province's year is 20,000 rows; the
 * exceljs streaming writer keeps one row in memory, not the sheet). The 合计 row sums fen as they
 * pass. Every text cell that looks like a formula is marked Text as it is written (guardCell: project
 * and unit names are user input). Resolves with the number of rows written, once `out` has them all.
 */
export async function writeAnnualListXlsx(
  head: AnnualListHead,
  rows: AsyncIterable<AnnualListRow> | Iterable<AnnualListRow>,
  out: Writable,
): Promise<number> {
  const edition = head.edition ?? defaultEdition;
  const n = ANNUAL_LIST_COLUMNS.length;
  const headerRow = head.consent ? 3 : 2;
  const finished = new Promise<void>((resolve, reject) => {
    out.once('finish', resolve);
    out.once('error', reject);
  });
  const wb = new (await loadExcelJS()).stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  wb.creator = PLATFORM_NAME;
  wb.created = head.generatedAt;
  wb.modified = head.generatedAt;
  const ws = wb.addWorksheet(`${head.planYear}年度信息化项目清单`, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: headerRow, topLeftCell: `A${headerRow + 1}` }],
    pageSetup: {
      paperSize: A4,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      printTitlesRow: `${headerRow}:${headerRow}`,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: {
      oddFooter: `&L${PLATFORM_NAME}生成 ${localDateTime(head.generatedAt, edition)}（北京时间）&R第 &P 页，共 &N 页`,
    },
  });
  ws.columns = WIDTHS.map((width) => ({ width }));

  // Title (merged across all columns).
  const title = ws.addRow([head.title ?? `宿城区${head.planYear}年度区级信息化项目清单`]);
  ws.mergeCells(title.number, 1, title.number, n);
  title.height = 32;
  title.getCell(1).font = { bold: true, size: 16 };
  title.getCell(1).alignment = { horizontal: 'center', vertical: 'middle' };
  guardRow(title);
  title.commit();

  // Subtitle: the government's consent, when the plan has been issued.
  if (head.consent) {
    const sub = ws.addRow([`经区政府同意（${head.consent.docNumber}，${head.consent.date}）`]);
    ws.mergeCells(sub.number, 1, sub.number, n);
    sub.getCell(1).alignment = { horizontal: 'center', vertical: 'middle' };
    guardRow(sub);
    sub.commit();
  }

  const header = ws.addRow([...ANNUAL_LIST_COLUMNS]);
  header.height = 30;
  header.eachCell((c) => {
    c.font = { bold: true };
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
    c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    c.border = THIN;
  });
  header.commit();

  const categories = edition.lists.categories.value;
  const kinds = edition.lists.kinds.value;
  let count = 0;
  const sums = { total: 0, currentYear: 0, approved: 0 };
  for await (const r of rows) {
    count++;
    // 合计: sums of fen (exact integers), converted once at the end.
    sums.total = sumFen([sums.total, r.totalFen]);
    sums.currentYear = sumFen([sums.currentYear, r.currentYearBudgetFen]);
    if (r.approvedBudgetFen !== null) sums.approved = sumFen([sums.approved, r.approvedBudgetFen]);
    bodyRow(
      ws.addRow([
        count,
        r.name,
        r.declaringOrg,
        labelOf(categories, r.category).zh,
        labelOf(kinds, r.kind).zh,
        wanNumber(r.totalFen),
        wanNumber(r.currentYearBudgetFen),
        fundingText(r.fundingSources, edition),
        r.period,
        r.preReviewConclusion,
        r.approvedBudgetFen === null ? null : wanNumber(r.approvedBudgetFen),
        remarkText(r) || null,
      ]),
    );
  }

  const totals = ws.addRow([
    '合计',
    null,
    `共${count}个项目`,
    null,
    null,
    wanNumber(sums.total),
    wanNumber(sums.currentYear),
    null,
    null,
    null,
    wanNumber(sums.approved),
    null,
  ]);
  totals.font = { bold: true };
  bodyRow(totals);
  ws.commit();
  await wb.commit();
  await finished;
  return count;
}

/** Body styling on every cell of a row below the header: borders, wrapping, money format; then written. */
function bodyRow(row: ExcelJS.Row): void {
  for (let c = 1; c <= ANNUAL_LIST_COLUMNS.length; c++) {
    const cell = row.getCell(c);
    cell.border = THIN;
    const money = MONEY_COLS.includes(c);
    cell.alignment = { vertical: 'middle', wrapText: true, horizontal: money ? 'right' : c === 1 ? 'center' : 'left' };
    if (money) cell.numFmt = MONEY_FORMAT;
  }
  guardRow(row);
  row.commit();
}
