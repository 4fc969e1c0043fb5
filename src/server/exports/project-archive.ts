// 项目档案 (SPEC §7: "a project's whole file (all documents and history) as one archive, for audit
// and 档案验收"): a zip with the record, the history, every kept document version under its type,
// their inventory with SM3 digests, and the generated joint review form when there is one.
import JSZip from 'jszip';
import type { Readable } from 'node:stream';
import { csvText as csv } from './format.js';

export interface ArchiveDocument {
  docTypeName: string;
  version: number;
  fileName: string;
  sizeBytes: number;
  sm3: string;
  uploadedAt: string;
  uploadedBy: string | null;
  submittedAt: string | null;
  open: () => Promise<Readable>;
}
export interface ArchiveEvent {
  at: string;
  actionName: string;
  actorOrg: string | null;
  actor: string | null;
  fromStage: string | null;
  toStage: string | null;
  rule: string | null;
  article: string | null;
  note: string | null;
}
export interface ArchiveTimelineItem {
  at: string;
  kind: string;
  title: string;
  detail?: string | null;
  rule?: string | null;
  article?: string | null;
  state?: string;
  amountFen?: number;
}
export interface ArchiveInput {
  project: { code: string; name: string } & Record<string, unknown>;
  events: ArchiveEvent[];
  documents: ArchiveDocument[];
  generated: { name: string; bytes: Buffer }[];
  /** The delivery records (Art.16–33) as GET …/delivery answers. */
  delivery: unknown;
  timeline: ArchiveTimelineItem[];
  /** 档案目录.docx, listing every item (built from archiveContents). */
  index: Buffer;
  exportedAt: string;
  exportedBy: string;
}

/** Where a document version lies in the archive (the inventory and the index say the same). */
export function documentPath(d: Pick<ArchiveDocument, 'docTypeName' | 'version' | 'fileName'>): string {
  return `材料/${safe(d.docTypeName)}/v${d.version}_${safe(d.fileName)}`;
}

/** The records every project file holds, with their place in it (for the index). */
export const ARCHIVE_RECORDS = [
  { path: '项目信息.json', what: '项目信息（平台记录）' },
  { path: '办理记录.csv', what: '办理记录（每次状态变化、办理人、依据条款）' },
  { path: '材料清单.csv', what: '材料清单（每个材料版本及其 SM3 摘要）' },
  { path: '实施与验收记录.json', what: '实施与验收记录（进度、付款、监理、自评价、试运行、验收、移交）' },
  { path: '时间轴.csv', what: '项目时间轴（办理事项、材料、期限及是否按期、资金）' },
  { path: '档案目录.docx', what: '档案目录（本文件）' },
] as const;

export const generatedPath = (name: string) => `平台生成/${safe(name)}`;

/** A name safe inside a zip on Windows and Linux: no separators or reserved characters. */
function safe(name: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are not allowed in zip entry names
  return name.replace(/[\\/:*?"<>|\x00-\x1f]/g, '_').slice(0, 150);
}

export async function buildProjectArchive(input: ArchiveInput): Promise<NodeJS.ReadableStream> {
  const zip = new JSZip();
  const root = zip.folder(safe(`${input.project.code} ${input.project.name}`))!;
  root.file('项目信息.json', JSON.stringify(input.project, null, 2));
  root.file(
    '办理记录.csv',
    csv([
      ['时间（北京时间）', '事项', '办理单位', '办理人', '原阶段', '新阶段', '规则', '依据条款', '说明'],
      ...input.events.map((e) => [
        e.at,
        e.actionName,
        e.actorOrg,
        e.actor,
        e.fromStage,
        e.toStage,
        e.rule,
        e.article,
        e.note,
      ]),
    ]),
  );
  root.file(
    '材料清单.csv',
    csv([
      ['材料类型', '版本', '文件名', '大小（字节）', 'SM3 摘要', '上传时间', '上传人', '随申报提交时间', '档案内路径'],
      ...input.documents.map((d) => [
        d.docTypeName,
        d.version,
        d.fileName,
        d.sizeBytes,
        d.sm3,
        d.uploadedAt,
        d.uploadedBy,
        d.submittedAt,
        documentPath(d),
      ]),
    ]),
  );
  root.file('实施与验收记录.json', JSON.stringify(input.delivery, null, 2));
  root.file(
    '时间轴.csv',
    csv([
      ['时间（UTC）', '类别', '事项', '说明', '规则', '依据条款', '期限状态', '金额（分）'],
      ...input.timeline.map((x) => [
        x.at,
        x.kind,
        x.title,
        x.detail ?? null,
        x.rule ?? null,
        x.article ?? null,
        x.state ?? null,
        x.amountFen ?? null,
      ]),
    ]),
  );
  root.file('档案目录.docx', input.index);
  for (const d of input.documents) root.file(documentPath(d), await d.open());
  for (const g of input.generated) root.file(generatedPath(g.name), g.bytes);
  root.file(
    '说明.txt',
    [
      `项目档案：${input.project.code} ${input.project.name}`,
      `导出时间：${input.exportedAt}（北京时间）　导出人：${input.exportedBy}`,
      '内容：档案目录.docx（全部条目）、项目信息.json（平台记录）、办理记录.csv（每次状态变化及依据条款）、',
      '材料清单.csv（每个材料版本及其 SM3 摘要）、实施与验收记录.json、时间轴.csv（期限是否按期）、',
      '材料/（按类型存放的全部有效版本，已撤回的版本不含）、平台生成/（联合评审表等）。',
      '核对：用任一 SM3 工具计算材料文件的摘要，应与材料清单.csv 中的 SM3 摘要一致。',
      '',
    ].join('\r\n'),
  );
  return zip.generateNodeStream({ type: 'nodebuffer', streamFiles: true, compression: 'DEFLATE' });
}
