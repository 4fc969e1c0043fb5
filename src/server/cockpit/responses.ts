// What the data bureau's cockpit answers (数据局驾驶舱, issue 10, Art.31–34; issue 13): the money
// pipeline by department, category, funding source and year, review timeliness per party, deadlines
// missed by unit, monitoring flags and evaluation scores (GET /cockpit), and the projects behind any
// one figure (GET /cockpit/projects). The serializer checks each answer against these; the OpenAPI
// document and the web's types (src/web/api/openapi.d.ts) are generated from them.
import { z } from 'zod';
import { PIPELINE_STEP_CODES, PIPELINE_STEPS, type PipelineStep } from '../../domain/cockpit/pipeline.js';
import { LEGAL_NUMBER_WORDS } from '../../domain/editions/types.js';
import { OBLIGATION_KINDS } from '../../domain/lifecycle/obligations.js';
import { fen, int, isoDateTime, keysOf, pageOf, uuid } from '../platform/api-schemas.js';
import { ProjectSummarySchema } from '../projects/responses.js';

export const PipelineStepSchema = keysOf(PIPELINE_STEPS).meta({ id: 'PipelineStep' });

const figure = z.object({ fen, count: int });
/** Each step's sum and how many projects have a figure at that step. */
export const FiguresSchema = z
  .object(Object.fromEntries(PIPELINE_STEP_CODES.map((s) => [s, figure])) as Record<PipelineStep, typeof figure>)
  .meta({ id: 'Figures' });

/** A note on how a figure is read, in both languages. */
export const CockpitNoteSchema = z.object({ zh: z.string(), en: z.string() }).meta({ id: 'CockpitNote' });

/** How long a review party took, in working days (0 = the day the review opened). */
export const PartyTimelinessSchema = z
  .object({
    party: z.string(),
    zh: z.string(),
    en: z.string(),
    count: int,
    medianDays: z.number().nullable(),
    avgDays: z.number().nullable(),
    maxDays: z.number().nullable(),
    /** Opinions later than the waiting time, when the edition sets one. */
    overdueCount: int.nullable(),
    /** Opinions the calendar cannot count (a year it does not cover). */
    uncountedCount: int,
  })
  .meta({ id: 'PartyTimeliness' });

/** Monitoring flags (Art.32) or evaluation scores (Art.33): each figure drills down by its key. */
export const OversightSectionSchema = z
  .object({
    available: z.boolean(),
    note: z.string(),
    noteEn: z.string(),
    items: z.array(z.object({ key: z.string(), zh: z.string(), en: z.string(), article: z.string(), count: int })),
  })
  .meta({ id: 'OversightSection' });

/** GET /cockpit. */
export const CockpitSchema = z
  .object({
    year: int.nullable(),
    asOf: isoDateTime,
    pipeline: z.array(
      z.object({ step: PipelineStepSchema, zh: z.string(), en: z.string(), article: z.string(), fen, count: int }),
    ),
    recoveredNote: CockpitNoteSchema,
    byDepartment: z.array(z.object({ orgId: uuid, figures: FiguresSchema, name: z.string() })),
    byCategory: z.array(
      z.object({ category: z.string(), figures: FiguresSchema, name: z.string(), nameEn: z.string() }),
    ),
    byYear: z.array(z.object({ planYear: int, figures: FiguresSchema })),
    bySource: z.array(
      z.object({ source: z.string(), count: int, declaredFen: fen, name: z.string(), nameEn: z.string() }),
    ),
    sourceNote: CockpitNoteSchema,
    reviewTimeliness: z.object({
      all: z.array(PartyTimelinessSchema),
      pre_review: z.array(PartyTimelinessSchema),
      joint_review: z.array(PartyTimelinessSchema),
      /** The waiting time of a review party (a platform reading, Art.11, 13). */
      waitLimit: z.object({
        value: int,
        word: z.enum(LEGAL_NUMBER_WORDS),
        article: z.string(),
      }),
      note: CockpitNoteSchema,
    }),
    overdueByUnit: z.array(
      z.object({
        orgId: uuid,
        overdue: int,
        late: int,
        byKind: z.array(
          z.object({
            kind: keysOf(OBLIGATION_KINDS),
            zh: z.string(),
            en: z.string(),
            rule: z.string().nullable(),
            article: z.string(),
            overdue: int,
            late: int,
          }),
        ),
        name: z.string(),
      }),
    ),
    overdueNote: CockpitNoteSchema,
    monitoringFlags: OversightSectionSchema,
    evaluationScores: OversightSectionSchema.extend({ averageScore: z.number().nullable() }),
  })
  .meta({ id: 'Cockpit' });
export type Cockpit = z.output<typeof CockpitSchema>;

/** GET /cockpit/projects: a page of the projects behind a figure. */
export const CockpitDrillPageSchema = pageOf(ProjectSummarySchema).meta({ id: 'CockpitDrillPage' });
