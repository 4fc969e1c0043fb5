// The columns of the register's .xlsx import (existing systems, Art.2 "已建、在建", Art.32 清理、规范和
// 整合): one table read by the template (Chinese headers, a sheet explaining each column) and by the
// parser (each cell to a field, or the message naming what is wrong). Pure: no I/O.
import { loadExcelJS } from '../exports/format.js';
import { SYSTEM_STATUSES } from '../../domain/delivery/systems.js';
import { DEPLOYMENT_MODES, REGISTRABLE_STATUSES } from './fields.js';

export type ImportKey =
  | 'name'
  | 'owner'
  | 'description'
  | 'status'
  | 'deployment'
  | 'cloudVcpu'
  | 'cloudMemoryGb'
  | 'cloudStorageGb'
  | 'mlpsLevel'
  | 'mlpsFilingNumber'
  | 'dataCollected'
  | 'operationStartedOn';

export interface ImportColumn {
  key: ImportKey;
  header: string;
  required: boolean;
  allowed: string;
  help: string;
  width: number;
  /** A drop-down list in the template. */
  list?: readonly string[];
}

const statusLabels = REGISTRABLE_STATUSES.map((s) => SYSTEM_STATUSES[s].zh);
const deploymentLabels = DEPLOYMENT_MODES.map((m) => m.zh);
const YES_NO = ['是', '否'] as const;

export const IMPORT_COLUMNS: readonly ImportColumn[] = [
  {
    key: 'name',
    header: '系统名称',
    required: true,
    allowed: '2–200 字',
    help: '系统的正式名称；同一责任单位不能有两个同名系统',
    width: 30,
  },
  {
    key: 'owner',
    header: '责任单位（代码或名称）',
    required: true,
    allowed: '平台上的申报单位：单位代码或全称（见“申报单位清单”）',
    help: '系统使用单位，负责运维报表、安全测评与退出（第三十条、第三十三条）',
    width: 30,
  },
  {
    key: 'description',
    header: '系统简介',
    required: false,
    allowed: '不超过 5000 字',
    help: '主要功能与服务对象',
    width: 40,
  },
  {
    key: 'status',
    header: '状态',
    required: false,
    allowed: statusLabels.join('、'),
    help: '留空为“运行中”；已淘汰或退出的系统不导入',
    width: 12,
    list: statusLabels,
  },
  {
    key: 'deployment',
    header: '部署方式',
    required: false,
    allowed: deploymentLabels.join('、'),
    help: '第六条：原则上部署在政务云；其他云须为通过云计算服务安全评估的服务商',
    width: 28,
    list: deploymentLabels,
  },
  { key: 'cloudVcpu', header: 'vCPU', required: false, allowed: '非负整数', help: '分配的虚拟 CPU 核数', width: 10 },
  {
    key: 'cloudMemoryGb',
    header: '内存(GB)',
    required: false,
    allowed: '非负整数',
    help: '分配的内存，单位 GB',
    width: 10,
  },
  {
    key: 'cloudStorageGb',
    header: '存储(GB)',
    required: false,
    allowed: '非负整数',
    help: '分配的存储，单位 GB',
    width: 10,
  },
  {
    key: 'mlpsLevel',
    header: '等保级别',
    required: false,
    allowed: '1–5（也可写“三级”“第三级”）',
    help: '网络安全等级保护级别（第二十条）',
    width: 10,
    list: ['1', '2', '3', '4', '5'],
  },
  {
    key: 'mlpsFilingNumber',
    header: '等保备案号',
    required: false,
    allowed: '不超过 100 字',
    help: '公安机关出具的备案证明编号',
    width: 20,
  },
  {
    key: 'dataCollected',
    header: '数据已归集',
    required: false,
    allowed: '是、否（留空为否）',
    help: '数据已归集至全市一体化公共数据平台（第七条）',
    width: 12,
    list: YES_NO,
  },
  {
    key: 'operationStartedOn',
    header: '上线运行日期',
    required: false,
    allowed: 'YYYY-MM-DD 日期，不晚于今天',
    help: '首个运维期自该日起算（第三十三条）；运行中的系统请填写',
    width: 14,
  },
];

export const IMPORT_SHEET = '系统台账';
export const IMPORT_HELP_SHEET = '填写说明';

/** The template: the register sheet with its headers and drop-downs, the explanations, the declaring units. */
export async function buildImportTemplate(declarants: readonly { code: string; name: string }[]): Promise<Buffer> {
  const wb = new (await loadExcelJS()).Workbook();
  wb.creator = '宿城区信息化项目管理平台';
  const sheet = wb.addWorksheet(IMPORT_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = IMPORT_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  const head = sheet.getRow(1);
  head.font = { bold: true };
  IMPORT_COLUMNS.forEach((c, i) => {
    if (c.required) head.getCell(i + 1).font = { bold: true, color: { argb: 'FFC00000' } };
    if (!c.list) return;
    const formula = `"${c.list.join(',')}"`;
    for (let r = 2; r <= 501; r++)
      sheet.getCell(r, i + 1).dataValidation = { type: 'list', allowBlank: true, formulae: [formula] };
  });
  const help = wb.addWorksheet(IMPORT_HELP_SHEET);
  help.columns = [
    { header: '列名', key: 'header', width: 24 },
    { header: '是否必填', key: 'required', width: 10 },
    { header: '允许的值', key: 'allowed', width: 44 },
    { header: '说明', key: 'help', width: 60 },
  ];
  help.getRow(1).font = { bold: true };
  for (const c of IMPORT_COLUMNS)
    help.addRow({ header: c.header, required: c.required ? '必填' : '选填', allowed: c.allowed, help: c.help });
  help.addRow({});
  help.addRow({ header: '说明', help: `从“${IMPORT_SHEET}”第 2 行起每行一个系统；空行忽略。` });
  help.addRow({ help: '有错误的行不导入，并按行号和列名列出原因；其余各行照常导入。' });
  help.addRow({ help: '台账中已有的同一责任单位同名系统报“已存在”，不会重复登记。' });
  const units = wb.addWorksheet('申报单位清单');
  units.columns = [
    { header: '单位代码', key: 'code', width: 24 },
    { header: '单位名称', key: 'name', width: 40 },
  ];
  units.getRow(1).font = { bold: true };
  for (const d of declarants) units.addRow(d);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
