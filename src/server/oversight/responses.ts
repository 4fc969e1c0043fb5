// What the oversight chapter answers (Art.22, 31, 33; issue 13): performance evaluations, third-party
// assignments, spot-check draws, oversight requests, the sanctions in force and the project's
// 绩效评价与整改 panel. The serializer checks each answer against these; the OpenAPI document and the
// web's types (src/web/api/openapi.d.ts) are generated from them.
import { z } from 'zod';
import { EVALUATION_KINDS, TARGET_RESULTS } from '../../domain/oversight/evaluation.js';
import { OVERSIGHT_REQUEST_KINDS, SPOT_CHECK_POPULATIONS } from '../../domain/oversight/requests.js';
import { RECTIFICATION_DECISIONS, SANCTION_LEVELS } from '../../domain/oversight/sanctions.js';
import { int, isoDate, isoDateTime, keysOf, StageSchema, uuid } from '../platform/api-schemas.js';
import { DeadlineRuleSchema } from '../projects/delivery-responses.js';

export const SanctionLevelSchema = keysOf(SANCTION_LEVELS).meta({ id: 'SanctionLevel' });
export const SpotCheckPopulationSchema = keysOf(SPOT_CHECK_POPULATIONS).meta({ id: 'SpotCheckPopulation' });

/** A performance target declared with the project (SPEC §2 绩效目标). */
export const DeclaredTargetSchema = z
  .object({ indicator: z.string(), target: z.string() })
  .meta({ id: 'DeclaredTarget' });

/** A sanction level with its labels, article and rank on the ladder (Art.33). */
const sanctionLabels = { zh: z.string(), en: z.string(), article: z.string(), rank: int };

/** 绩效评价 (Art.33): the declared targets scored one by one, with a score of 0–100. */
export const PerformanceEvaluationSchema = z
  .object({
    id: uuid,
    projectId: uuid,
    kind: keysOf(EVALUATION_KINDS),
    assignmentId: uuid.nullable(),
    year: int,
    targets: z.array(DeclaredTargetSchema.extend({ result: keysOf(TARGET_RESULTS), note: z.string() })),
    score: int,
    summary: z.string(),
    documentId: uuid.nullable(),
    /** Some target partly or not met: a rectification is owed (R-RECTIFY). */
    targetsUnmet: z.boolean(),
    evaluatorOrgId: uuid,
    evaluatedBy: uuid,
    evaluatedAt: isoDateTime,
  })
  .meta({ id: 'PerformanceEvaluation' });
export type PerformanceEvaluation = z.output<typeof PerformanceEvaluationSchema>;

/** 第三方专项绩效评估 (Art.33): a key project's evaluation of a year, assigned to an evaluator organisation. */
export const EvaluationAssignmentSchema = z
  .object({
    id: uuid,
    projectId: uuid,
    evaluatorOrgId: uuid,
    year: int,
    note: z.string(),
    assignedBy: uuid,
    assignedAt: isoDateTime,
    evaluationId: uuid.nullable(),
    completedAt: isoDateTime.nullable(),
  })
  .meta({ id: 'EvaluationAssignment' });
export type EvaluationAssignment = z.output<typeof EvaluationAssignmentSchema>;

/** GET /evaluation-assignments: each with the evaluator's name, the score filed and the project's targets. */
export const EvaluationAssignmentListSchema = z
  .object({
    items: z.array(
      EvaluationAssignmentSchema.extend({
        evaluator: z.string(),
        score: int.nullable(),
        project: z.object({
          id: uuid,
          code: z.string(),
          name: z.string(),
          stage: StageSchema,
          targets: z.array(DeclaredTargetSchema),
        }),
      }),
    ),
  })
  .meta({ id: 'EvaluationAssignmentList' });

/** 限期整改 (Art.33): the order, the owner's report, the data bureau's judgement. */
export const RectificationOrderSchema = z
  .object({
    id: uuid,
    projectId: uuid,
    round: int,
    evaluationId: uuid.nullable(),
    reason: z.string(),
    orderedOn: isoDate,
    deadline: isoDate,
    /** The rule that produced the deadline, or null when the data bureau named the day. */
    deadlineRule: DeadlineRuleSchema.nullable(),
    orderedBy: uuid,
    orderedAt: isoDateTime,
    answer: z.string().nullable(),
    answerDocumentId: uuid.nullable(),
    answeredBy: uuid.nullable(),
    answeredAt: isoDateTime.nullable(),
    decision: keysOf(RECTIFICATION_DECISIONS).nullable(),
    decisionNote: z.string().nullable(),
    decidedBy: uuid.nullable(),
    decidedAt: isoDateTime.nullable(),
  })
  .meta({ id: 'RectificationOrder' });
export type RectificationOrder = z.output<typeof RectificationOrderSchema>;

/** A step of the ladder (通报批评 → 暂缓拨付 → 暂停 → 终止) or its lifting, who decided it and when. */
export const SanctionStepSchema = z
  .object({
    seq: int,
    projectId: uuid,
    orderId: uuid,
    step: z.union([SanctionLevelSchema, z.literal('lifted')]),
    /** The project's level after the step (null: none). */
    levelAfter: SanctionLevelSchema.nullable(),
    reason: z.string(),
    decidedBy: uuid,
    decidedByOrgId: uuid,
    decidedAt: isoDateTime,
  })
  .meta({ id: 'SanctionStep' });
