// 档案目录 (issue 9: "the archive .zip gains … an index document listing every item"): a .docx that
// lists every item of the project file — the records, every document version with its SM3 digest and
// its path in the archive, the generated forms — for 档案验收 (Art.27) and the audit (Art.34). Pure:
// plain data in, a Buffer out.
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { PLATFORM_NAME } from './format.js';

const FONT = 'SimSun';

export interface ArchiveIndexItem {
  /** The item's place in the archive, e.g. "材料/建设方案/v2_建设方案.pdf". */
  path: string;
  what: string;
  version?: number;
  sm3?: string;
  at?: string | null;
}

export interface ArchiveIndexInput {
  project: { code: string; name: string; stageName: string; declaringOrg: string };
  records: ArchiveIndexItem[];
  documents: ArchiveIndexItem[];
  generated: ArchiveIndexItem[];
  exportedAt: string;
  exportedBy: string;
}

const run = (text: string, opts: { bold?: boolean; size?: number } = {}) =>
  new TextRun({ text, bold: opts.bold, size: opts.size, font: FONT });
const para = (text: string, opts: { bold?: boolean; size?: number; center?: boolean } = {}) =>
  new Paragraph({
    children: [run(text, opts)],
    alignment: opts.center ? AlignmentType.CENTER : undefined,
    spacing: { after: 120 },
  });
const cell = (text: string, width: number, bold = false) =>
  new TableCell({ width: { size: width, type: WidthType.PERCENTAGE }, children: [para(text, { bold, size: 18 })] });

function table(head: string[], widths: number[], rows: string[][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: head.map((h, i) => cell(h, widths[i], true)) }),
      ...rows.map((r) => new TableRow({ children: r.map((v, i) => cell(v, widths[i])) })),
    ],
  });
}

export async function buildArchiveIndexDocx(input: ArchiveIndexInput): Promise<Buffer> {
  const p = input.project;
  const numbered = (items: ArchiveIndexItem[]) => items.map((x, i) => [String(i + 1), x.what, x.path]);
  const doc = new Document({
    styles: { default: { document: { run: { font: FONT, size: 21 } } } },
    sections: [
      {
        children: [
          para('项目档案目录', { bold: true, size: 32, center: true }),
          para(`项目：${p.code} ${p.name}`),
          para(`申报单位：${p.declaringOrg}　当前阶段：${p.stageName}`),
          para(`导出：${input.exportedAt}（北京时间）　${input.exportedBy}　${PLATFORM_NAME}`),
          para('一、平台记录', { bold: true }),
          table(['序号', '内容', '档案内位置'], [8, 42, 50], numbered(input.records)),
          para(`二、材料（共 ${input.documents.length} 个版本；SM3 摘要可用任一 SM3 工具复核）`, { bold: true }),
          table(
            ['序号', '材料', '版本', '上传时间', 'SM3 摘要', '档案内位置'],
            [6, 18, 6, 14, 30, 26],
            input.documents.map((d, i) => [
              String(i + 1),
              d.what,
              d.version === undefined ? '' : `v${d.version}`,
              d.at ?? '',
              d.sm3 ?? '',
              d.path,
            ]),
          ),
          para('三、平台生成', { bold: true }),
          input.generated.length
            ? table(['序号', '内容', '档案内位置'], [8, 42, 50], numbered(input.generated))
            : para('（无）'),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
