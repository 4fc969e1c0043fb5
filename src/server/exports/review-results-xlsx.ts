// 评审结果 as .xlsx (SPEC §7 "the annual project list and review results as Excel"): per project,
// each party's pre-review (Art.10(2)) and joint-review (Art.13) conclusion, the budget review, the
// control price and recovery (R-RECOVERY), the final version against its deadline (R-REVISE-3WD)
// and the approval. Pure: plain rows in, a Buffer out. Money in 万元 from integer fen.
import { loadExcelJS } from './format.js';
import { localDateTime, guardWorkbook, PLATFORM_NAME, wanNumber } from './format.js';

export const REVIEW_PARTIES = ['区数据局', '区委网信办', '区财政局', '区大数据中心'] as const;

export interface ReviewResultRow {
  code: string;
  name: string;
  declaringOrg: string;
  stage: string;
  totalFen: number;
  preReviewRound: number;
  /** Conclusion text per party, in REVIEW_PARTIES order; '' where the party has not spoken. */
  preReview: string[];
  approvedBudgetFen: number | null;
  jointReview: string[];
  controlPriceFen: number | null;
  recoveryFen: number | null;
  revisionDueAt: Date | null;
  revisionSubmittedAt: Date | null;
  revisionOverdue: boolean;
  approvedAt: Date | null;
}

export const REVIEW_RESULT_COLUMNS = [
  '序号',
  '项目编号',
  '项目名称',
  '申报单位',
  '当前阶段',
  '总投资（万元）',
  '预审轮次',
  ...REVIEW_PARTIES.map((p) => `预审：${p}`),
  '预算审核金额（万元）',
  ...REVIEW_PARTIES.map((p) => `联审：${p}`),
  '招标控制价（万元）',
  '收回金额（万元）',
  '终稿期限',
  '终稿提交时间',
  '是否逾期',
  '批复时间',
];

export async function buildReviewResultsXlsx(input: {
  title: string;
  rows: ReviewResultRow[];
  generatedAt: Date;
}): Promise<Buffer> {
  const wb = new (await loadExcelJS()).Workbook();
  wb.creator = PLATFORM_NAME;
  wb.created = input.generatedAt;
  const ws = wb.addWorksheet('评审结果');
  const n = REVIEW_RESULT_COLUMNS.length;
  ws.columns = REVIEW_RESULT_COLUMNS.map((h, i) => ({
    width: i === 2 ? 30 : i === 3 ? 22 : Math.max(10, h.length * 2),
  }));
  const title = ws.addRow([input.title]);
  ws.mergeCells(title.number, 1, title.number, n);
  title.getCell(1).font = { bold: true, size: 16 };
  title.getCell(1).alignment = { horizontal: 'center', vertical: 'middle' };
  const sub = ws.addRow([`${PLATFORM_NAME}导出，${localDateTime(input.generatedAt)}（北京时间）`]);
  ws.mergeCells(sub.number, 1, sub.number, n);
  sub.getCell(1).alignment = { horizontal: 'center' };
  const header = ws.addRow(REVIEW_RESULT_COLUMNS);
  header.eachCell((c) => {
    c.font = { bold: true };
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
    c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  const wan = (fen: number | null) => (fen === null ? null : wanNumber(fen));
  const when = (d: Date | null) => (d ? localDateTime(d) : '');
  input.rows.forEach((r, i) => {
    const row = ws.addRow([
      i + 1,
      r.code,
      r.name,
      r.declaringOrg,
      r.stage,
      wanNumber(r.totalFen),
      r.preReviewRound || '',
      ...r.preReview,
      wan(r.approvedBudgetFen),
      ...r.jointReview,
      wan(r.controlPriceFen),
      wan(r.recoveryFen),
      when(r.revisionDueAt),
      when(r.revisionSubmittedAt),
      r.revisionSubmittedAt ? (r.revisionOverdue ? '逾期' : '按期') : '',
      when(r.approvedAt),
    ]);
    row.eachCell({ includeEmpty: true }, (c, col) => {
      c.border = {
        top: { style: 'thin' },
        left: { style: 'thin' },
        bottom: { style: 'thin' },
        right: { style: 'thin' },
      };
      if ([6, 12, 17, 18].includes(col)) c.numFmt = '#,##0.00';
      if (col === 21 && r.revisionOverdue) c.font = { color: { argb: 'FFC00000' }, bold: true };
    });
  });
  ws.views = [{ state: 'frozen', ySplit: header.number, xSplit: 3 }];
  guardWorkbook(wb); // project and unit names are user input: never a formula
  return Buffer.from(await wb.xlsx.writeBuffer());
}
