// The declaration form (SPEC §2, Art.10(1)) as the API accepts it. Drafts autosave, so every part
// may be missing; types and ranges are always checked (money: non-negative integer fen).
import { z } from 'zod';
import { defaultEdition } from '../../domain/editions/index.js';

const ed = defaultEdition;
const codes = <T extends { code: string }>(items: readonly T[]) => items.map((i) => i.code) as [string, ...string[]];

export const fen = z
  .number({ error: '金额须为数字（单位：分）' })
  .int('金额须为整数分')
  .min(0, '金额不能为负数')
  .max(Number.MAX_SAFE_INTEGER, '金额过大');
const text = (max: number) => z.string().trim().max(max, `不能超过 ${max} 字`);
const optText = (max: number) => text(max).nullable().default(null);

export const categoryEnum = z.enum(codes(ed.lists.categories.value), { error: '项目类别无效' });
export const kindEnum = z.enum(codes(ed.lists.kinds.value), { error: '建设性质无效' });

export const declarationFormSchema = z.object({
  fundingSources: z
    .array(z.object({ source: z.enum(codes(ed.lists.fundingSources.value)), amountFen: fen }))
    .max(10)
    .default([]),
  budgetBreakdown: z
    .object(Object.fromEntries(ed.lists.budgetItems.value.map((b) => [b.code, fen.optional()])))
    .default({}),
  yearlyBudgets: z
    .array(z.object({ year: z.number().int().min(2000).max(2100), amountFen: fen }))
    .max(10)
    .default([]),
  dataResources: z
    .array(
      z.object({
        name: text(200),
        costFen: fen.nullable(),
        catalogueRef: text(100).nullish(),
        description: text(2000).nullish(),
      }),
    )
    .max(500)
    .default([]),
  sharingList: z
    .array(
      z.object({
        item: text(200),
        direction: z.enum(['provide', 'consume', 'open']),
        interface: text(200),
        frequency: text(100),
      }),
    )
    .max(500)
    .default([]),
  deployment: z
    .object({
      mode: z.enum(codes(ed.lists.deploymentModes.value)).nullable(),
      provider: text(200).nullish(),
      assessmentRef: text(200).nullish(),
      exemptBasis: text(2000).nullish(),
    })
    .default({ mode: null }),
  commonPlatforms: z
    .array(z.enum(codes(ed.lists.commonPlatforms.value)))
    .max(20)
    .default([]),
  commonPlatformsNoneReason: optText(2000),
  scenario: z
    .object({ area: z.enum(codes(ed.lists.scenarioAreas.value)).nullable(), description: text(5000) })
    .nullable()
    .default(null),
  classifiedSplitStatement: optText(5000),
  mlpsLevel: z.number().int().min(1, '等保级别为 1–5 级').max(5, '等保级别为 1–5 级').nullable().default(null),
  cryptoPlan: optText(5000),
  secureReliableStatement: optText(5000),
  declaredItems: z.array(text(40)).max(50).default([]),
  planChapters: z.array(text(40)).max(50).default([]),
  // The project or the system continued (续建) or maintained (Art.7, 32). When the platform knows the
  // system (named, or built by the named project), its recorded sharing decides, not sharingFulfilled.
  predecessor: z
    .object({
      projectId: z.uuid('前序项目编号无效').nullable().default(null),
      systemId: z.uuid('前序系统编号无效').nullable().default(null),
      name: text(200),
      sharingFulfilled: z.boolean(),
    })
    .nullable()
    .default(null),
  urgentBasis: z
    .object({ level: z.enum(codes(ed.params.urgentLevels.value)), text: text(2000) })
    .nullable()
    .default(null),
  performanceTargets: z
    .array(z.object({ indicator: text(200), target: text(500) }))
    .max(50)
    .default([]),
  contactName: text(50).nullish(),
  contactPhone: text(30).nullish(),
});

export type DeclarationForm = z.infer<typeof declarationFormSchema>;

/** The project's own fields beside the form. */
export const projectFieldsSchema = z.object({
  name: text(100).min(2, '项目名称至少 2 个字'),
  category: categoryEnum.nullable(),
  kind: kindEnum.nullable(),
  classified: z.boolean(),
  totalFen: fen,
  leadOrgId: z.uuid().nullable(),
  coOrgIds: z.array(z.uuid()).max(20),
});

export function emptyForm(): DeclarationForm {
  return declarationFormSchema.parse({});
}
