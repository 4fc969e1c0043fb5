// The columns of the monthly monitoring template (月度监测数据, Art.32) and the reading of one row: each
// cell to its field, or a Chinese message naming what is wrong (the caller adds the row number and the
// column header). The same reading serves the batch JSON, the .xlsx and the .csv. Pure: no I/O.
import { loadExcelJS } from '../exports/format.js';
import { isMonthKey, type MonitoringMonth, type MonthKey } from '../../domain/oversight/monitoring.js';

export type MonitoringKey =
  | 'system'
  | 'month'
  | 'vcpuAllocated'
  | 'vcpuUsed'
  | 'memoryAllocatedGb'
  | 'memoryUsedGb'
  | 'storageAllocatedGb'
  | 'storageUsedGb'
  | 'availabilityPercent'
  | 'activeUsers'
  | 'calls'
  | 'findingsCritical'
  | 'findingsHigh'
  | 'findingsMedium'
  | 'findingsLow';

export interface MonitoringColumn {
  key: MonitoringKey;
  header: string;
  required: boolean;
  allowed: string;
  help: string;
  width: number;
}

const col = (
  key: MonitoringKey,
  header: string,
  required: boolean,
  allowed: string,
  help: string,
  width = 14,
): MonitoringColumn => ({ key, header, required, allowed, help, width });

export const MONITORING_COLUMNS: readonly MonitoringColumn[] = [
  col(
    'system',
    '系统编号',
    true,
    '台账中的系统编号（如 XT-0001）或系统全称',
    '仅“运行中”的系统报送月度监测（第三十二条）',
    16,
  ),
  col('month', '监测月份', true, 'YYYY-MM，不晚于本月', '同一系统同一月份再次报送即替换原数据', 12),
  col('vcpuAllocated', '分配vCPU(核)', true, '非负整数', '政务云分配的虚拟 CPU 核数'),
  col('vcpuUsed', '平均使用vCPU(核)', true, '非负数，不超过分配数', '当月平均使用的 vCPU；使用率 = 使用 / 分配', 16),
  col('memoryAllocatedGb', '分配内存(GB)', true, '非负数', ''),
  col('memoryUsedGb', '已用内存(GB)', true, '非负数，不超过分配数', '当月平均'),
  col('storageAllocatedGb', '分配存储(GB)', true, '非负数', ''),
  col('storageUsedGb', '已用存储(GB)', true, '非负数，不超过分配数', '月末'),
  col('availabilityPercent', '可用率(%)', true, '0–100，可带 %', '当月系统可正常访问的时间占比'),
  col('activeUsers', '活跃用户数', true, '非负整数', '当月登录或使用系统的用户数'),
  col('calls', '调用次数', true, '非负整数', '当月接口或服务调用次数'),
  col('findingsCritical', '严重安全问题(项)', false, '非负整数，留空为 0', '月末仍未整改的严重安全问题', 16),
  col('findingsHigh', '高危安全问题(项)', false, '非负整数，留空为 0', '月末仍未整改的高危安全问题', 16),
  col('findingsMedium', '中危安全问题(项)', false, '非负整数，留空为 0', '', 16),
  col('findingsLow', '低危安全问题(项)', false, '非负整数，留空为 0', '', 16),
];

export const MONITORING_SHEET = '月度监测';
export const headerOf = (key: MonitoringKey) => MONITORING_COLUMNS.find((c) => c.key === key)!.header;

/** A row's fields; `system` is still the text given (the caller finds the system). */
export type ParsedMonitoringRow = Omit<MonitoringMonth, 'month'> & { month: MonthKey; system: string };

class CellError extends Error {}
const fail = (message: string): never => {
  throw new CellError(message);
};

const MAX = 100_000_000;

function number(t: string, integer: boolean, required: boolean): number {
  if (!t) return required ? fail('请填写') : 0;
  const s = t.replace(/[,，\s]/g, '');
  if (!/^\d+(\.\d+)?$/.test(s)) return fail(integer ? '须为非负整数' : '须为非负数');
  const n = Number(s);
  if (integer && !Number.isInteger(n)) return fail('须为非负整数');
  return n > MAX ? fail(`不能超过 ${MAX}`) : n;
}

function percent(t: string): number {
  const n = number(t.replace(/[%％]$/, ''), false, true);
  return n > 100 ? fail('可用率须在 0–100 之间') : n;
}

/** 'YYYY-MM', also 2026/5, 2026年5月, or a date (an Excel date cell) of that month; not after this month. */
function month(t: string, thisMonth: MonthKey): MonthKey {
  if (!t) return fail('请填写监测月份');
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*(?:月|[-/.]\s*\d{1,2}\s*日?)?$/.exec(t);
  const key = m ? `${m[1]}-${m[2].padStart(2, '0')}` : '';
  if (!isMonthKey(key)) return fail('月份格式应为 YYYY-MM');
  return key > thisMonth ? fail(`不能晚于本月（${thisMonth}）`) : key;
}

