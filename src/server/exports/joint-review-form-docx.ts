// 宿城区信息化项目联合评审表 (Measures Art.14) as .docx: the project, each joint-review party's
// opinions and conclusion, a signature line and an empty seal box per party, and the verification
// code with its QR code. Pure: plain data in, a Buffer out. The text comes from
// joint-review-form-content.ts, shared with the PDF generator.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeightRule,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { PLATFORM_NAME } from './format.js';
import {
  DATE_LINE,
  jointReviewFormContent,
  SEAL_LABEL,
  SIGN_LABEL,
  verifyQrPng,
  type JointReviewFormInput,
} from './joint-review-form-content.js';

export type JointReviewFormDocxInput = JointReviewFormInput;

const FONT = 'SimSun';
const FULL_WIDTH = 9600; // twips; A4 with 2 cm margins
const LABEL_WIDTH = 2300;
const VALUE_WIDTH = FULL_WIDTH - LABEL_WIDTH;
const SEAL_BOX = 2600; // twips ≈ 4.6 cm, room for a 4.2 cm round seal
const SEAL_LABEL_WIDTH = 900;
const QR_PX = 110; // ≈ 2.9 cm at 96 dpi

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

const para = (text: string, opts: { bold?: boolean; size?: number; align?: Align; keepNext?: boolean } = {}) =>
  new Paragraph({
    alignment: opts.align,
    keepNext: opts.keepNext,
    children: [new TextRun({ text, bold: opts.bold, size: opts.size, font: FONT })],
  });

const cell = (lines: string[], width: number, opts: { bold?: boolean } = {}) =>
  new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
    children: lines.map((l) => para(l, { bold: opts.bold })),
  });

/** A two-column label/value table; rows don't split across pages. */
const labelTable = (rows: [string, string][]) =>
  new Table({
    width: { size: FULL_WIDTH, type: WidthType.DXA },
    columnWidths: [LABEL_WIDTH, VALUE_WIDTH],
    rows: rows.map(
      ([label, value]) =>
        new TableRow({
          cantSplit: true,
          children: [cell([label], LABEL_WIDTH, { bold: true }), cell(value.split('\n'), VALUE_WIDTH)],
        }),
    ),
  });

const line = { style: BorderStyle.SINGLE, size: 8, color: '000000' } as const;

/** 分管领导签字 ______ and 日期 on the left; 公章： and an empty bordered box to stamp in on the right. */
const signatureBlock = () => {
  const left = FULL_WIDTH - SEAL_LABEL_WIDTH - SEAL_BOX;
  return new Table({
    width: { size: FULL_WIDTH, type: WidthType.DXA },
    columnWidths: [left, SEAL_LABEL_WIDTH, SEAL_BOX],
    borders: TableBorders.NONE,
    rows: [
      new TableRow({
        cantSplit: true,
        height: { value: SEAL_BOX, rule: HeightRule.EXACT },
        children: [
          new TableCell({
            width: { size: left, type: WidthType.DXA },
            verticalAlign: VerticalAlignTable.CENTER,
            children: [para(`${SIGN_LABEL}＿＿＿＿＿＿＿＿`), para(''), para(''), para(DATE_LINE)],
          }),
          new TableCell({
            width: { size: SEAL_LABEL_WIDTH, type: WidthType.DXA },
            verticalAlign: VerticalAlignTable.CENTER,
            children: [para(SEAL_LABEL, { align: AlignmentType.RIGHT })],
          }),
          new TableCell({
            width: { size: SEAL_BOX, type: WidthType.DXA },
            borders: { top: line, bottom: line, left: line, right: line },
            children: [para('')],
          }),
        ],
      }),
    ],
  });
};

export async function buildJointReviewFormDocx(input: JointReviewFormDocxInput): Promise<Buffer> {
  const c = jointReviewFormContent(input);
  const qr = await verifyQrPng(c.verifyUrl);

  const partyBlocks = c.parties.flatMap((s) => [
    para(''),
    para(s.heading, { bold: true, size: 24, keepNext: true }),
    labelTable(s.rows),
    para(''),
    signatureBlock(),
  ]);

  const meetingBlock = c.meetingRows
    ? [para(''), para('线下联审会议', { bold: true, size: 24, keepNext: true }), labelTable(c.meetingRows)]
    : [];

  const qrWidth = 2000;
  const codeBlock = new Table({
    width: { size: FULL_WIDTH, type: WidthType.DXA },
    columnWidths: [qrWidth, FULL_WIDTH - qrWidth],
    borders: TableBorders.NONE,
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          new TableCell({
            width: { size: qrWidth, type: WidthType.DXA },
            verticalAlign: VerticalAlignTable.CENTER,
            children: [
              new Paragraph({
                children: [
                  new ImageRun({
                    type: 'png',
                    data: qr,
                    transformation: { width: QR_PX, height: QR_PX },
                    altText: { name: 'verify-qr', title: '核验二维码', description: c.verifyUrl },
                  }),
                ],
              }),
            ],
          }),
          new TableCell({
            width: { size: FULL_WIDTH - qrWidth, type: WidthType.DXA },
            verticalAlign: VerticalAlignTable.CENTER,
            children: [
              para(c.codeLine, { bold: true, size: 24 }),
              para(c.verifyLine, { size: 18 }),
              para(c.generatedLine, { size: 18 }),
            ],
          }),
        ],
      }),
    ],
  });

  const doc = new Document({
    creator: PLATFORM_NAME,
    title: `${c.title} — ${input.data.project.name}`,
    description: c.codeLine,
    styles: { default: { document: { run: { font: FONT, size: 21 } } } },
    sections: [
      {
        properties: { page: { margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
        footers: {
          // The code on every page, so a page swapped in from another form shows.
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({ text: `${c.codeLine}　　第 `, size: 16, font: FONT }),
                  new TextRun({ children: [PageNumber.CURRENT], size: 16, font: FONT }),
                  new TextRun({ text: ' 页 共 ', size: 16, font: FONT }),
                  new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 16, font: FONT }),
                  new TextRun({ text: ' 页', size: 16, font: FONT }),
                ],
              }),
            ],
          }),
        },
        children: [
          para(c.title, { bold: true, size: 36, align: AlignmentType.CENTER }),
          para(''),
          para(c.subtitle),
          para(c.note, { size: 18 }),
          para(''),
          para('项目基本情况', { bold: true, size: 24, keepNext: true }),
          labelTable(c.projectRows),
          ...partyBlocks,
          ...meetingBlock,
          para(''),
          codeBlock,
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
