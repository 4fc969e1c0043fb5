// The big data center submits the monthly monitoring (Art.32 "区大数据中心通过信息化手段对已建成运行的项目通过
// 统一管理平台每月进行监测"): as batch JSON, or as an .xlsx/.csv upload in the published template. Each bad
// row is refused with its row number and column named; every good row is kept (a month reported again
// replaces the earlier report); then the flags of the systems concerned are recomputed and a newly
// flagged system enters the elimination list — all in one transaction, audited with the counts.
import fsp from 'node:fs/promises';
import type ExcelJS from 'exceljs';
import { loadExcelJS } from '../exports/format.js';
import { asc, eq, inArray, or } from 'drizzle-orm';
import { z } from 'zod';
import { systems } from '../../db/schema.js';
import { shanghaiDateOf } from '../../domain/calendar/index.js';
import { SYSTEM_STATUSES } from '../../domain/delivery/systems.js';
import { editionForNew } from '../../domain/editions/resolve.js';
import { monthOf } from '../../domain/oversight/monitoring.js';
import { auditTx } from '../audit/record.js';
import { requirePermission } from '../auth/guard.js';
import { badRequest } from '../errors.js';
import type { FileStore } from '../storage/file-store.js';
import { receiveWorkbook } from '../systems/import-systems.js';
import { cellText } from '../systems/import-rows.js';
import type { ZApp } from '../zapp.js';
import {
  buildMonitoringTemplate,
  headerOf,
  MONITORING_COLUMNS,
  MONITORING_SHEET,
  type MonitoringKey,
  type ParsedMonitoringRow,
  parseMonitoringRow,
} from './columns.js';
import { recomputeListing, upsertRows } from './repo.js';
import { type MonitoringSubmitResult, MonitoringSubmitResultSchema } from './responses.js';
import { fileAnswer } from '../platform/api-schemas.js';

const MAX_ROWS = 2000;
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const tags = ['monitoring'];

export interface RowError {
  row: number;
  column: string;
  message: string;
}

type Cells = Partial<Record<MonitoringKey, string>>;

/** The rows of a sheet, as text by column key (row numbers as Excel shows them; empty rows skipped). */
function sheetRows(sheet: ExcelJS.Worksheet): { row: number; cells: Cells }[] {
  const header = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, c) => {
    header.set(cellText(cell.value).replace(/^\uFEFF/, ''), c);
  });
  const missing = MONITORING_COLUMNS.filter((c) => c.required && !header.has(c.header)).map((c) => c.header);
  if (missing.length)
    throw badRequest('IMPORT_HEADERS', `第 1 行缺少列：${missing.join('、')}（请使用平台提供的月度监测模板）`, {
      field: 'file',
      details: { missing },
      messageEn: `Row 1 lacks the columns ${missing.join(', ')}; use the template`,
    });
  const rows: { row: number; cells: Cells }[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells = Object.fromEntries(
      MONITORING_COLUMNS.map((c) => [
        c.key,
        header.has(c.header) ? cellText(row.getCell(header.get(c.header)!).value) : '',
      ]),
    ) as Cells;
    if (Object.values(cells).every((v) => v === '')) continue;
    rows.push({ row: r, cells });
  }
  return rows;
}

async function readFileRows(path: string, format: 'xlsx' | 'csv') {
  const wb = new (await loadExcelJS()).Workbook();
  let sheet: ExcelJS.Worksheet | undefined;
  try {
    if (format === 'xlsx') {
      await wb.xlsx.readFile(path);
      sheet = wb.getWorksheet(MONITORING_SHEET) ?? wb.worksheets[0];
    } else {
      // Every cell as its text: no guessing of dates or numbers by the CSV reader.
      sheet = await wb.csv.readFile(path, { map: (v: unknown) => String(v ?? '') } as never);
    }
  } catch {
    throw badRequest('UNREADABLE_FILE', '无法读取文件：请上传平台模板（.xlsx），或另存为 UTF-8 编码的 CSV', {
      field: 'file',
      messageEn: 'The file could not be read; upload the .xlsx template or a UTF-8 CSV',
    });
  }
  if (!sheet) throw badRequest('IMPORT_EMPTY', '工作簿中没有工作表', { field: 'file' });
  const rows = sheetRows(sheet);
  if (rows.length > MAX_ROWS)
    throw badRequest('IMPORT_TOO_MANY_ROWS', `每次最多导入 ${MAX_ROWS} 行，请拆分后导入`, { field: 'file' });
  return rows;
}

