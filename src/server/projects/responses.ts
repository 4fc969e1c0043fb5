// What the project calls answer (issue 13): a project's summary (lists, to-dos), its review-to-contract
// facts (Art.11–19), its trial run and acceptance (Art.25–29) and the whole project of GET /projects/:id
// and of every lifecycle action. The serializer checks each answer against these; the OpenAPI document
// and the web's types (src/web/api/openapi.d.ts) are generated from them.
//
// Codes whose list belongs to an edition (category, kind, funding source, deployment mode …) are
// strings: a project keeps the edition of its call for life (Art.36), so the lists differ by project.
import { z } from 'zod';
import { EXTRA_APPROVALS } from '../../domain/approval/approval-route.js';
import { APPROVAL_DOCUMENTS } from '../../domain/approval/documents.js';
import { PHASES } from '../../domain/lifecycle/stages.js';
import { TRANSITIONS } from '../../domain/lifecycle/transitions.js';
import { fen, int, isoDate, isoDateTime, keysOf, StageSchema, uuid } from '../platform/api-schemas.js';

export const SeveritySchema = z.enum(['block', 'warn', 'info']).meta({ id: 'Severity' });

/** A rule's outcome, with the article and the message in the Measures' words. */
export const FindingSchema = z
  .object({
    rule: z.string(),
    article: z.string(),
    severity: SeveritySchema,
    message: z.string(),
    messageEn: z.string(),
    /** The input path the finding is about. */
    field: z.string().optional(),
    /** The problem code a refusal built from this finding uses (absent: RULE_BLOCKED). */
    code: z.string().optional(),
  })
  .meta({ id: 'Finding' });
export type Finding = z.output<typeof FindingSchema>;

/** The declaration form (SPEC §2, Art.10(1)) as stored: what form-schema.ts accepted. */
export const DeclarationFormSchema = z
  .object({
    fundingSources: z.array(z.object({ source: z.string(), amountFen: fen })),
    budgetBreakdown: z.record(z.string(), fen),
    yearlyBudgets: z.array(z.object({ year: int, amountFen: fen })),
    dataResources: z.array(
      z.object({
        name: z.string(),
        costFen: fen.nullable(),
        catalogueRef: z.string().nullish(),
        description: z.string().nullish(),
      }),
    ),
    sharingList: z.array(
      z.object({
        item: z.string(),
        direction: z.enum(['provide', 'consume', 'open']),
        interface: z.string(),
        frequency: z.string(),
      }),
    ),
    deployment: z.object({
      mode: z.string().nullable(),
      provider: z.string().nullish(),
      assessmentRef: z.string().nullish(),
      exemptBasis: z.string().nullish(),
    }),
    commonPlatforms: z.array(z.string()),
    commonPlatformsNoneReason: z.string().nullable(),
    scenario: z.object({ area: z.string().nullable(), description: z.string() }).nullable(),
    classifiedSplitStatement: z.string().nullable(),
    mlpsLevel: int.nullable(),
    cryptoPlan: z.string().nullable(),
    secureReliableStatement: z.string().nullable(),
    declaredItems: z.array(z.string()),
    planChapters: z.array(z.string()),
    predecessor: z
      .object({
        projectId: uuid.nullable(),
        systemId: uuid.nullish(),
        name: z.string(),
        sharingFulfilled: z.boolean(),
      })
      .nullable(),
    urgentBasis: z.object({ level: z.string(), text: z.string() }).nullable(),
    performanceTargets: z.array(z.object({ indicator: z.string(), target: z.string() })),
    contactName: z.string().nullish(),
    contactPhone: z.string().nullish(),
  })
  .meta({ id: 'DeclarationForm' });
export type DeclarationForm = z.output<typeof DeclarationFormSchema>;