/** A row's fields, or every cell that is wrong (by column key). */
export function parseMonitoringRow(
  cells: Readonly<Partial<Record<MonitoringKey, string>>>,
  thisMonth: MonthKey,
): { row: ParsedMonitoringRow; errors: [] } | { row: null; errors: { key: MonitoringKey; message: string }[] } {
  const errors: { key: MonitoringKey; message: string }[] = [];
  const read = <T>(key: MonitoringKey, f: (t: string) => T): T => {
    try {
      return f((cells[key] ?? '').trim());
    } catch (err) {
      if (!(err instanceof CellError)) throw err;
      errors.push({ key, message: err.message });
      return null as T;
    }
  };
  const int = (key: MonitoringKey, required = true) => read(key, (t) => number(t, true, required));
  const num = (key: MonitoringKey) => read(key, (t) => number(t, false, true));
  const row: ParsedMonitoringRow = {
    system: read('system', (t) => (t ? t : fail('请填写系统编号'))),
    month: read('month', (t) => month(t, thisMonth)),
    vcpuAllocated: int('vcpuAllocated'),
    vcpuUsed: num('vcpuUsed'),
    memoryAllocatedGb: num('memoryAllocatedGb'),
    memoryUsedGb: num('memoryUsedGb'),
    storageAllocatedGb: num('storageAllocatedGb'),
    storageUsedGb: num('storageUsedGb'),
    availabilityPercent: read('availabilityPercent', percent),
    activeUsers: int('activeUsers'),
    calls: int('calls'),
    findings: {
      critical: int('findingsCritical', false),
      high: int('findingsHigh', false),
      medium: int('findingsMedium', false),
      low: int('findingsLow', false),
    },
  };
  const over = (used: MonitoringKey, usedN: number | null, allocated: number | null, what: string) => {
    if (usedN !== null && allocated !== null && usedN > allocated)
      errors.push({ key: used, message: `${what}不能超过分配数（${allocated}）` });
  };
  over('vcpuUsed', row.vcpuUsed, row.vcpuAllocated, '使用 vCPU');
  over('memoryUsedGb', row.memoryUsedGb, row.memoryAllocatedGb, '已用内存');
  over('storageUsedGb', row.storageUsedGb, row.storageAllocatedGb, '已用存储');
  return errors.length ? { row: null, errors } : { row, errors: [] };
}

/** The template: the monitoring sheet with its headers and an example of the systems to report, and the explanations. */
export async function buildMonitoringTemplate(
  systems: readonly { code: string; name: string }[],
  exampleMonth: MonthKey,
): Promise<Buffer> {
  const wb = new (await loadExcelJS()).Workbook();
  wb.creator = '宿城区信息化项目管理平台';
  const sheet = wb.addWorksheet(MONITORING_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = MONITORING_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  const head = sheet.getRow(1);
  head.font = { bold: true };
  MONITORING_COLUMNS.forEach((c, i) => {
    if (c.required) head.getCell(i + 1).font = { bold: true, color: { argb: 'FFC00000' } };
  });
  // One line per operating system with its code and the month, to fill in.
  for (const s of systems) sheet.addRow({ system: s.code, month: exampleMonth });
  const help = wb.addWorksheet('填写说明');
  help.columns = [
    { header: '列名', key: 'header', width: 22 },
    { header: '是否必填', key: 'required', width: 10 },
    { header: '允许的值', key: 'allowed', width: 36 },
    { header: '说明', key: 'help', width: 56 },
  ];
  help.getRow(1).font = { bold: true };
  for (const c of MONITORING_COLUMNS)
    help.addRow({ header: c.header, required: c.required ? '必填' : '选填', allowed: c.allowed, help: c.help });
  help.addRow({});
  help.addRow({
    header: '说明',
    help: `从“${MONITORING_SHEET}”第 2 行起每行一个系统一个月；空行忽略。也可另存为 CSV（UTF-8）上传。`,
  });
  help.addRow({ help: '有错误的行不导入，并按行号和列名列出原因；其余各行照常导入。' });
  help.addRow({
    help: '第三十二条：对云资源使用率低、长期闲置、无法正常使用、存在严重安全隐患的系统实行淘汰退出机制。',
  });
  const list = wb.addWorksheet('运行中系统清单');
  list.columns = [
    { header: '系统编号', key: 'code', width: 16 },
    { header: '系统名称', key: 'name', width: 40 },
  ];
  list.getRow(1).font = { bold: true };
  for (const s of systems) list.addRow(s);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
