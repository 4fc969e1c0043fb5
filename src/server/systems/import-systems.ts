// The data bureau imports existing systems into the register from .xlsx (Art.2 "已建、在建", Art.32
// 常态化开展信息系统清理、规范和整合): the template, and the import — bad rows named by row number and
// column header, every good row registered (source 'import') in one transaction, audited with counts.
import fsp from 'node:fs/promises';
import { loadExcelJS } from '../exports/format.js';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { organizations, systems } from '../../db/schema.js';
import { shanghaiDateOf } from '../../domain/calendar/index.js';
import { auditTx } from '../audit/record.js';
import { requirePermission } from '../auth/guard.js';
import { isUniqueViolation } from '../documents/freeze.js';
import { MULTIPART_SLACK_BYTES, streamToTemp, tooLarge } from '../documents/receive.js';
import { sniffHead, zipEntryNames } from '../documents/sniff.js';
import { AppError, badRequest } from '../errors.js';
import type { FileStore } from '../storage/file-store.js';
import type { ZApp } from '../zapp.js';
import { buildImportTemplate, IMPORT_COLUMNS, IMPORT_SHEET, type ImportKey } from './import-columns.js';
import { cellText, parseImportRow, type ImportedSystem } from './import-rows.js';
import { insertSystem } from './register-system.js';
import { SystemImportResultSchema } from './responses.js';
import { fileAnswer } from '../platform/api-schemas.js';

/** At most 5 MB and 2,000 rows in one import. */
export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;
const MAX_ROWS = 2000;
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface ImportError {
  row: number;
  column: string;
  message: string;
}

/** Text without NUL bytes that decodes as UTF-8 (a multi-byte character cut at the end of the head is allowed). */
function isText(head: Buffer): boolean {
  if (head.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, Math.max(0, head.length - 4)));
    return true;
  } catch {
    return false;
  }
}

const notXlsx = () =>
  new AppError(415, 'UNSUPPORTED_FILE_TYPE', '文件内容不是 Excel 工作簿（.xlsx），请使用平台提供的导入模板', {
    field: 'file',
    messageEn: 'The file is not an .xlsx workbook (checked by content); use the template',
  });

/**
 * The one uploaded file into a temp file, checked by its content to be an .xlsx (a zip with xl/) —
 * or, with `csv` (the monthly monitoring, Art.32), plain UTF-8 text taken as CSV.
 */
export async function receiveWorkbook(
  req: FastifyRequest,
  store: FileStore,
  opts: { csv?: boolean } = {},
): Promise<{ path: string; fileName: string; sm3: string; format: 'xlsx' | 'csv' }> {
  if (!req.isMultipart())
    throw new AppError(415, 'MULTIPART_REQUIRED', '请以 multipart/form-data 方式上传 .xlsx 文件（字段 file）', {
      messageEn: 'Send multipart/form-data with the field file',
    });
  if (Number(req.headers['content-length'] ?? 0) > IMPORT_MAX_BYTES + MULTIPART_SLACK_BYTES)
    throw tooLarge(IMPORT_MAX_BYTES);
  let got: { path: string; fileName: string; sm3: string; head: Buffer } | undefined;
  const temps: string[] = [];
  try {
    for await (const part of req.parts()) {
      if (part.type === 'field') continue;
      if (part.fieldname !== 'file' || got) {
        part.file.resume();
        throw badRequest('UNEXPECTED_FILE_FIELD', '请只上传一个文件，放在 file 字段中', { field: 'file' });
      }
      const path = await store.tempPath();
      temps.push(path);
      const r = await streamToTemp(part.file, path, IMPORT_MAX_BYTES);
      if (part.file.truncated) throw tooLarge(IMPORT_MAX_BYTES);
      got = { path, fileName: part.filename ?? '', sm3: r.sm3, head: r.head };
    }
    if (!got)
      throw badRequest('FILE_REQUIRED', '请选择要导入的 .xlsx 文件', { field: 'file', messageEn: 'No file was sent' });
    const kind = sniffHead(got.head);
    if (opts.csv && kind === null && isText(got.head)) return { ...got, format: 'csv' };
    const names = kind === 'zip' ? await zipEntryNames(got.path) : null;
    if (!names?.includes('[Content_Types].xml') || !names.some((n) => n.startsWith('xl/'))) throw notXlsx();
    return { ...got, format: 'xlsx' };
  } catch (err) {
    for (const t of temps) await fsp.rm(t, { force: true });
    const code = (err as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge(IMPORT_MAX_BYTES);
    if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT')
      throw badRequest('TOO_MANY_FILES', '每次只能导入一个文件', { field: 'file', messageEn: 'Upload one file' });
    throw err;
  }
}

/** The rows of the register sheet, as text by column key (row numbers as Excel shows them). */
async function readRows(path: string) {
  const wb = new (await loadExcelJS()).Workbook();
  try {
    await wb.xlsx.readFile(path);
  } catch {
    throw notXlsx();
  }
  const sheet = wb.getWorksheet(IMPORT_SHEET) ?? wb.worksheets[0];
  if (!sheet) throw badRequest('IMPORT_EMPTY', '工作簿中没有工作表', { field: 'file' });
  const header = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, col) => {
    header.set(cellText(cell.value), col);
  });
  const missing = IMPORT_COLUMNS.filter((c) => c.required && !header.has(c.header)).map((c) => c.header);
  if (missing.length)
    throw badRequest('IMPORT_HEADERS', `第 1 行缺少列：${missing.join('、')}（请使用平台提供的导入模板）`, {
      field: 'file',
      details: { missing },
      messageEn: `Row 1 lacks the columns ${missing.join(', ')}; use the template`,
    });
  const rows: { row: number; cells: Record<ImportKey, string> }[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells = Object.fromEntries(
      IMPORT_COLUMNS.map((c) => [
        c.key,
        header.has(c.header) ? cellText(row.getCell(header.get(c.header)!).value) : '',
      ]),
    ) as Record<ImportKey, string>;
    if (Object.values(cells).every((v) => v === '')) continue;
    rows.push({ row: r, cells });
  }
  if (rows.length > MAX_ROWS)
    throw badRequest('IMPORT_TOO_MANY_ROWS', `每次最多导入 ${MAX_ROWS} 行，请拆分后导入`, { field: 'file' });
  return rows;
}

