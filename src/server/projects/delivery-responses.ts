// What the delivery calls answer (issue 13; Measures Art.16–33): GET /projects/:id/delivery (progress,
// payments, supervision reports, yearly self-evaluations, trial runs, acceptance attempts, systems),
// the acceptance window a trial start opens (Art.25), the report's deadline (Art.27) and the project's
// timeline. The serializer checks each answer against these; the OpenAPI document and the web's types
// (src/web/api/openapi.d.ts) are generated from them.
import { z } from 'zod';
import { SYSTEM_RELATION_CODES, SYSTEM_STATUS_CODES } from '../../domain/delivery/systems.js';
import { DOCUMENT_TYPES } from '../../domain/documents.js';
import { fen, int, isoDate, isoDateTime, keysOf, uuid } from '../platform/api-schemas.js';
import { AcceptanceConclusionSchema, ReviewDecisionSchema } from './responses.js';

/** The rule a stored date comes from (src/domain/calendar/deadlines.ts), kept beside the date. */
export const DeadlineRuleSchema = z
  .object({ kind: z.enum(['working-days-after', 'months-after', 'earliest-months-after']), n: int })
  .meta({ id: 'DeadlineRule' });

/** The acceptance window of a trial run (Art.25): earliest not moved, latest moved off rest days. */
export const AcceptanceWindowSchema = z
  .object({
    trialStart: isoDate,
    softwareDevelopment: z.boolean(),
    earliest: isoDate,
    earliestRule: DeadlineRuleSchema,
    /** Null while its year is not in the official calendar. */
    latest: isoDate.nullable(),
    latestRule: DeadlineRuleSchema,
    article: z.string(),
  })
  .meta({ id: 'AcceptanceWindow' });
export type AcceptanceWindow = z.output<typeof AcceptanceWindowSchema>;

/** When the acceptance report is due (Art.27: 1 month after the acceptance, moved to a working day). */
export const ReportDeadlineSchema = z
  .object({ acceptanceDate: isoDate, dueDate: isoDate.nullable(), rule: DeadlineRuleSchema, article: z.string() })
  .meta({ id: 'ReportDeadline' });

/** A payment against the contract (Art.16) or a disbursement (Art.26). */
export const MoneyRecordSchema = z
  .object({
    id: uuid,
    amountFen: fen,
    paidOn: isoDate,
    note: z.string(),
    documentId: uuid.nullable(),
    recordedAt: isoDateTime,
  })
  .meta({ id: 'MoneyRecord' });

export const SelfEvaluationStateSchema = z
  .enum(['filed', 'filed_late', 'open', 'overdue'])
  .meta({ id: 'SelfEvaluationState' });
export const WindowPositionSchema = z
  .enum(['too_early', 'open', 'too_late', 'unknown_end'])
  .meta({ id: 'WindowPosition' });

/** A year's self-evaluation (Art.33) with its deadline, filed or not. */
export const SelfEvaluationRowSchema = z
  .object({
    year: int,
    dueAt: isoDateTime,
    article: z.string(),
    state: SelfEvaluationStateSchema,
    progress: z.string().nullable(),
    investment: z.string().nullable(),
    trialEffects: z.string().nullable(),
    documentId: uuid.nullable(),
    declarantOpinion: z.string().nullable(),
    supervisorOpinion: z.string().nullable(),
    filedAt: isoDateTime.nullable(),
  })
  .meta({ id: 'SelfEvaluationRow' });

/** A trial run (Art.25) with its window and where today lies in it. */
export const TrialRowSchema = z
  .object({
    attempt: int,
    startedOn: isoDate,
    softwareDevelopment: z.boolean(),
    earliest: isoDate,
    latest: isoDate.nullable(),
    reason: z.string(),
    current: z.boolean(),
    position: WindowPositionSchema,
  })
  .meta({ id: 'TrialRow' });

/** An asset handed over (Art.28). */
export const AssetItemSchema = z
  .object({ name: z.string(), type: z.string(), quantity: int, valueFen: fen, location: z.string() })
  .meta({ id: 'AssetItem' });

