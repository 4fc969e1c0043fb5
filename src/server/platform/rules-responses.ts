// What GET /rules answers (issue 13): the rule catalogue of an edition of the Measures with every
// parameter in force, each with its article, its effective date and the regulation's words (Art.36).
// The serializer checks the answer against these; the OpenAPI document and the web's types
// (src/web/api/openapi.d.ts) are generated from them.
import { z } from 'zod';
import { LEGAL_NUMBER_WORDS } from '../../domain/editions/types.js';
import { RULE_IDS, RULE_STAGES } from '../../domain/rules/types.js';
import { isoDate } from './api-schemas.js';

/** A coded list item of an edition: the code in data and the API, and its labels. */
export const LabelledSchema = z.object({ code: z.string(), zh: z.string(), en: z.string() }).meta({ id: 'Labelled' });

/** A month-day with the local time (Asia/Shanghai); yearOffset relative to the plan year where it has one. */
const AnnualDateSchema = z.object({
  month: z.number().int(),
  day: z.number().int(),
  time: z.string(),
  yearOffset: z.number().int().optional(),
});

/** What a parameter's value may be: a number (money in fen, a count, a percentage), codes, a coded list, a day of the year, or numbers by code. */
const ParamValueSchema = z.union([
  z.number(),
  z.array(z.string()).readonly(),
  z.array(LabelledSchema).readonly(),
  AnnualDateSchema,
  z.record(z.string(), z.number()).readonly(),
]);

/** One parameter with its legal source (editions/types.ts Param, Threshold, Duration). */
export const EditionParamSchema = z
  .object({
    value: ParamValueSchema,
    /** Citation, e.g. Art.10(1)4. */
    article: z.string(),
    effective: isoDate,
    /** The regulation's own words (zh-CN). */
    note: z.string(),
    noteEn: z.string(),
    /** The legal number word of a line: on which side the line itself falls (SPEC §4). */
    word: z.enum(LEGAL_NUMBER_WORDS).optional(),
    /** The unit of a period. */
    unit: z.enum(['working_day', 'month', 'year']).optional(),
  })
  .meta({ id: 'EditionParam' });

/** A coded list of the edition with its article (categories, kinds, funding sources …). */
export const ListParamSchema = EditionParamSchema.pick({ article: true, effective: true, note: true, noteEn: true })
  .extend({ value: z.array(LabelledSchema).readonly() })
  .meta({ id: 'ListParam' });

export const RuleEntrySchema = z
  .object({
    id: z.enum(RULE_IDS),
    article: z.string(),
    stage: z.enum(RULE_STAGES),
    severity: z.enum(['block', 'warn', 'info']),
    effects: z.array(z.enum(['block', 'warn', 'info', 'record', 'overdue', 'route'])).readonly(),
    title: z.string(),
    titleEn: z.string(),
    /**
     * What the rule reads, as in force in the edition: mostly edition parameters (EditionParam), some
     * the rule's own tables (the simplified paths of Art.12, the MLPS levels). Open by design
     * (RuleMeta.params), so not described further.
     */
    params: z.record(
      z.string(),
      z.unknown().meta({ description: '参数（多为 EditionParam） / a parameter (mostly an EditionParam)' }),
    ),
    /** Whether the platform evaluates the rule somewhere (else it is recorded or routed only). */
    checked: z.boolean(),
  })
  .meta({ id: 'RuleEntry' });

const LIST_KEYS = [
  'categories',
  'kinds',
  'fundingSources',
  'deploymentModes',
  'budgetItems',
  'scenarioAreas',
  'commonPlatforms',
  'jointReviewParties',
  'forbiddenItems',
  'requiredMaterials',
  'planContents',
  'requiredChapters',
] as const;

export const RulesCatalogueSchema = z
  .object({
    edition: z.object({
      id: z.string(),
      title: z.string(),
      titleEn: z.string(),
      issuer: z.string(),
      issued: isoDate,
      effective: isoDate,
    }),
    /** Every edition the platform knows, and the one in force today (a new call is made under it, Art.36). */
    editions: z.array(
      z.object({ id: z.string(), title: z.string(), effective: isoDate, isDefault: z.boolean(), inForce: z.boolean() }),
    ),
    rules: z.array(RuleEntrySchema),
    /** The edition's parameters by name (declarationDeadline, ndrcLine, revisionPeriod …). */
    parameters: z.record(z.string(), EditionParamSchema),
    lists: z.object(
      Object.fromEntries(LIST_KEYS.map((k) => [k, ListParamSchema])) as Record<
        (typeof LIST_KEYS)[number],
        typeof ListParamSchema
      >,
    ),
  })
  .meta({ id: 'RulesCatalogue' });
export type RulesCatalogue = z.output<typeof RulesCatalogueSchema>;
