// The 联合评审表 exports (Measures Art.14): the .docx is unzipped with jszip and its
// document.xml read; the PDF is checked for its header and embedded CJK font and, where poppler's
// pdftotext is installed, for its extracted text.
import { execFileSync, spawnSync } from 'node:child_process';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import {
  approvedDataDigest,
  formShortCode,
  verifyUrl,
  type JointReviewFormData,
} from '../../../src/domain/approval/form-code.js';
import { wan } from '../../../src/domain/money.js';
import { buildJointReviewFormDocx } from '../../../src/server/exports/joint-review-form-docx.js';
import {
  buildJointReviewFormPdf,
  CJK_FONT_REQUIRED,
  DEFAULT_CJK_FONT,
  resolveCjkFonts,
} from '../../../src/server/exports/joint-review-form-pdf.js';

const generatedAt = new Date('2027-03-05T01:05:00Z'); // 09:05 in Asia/Shanghai
const PDF_TIMEOUT = 60_000; // parsing the 20 MB CJK font collection takes a second or two

const DIMENSIONS = [
  ['intensive', '集约建设'],
  ['integration', '系统整合'],
  ['sharing', '数据共享'],
  ['collaboration', '业务协同'],
  ['security', '网络安全'],
  ['estimate', '项目概算'],
] as const;
const PARTIES = [
  ['data_bureau', '区数据局'],
  ['cyberspace', '区委网信办'],
  ['finance', '区财政局'],
  ['bigdata_center', '区大数据中心'],
] as const;

const data = (): JointReviewFormData => ({
  project: {
    code: 'XM-2027-007',
    name: '宿城区智慧停车管理平台',
    planYear: 2027,
    declaringOrg: '区住建局',
    totalFen: wan(300),
    approvedBudgetFen: wan(280),
    controlPriceFen: wan(260),
    recoveryFen: wan(20),
    category: 'service_system',
    kind: 'build',
  },
  round: 1,
  parties: PARTIES.map(([party, partyName]) => ({
    party,
    partyName,
    conclusion: party === 'finance' ? ('return' as const) : ('pass' as const),
    dimensions: DIMENSIONS.map(([code, zh]) => ({ code, zh, opinion: `${partyName}关于${zh}的意见：符合要求` })),
    overall: `${partyName}同意按审核意见实施`,
    reviewer: '李四',
    at: '2027-03-01T02:00:00.000Z',
  })),
  meeting: {
    date: '2027-03-03',
    attendees: '区数据局、区委网信办、区财政局、区大数据中心',
    minutesFile: '联审会议纪要.pdf',
  },
});

function input(d = data()) {
  const shortCode = formShortCode(approvedDataDigest(d));
  return { data: d, shortCode, verifyUrl: verifyUrl('https://govit.sucheng.gov.cn', shortCode), generatedAt };
}

async function docxParts(buf: Buffer) {
  const zip = await JSZip.loadAsync(buf);
  const xml = await zip.file('word/document.xml')!.async('string');
  const footer = await zip.file('word/footer1.xml')?.async('string');
  const media = Object.keys(zip.files).filter((n) => n.startsWith('word/media/'));
  return { xml, footer: footer ?? '', media, zip };
}
const plain = (xml: string) => xml.replace(/<[^>]+>/g, '');

const hasPdftotext = spawnSync('pdftotext', ['-v']).error === undefined;
const pdfText = (pdf: Buffer) =>
  execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: pdf }).toString('utf8');
/** pdftotext breaks lines wherever the layout does; compare without whitespace. */
const squash = (s: string) => s.replace(/\s+/g, '');

