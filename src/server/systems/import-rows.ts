// Reading one row of the register's .xlsx import: each cell to its field, or a Chinese message that
// names what is wrong (the caller adds the row number and the column header). Pure: no I/O.
import type ExcelJS from 'exceljs';
import { formatIsoDate, isIsoDate, type IsoDate } from '../../domain/calendar/index.js';
import { SYSTEM_STATUSES, type SystemStatus } from '../../domain/delivery/systems.js';
import { DEPLOYMENT_MODES, REGISTRABLE_STATUSES } from './fields.js';
import type { ImportKey } from './import-columns.js';

export interface ImportOrg {
  id: string;
  code: string;
  name: string;
  roles: string[];
  disabled: boolean;
}

export interface ImportedSystem {
  name: string;
  ownerOrgId: string;
  description: string;
  status: SystemStatus;
  deployment: string | null;
  cloudVcpu: number | null;
  cloudMemoryGb: number | null;
  cloudStorageGb: number | null;
  mlpsLevel: number | null;
  mlpsFilingNumber: string | null;
  dataCollected: boolean;
  operationStartedOn: IsoDate | null;
}

/** The text of a cell, whatever exceljs made of it (rich text, hyperlink, formula result, date). */
export function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('richText' in v)
      return v.richText
        .map((r) => r.text)
        .join('')
        .trim();
    if ('formula' in v || 'sharedFormula' in v) return cellText((v as { result?: ExcelJS.CellValue }).result ?? null);
    if ('text' in v) return String(v.text).trim();
    return '';
  }
  return String(v).trim();
}

class CellError extends Error {}
const fail = (message: string): never => {
  throw new CellError(message);
};

const count = (t: string) => {
  if (!t) return null;
  if (!/^\d{1,7}$/.test(t) || Number(t) > 1_000_000) return fail('须为 0–1000000 的整数');
  return Number(t);
};

const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5 };

function mlpsLevel(t: string): number | null {
  if (!t) return null;
  const m = /^第?([1-5一二三四五])级?$/.exec(t);
  return m ? (CN_DIGITS[m[1]] ?? Number(m[1])) : fail('等保级别须为 1–5');
}

function status(t: string): SystemStatus {
  if (!t) return 'operating';
  const hit = REGISTRABLE_STATUSES.find((s) => s === t || SYSTEM_STATUSES[s].zh === t);
  return hit ?? fail(`状态须为${REGISTRABLE_STATUSES.map((s) => `“${SYSTEM_STATUSES[s].zh}”`).join('、')}之一`);
}

function deployment(t: string): string | null {
  if (!t) return null;
  const hit = DEPLOYMENT_MODES.find((m) => m.code === t || m.zh === t) ?? (t === '豁免' ? { code: 'exempt' } : null);
  return hit ? hit.code : fail(`部署方式须为${DEPLOYMENT_MODES.map((m) => `“${m.zh}”`).join('、')}之一`);
}

function yesNo(t: string): boolean {
  if (!t || ['否', 'false', 'FALSE', '0', 'N', 'n'].includes(t)) return false;
  if (['是', 'true', 'TRUE', '1', 'Y', 'y'].includes(t)) return true;
  return fail('须为“是”或“否”');
}

function date(t: string, today: IsoDate): IsoDate | null {
  if (!t) return null;
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(t);
  const d = m ? formatIsoDate(Number(m[1]), Number(m[2]), Number(m[3])) : '';
  if (!isIsoDate(d)) return fail('日期格式应为 YYYY-MM-DD');
  return d > today ? fail(`不能晚于今天（${today}）`) : d;
}

function text(t: string, min: number, max: number, label: string): string {
  if (t.length < min) return fail(min === 1 ? `请填写${label}` : `${label}至少 ${min} 个字`);
  return t.length > max ? fail(`${label}不能超过 ${max} 字`) : t;
}

function owner(t: string, orgs: readonly ImportOrg[]): string {
  if (!t) return fail('请填写责任单位');
  const o = orgs.find((x) => x.code.toLowerCase() === t.toLowerCase()) ?? orgs.find((x) => x.name === t);
  if (!o) return fail(`找不到单位“${t}”（请填写平台上的单位代码或全称）`);
  if (o.disabled || !o.roles.includes('declarant')) return fail(`“${o.name}”不是申报单位，不能作为系统责任单位`);
  return o.id;
}

/** A row's fields, or every cell that is wrong (by column key). */
export function parseImportRow(
  cells: Readonly<Record<ImportKey, string>>,
  ctx: { orgs: readonly ImportOrg[]; today: IsoDate },
): { system: ImportedSystem; errors: [] } | { system: null; errors: { key: ImportKey; message: string }[] } {
  const errors: { key: ImportKey; message: string }[] = [];
  const read = <T>(key: ImportKey, f: (t: string) => T): T => {
    try {
      return f(cells[key]);
    } catch (err) {
      if (!(err instanceof CellError)) throw err;
      errors.push({ key, message: err.message });
      return null as T;
    }
  };
  const system: ImportedSystem = {
    name: read('name', (t) => text(t, 2, 200, '系统名称')),
    ownerOrgId: read('owner', (t) => owner(t, ctx.orgs)),
    description: read('description', (t) => text(t, 0, 5000, '系统简介')),
    status: read('status', status),
    deployment: read('deployment', deployment),
    cloudVcpu: read('cloudVcpu', count),
    cloudMemoryGb: read('cloudMemoryGb', count),
    cloudStorageGb: read('cloudStorageGb', count),
    mlpsLevel: read('mlpsLevel', mlpsLevel),
    mlpsFilingNumber: read('mlpsFilingNumber', (t) => text(t, 0, 100, '等保备案号') || null),
    dataCollected: read('dataCollected', yesNo),
    operationStartedOn: read('operationStartedOn', (t) => date(t, ctx.today)),
  };
  return errors.length ? { system: null, errors } : { system, errors: [] };
}