const headerOf = (key: ImportKey) => IMPORT_COLUMNS.find((c) => c.key === key)!.header;

export async function importSystemRoutes(app: ZApp, store: FileStore) {
  const { db } = app.services;

  app.get(
    '/systems/import-template.xlsx',
    {
      schema: {
        tags: ['systems'],
        summary: '下载信息系统台账导入模板（.xlsx，含填写说明）',
        response: { 200: fileAnswer('信息系统台账导入模板 / Register import template (.xlsx)', XLSX_TYPE) },
      },
    },
    async (req, reply) => {
      await requirePermission(req, 'system.manage');
      const declarants = await db
        .select({ code: organizations.code, name: organizations.name })
        .from(organizations)
        .where(and(sql`'declarant' = ANY(${organizations.roles})`, eq(organizations.disabled, false)))
        .orderBy(organizations.code);
      const name = '信息系统台账导入模板.xlsx';
      return reply
        .header('content-type', XLSX_TYPE)
        .header(
          'content-disposition',
          `attachment; filename="systems-import-template.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`,
        )
        .send(await buildImportTemplate(declarants));
    },
  );

  app.post(
    '/systems/import',
    {
      schema: {
        tags: ['systems'],
        summary: '导入已有信息系统（区数据局，.xlsx；第二条、第三十二条）',
        description: `multipart/form-data：一个 file（.xlsx，按内容识别，上限 5 MB，最多 ${MAX_ROWS} 行）。有错误的行按行号与列名列出，其余各行导入。`,
        response: { 200: SystemImportResultSchema },
      },
    },
    async (req) => {
      const auth = await requirePermission(req, 'system.manage');
      const file = await receiveWorkbook(req, store);
      let rows: Awaited<ReturnType<typeof readRows>>;
      try {
        rows = await readRows(file.path);
      } finally {
        await fsp.rm(file.path, { force: true });
      }
      const orgs = await db.select().from(organizations);
      const today = shanghaiDateOf(req.now);
      const errors: ImportError[] = [];
      const good: { row: number; system: ImportedSystem }[] = [];
      const seen = new Map<string, number>();
      for (const r of rows) {
        const parsed = parseImportRow(r.cells, { orgs, today });
        if (!parsed.system) {
          for (const e of parsed.errors) errors.push({ row: r.row, column: headerOf(e.key), message: e.message });
          continue;
        }
        const key = `${parsed.system.ownerOrgId}\u0000${parsed.system.name}`;
        const first = seen.get(key);
        if (first !== undefined) {
          errors.push({
            row: r.row,
            column: headerOf('name'),
            message: `与第 ${first} 行重复（同一责任单位的同名系统）`,
          });
          continue;
        }
        seen.set(key, r.row);
        good.push({ row: r.row, system: parsed.system });
      }
      const created = await db
        .transaction(async (tx) => {
          const owners = [...new Set(good.map((g) => g.system.ownerOrgId))];
          const existing = owners.length
            ? await tx
                .select({ ownerOrgId: systems.ownerOrgId, name: systems.name, code: systems.code })
                .from(systems)
                .where(inArray(systems.ownerOrgId, owners))
            : [];
          const out: { row: number; id: string; code: string; name: string }[] = [];
          for (const g of good) {
            const dup = existing.find((e) => e.ownerOrgId === g.system.ownerOrgId && e.name === g.system.name);
            if (dup) {
              errors.push({
                row: g.row,
                column: headerOf('name'),
                message: `已存在：该单位已登记同名系统（${dup.code}）`,
              });
              continue;
            }
            const row = await insertSystem(
              tx,
              { ...g.system, createdAt: req.now, updatedAt: req.now },
              'import',
              auth.user.id,
            );
            out.push({ row: g.row, id: row.id, code: row.code, name: row.name });
          }
          await auditTx(tx, req, {
            action: 'system.imported',
            outcome: 'success',
            targetType: 'system',
            targetId: null,
            detail: {
              fileName: file.fileName,
              sm3: file.sm3,
              rows: rows.length,
              created: out.length,
              errors: errors.length,
              codes: out.map((o) => o.code),
            },
          });
          return out;
        })
        .catch((err: unknown) => {
          // A system of one of these names registered meanwhile: nothing of this import was kept.
          if (!isUniqueViolation(err)) throw err;
          throw new AppError(409, 'IMPORT_CONFLICT', '导入期间台账发生了变化，本次未导入任何系统，请重新导入', {
            messageEn: 'The register changed during the import; nothing was imported, try again',
          });
        });
      errors.sort((a, b) => a.row - b.row);
      return { created, errors, rows: rows.length };
    },
  );
}
