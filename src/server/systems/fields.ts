// The fields of a system of the register as the API takes them (Art.2, 6, 7, 20): zod schemas with
// Chinese messages, shared by registration, editing and the .xlsx import, and the checks that need
// the database or the clock (a declarant owner, a date not in the future).
import { and, eq, ne } from 'drizzle-orm';
import { z } from 'zod';
import type { Db, Tx } from '../../db/client.js';
import { organizations, systems } from '../../db/schema.js';
import { SYSTEM_STATUSES, type SystemStatus } from '../../domain/delivery/systems.js';
import { defaultEdition } from '../../domain/editions/index.js';
import { AppError, badRequest } from '../errors.js';

/** Deployment modes of Art.6, from the edition (政务云 / 通过安全评估的云服务商 / 豁免). */
export const DEPLOYMENT_MODES = defaultEdition.lists.deploymentModes.value;
const deploymentCodes = DEPLOYMENT_MODES.map((m) => m.code) as [string, ...string[]];

/** What the data bureau may register an existing system as (the later statuses come from events). */
export const REGISTRABLE_STATUSES = ['building', 'trial', 'operating'] as const satisfies readonly SystemStatus[];
/** What the data bureau may set by editing: those, and 已淘汰 (Art.32); 退出 only through the exit. */
export const EDITABLE_STATUSES = [...REGISTRABLE_STATUSES, 'eliminated'] as const satisfies readonly SystemStatus[];

const statusList = (codes: readonly SystemStatus[]) => codes.map((c) => `${c}（${SYSTEM_STATUSES[c].zh}）`).join('、');
const count = (label: string) =>
  z
    .number({ error: `${label}须为整数` })
    .int(`${label}须为整数`)
    .min(0, `${label}不能为负数`)
    .max(1_000_000, `${label}过大`);

export const idParams = z.object({ id: z.uuid('无效的系统编号') });

export const isoDate = z.iso.date('日期格式应为 YYYY-MM-DD');

export const systemName = z.string().trim().min(2, '系统名称至少 2 个字').max(200, '系统名称不能超过 200 字');

/** Every field of a system, each optional and nullable where the column is. */
export const systemFields = {
  name: systemName,
  ownerOrgId: z.uuid('责任单位编号无效'),
  description: z.string().trim().max(5000, '系统简介不能超过 5000 字'),
  deployment: z.enum(deploymentCodes, { error: `部署方式须为 ${deploymentCodes.join(' / ')}` }).nullable(),
  cloudVcpu: count('vCPU').nullable(),
  cloudMemoryGb: count('内存（GB）').nullable(),
  cloudStorageGb: count('存储（GB）').nullable(),
  mlpsLevel: z
    .number({ error: '等保级别为 1–5 级' })
    .int('等保级别为 1–5 级')
    .min(1, '等保级别为 1–5 级')
    .max(5, '等保级别为 1–5 级')
    .nullable(),
  mlpsFilingNumber: z.string().trim().max(100, '等保备案号不能超过 100 字').nullable(),
  dataCollected: z.boolean({ error: '数据已归集须为 true 或 false' }),
  operationStartedOn: isoDate.nullable(),
};

export const registerBody = z.object({
  ...systemFields,
  description: systemFields.description.optional(),
  status: z
    .enum(REGISTRABLE_STATUSES, { error: `登记的状态须为 ${statusList(REGISTRABLE_STATUSES)}` })
    .default('operating'),
  deployment: systemFields.deployment.optional(),
  cloudVcpu: systemFields.cloudVcpu.optional(),
  cloudMemoryGb: systemFields.cloudMemoryGb.optional(),
  cloudStorageGb: systemFields.cloudStorageGb.optional(),
  mlpsLevel: systemFields.mlpsLevel.optional(),
  mlpsFilingNumber: systemFields.mlpsFilingNumber.optional(),
  dataCollected: systemFields.dataCollected.optional(),
  operationStartedOn: systemFields.operationStartedOn.optional(),
});
export type RegisterInput = z.infer<typeof registerBody>;

export const patchBody = z
  .object({
    ...systemFields,
    status: z.enum(EDITABLE_STATUSES, { error: `状态须为 ${statusList(EDITABLE_STATUSES)}` }),
  })
  .partial()
  .extend({ version: z.number().int().positive().optional() });
export type PatchInput = z.infer<typeof patchBody>;

/** What the owner unit edits itself: where the system runs and its 等保 (Art.6, 20). */
export const OWNER_EDITABLE = [
  'deployment',
  'cloudVcpu',
  'cloudMemoryGb',
  'cloudStorageGb',
  'mlpsLevel',
  'mlpsFilingNumber',
] as const satisfies readonly (keyof PatchInput)[];

/** 400 when a date lies after today (Shanghai). */
export function assertNotFuture(date: string | null | undefined, today: string, field: string, label: string) {
  if (date && date > today)
    throw badRequest('DATE_IN_FUTURE', `${label}不能晚于今天（${today}）`, {
      field,
      messageEn: `${field} cannot be after today (${today})`,
    });
}

/** The owner of a system is a declaring unit (系统使用单位 are the units that declare, Art.8–10). */
export async function assertDeclarantOrg(db: Db | Tx, orgId: string): Promise<void> {
  const [o] = await db
    .select({ roles: organizations.roles, disabled: organizations.disabled })
    .from(organizations)
    .where(eq(organizations.id, orgId));
  if (!o || o.disabled || !o.roles.includes('declarant'))
    throw badRequest('BAD_OWNER', '责任单位须为平台上的申报单位', {
      field: 'ownerOrgId',
      messageEn: 'The owner must be a declaring organisation',
    });
}

/** 409 when the owner already has a system of that name (one unit, one system of a name). */
export async function assertNameFree(db: Db | Tx, ownerOrgId: string, name: string, exceptId?: string) {
  const [dup] = await db
    .select({ code: systems.code })
    .from(systems)
    .where(
      and(eq(systems.ownerOrgId, ownerOrgId), eq(systems.name, name), exceptId ? ne(systems.id, exceptId) : undefined),
    );
  if (dup) throw duplicateSystem(name, dup.code);
}

export function duplicateSystem(name: string, code: string): AppError {
  return new AppError(409, 'SYSTEM_EXISTS', `该单位已登记同名系统“${name}”（${code}）`, {
    field: 'name',
    messageEn: `The owner already has a system named "${name}" (${code})`,
  });
}