/** A project in lists and to-dos (presentProjectSummary). */
export const ProjectSummarySchema = z
  .object({
    id: uuid,
    code: z.string(),
    name: z.string(),
    planYear: int,
    callId: uuid,
    declaringOrgId: uuid,
    declaringOrgName: z.string().nullable(),
    category: z.string().nullable(),
    kind: z.string().nullable(),
    classified: z.boolean(),
    totalFen: fen,
    stage: StageSchema,
    stageName: z.string(),
    stageNameEn: z.string(),
    round: int,
    urgent: z.boolean(),
    approvedBudgetFen: fen.nullable(),
    submittedAt: isoDateTime.nullable(),
    updatedAt: isoDateTime,
    version: int,
  })
  .meta({ id: 'ProjectSummary' });
export type ProjectSummary = z.output<typeof ProjectSummarySchema>;

/** Documents of which any one satisfies a slot of the approval route (Art.11, 12). */
export const DocSlotSchema = z
  .object({ anyOf: z.array(keysOf(APPROVAL_DOCUMENTS)).readonly(), zh: z.string(), en: z.string() })
  .meta({ id: 'DocSlot' });
export const SimplifiedPathSchema = z
  .object({
    code: z.enum(['in_plan', 'urgent', 'merge']),
    article: z.string(),
    zh: z.string(),
    en: z.string(),
    documents: z.array(DocSlotSchema),
  })
  .meta({ id: 'SimplifiedPath' });
export const RouteFlagsSchema = z
  .object({ inPlan: z.boolean(), urgentMandate: z.boolean(), newCivilWorks: z.boolean(), energyIntensive: z.boolean() })
  .meta({ id: 'RouteFlags' });
/** The approval route of Art.11, 12 (R-NDRC, R-NDRC-SIMPLE). */
export const ApprovalRouteSchema = z
  .object({
    ndrcRequired: z.boolean(),
    requiredDocuments: z.array(DocSlotSchema),
    simplifiedPaths: z.array(SimplifiedPathSchema),
    extraApprovals: z.array(keysOf(EXTRA_APPROVALS)),
    findings: z.array(FindingSchema),
  })
  .meta({ id: 'ApprovalRoute' });
/** The route the application recorded, the path chosen, when, and the round it belongs to. */
export const StoredRouteSchema = ApprovalRouteSchema.extend({
  flags: RouteFlagsSchema,
  path: z.enum(['standard', 'in_plan', 'urgent', 'merge']),
  at: isoDateTime,
  jointRound: int,
}).meta({ id: 'StoredRoute' });

/** 区发改局 立项批复 (Art.12). */
export const NdrcApprovalSchema = z
  .object({ docNumber: z.string(), date: isoDate, userId: uuid, at: isoDateTime })
  .meta({ id: 'NdrcApproval' });
/** 会商机制审核同意 / 区政府批准 (Art.15). */
export const ApprovalRecordSchema = z.object({ docNumber: z.string(), date: isoDate }).meta({ id: 'ApprovalRecord' });
export const DecentralBasisSchema = z.enum(['classified', 'upper_level']).meta({ id: 'DecentralBasis' });

/** The review-to-contract facts of the current round (Art.11–19): presentChapters. */
export const ApprovalFieldsSchema = z
  .object({
    applicationRound: int.nullable(),
    ndrcRequired: z.boolean(),
    approvalRoute: StoredRouteSchema.nullable(),
    ndrcApproval: NdrcApprovalSchema.nullable(),
    controlPriceFen: fen.nullable(),
    recoveryFen: fen.nullable(),
    revisionDueAt: isoDateTime.nullable(),
    revisionSubmittedAt: isoDateTime.nullable(),
    revisionOverdue: z.boolean(),
    formCode: z.string().nullable(),
    approvedAt: isoDateTime.nullable(),
    decentral: z
      .object({
        requested: z.literal(true),
        basis: DecentralBasisSchema,
        reason: z.string(),
        consultationApproved: z.boolean(),
        governmentApproved: z.boolean(),
        consultation: ApprovalRecordSchema.optional(),
        government: ApprovalRecordSchema.optional(),
      })
      .nullable(),
    procurement: z
      .object({
        method: z.string(),
        date: isoDate,
        implementerOrgId: uuid,
        contractFen: fen,
        contractDocumentId: uuid.optional(),
      })
      .nullable(),
    contractFen: fen.nullable(),
    supervision: z
      .object({
        supervisorOrgId: uuid,
        contractFen: fen.nullable(),
        date: isoDate.nullable(),
        contractDocumentId: uuid.optional(),
      })
      .nullable(),
    constructionStartedAt: isoDateTime.nullable(),
    serviceEndOn: isoDate.nullable(),
  })
  .meta({ id: 'ApprovalFields' });
