// 宿城区信息化项目联合评审表 (Measures Art.14) as PDF, A4: the same content as the .docx
// (joint-review-form-content.ts), with a CJK font embedded (subset) so it prints and extracts the
// same everywhere, the QR code of the verify URL, and signature lines and seal boxes drawn as
// rectangles. Plain data in, a Buffer out; the only I/O is reading the font file.
import { existsSync } from 'node:fs';
// pdfkit is loaded with the first form (~0.2 s of every start otherwise, issue 12).
const loadPdfKit = async () => (await import('pdfkit')).default;
import { PLATFORM_NAME } from './format.js';
import {
  DATE_LINE,
  jointReviewFormContent,
  SEAL_LABEL,
  SIGN_LABEL,
  verifyQrPng,
  type JointReviewFormInput,
} from './joint-review-form-content.js';

export type JointReviewFormPdfInput = JointReviewFormInput;

export interface JointReviewFormPdfOptions {
  /**
   * A TrueType/OpenType font (.ttf/.otf) or collection (.ttc/.otc) with CJK glyphs — the caller passes
   * PDF_CJK_FONT here (the generator reads no environment). Default: Noto Sans CJK from fonts-noto-cjk.
   */
  fontPath?: string;
  /** The PostScript name of the face inside a collection (default 'NotoSansCJKsc-Regular' for a .ttc/.otc). */
  fontFamily?: string;
  /** Bold face; default: Noto Sans CJK Bold next to the default regular font, else the regular font. */
  boldFontPath?: string;
  boldFontFamily?: string;
}

/** Debian/Ubuntu fonts-noto-cjk. */
export const DEFAULT_CJK_FONT = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
export const DEFAULT_CJK_BOLD_FONT = '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc';
export const CJK_FONT_REQUIRED = 'PDF 生成需要中文字体（apt-get install fonts-noto-cjk）';

export class PdfFontError extends Error {
  constructor(
    message: string,
    readonly fontPath: string,
  ) {
    super(message);
    this.name = 'PdfFontError';
  }
}

const isCollection = (path: string) => /\.(ttc|otc)$/i.test(path);

interface FaceSpec {
  path: string;
  family?: string;
}

/** Which font files to embed; throws PdfFontError (in Chinese) when the regular face is missing. */
export function resolveCjkFonts(opts: JointReviewFormPdfOptions = {}): { regular: FaceSpec; bold: FaceSpec } {
  // `||`: an empty override (an unset PDF_CJK_FONT passed through as '') means the default.
  const regularPath = opts.fontPath || DEFAULT_CJK_FONT;
  if (!existsSync(regularPath))
    throw new PdfFontError(`${CJK_FONT_REQUIRED}：未找到字体文件 ${regularPath}`, regularPath);
  const family = (path: string, given: string | undefined, dflt: string) =>
    given ?? (isCollection(path) ? dflt : undefined);
  const regular = { path: regularPath, family: family(regularPath, opts.fontFamily, 'NotoSansCJKsc-Regular') };

  let bold: FaceSpec = regular;
  if (opts.boldFontPath) {
    if (!existsSync(opts.boldFontPath))
      throw new PdfFontError(`${CJK_FONT_REQUIRED}：未找到字体文件 ${opts.boldFontPath}`, opts.boldFontPath);
    bold = { path: opts.boldFontPath, family: family(opts.boldFontPath, opts.boldFontFamily, 'NotoSansCJKsc-Bold') };
  } else if (!opts.fontPath && existsSync(DEFAULT_CJK_BOLD_FONT)) {
    bold = { path: DEFAULT_CJK_BOLD_FONT, family: 'NotoSansCJKsc-Bold' };
  }
  return { regular, bold };
}

// Layout, in PDF points (1/72 in). A4 = 595.28 × 841.89.
const MARGIN = 56.7; // 2 cm
const BODY = 10.5; // 五号
const SMALL = 8;
const PAD = 4;
const LINE_GAP = 2;
const LABEL_W = 120;
const SEAL = 120; // ≈ 4.2 cm, a round official seal fits
const QR = 85; // ≈ 3 cm

type Doc = PDFKit.PDFDocument;

/** Registered font names. */
const REGULAR = 'cjk';
const BOLD = 'cjk-bold';

class Layout {
  readonly left = MARGIN;
  readonly width: number;
  readonly top = MARGIN;
  readonly bottom: number;
  y = MARGIN;

  /** `bold` is REGULAR when no bold face is available. */
  constructor(
    readonly doc: Doc,
    readonly bold: string,
  ) {
    this.width = doc.page.width - 2 * MARGIN;
    this.bottom = doc.page.height - MARGIN;
  }

