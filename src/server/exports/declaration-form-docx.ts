// 宿城区信息化项目申报表 (Art.10(1)) as .docx, pre-filled from the project's form. Pure: plain
// data in, a Buffer out. Every empty field prints '（未填写）' so the paper form shows what is
// missing; labels come from the regulation edition, money is printed in 万元 from integer fen.
import {
  AlignmentType,
  Document,
  HeightRule,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { defaultEdition, labelOf, type Edition } from '../../domain/editions/index.js';
import type { CategoryCode, KindCode } from '../../domain/editions/types.js';
import { sumFen } from '../../domain/money.js';
import type { DeclarationFormData } from './declaration-form-data.js';
import { localDateTime, PLATFORM_NAME, wanText } from './format.js';

export interface DeclarationFormDocxInput {
  project: {
    code: string;
    name: string;
    planYear: number;
    declaringOrg: string;
    leadOrg?: string | null;
    coOrgs: string[];
    category: CategoryCode | null;
    kind: KindCode | null;
    classified: boolean;
    totalFen: number;
    form: Partial<DeclarationFormData>;
  };
  contact?: { name: string; phone?: string | null };
  generatedAt: Date;
  /** Labels come from this edition (default: the edition in use). */
  edition?: Edition;
}

export const FORM_TITLE = '宿城区信息化项目申报表';
export const MISSING = '（未填写）';
const SIGNATURE_BOXES = ['申报单位（盖章）', '单位负责人签字', '日期'];
const DIRECTION: Record<string, string> = { provide: '共享提供', consume: '共享获取', open: '开放' };
const CN_DIGITS = ['一', '二', '三', '四', '五'];
const LABEL_WIDTH = 2300; // twips; A4 with 2 cm margins leaves ~9600
const VALUE_WIDTH = 7300;
const FONT = 'SimSun';

/** Trimmed text, or MISSING when blank. */
const t = (s: string | null | undefined): string => (s?.trim() ? s.trim() : MISSING);
/** Non-empty lines, or [MISSING]. */
const orMissing = (lines: string[]): string[] => (lines.length ? lines : [MISSING]);
const wan = (fen: number | null | undefined): string =>
  fen === null || fen === undefined ? MISSING : `${wanText(fen)}万元`;

/** The label/value rows of the form, in print order. */
function formRows(input: DeclarationFormDocxInput, ed: Edition): [string, string[]][] {
  const { project: p } = input;
  const f = p.form;
  const lists = ed.lists;
  const lbl = (items: Parameters<typeof labelOf>[0], code: string | null | undefined) =>
    code ? labelOf(items, code).zh : MISSING;

  // Each edition budget item (missing ones marked), then the sum of the items that are filled.
  const breakdown = f.budgetBreakdown ?? {};
  const filled = lists.budgetItems.value
    .map((b) => breakdown[b.code])
    .filter((v): v is number => typeof v === 'number');
  const budgetLines = [
    ...lists.budgetItems.value.map((b) => `${b.zh}：${wan(breakdown[b.code])}`),
    ...(filled.length ? [`合计：${wan(sumFen(filled))}`] : []),
  ];

  const dep = f.deployment;
  const depLines = dep?.mode
    ? [
        lbl(lists.deploymentModes.value, dep.mode),
        ...(dep.mode === 'assessed_cloud'
          ? [`服务商：${t(dep.provider)}`, `云计算服务安全评估：${t(dep.assessmentRef)}`]
          : []),
        ...(dep.mode === 'exempt' ? [`豁免依据：${t(dep.exemptBasis)}`] : []),
      ]
    : [MISSING];

  const platforms = f.commonPlatforms ?? [];
  const platformLines = platforms.length
    ? [platforms.map((c) => lbl(lists.commonPlatforms.value, c)).join('、')]
    : f.commonPlatformsNoneReason?.trim()
      ? [`不复用，理由：${f.commonPlatformsNoneReason.trim()}`]
      : [MISSING];

  const lead = p.leadOrg?.trim() ? p.leadOrg.trim() : MISSING;
  const mlps = f.mlpsLevel;
  const contactName = input.contact?.name ?? f.contactName;
  const contactPhone = input.contact?.phone ?? f.contactPhone;

  const rows: [string, string[]][] = [
    ['项目名称', [t(p.name)]],
    ['申报单位', [t(p.declaringOrg)]],
    ['牵头单位/共建单位', [`牵头单位：${lead}`, `共建单位：${p.coOrgs.length ? p.coOrgs.join('、') : '无'}`]],
    ['项目类别', [lbl(lists.categories.value, p.category)]],
    ['建设性质', [lbl(lists.kinds.value, p.kind)]],
    [
      '是否涉密',
      p.classified
        ? ['是（本平台仅保存非涉密部分）', `涉密与非涉密部分拆分说明：${t(f.classifiedSplitStatement)}`]
        : ['否'],
    ],
    ['总投资（万元）', [p.totalFen > 0 ? wanText(p.totalFen) : MISSING]],
    [
      '资金来源',
      orMissing(
        (f.fundingSources ?? []).map((l) => `${lbl(lists.fundingSources.value, l.source)}：${wan(l.amountFen)}`),
      ),
    ],
    ['预算构成（万元）', budgetLines],
    [
      '分年度预算',
      f.yearlyBudgets?.length
        ? f.yearlyBudgets.map((y) => `${y.year}年：${wan(y.amountFen)}`)
        : [`${MISSING}（单年度项目无需填写）`],
    ],
    [
      '数据资源清单（名称、成本）',
      orMissing(
        (f.dataResources ?? []).map(
          (d, i) =>
            `${i + 1}. ${t(d.name)}；成本：${wan(d.costFen)}${d.catalogueRef ? `；目录编号：${d.catalogueRef}` : ''}`,
        ),
      ),
    ],
    [
      '数据共享开放清单（事项、方向、接口、频率）',
      orMissing(
        (f.sharingList ?? []).map(
          (s, i) =>
            `${i + 1}. ${t(s.item)}；${DIRECTION[s.direction] ?? s.direction}；接口：${t(s.interface)}；频率：${t(s.frequency)}`,
        ),
      ),
    ],
    ['部署方式', depLines],
    ['复用的共性支撑平台', platformLines],
    [
      '创新应用场景',
      f.scenario ? [`领域：${lbl(lists.scenarioAreas.value, f.scenario.area)}`, t(f.scenario.description)] : [MISSING],
    ],
    ['网络安全等级保护级别', [mlps ? `第${CN_DIGITS[mlps - 1] ?? mlps}级` : MISSING]],
    ['密码应用方案', [t(f.cryptoPlan)]],
    ['安全可靠情况', [t(f.secureReliableStatement)]],
    ['绩效目标', orMissing((f.performanceTargets ?? []).map((g, i) => `${i + 1}. ${t(g.indicator)}：${t(g.target)}`))],
    // A new build/service project legitimately has no predecessor; an O&M project must name one (Art.7).
    [
      '续建/前序项目',
      f.predecessor
        ? [t(f.predecessor.name), `前序项目数据共享义务：${f.predecessor.sharingFulfilled ? '已履行' : '未履行'}`]
        : [p.kind === 'operate' ? MISSING : '无'],
    ],
  ];
  if (f.urgentBasis) {
    rows.push([
      '紧急追加依据（第八条）',
      [`${lbl(ed.params.urgentLevels.value, f.urgentBasis.level)}级要求：${t(f.urgentBasis.text)}`],
    ]);
  }
  rows.push(['联系人及电话', [`${t(contactName)}　${t(contactPhone)}`]]);
  return rows;
}

const para = (
  text: string,
  opts: { bold?: boolean; size?: number; align?: (typeof AlignmentType)[keyof typeof AlignmentType] } = {},
) =>
  new Paragraph({
    alignment: opts.align,
    children: [new TextRun({ text, bold: opts.bold, size: opts.size, font: FONT })],
  });

const cell = (lines: string[], width: number, opts: { bold?: boolean; columnSpan?: number } = {}) =>
  new TableCell({
    width: { size: width, type: WidthType.DXA },
    columnSpan: opts.columnSpan,
    verticalAlign: VerticalAlignTable.CENTER,
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
    children: lines.map((l) => para(l, { bold: opts.bold })),
  });

export async function buildDeclarationFormDocx(input: DeclarationFormDocxInput): Promise<Buffer> {
  const ed = input.edition ?? defaultEdition;
  const { project } = input;

  const formTable = new Table({
    width: { size: LABEL_WIDTH + VALUE_WIDTH, type: WidthType.DXA },
    columnWidths: [LABEL_WIDTH, VALUE_WIDTH],
    rows: formRows(input, ed).map(
      ([label, lines]) =>
        new TableRow({
          cantSplit: true,
          children: [cell([label], LABEL_WIDTH, { bold: true }), cell(lines, VALUE_WIDTH)],
        }),
    ),
  });

  // Signature and seal boxes: a caption row and a tall empty row to sign/stamp in.
  const boxWidth = Math.floor((LABEL_WIDTH + VALUE_WIDTH) / SIGNATURE_BOXES.length);
  const signTable = new Table({
    width: { size: boxWidth * SIGNATURE_BOXES.length, type: WidthType.DXA },
    columnWidths: SIGNATURE_BOXES.map(() => boxWidth),
    rows: [
      new TableRow({ children: SIGNATURE_BOXES.map((b) => cell([b], boxWidth, { bold: true })) }),
      new TableRow({
        height: { value: 1500, rule: HeightRule.ATLEAST },
        children: SIGNATURE_BOXES.map((b) => cell([b === '日期' ? '　　年　　月　　日' : ''], boxWidth)),
      }),
    ],
  });

  const doc = new Document({
    creator: PLATFORM_NAME,
    title: `${FORM_TITLE} — ${project.name}`,
    styles: { default: { document: { run: { font: FONT, size: 21 } } } },
    sections: [
      {
        properties: { page: { margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
        children: [
          para(FORM_TITLE, { bold: true, size: 36, align: AlignmentType.CENTER }),
          para(''),
          para(`项目编号：${t(project.code)}　　　　计划年度：${project.planYear}年`),
          para(''),
          formTable,
          para(''),
          signTable,
          para(''),
          para(`本表由${PLATFORM_NAME}生成，生成时间：${localDateTime(input.generatedAt, ed)}（北京时间）`, {
            size: 18,
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