/** The JSON batch: each row an object of the template's keys (numbers or text). */
const cell = z.union([z.string().max(200), z.number(), z.null()]).optional();
const batchBody = z.object({
  rows: z
    .array(z.record(z.string(), cell), { error: '请提供 rows 数组' })
    .min(1, '请至少报送一行')
    .max(MAX_ROWS, `每次最多报送 ${MAX_ROWS} 行`),
});

const KEYS = new Set<string>(MONITORING_COLUMNS.map((c) => c.key));
function jsonCells(o: Record<string, string | number | null | undefined>): Cells {
  const out: Cells = {};
  for (const [k, v] of Object.entries(o)) {
    // The JSON may name the system by its id, code or name.
    const key = k === 'systemCode' || k === 'systemId' ? 'system' : k;
    if (KEYS.has(key) && v !== null && v !== undefined) out[key as MonitoringKey] = String(v);
  }
  return out;
}

/** Parses the rows, finds their systems (operating only), writes the good ones and lists the flagged systems. */
async function submitRows(
  app: ZApp,
  req: Parameters<typeof requirePermission>[0],
  userId: string,
  rows: readonly { row: number; cells: Cells }[],
  source: 'api' | 'xlsx' | 'csv',
  file: { fileName: string; sm3: string } | null,
): Promise<MonitoringSubmitResult> {
  const { db } = app.services;
  const thisMonth = monthOf(shanghaiDateOf(req.now));
  const errors: RowError[] = [];
  const parsed: { row: number; value: ParsedMonitoringRow }[] = [];
  for (const r of rows) {
    const p = parseMonitoringRow(r.cells, thisMonth);
    if (!p.row) for (const e of p.errors) errors.push({ row: r.row, column: headerOf(e.key), message: e.message });
    else parsed.push({ row: r.row, value: p.row });
  }
  const edition = editionForNew(req.now);
  return db.transaction(async (tx) => {
    const names = [...new Set(parsed.map((p) => p.value.system))];
    const uuids = names.filter((n) => z.uuid().safeParse(n).success);
    const found = names.length
      ? await tx
          .select({ id: systems.id, code: systems.code, name: systems.name, status: systems.status })
          .from(systems)
          .where(
            or(
              inArray(systems.code, names),
              inArray(systems.name, names),
              uuids.length ? inArray(systems.id, uuids) : undefined,
            ),
          )
      : [];
    const good: (ParsedMonitoringRow & { systemId: string })[] = [];
    const seen = new Map<string, number>();
    const system = headerOf('system');
    for (const p of parsed) {
      const t = p.value.system;
      const matches = found.filter((s) => s.id === t || s.code.toLowerCase() === t.toLowerCase() || s.name === t);
      const s = matches.length === 1 ? matches[0] : null;
      if (!s) {
        errors.push({
          row: p.row,
          column: system,
          message: matches.length ? `“${t}”对应多个系统，请填写系统编号` : `台账中找不到系统“${t}”`,
        });
        continue;
      }
      if (s.status !== 'operating') {
        errors.push({
          row: p.row,
          column: system,
          message: `系统“${s.code} ${s.name}”当前为“${SYSTEM_STATUSES[s.status].zh}”，仅运行中的系统报送月度监测（第三十二条）`,
        });
        continue;
      }
      const key = `${s.id} ${p.value.month}`;
      const first = seen.get(key);
      if (first !== undefined) {
        errors.push({ row: p.row, column: headerOf('month'), message: `与第 ${first} 行重复（同一系统同一月份）` });
        continue;
      }
      seen.set(key, p.row);
      good.push({ ...p.value, systemId: s.id });
    }
    const counts = await upsertRows(tx, good, source, userId, req.now);
    const systemIds = [...new Set(good.map((g) => g.systemId))];
    const listed = await recomputeListing(tx, req, systemIds, edition, req.now);
    errors.sort((a, b) => a.row - b.row);
    await auditTx(tx, req, {
      action: 'monitoring.submitted',
      outcome: 'success',
      targetType: 'monitoring',
      targetId: null,
      detail: {
        source,
        ...(file ?? {}),
        rows: rows.length,
        ...counts,
        errors: errors.length,
        systems: systemIds.length,
        listed: listed.map((l) => l.systemId),
        rule: 'R-MONITOR',
        article: 'Art.32',
      },
    });
    return { rows: rows.length, accepted: good.length, ...counts, errors, listed };
  });
}