  newPage() {
    this.doc.addPage();
    this.y = this.top;
  }

  /** Start a new page unless `h` points still fit on this one. */
  ensure(h: number) {
    if (this.y + h > this.bottom && this.y > this.top) this.newPage();
  }

  textHeight(text: string, width: number, size = BODY, bold = false) {
    this.doc.font(bold ? this.bold : REGULAR).fontSize(size);
    return this.doc.heightOfString(text || ' ', { width, lineGap: LINE_GAP });
  }

  text(
    text: string,
    opts: {
      size?: number;
      bold?: boolean;
      align?: 'left' | 'center' | 'right';
      x?: number;
      width?: number;
      gapAfter?: number;
    } = {},
  ) {
    const x = opts.x ?? this.left;
    const width = opts.width ?? this.width;
    const h = this.textHeight(text, width, opts.size, opts.bold);
    this.ensure(h);
    this.doc
      .font(opts.bold ? this.bold : REGULAR)
      .fontSize(opts.size ?? BODY)
      .text(text, x, this.y, { width, align: opts.align ?? 'left', lineGap: LINE_GAP });
    this.y += h + (opts.gapAfter ?? 0);
  }

  /** Height of a label/value table (ignoring page breaks). */
  tableHeight(rows: [string, string][]) {
    return rows.reduce((h, [l, v]) => h + this.rowHeight(l, v), 0);
  }

  /** Start a new page if a block of height h does not fit here but would fit on a fresh page. */
  keepTogether(h: number) {
    if (h <= this.bottom - this.top) this.ensure(h);
  }

  private rowHeight(label: string, value: string) {
    return (
      Math.max(
        this.textHeight(label, LABEL_W - 2 * PAD, BODY, true),
        this.textHeight(value, this.width - LABEL_W - 2 * PAD),
      ) +
      2 * PAD
    );
  }

  private drawRow(label: string, value: string, h: number) {
    const { doc, left, y, width } = this;
    doc
      .lineWidth(0.6)
      .rect(left, y, LABEL_W, h)
      .stroke()
      .rect(left + LABEL_W, y, width - LABEL_W, h)
      .stroke();
    doc
      .font(this.bold)
      .fontSize(BODY)
      .text(label, left + PAD, y + PAD, { width: LABEL_W - 2 * PAD, lineGap: LINE_GAP });
    doc
      .font(REGULAR)
      .fontSize(BODY)
      .text(value || ' ', left + LABEL_W + PAD, y + PAD, { width: width - LABEL_W - 2 * PAD, lineGap: LINE_GAP });
    this.y += h;
  }

  /** A label/value row with borders; a value taller than a page continues on the next one. */
  row(label: string, value: string) {
    const usable = this.bottom - this.top;
    let rest = value;
    let lbl = label;
    for (;;) {
      const h = this.rowHeight(lbl, rest);
      if (this.y + h <= this.bottom) return this.drawRow(lbl, rest, h);
      if (h <= usable) {
        this.newPage();
        return this.drawRow(lbl, rest, h);
      }
      // Taller than a page: fill what is left of this one (at least a few lines), continue overleaf.
      if (this.bottom - this.y < 4 * (BODY + LINE_GAP) + 2 * PAD) this.newPage();
      const avail = this.bottom - this.y;
      const chars = Array.from(rest);
      let lo = 1;
      let hi = chars.length - 1;
      while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (this.rowHeight(lbl, chars.slice(0, mid).join('')) <= avail) lo = mid;
        else hi = mid - 1;
      }
      const part = chars.slice(0, lo).join('');
      this.drawRow(lbl, part, this.rowHeight(lbl, part));
      this.newPage();
      rest = chars.slice(lo).join('');
      lbl = `${label}（续）`;
    }
  }

  table(rows: [string, string][]) {
    for (const [l, v] of rows) this.row(l, v);
  }

  /** 分管领导签字 with a line and 日期 on the left, 公章： and an empty seal box on the right. */
  signatureBlock() {
    const { doc } = this;
    this.ensure(SEAL + 2 * PAD);
    const y = this.y + PAD;
    doc.font(REGULAR).fontSize(BODY);
    const signW = doc.widthOfString(SIGN_LABEL);
    const signY = y + SEAL / 2 - 30;
    doc.text(SIGN_LABEL, this.left, signY, { lineBreak: false });
    const lineY = signY + BODY + 2;
    doc
      .lineWidth(0.6)
      .moveTo(this.left + signW + 2, lineY)
      .lineTo(this.left + signW + 150, lineY)
      .stroke();
    doc.text(DATE_LINE, this.left, signY + 40, { lineBreak: false });

    const boxX = this.left + this.width - SEAL;
    const sealW = doc.widthOfString(SEAL_LABEL);
    doc.text(SEAL_LABEL, boxX - sealW - 6, y + SEAL / 2 - BODY / 2, { lineBreak: false });
    doc.lineWidth(0.8).rect(boxX, y, SEAL, SEAL).stroke();
    this.y = y + SEAL + PAD;
  }
}