export type SanctionStep = z.output<typeof SanctionStepSchema>;

/** 过程指导与监督 (Art.22, 31): an oversight bureau's request or guidance note, and the owner's answer. */
export const OversightRequestSchema = z
  .object({
    id: uuid,
    projectId: uuid,
    fromOrgId: uuid,
    kind: keysOf(OVERSIGHT_REQUEST_KINDS),
    subject: z.string(),
    body: z.string(),
    answerDue: isoDate.nullable(),
    sentBy: uuid,
    sentAt: isoDateTime,
    answer: z.string().nullable(),
    answerDocumentId: uuid.nullable(),
    answeredBy: uuid.nullable(),
    answeredAt: isoDateTime.nullable(),
  })
  .meta({ id: 'OversightRequest' });
export type OversightRequest = z.output<typeof OversightRequestSchema>;

/** GET /oversight-requests: the bureau's own requests, each with its project. */
export const OversightRequestListSchema = z
  .object({
    items: z.array(
      OversightRequestSchema.extend({ project: z.object({ id: uuid, code: z.string(), name: z.string() }) }),
    ),
  })
  .meta({ id: 'OversightRequestList' });

/** GET /projects/:id/oversight: the project's 绩效评价与整改 panel. */
export const OversightPanelDataSchema = z
  .object({
    projectId: uuid,
    stage: StageSchema,
    targets: z.array(DeclaredTargetSchema),
    /** The sanction in force (null: none, or lifted). */
    sanction: z.object({ level: SanctionLevelSchema, ...sanctionLabels }).nullable(),
    evaluations: z.array(
      PerformanceEvaluationSchema.extend({
        evaluatedByName: z.string().nullable(),
        evaluatorOrg: z.string().nullable(),
      }),
    ),
    assignments: z.array(EvaluationAssignmentSchema.extend({ evaluator: z.string().nullable() })),
    orders: z.array(
      RectificationOrderSchema.extend({
        orderedByName: z.string().nullable(),
        answeredByName: z.string().nullable(),
        decidedByName: z.string().nullable(),
      }),
    ),
    steps: z.array(
      SanctionStepSchema.extend({ decidedByName: z.string().nullable(), decidedByOrg: z.string().nullable() }),
    ),
    requests: z.array(
      OversightRequestSchema.extend({
        fromOrg: z.string().nullable(),
        sentByName: z.string().nullable(),
        answeredByName: z.string().nullable(),
      }),
    ),
    /** What the person may do on the panel (the server checks again). */
    can: z.object({
      evaluate: z.boolean(),
      assign: z.boolean(),
      sendRequest: z.boolean(),
      answerRequest: z.boolean(),
    }),
  })
  .meta({ id: 'OversightPanelData' });
export type OversightPanelData = z.output<typeof OversightPanelDataSchema>;

/** GET /sanctions: the projects under a sanction and its level (the cockpit's list). */
export const SanctionListSchema = z
  .object({
    items: z.array(
      z.object({
        project: z.object({ id: uuid, code: z.string(), name: z.string(), stage: StageSchema }),
        level: SanctionLevelSchema,
        since: isoDateTime,
        ...sanctionLabels,
      }),
    ),
  })
  .meta({ id: 'SanctionList' });

/** A report that may be drawn (a filed self-evaluation, or an O&M report), labelled by its project or system. */
export const SpotCheckItemSchema = z
  .object({ id: uuid, label: z.string(), projectId: uuid.nullable(), systemId: uuid.nullable() })
  .meta({ id: 'SpotCheckItem' });

/** GET /spot-checks/population: the reports of a year that may be drawn, in canonical order. */
export const SpotCheckPoolSchema = z
  .object({ population: SpotCheckPopulationSchema, year: int, items: z.array(SpotCheckItemSchema) })
  .meta({ id: 'SpotCheckPool' });

/** 抽查复核 (Art.33): a draw as stored — the seed, the population in canonical order, the ids drawn. */
export const SpotCheckDrawSchema = z
  .object({
    id: uuid,
    population: SpotCheckPopulationSchema,
    year: int,
    seed: z.string(),
    size: int,
    populationIds: z.array(uuid),
    drawnIds: z.array(uuid),
    drawnBy: uuid,
    drawnAt: isoDateTime,
  })
  .meta({ id: 'SpotCheckDraw' });
export type SpotCheckDraw = z.output<typeof SpotCheckDrawSchema>;

export const SpotCheckDrawListSchema = z
  .object({ items: z.array(SpotCheckDrawSchema) })
  .meta({ id: 'SpotCheckDrawList' });

/** POST /spot-checks and GET /spot-checks/:drawId: the draw, whether re-drawing reproduces it, what was drawn. */
export const SpotCheckDrawResultSchema = SpotCheckDrawSchema.extend({
  reproducible: z.boolean(),
  items: z.array(SpotCheckItemSchema),
}).meta({ id: 'SpotCheckDrawResult' });