export async function submitMonitoringRoutes(app: ZApp, store: FileStore) {
  const { db } = app.services;

  app.get(
    '/monitoring/template.xlsx',
    {
      schema: {
        tags,
        summary: '下载月度监测数据报送模板（.xlsx，含填写说明与运行中系统清单；第三十二条）',
        response: { 200: fileAnswer('月度监测数据报送模板 / Monthly monitoring template (.xlsx)', XLSX_TYPE) },
      },
    },
    async (req, reply) => {
      await requirePermission(req, 'monitoring.submit', 'monitoring.decide');
      const operating = await db
        .select({ code: systems.code, name: systems.name })
        .from(systems)
        .where(eq(systems.status, 'operating'))
        .orderBy(asc(systems.code));
      const name = '月度监测数据报送模板.xlsx';
      return reply
        .header('content-type', XLSX_TYPE)
        .header(
          'content-disposition',
          `attachment; filename="monitoring-template.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`,
        )
        .send(await buildMonitoringTemplate(operating, monthOf(shanghaiDateOf(req.now))));
    },
  );

  app.post(
    '/monitoring/rows',
    {
      schema: {
        tags,
        summary: '报送月度监测数据（区大数据中心，批量 JSON；第三十二条）',
        description:
          'rows：每行一个系统一个月，键同模板（system 或 systemCode/systemId、month、vcpuAllocated …）。有错误的行按序号（从 1 起）与列名列出，其余各行保存；同一系统同一月份再次报送即替换。',
        body: batchBody,
        response: { 200: MonitoringSubmitResultSchema },
      },
    },
    async (req) => {
      const auth = await requirePermission(req, 'monitoring.submit');
      const rows = req.body.rows.map((o, i) => ({ row: i + 1, cells: jsonCells(o) }));
      return submitRows(app, req, auth.user.id, rows, 'api', null);
    },
  );

  app.post(
    '/monitoring/import',
    {
      schema: {
        tags,
        summary: '上传月度监测数据（区大数据中心，.xlsx 或 .csv；第三十二条）',
        description: `multipart/form-data：一个 file（平台模板 .xlsx，或 UTF-8 CSV；上限 5 MB，最多 ${MAX_ROWS} 行）。有错误的行按行号与列名列出，其余各行保存。`,
        response: { 200: MonitoringSubmitResultSchema },
      },
    },
    async (req) => {
      const auth = await requirePermission(req, 'monitoring.submit');
      const file = await receiveWorkbook(req, store, { csv: true });
      let rows: Awaited<ReturnType<typeof readFileRows>>;
      try {
        rows = await readFileRows(file.path, file.format);
      } finally {
        await fsp.rm(file.path, { force: true });
      }
      return submitRows(app, req, auth.user.id, rows, file.format, { fileName: file.fileName, sm3: file.sm3 });
    },
  );
}