describe('buildJointReviewFormDocx', () => {
  it('prints the project, every party with its opinions, signature and seal boxes, and the code with its QR', async () => {
    const inp = input();
    const buf = await buildJointReviewFormDocx(inp);
    expect(buf.subarray(0, 2).toString()).toBe('PK');
    const { xml, footer, media, zip } = await docxParts(buf);
    const text = plain(xml);

    expect(text).toContain('宿城区信息化项目联合评审表');
    expect(text).toContain('第1轮联合评审');
    expect(text).toContain('项目编号XM-2027-007');
    expect(text).toContain('项目名称宿城区智慧停车管理平台');
    expect(text).toContain('申报单位区住建局');
    expect(text).toContain('总投资（万元）300.00');
    expect(text).toContain('预算审核金额（万元）280.00');
    expect(text).toContain('招标控制价（万元）260.00');
    expect(text).toContain('收回金额（万元）20.00');

    for (const [, name] of PARTIES) {
      expect(text).toContain(`${name}意见`);
      for (const [, zh] of DIMENSIONS) expect(text).toContain(`${zh}${name}关于${zh}的意见：符合要求`);
      expect(text).toContain(`总体意见${name}同意按审核意见实施`);
    }
    expect(text).toContain('总体结论通过');
    expect(text).toContain('总体结论退回修改');
    expect(text.match(/分管领导签字：/g)).toHaveLength(PARTIES.length);
    expect(text.match(/公章：/g)).toHaveLength(PARTIES.length);
    expect(text).toContain('日期：');
    expect(text).toContain('会议纪要联审会议纪要.pdf');

    expect(text).toContain(`核验码：${inp.shortCode}`);
    expect(text).toContain(`扫码或访问 ${inp.verifyUrl} 核验`);
    expect(text).toContain('生成时间：2027-03-05 09:05（北京时间）');
    expect(plain(footer)).toContain(inp.shortCode); // on every page

    expect(media).toHaveLength(1);
    const png = await zip.file(media[0])!.async('nodebuffer');
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(xml).toContain('<w:drawing>');
  });

  it('marks amounts not yet set, and prints no meeting row without a meeting', async () => {
    const d = data();
    d.project.controlPriceFen = null;
    d.project.recoveryFen = null;
    d.meeting = null;
    const text = plain((await docxParts(await buildJointReviewFormDocx(input(d)))).xml);
    expect(text).toContain('招标控制价（万元）（未填写）');
    expect(text).toContain('收回金额（万元）（未填写）');
    expect(text).not.toContain('线下联审会议');
  });

  it('refuses a short code that is not the code of the data', async () => {
    const d = data();
    const stale = input(d);
    d.project.controlPriceFen = wan(261);
    await expect(buildJointReviewFormDocx({ ...stale, data: d })).rejects.toThrow(/核验码与表中数据不一致/);
  });
});

describe('buildJointReviewFormPdf', () => {
  it(
    'is an A4 PDF with the CJK font embedded',
    async () => {
      const buf = await buildJointReviewFormPdf(input());
      expect(buf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const raw = buf.toString('latin1');
      expect(raw).toContain('/FontFile');
      expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansCJKsc-Regular/);
      expect(raw).toContain('/MediaBox [0 0 595.28 841.89]');
      expect(raw).toMatch(/\/Subtype \/Image/); // the QR code
    },
    PDF_TIMEOUT,
  );

  it.skipIf(!hasPdftotext)(
    'has the project, the opinions, the boxes and the short code as text (pdftotext)',
    async () => {
      const inp = input();
      const text = squash(pdfText(await buildJointReviewFormPdf(inp)));
      expect(text).toContain('宿城区信息化项目联合评审表');
      expect(text).toContain('宿城区智慧停车管理平台');
      expect(text).toContain(inp.shortCode);
      for (const [, name] of PARTIES) expect(text).toContain(`${name}意见`);
      expect(text).toContain('区财政局关于项目概算的意见：符合要求');
      expect(text).toContain('退回修改');
      expect(text).toContain('分管领导签字');
      expect(text).toContain('公章');
      expect(text).toContain('260.00');
    },
    PDF_TIMEOUT,
  );

  it.skipIf(!hasPdftotext)(
    'continues an opinion longer than a page on the next page',
    async () => {
      const d = data();
      d.parties[1].dimensions[4].opinion = '甲乙丙丁戊己庚辛。'.repeat(400);
      const pdf = await buildJointReviewFormPdf(input(d));
      const text = squash(pdfText(pdf));
      // A split may cut one phrase in two (the page footer and the （续） label come between): count a character.
      expect(text.match(/庚/g)).toHaveLength(400);
      expect(text).toContain('网络安全（续）');
      expect(text).toContain('审核人'); // the rows after the long one are still there
    },
    PDF_TIMEOUT,
  );

  it(
    'takes the font path from the options',
    async () => {
      expect(resolveCjkFonts({ fontPath: DEFAULT_CJK_FONT }).regular).toEqual({
        path: DEFAULT_CJK_FONT,
        family: 'NotoSansCJKsc-Regular',
      });
      const buf = await buildJointReviewFormPdf(input(), {
        fontPath: DEFAULT_CJK_FONT,
        fontFamily: 'NotoSansCJKtc-Regular',
      });
      expect(buf.toString('latin1')).toMatch(/\+NotoSansCJKtc-Regular/);
    },
    PDF_TIMEOUT,
  );

  it('fails with a clear Chinese message when the CJK font is missing', async () => {
    const missing = '/nonexistent/fonts/NotoSansCJK-Regular.ttc';
    await expect(buildJointReviewFormPdf(input(), { fontPath: missing })).rejects.toThrow(CJK_FONT_REQUIRED);
    await expect(buildJointReviewFormPdf(input(), { fontPath: missing })).rejects.toThrow(missing);
    expect(CJK_FONT_REQUIRED).toBe('PDF 生成需要中文字体（apt-get install fonts-noto-cjk）');
  });

  it('fails with the same message when the file is not a usable font', async () => {
    await expect(buildJointReviewFormPdf(input(), { fontPath: '/etc/hostname' })).rejects.toThrow(CJK_FONT_REQUIRED);
  });
});
