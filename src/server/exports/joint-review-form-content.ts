// The text of the 宿城区信息化项目联合评审表 (Measures Art.14), laid out once here and printed by both
// the .docx and the PDF generator, so the two files always say the same thing. Pure (the QR code is computed, not fetched).
import QRCode from 'qrcode';
import {
  approvedDataDigest,
  formShortCode,
  normalizeShortCode,
  type JointReviewFormConclusion,
  type JointReviewFormData,
} from '../../domain/approval/form-code.js';
import { defaultEdition, labelOf, type Edition } from '../../domain/editions/index.js';
import { MISSING } from './declaration-form-docx.js';
import { localDateTime, PLATFORM_NAME, wanText } from './format.js';

export interface JointReviewFormInput {
  data: JointReviewFormData;
  /** formShortCode(approvedDataDigest(data)); checked against the data before anything is printed. */
  shortCode: string;
  /** verifyUrl(publicUrl, shortCode): what the QR code encodes and the footer prints. */
  verifyUrl: string;
  generatedAt: Date;
  /** Labels and time zone come from this edition (default: the edition in use). */
  edition?: Edition;
}

export const JOINT_REVIEW_FORM_TITLE = '宿城区信息化项目联合评审表';

export const CONCLUSION_ZH: Record<JointReviewFormConclusion, string> = {
  pass: '通过',
  return: '退回修改',
  fail: '不予通过',
};

export const SIGN_LABEL = '分管领导签字：';
export const SEAL_LABEL = '公章：';
export const DATE_LINE = '日期：　　　　年　　月　　日';

export interface PartySection {
  heading: string;
  /** Label/value rows: one per dimension, then 总体意见, 总体结论 and 审核人. */
  rows: [string, string][];
  conclusion: string;
}

export interface JointReviewFormContent {
  title: string;
  /** '项目编号：… 计划年度：… 第N轮联合评审'. */
  subtitle: string;
  note: string;
  projectRows: [string, string][];
  parties: PartySection[];
  meetingRows: [string, string][] | null;
  shortCode: string;
  verifyUrl: string;
  codeLine: string;
  verifyLine: string;
  generatedLine: string;
}

export class FormCodeMismatchError extends Error {
  constructor(given: string, expected: string) {
    super(`核验码与表中数据不一致：给出 ${given}，按数据应为 ${expected}`);
    this.name = 'FormCodeMismatchError';
  }
}

const CN_NUM = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const cnNum = (n: number) => CN_NUM[n - 1] ?? String(n);
const t = (s: string | null | undefined): string => (s?.trim() ? s.trim() : MISSING);
const wan = (fen: number | null | undefined): string => (fen === null || fen === undefined ? MISSING : wanText(fen));

/** The printed text of the form. Throws if the short code is not the code of `data`. */
export function jointReviewFormContent(input: JointReviewFormInput): JointReviewFormContent {
  const ed = input.edition ?? defaultEdition;
  const { data } = input;
  const expected = formShortCode(approvedDataDigest(data));
  if (normalizeShortCode(input.shortCode) !== expected) throw new FormCodeMismatchError(input.shortCode, expected);
  const p = data.project;
  const lbl = (items: Parameters<typeof labelOf>[0], code: string | null) => (code ? labelOf(items, code).zh : MISSING);

  const projectRows: [string, string][] = [
    ['项目编号', t(p.code)],
    ['项目名称', t(p.name)],
    ['申报单位', t(p.declaringOrg)],
    ['项目类别', lbl(ed.lists.categories.value, p.category)],
    ['建设性质', lbl(ed.lists.kinds.value, p.kind)],
    ['总投资（万元）', wan(p.totalFen)],
    ['预算审核金额（万元）', wan(p.approvedBudgetFen)],
    ['招标控制价（万元）', wan(p.controlPriceFen)],
    ['收回金额（万元）', wan(p.recoveryFen)],
  ];

  const parties: PartySection[] = data.parties.map((x, i) => {
    const conclusion = CONCLUSION_ZH[x.conclusion] ?? x.conclusion;
    const at = new Date(x.at);
    return {
      heading: `${cnNum(i + 1)}、${t(x.partyName)}意见`,
      conclusion,
      rows: [
        ...(x.dimensions.length
          ? x.dimensions.map((d): [string, string] => [t(d.zh), t(d.opinion)])
          : [['分项意见', MISSING] as [string, string]]),
        ['总体意见', t(x.overall)],
        ['总体结论', conclusion],
        [
          '审核人',
          `${t(x.reviewer)}　${Number.isNaN(at.getTime()) ? MISSING : `${localDateTime(at, ed)}（北京时间）`}`,
        ],
      ],
    };
  });

  const m = data.meeting;
  const meetingRows: [string, string][] | null = m
    ? [
        ['会议日期', t(m.date)],
        ['参会单位及人员', t(m.attendees)],
        ...(m.minutesFile?.trim() ? [['会议纪要', m.minutesFile.trim()] as [string, string]] : []),
      ]
    : null;

  return {
    title: JOINT_REVIEW_FORM_TITLE,
    subtitle: `项目编号：${t(p.code)}　　计划年度：${p.planYear}年　　第${data.round}轮联合评审`,
    note: '审核通过后，由申报单位在平台下载本表，经各联审单位分管领导签字并加盖公章后扫描上传（《宿城区信息化项目管理办法》第十四条）。',
    projectRows,
    parties,
    meetingRows,
    shortCode: expected,
    verifyUrl: input.verifyUrl,
    codeLine: `核验码：${expected}`,
    verifyLine: `扫码或访问 ${input.verifyUrl} 核验本表数据是否与平台审核通过的数据一致`,
    generatedLine: `本表由${PLATFORM_NAME}生成，生成时间：${localDateTime(input.generatedAt, ed)}（北京时间）`,
  };
}

/** The QR code of the verify URL as a PNG (error correction M, survives a scan of a stamped copy). */
export async function verifyQrPng(url: string, widthPx = 300): Promise<Buffer> {
  return QRCode.toBuffer(url, { type: 'png', errorCorrectionLevel: 'M', margin: 1, width: widthPx });
}