/** The bytes pdfkit streams out, resolved once doc.end() has been called. */
function collect(doc: Doc): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

export async function buildJointReviewFormPdf(
  input: JointReviewFormPdfInput,
  options: JointReviewFormPdfOptions = {},
): Promise<Buffer> {
  const fonts = resolveCjkFonts(options);
  const c = jointReviewFormContent(input);
  const qr = await verifyQrPng(c.verifyUrl);

  const doc = new (await loadPdfKit())({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    bufferPages: true,
    lang: 'zh-CN',
    displayTitle: true,
    info: {
      Title: `${c.title} — ${input.data.project.name}`,
      Author: PLATFORM_NAME,
      Creator: PLATFORM_NAME,
      Subject: c.codeLine,
      Keywords: c.shortCode,
      CreationDate: input.generatedAt,
      ModDate: input.generatedAt,
    },
  });
  const done = collect(doc);

  // One face for both weights when there is no bold one: registered once, because pdfkit re-reads
  // a file registered under a second name each time that name is selected (a 20 MB .ttc).
  const sameFace = fonts.bold.path === fonts.regular.path && fonts.bold.family === fonts.regular.family;
  const bold = sameFace ? REGULAR : BOLD;
  try {
    doc.registerFont(REGULAR, fonts.regular.path, fonts.regular.family);
    if (!sameFace) doc.registerFont(BOLD, fonts.bold.path, fonts.bold.family);
    doc.font(bold);
    doc.font(REGULAR);
  } catch (e) {
    doc.end();
    await done.catch(() => undefined);
    const paths = [...new Set([fonts.regular.path, fonts.bold.path])].join('、');
    throw new PdfFontError(
      `${CJK_FONT_REQUIRED}：无法加载字体 ${paths}（${(e as Error).message}）`,
      fonts.regular.path,
    );
  }

  const L = new Layout(doc, bold);
  L.text(c.title, { size: 18, bold: true, align: 'center', gapAfter: 10 });
  L.text(c.subtitle, { gapAfter: 2 });
  L.text(c.note, { size: SMALL, gapAfter: 8 });

  L.text('项目基本情况', { size: 12, bold: true, gapAfter: 4 });
  L.table(c.projectRows);

  const headingH = (text: string) => L.textHeight(text, L.width, 12, true) + 4;
  for (const s of c.parties) {
    L.y += 10;
    // A party's opinions, its signature and its seal on one page when they fit on one.
    L.keepTogether(headingH(s.heading) + L.tableHeight(s.rows) + SEAL + 2 * PAD);
    L.ensure(60); // at least keep the heading with the first rows
    L.text(s.heading, { size: 12, bold: true, gapAfter: 4 });
    L.table(s.rows);
    L.signatureBlock();
  }

  if (c.meetingRows) {
    L.y += 10;
    L.keepTogether(headingH('线下联审会议') + L.tableHeight(c.meetingRows));
    L.ensure(60);
    L.text('线下联审会议', { size: 12, bold: true, gapAfter: 4 });
    L.table(c.meetingRows);
  }

  // Verification: the QR code and, beside it, the code, where to check it, and when this was made.
  L.y += 12;
  L.ensure(QR + 4);
  const qrY = L.y;
  doc.image(qr, L.left, qrY, { width: QR, height: QR });
  L.y = qrY + 8;
  const textX = L.left + QR + 12;
  const textW = L.width - QR - 12;
  L.text(c.codeLine, { size: 12, bold: true, x: textX, width: textW, gapAfter: 4 });
  L.text(c.verifyLine, { size: SMALL, x: textX, width: textW, gapAfter: 2 });
  L.text(c.generatedLine, { size: SMALL, x: textX, width: textW });
  L.y = Math.max(L.y, qrY + QR);

  // The code and page numbers on every page, so a page swapped in from another form shows.
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottomMargin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0; // writing inside the margin must not start a new page
    doc
      .font(REGULAR)
      .fontSize(SMALL)
      .text(
        `${c.codeLine}　　第 ${i - range.start + 1} 页 共 ${range.count} 页`,
        MARGIN,
        doc.page.height - MARGIN / 2 - SMALL,
        { width: doc.page.width - 2 * MARGIN, align: 'center', lineBreak: false },
      );
    doc.page.margins.bottom = bottomMargin;
  }

  doc.end();
  return done;
}