export type ApprovalFields = z.output<typeof ApprovalFieldsSchema>;

export const ReviewDecisionSchema = z.enum(['approve', 'return']).meta({ id: 'AcceptanceReviewDecision' });
export const AcceptanceConclusionSchema = z.enum(['pass', 'fail']).meta({ id: 'AcceptanceConclusion' });

/** The current trial run and acceptance attempt (Art.25–29): presentDelivery. */
export const DeliveryFieldsSchema = z
  .object({
    trial: z
      .object({
        attempt: int,
        startedOn: isoDate,
        softwareDevelopment: z.boolean(),
        earliest: isoDate,
        latest: isoDate.nullable(),
      })
      .nullable(),
    acceptance: z
      .object({
        attempt: int,
        reviewDecision: ReviewDecisionSchema.nullable(),
        acceptanceDate: isoDate.nullable(),
        conclusion: AcceptanceConclusionSchema.nullable(),
        reportDueDate: isoDate.nullable(),
        reportSubmittedAt: isoDateTime.nullable(),
        reportOverdue: z.boolean(),
        warrantyEndOn: isoDate.nullable(),
      })
      .nullable(),
  })
  .meta({ id: 'DeliveryFields' });
export type DeliveryFields = z.output<typeof DeliveryFieldsSchema>;

/** GET /projects/:id and every lifecycle action: presentProject. */
export const ProjectSchema = ProjectSummarySchema.extend({
  leadOrgId: uuid.nullable(),
  coOrgIds: z.array(uuid),
  /** A draft autosaves: any part of the form may be missing. */
  form: DeclarationFormSchema.partial(),
  findings: z.array(FindingSchema),
  stageArticle: z.string(),
  stagePhase: keysOf(PHASES),
  sharingFulfilled: z.boolean(),
  planId: uuid.nullable(),
  /** The edition of the Measures the project is judged by for life (Art.36). */
  editionId: z.string(),
  createdAt: isoDateTime,
  ...ApprovalFieldsSchema.shape,
  ...DeliveryFieldsSchema.shape,
  implementerOrgId: uuid.nullable(),
  supervisorOrgId: uuid.nullable(),
  /** The actions the person may take now, in the transition table's order. */
  actions: z.array(keysOf(TRANSITIONS)),
}).meta({ id: 'Project' });
export type Project = z.output<typeof ProjectSchema>;

/** What `asOf` answers with: the day asked, the instant it ends, and the version in force then (Art.34). */
export const AsOfMetaSchema = z
  .object({
    date: isoDate,
    /** The end of that day (Asia/Shanghai). */
    at: isoDateTime,
    version: int,
    versionAt: isoDateTime,
    /** The audit event that made that version. */
    versionAction: z.string(),
    readOnly: z.literal(true),
  })
  .meta({ id: 'AsOfMeta' });
export type AsOfMeta = z.output<typeof AsOfMetaSchema>;

/** GET /projects/:id?asOf=D: the project as it stood at the end of D, without actions (read-only). */
export const ProjectAsOfSchema = z
  .intersection(ProjectSchema, z.object({ asOf: AsOfMetaSchema }))
  .meta({ id: 'ProjectAsOf' });
export type ProjectAsOf = z.output<typeof ProjectAsOfSchema>;