/** An acceptance attempt (Art.24–29): material, review, acceptance, report, handover and warranty. */
export const AcceptanceRowSchema = z
  .object({
    attempt: int,
    current: z.boolean(),
    materialSubmittedAt: isoDateTime,
    review: z
      .object({ decision: ReviewDecisionSchema, opinion: z.string().nullable(), at: isoDateTime.nullable() })
      .nullable(),
    acceptanceDate: isoDate.nullable(),
    experts: z.string().nullable(),
    conclusion: AcceptanceConclusionSchema.nullable(),
    minutesDocumentId: uuid.nullable(),
    report: z.object({
      dueDate: isoDate.nullable(),
      submittedAt: isoDateTime.nullable(),
      issuedOn: isoDate.nullable(),
      overdue: z.boolean(),
      archiveAcceptancePassed: z.boolean().nullable(),
    }),
    assets: z.array(AssetItemSchema).nullable(),
    warrantyEndOn: isoDate.nullable(),
    /** The first day the warranty may end (R-WARRANTY, Art.29). */
    warrantyMinimumEnd: isoDate.nullable(),
    handoverRecordedAt: isoDateTime.nullable(),
    handoverConfirmedAt: isoDateTime.nullable(),
  })
  .meta({ id: 'AcceptanceRow' });

const moneyList = z.object({ items: z.array(MoneyRecordSchema), totalFen: fen });

/** GET /projects/:id/delivery: everything of the project's delivery (Art.16–33). */
export const DeliverySchema = z
  .object({
    contractFen: fen.nullable(),
    constructionStartedAt: isoDateTime.nullable(),
    /** O&M and service projects: the service period (Art.24). */
    service: z.object({ startOn: isoDate.nullable(), endOn: isoDate, ended: z.boolean() }).nullable(),
    progress: z.array(
      z.object({
        id: uuid,
        milestone: z.string(),
        percent: int,
        note: z.string(),
        documentId: uuid.nullable(),
        reportedAt: isoDateTime,
      }),
    ),
    payments: moneyList,
    disbursements: moneyList,
    supervisionReports: z.array(
      z.object({
        id: uuid,
        period: z.string(),
        summary: z.string(),
        documentId: uuid.nullable(),
        filedAt: isoDateTime,
      }),
    ),
    selfEvaluations: z.array(SelfEvaluationRowSchema),
    trials: z.array(TrialRowSchema),
    acceptances: z.array(AcceptanceRowSchema),
    /** The report's attachments (Art.27), ticked by the documents uploaded. */
    reportAttachments: z.array(
      z.object({ code: keysOf(DOCUMENT_TYPES), zh: z.string(), en: z.string(), uploaded: z.boolean() }),
    ),
    systems: z.array(
      z.object({
        id: uuid,
        code: z.string(),
        name: z.string(),
        status: z.enum(SYSTEM_STATUS_CODES),
        relation: z.enum(SYSTEM_RELATION_CODES),
        statusName: z.string(),
        statusNameEn: z.string(),
      }),
    ),
  })
  .meta({ id: 'Delivery' });
export type Delivery = z.output<typeof DeliverySchema>;

/** A deadline's state: done on or before it, done after it, not done and still ahead, not done and past. */
export const DeadlineStateSchema = z.enum(['met', 'missed', 'open', 'overdue']).meta({ id: 'DeadlineState' });

/** One line of the timeline: a step, a document version, a deadline or a money figure. */
export const TimelineItemSchema = z
  .object({
    at: isoDateTime,
    kind: z.enum(['event', 'document', 'deadline', 'money']),
    title: z.string(),
    titleEn: z.string(),
    detail: z.string().nullable().optional(),
    rule: z.string().nullable().optional(),
    article: z.string().nullable().optional(),
    state: DeadlineStateSchema.optional(),
    amountFen: fen.optional(),
    by: z.string().nullable().optional(),
  })
  .meta({ id: 'TimelineItem' });
export type TimelineItem = z.output<typeof TimelineItemSchema>;

/** GET /projects/:id/timeline: the project's life in one list, and its money figures. */
export const TimelineSchema = z
  .object({
    items: z.array(TimelineItemSchema),
    money: z.object({
      totalFen: fen,
      approvedBudgetFen: fen.nullable(),
      controlPriceFen: fen.nullable(),
      recoveryFen: fen.nullable(),
      contractFen: fen.nullable(),
      paidFen: fen,
      disbursedFen: fen,
    }),
  })
  .meta({ id: 'Timeline' });
export type Timeline = z.output<typeof TimelineSchema>;
