// The annual project list export: open the generated workbook with exceljs (and its raw XML with
// jszip) and check headers, labels, money in 万元, the urgent mark, exact totals and print setup.
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import {
  ANNUAL_LIST_COLUMNS,
  buildAnnualListXlsx,
  type AnnualListRow,
  writeAnnualListXlsx,
} from '../../../src/server/exports/annual-list-xlsx.js';
import { wan, yuan } from '../../../src/domain/money.js';

const generatedAt = new Date('2026-12-20T06:30:00Z'); // 14:30 in Asia/Shanghai

const base: AnnualListRow = {
  code: 'XM-2027-001',
  name: '宿城区一网统管平台',
  declaringOrg: '区城管局',
  category: 'business_system',
  kind: 'build',
  totalFen: wan(300),
  currentYearBudgetFen: wan(300),
  fundingSources: [{ source: 'fiscal', amountFen: wan(300) }],
  period: '2027年',
  preReviewConclusion: '四方预审通过（第1轮）',
  approvedBudgetFen: wan(280),
  urgent: false,
  remark: '',
  stage: 'listed',
};
const rows: AnnualListRow[] = [
  base,
  {
    ...base,
    code: 'XM-2027-002',
    name: '城市运行数据中台',
    declaringOrg: '区数据局',
    category: 'data_system',
    kind: 'operate',
    totalFen: yuan(4_000_000.01), // 400.000001万元
    currentYearBudgetFen: 5_000, // 0.005万元 → shown 0.01
    fundingSources: [
      { source: 'fiscal', amountFen: wan(300) },
      { source: 'soe', amountFen: wan(100) + 1 },
    ],
    period: '2027—2028年',
    approvedBudgetFen: null,
    urgent: true,
    remark: '市级明确要求',
  },
  {
    ...base,
    code: 'XM-2027-003',
    name: '教育专网扩容',
    kind: 'service',
    totalFen: 5_000,
    currentYearBudgetFen: 5_000,
    approvedBudgetFen: 5_000,
  },
];

async function load(buf: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return wb;
}

function headerRowOf(ws: ExcelJS.Worksheet): number {
  for (let r = 1; r <= 5; r++) if (ws.getRow(r).getCell(1).value === '序号') return r;
  throw new Error('no header row');
}

const values = (ws: ExcelJS.Worksheet, r: number) =>
  Array.from({ length: ANNUAL_LIST_COLUMNS.length }, (_, i) => ws.getRow(r).getCell(i + 1).value);

