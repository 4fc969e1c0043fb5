// What the lifecycle actions answer beyond the project (issue 13): an action answers the presented
// project (ProjectSchema, ./responses.ts), some with fields of their own next to it (the recovery of
// Art.13, the acceptance window of Art.25 …), the change (Art.17) its decision; and the plan issue
// (Art.10(4)), the project's history and the audit findings (Art.34). The serializer checks each answer
// against these; the OpenAPI document and the web's types come from them.
import { z } from 'zod';
import { FINDING_SEVERITY_CODES } from '../../domain/audit/findings.js';
import { fen, int, isoDate, isoDateTime, StageSchema, uuid } from '../platform/api-schemas.js';
import { ChangeDecisionSchema, ChangeRecordSchema } from './approval-responses.js';
import { AcceptanceWindowSchema, ReportDeadlineSchema } from './delivery-responses.js';
import { FindingSchema, ProjectSchema } from './responses.js';

// ── Actions that answer the project with more (ActionOutcome.extra) ──────────────────────────────────
// `Project & { … }` (allOf with a reference): the document names Project once instead of a copy per action.
const projectWith = <S extends z.ZodRawShape>(shape: S) => z.intersection(ProjectSchema, z.object(shape));

/** submit: where the declaration went (the sector authority first, Art.9, or straight to review). */
export const ProjectSubmittedSchema = projectWith({ routedTo: StageSchema }).meta({ id: 'ProjectSubmitted' });
/** record_control_price: the budget, the control price and what is recovered (R-RECOVERY, Art.13). */
export const ControlPriceRecordedSchema = projectWith({
  recovery: z.object({
    budgetFen: fen,
    controlPriceFen: fen,
    recoveryFen: fen,
    finding: FindingSchema.optional(),
  }),
}).meta({ id: 'ControlPriceRecorded' });
/** record_meeting: recorded. */
export const MeetingRecordedSchema = projectWith({ ok: z.literal(true) }).meta({ id: 'MeetingRecorded' });
/**
 * submit_revision: the finding saying the final version came late (R-REVISE-3WD, Art.14); whether it
 * did is the project's own `revisionOverdue`.
 */
export const RevisionSubmittedSchema = projectWith({ overdueFinding: FindingSchema.nullable() }).meta({
  id: 'RevisionSubmitted',
});
/** request_decentral: the project, whose `findings` say what decentralised construction still needs (R-DECENTRAL, Art.15). */
export const DecentralRequestedSchema = ProjectSchema;
/** record_trial_start: the acceptance window the trial opens (Art.25). */
export const TrialStartedSchema = projectWith({ acceptanceWindow: AcceptanceWindowSchema }).meta({
  id: 'TrialStarted',
});
/** hold_acceptance: when the report is due (Art.25–27); the window's findings are the project's `findings`. */
export const AcceptanceHeldSchema = projectWith({ reportDeadline: ReportDeadlineSchema.nullable() }).meta({
  id: 'AcceptanceHeld',
});
/** file_self_evaluation, submit_acceptance_report: the finding when it came after its deadline. */
export const FiledWithOverdueFindingSchema = projectWith({ overdueFinding: FindingSchema.nullable() }).meta({
  id: 'FiledWithOverdueFinding',
});

/** file_change (201): the change, its decision (filed or declared again, Art.17) and the project after it. */
export const ChangeDecidedSchema = z
  .object({ change: ChangeRecordSchema, decision: ChangeDecisionSchema, project: ProjectSchema })
  .meta({ id: 'ChangeDecided' });
export type ChangeDecided = z.output<typeof ChangeDecidedSchema>;

// ── The plan issue, the history, the audit findings ────────────────────────────────────────────────

/** POST /plans (201): the plan issued with the government's consent (Art.10(4)) and the projects it lists. */
export const PlanIssuedSchema = z
  .object({
    id: uuid,
    planYear: int,
    consentDocNumber: z.string(),
    consentDate: isoDate,
    issuedBy: uuid,
    issuedAt: isoDateTime,
    note: z.string().nullable(),
    projectIds: z.array(uuid),
  })
  .meta({ id: 'PlanIssued' });
export type PlanIssued = z.output<typeof PlanIssuedSchema>;

/** A step of the project's history: who, when, from which stage to which, why, and the article. */
export const ProjectEventSchema = z
  .object({
    id: uuid,
    projectId: uuid,
    at: isoDateTime,
    actorUserId: uuid.nullable(),
    actorOrgId: uuid.nullable(),
    /** The audit event code, e.g. project.approved. */
    action: z.string(),
    actionName: z.string(),
    actionNameEn: z.string(),
    actorName: z.string().nullable(),
    actorOrgName: z.string().nullable(),
    fromStage: StageSchema.nullable(),
    toStage: StageSchema.nullable(),
    note: z.string().nullable(),
    rule: z.string().nullable(),
    article: z.string().nullable(),
    /** What the action recorded; its keys depend on the action. */
    detail: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'ProjectEvent' });
export type ProjectEvent = z.output<typeof ProjectEventSchema>;

/** GET /projects/:id/events, oldest first. */
export const ProjectEventListSchema = z.object({ items: z.array(ProjectEventSchema) }).meta({ id: 'ProjectEventList' });

export const AuditFindingSeveritySchema = z.enum(FINDING_SEVERITY_CODES).meta({ id: 'AuditFindingSeverity' });

/** An audit finding (Art.34) and the declarant's answer (Art.31). */
export const AuditFindingSchema = z
  .object({
    id: uuid,
    projectId: uuid,
    text: z.string(),
    severity: AuditFindingSeveritySchema,
    severityName: z.string(),
    severityNameEn: z.string(),
    article: z.string(),
    answerDueOn: isoDate,
    state: z.enum(['open', 'overdue', 'answered']),
    recordedAt: isoDateTime,
    recordedBy: uuid,
    answer: z.string().nullable(),
    answerDocumentId: uuid.nullable(),
    answeredAt: isoDateTime.nullable(),
    answeredBy: uuid.nullable(),
  })
  .meta({ id: 'AuditFinding' });
export type AuditFinding = z.output<typeof AuditFindingSchema>;

/** GET /projects/:id/audit-findings: the findings, what the person may do, the severities to choose from. */
export const AuditFindingListSchema = z
  .object({
    items: z.array(AuditFindingSchema),
    canRecord: z.boolean(),
    canAnswer: z.boolean(),
    severities: z.array(z.object({ code: AuditFindingSeveritySchema, zh: z.string(), en: z.string() })),
  })
  .meta({ id: 'AuditFindingList' });
