// 年度信息化项目清单 as .xlsx (SPEC §7; Measures Art.10(4)). Pure: plain rows in, a Buffer out.
// Money columns are numbers in 万元 rounded to 2 decimals from integer fen; the 合计 row sums the
// fen first and converts once, so it is exact and never a float sum of rounded cells.
// Mandated-urgent projects (Art.8 ¶2) carry a mark in 备注 on every list.
import ExcelJS from 'exceljs';
import { defaultEdition, labelOf, type Edition } from '../../domain/editions/index.js';
import type { CategoryCode, FundingSourceCode, KindCode } from '../../domain/editions/types.js';
import { sumFen } from '../../domain/money.js';
import { localDateTime, guardWorkbook, PLATFORM_NAME, wanNumber, wanText } from './format.js';

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

export async function buildAnnualListXlsx(input: AnnualListInput): Promise<Buffer> {
  const edition = input.edition ?? defaultEdition;
  const n = ANNUAL_LIST_COLUMNS.length;
  const wb = new ExcelJS.Workbook();
  wb.creator = PLATFORM_NAME;
  wb.created = input.generatedAt;
  wb.modified = input.generatedAt;
  const ws = wb.addWorksheet(`${input.planYear}年度信息化项目清单`);
  ws.columns = WIDTHS.map((width) => ({ width }));

  // Title (merged across all columns).
  const title = ws.addRow([input.title ?? `宿城区${input.planYear}年度区级信息化项目清单`]);
  ws.mergeCells(title.number, 1, title.number, n);
  title.height = 32;
  title.getCell(1).font = { bold: true, size: 16 };
  title.getCell(1).alignment = { horizontal: 'center', vertical: 'middle' };

  // Subtitle: the government's consent, when the plan has been issued.
  if (input.consent) {
    const sub = ws.addRow([`经区政府同意（${input.consent.docNumber}，${input.consent.date}）`]);
    ws.mergeCells(sub.number, 1, sub.number, n);
    sub.getCell(1).alignment = { horizontal: 'center', vertical: 'middle' };
  }

  const header = ws.addRow([...ANNUAL_LIST_COLUMNS]);
  header.height = 30;
  header.eachCell((c) => {
    c.font = { bold: true };
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
    c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });

  const categories = edition.lists.categories.value;
  const kinds = edition.lists.kinds.value;
  input.rows.forEach((r, i) => {
    ws.addRow([
      i + 1,
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
      remarkText(r),
    ]);
  });

  // 合计: sums of fen, converted once.
  const approved = input.rows.flatMap((r) => (r.approvedBudgetFen === null ? [] : [r.approvedBudgetFen]));
  const totals = ws.addRow([
    '合计',
    null,
    `共${input.rows.length}个项目`,
    null,
    null,
    wanNumber(sumFen(input.rows.map((r) => r.totalFen))),
    wanNumber(sumFen(input.rows.map((r) => r.currentYearBudgetFen))),
    null,
    null,
    null,
    wanNumber(sumFen(approved)),
    null,
  ]);
  totals.font = { bold: true };

  // Body styling: borders and wrapping on every cell from the header to the totals.
  for (let rn = header.number; rn <= totals.number; rn++) {
    const row = ws.getRow(rn);
    for (let c = 1; c <= n; c++) {
      const cell = row.getCell(c);
      cell.border = THIN;
      if (rn === header.number) continue;
      const money = MONEY_COLS.includes(c);
      cell.alignment = {
        vertical: 'middle',
        wrapText: true,
        horizontal: money ? 'right' : c === 1 ? 'center' : 'left',
      };
      if (money) cell.numFmt = MONEY_FORMAT;
    }
  }

  ws.views = [{ state: 'frozen', xSplit: 0, ySplit: header.number, topLeftCell: `A${header.number + 1}` }];
  ws.pageSetup = {
    paperSize: A4,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    printTitlesRow: `${header.number}:${header.number}`,
    margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  ws.headerFooter = {
    oddFooter: `&L${PLATFORM_NAME}生成 ${localDateTime(input.generatedAt, edition)}（北京时间）&R第 &P 页，共 &N 页`,
  };

  guardWorkbook(wb); // project and unit names are user input: never a formula
  return Buffer.from(await wb.xlsx.writeBuffer());
}