describe('buildAnnualListXlsx', () => {
  it('writes title, consent subtitle and the 12 headers in order', async () => {
    const buf = await buildAnnualListXlsx({
      planYear: 2027,
      consent: { docNumber: '宿区政复〔2026〕12号', date: '2026-12-20' },
      rows,
      generatedAt,
    });
    const wb = await load(buf);
    const ws = wb.getWorksheet('2027年度信息化项目清单');
    expect(ws).toBeDefined();
    expect(ws!.getCell('A1').value).toBe('宿城区2027年度区级信息化项目清单');
    expect(ws!.getCell('L1').isMerged).toBe(true);
    expect(ws!.getCell('A2').value).toBe('经区政府同意（宿区政复〔2026〕12号，2026-12-20）');
    expect(headerRowOf(ws!)).toBe(3);
    expect(values(ws!, 3)).toEqual([
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
    ]);
    expect(ANNUAL_LIST_COLUMNS).toEqual(values(ws!, 3));
    expect(ws!.getRow(3).getCell(1).font?.bold).toBe(true);
  });

  it('writes rows with edition labels, money as 万元 numbers and the urgent mark', async () => {
    const ws = (await load(await buildAnnualListXlsx({ planYear: 2027, consent: null, rows, generatedAt })))
      .worksheets[0];
    const h = headerRowOf(ws);
    expect(h).toBe(2); // no consent → no subtitle row
    expect(values(ws, h + 1)).toEqual([
      1,
      '宿城区一网统管平台',
      '区城管局',
      '业务系统',
      '建设类',
      300,
      300,
      '财政资金(含上级补助)',
      '2027年',
      '四方预审通过（第1轮）',
      280,
      null, // no remark: an empty cell
    ]);
    const second = values(ws, h + 2);
    expect(second.slice(0, 5)).toEqual([2, '城市运行数据中台', '区数据局', '数据系统', '运维类']);
    expect(second[5]).toBe(400); // 400.000001万元 stored rounded, not 400.00000100000004
    expect(ws.getRow(h + 2).getCell(6).numFmt).toBe('#,##0.00');
    expect(second[6]).toBe(0.01);
    expect(second[7]).toBe('财政资金(含上级补助) 300.00万元；国有企业投资 100.00万元');
    expect(second[8]).toBe('2027—2028年');
    expect(second[10]).toBeNull();
    expect(second[11]).toBe('市级明确要求；紧急追加（第八条第二款）');
    expect(values(ws, h + 3)[11]).toBeNull();
    expect(values(ws, h + 3)[4]).toBe('购买服务');
  });

  it('sums fen for the totals row, exactly', async () => {
    const ws = (await load(await buildAnnualListXlsx({ planYear: 2027, rows, generatedAt }))).worksheets[0];
    const totals = values(ws, headerRowOf(ws) + rows.length + 1);
    expect(totals[0]).toBe('合计');
    expect(totals[2]).toBe('共3个项目');
    // 300万 + 400.000001万 + 0.005万 = 700.005001万 → 700.01 (the rounded cells would give 700.01 too)
    expect(totals[5]).toBe(700.01);
    // 300万 + 0.005万 + 0.005万 = 300.01万, while the rounded cells 300 + 0.01 + 0.01 sum to 300.02
    expect(totals[6]).toBe(300.01);
    // null approved budgets are left out: 280万 + 0.005万 = 280.005 → 280.01
    expect(totals[10]).toBe(280.01);
    expect(ws.getRow(headerRowOf(ws) + rows.length + 1).getCell(6).numFmt).toBe('#,##0.00');
  });

  it('freezes the header and sets borders, wrapping, print setup and the footer', async () => {
    const buf = await buildAnnualListXlsx({
      planYear: 2027,
      consent: { docNumber: 'X', date: '2026-12-20' },
      rows,
      generatedAt,
    });
    const ws = (await load(buf)).worksheets[0];
    const view = ws.views[0] as ExcelJS.WorksheetViewFrozen;
    expect(view.state).toBe('frozen');
    expect(view.ySplit).toBe(3);
    expect(ws.getColumn(2).width).toBeGreaterThan(20);
    const cell = ws.getRow(4).getCell(2);
    expect(cell.border?.left?.style).toBe('thin');
    expect(cell.alignment?.wrapText).toBe(true);
    expect(ws.pageSetup.orientation).toBe('landscape');
    expect(ws.pageSetup.paperSize).toBe(9);
    expect(ws.headerFooter.oddFooter).toContain('2026-12-20 14:30');

    const xml = await JSZip.loadAsync(buf);
    const workbookXml = await xml.file('xl/workbook.xml')!.async('string');
    expect(workbookXml).toMatch(/_xlnm\.Print_Titles[^>]*>[^<]*\$3:\$3</);
  });

  it('streams rows from an async source into a writable, summing the fen as they pass', async () => {
    async function* many() {
      for (let i = 0; i < 2500; i++) {
        await Promise.resolve();
        yield { ...base, code: `XM-2027-${i}`, name: i === 7 ? '=HYPERLINK("x")' : `项目${i}`, totalFen: 1 + i };
      }
    }
    const chunks: Buffer[] = [];
    const out = new PassThrough();
    out.on('data', (c: Buffer) => chunks.push(c));
    const written = await writeAnnualListXlsx({ planYear: 2027, generatedAt }, many(), out);
    expect(written).toBe(2500);
    const ws = (await load(Buffer.concat(chunks))).worksheets[0];
    const h = headerRowOf(ws);
    expect(values(ws, h + 2500)[0]).toBe(2500);
    const totals = values(ws, h + 2501);
    expect(totals[2]).toBe('共2500个项目');
    // Σ (1 + i) fen for i < 2500 = 3,126,250 fen = 3.12625万元 → 3.13 (summed first; each row shows 0.00)
    expect(totals[5]).toBe(3.13);
    expect(values(ws, h + 1)[5]).toBe(0);
    const formula = ws.getRow(h + 8).getCell(2);
    expect(formula.value).toBe('=HYPERLINK("x")');
    expect(formula.numFmt).toBe('@'); // a name that looks like a formula stays text
  });

  it('handles an empty list', async () => {
    const ws = (await load(await buildAnnualListXlsx({ planYear: 2028, title: '自定义标题', rows: [], generatedAt })))
      .worksheets[0];
    expect(ws.name).toBe('2028年度信息化项目清单');
    expect(ws.getCell('A1').value).toBe('自定义标题');
    const totals = values(ws, headerRowOf(ws) + 1);
    expect([totals[0], totals[2], totals[5], totals[6], totals[10]]).toEqual(['合计', '共0个项目', 0, 0, 0]);
  });
});
