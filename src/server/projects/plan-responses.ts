// What the annual-plan calls answer (issue 13; Measures chapter 2): the calls (Art.8, 10(1)), the
// project list and live findings, the pre-review opinions and rounds (Art.10(2)), the opinions a
// party gave, the to-do list, the annual list (Art.10(4)) and the open data (SPEC §7, OCDS 1.1).
// The serializer checks each answer against these; the OpenAPI document and the web's types
// (src/web/api/openapi.d.ts) are generated from them.
import { z } from 'zod';
import { TRANSITIONS } from '../../domain/lifecycle/transitions.js';
import { JOINT_REVIEW_PARTIES } from '../../domain/organizations.js';
import { fen, int, isoDate, isoDateTime, keysOf, pageOf, StageSchema, uuid } from '../platform/api-schemas.js';
import { FindingSchema, ProjectSummarySchema } from './responses.js';

const stage = StageSchema;
const action = keysOf(TRANSITIONS);
const party = z.enum(JOINT_REVIEW_PARTIES);
const decision = z.enum(['pass', 'return', 'fail']);

// ── Calls (Art.8, 10(1)) ─────────────────────────────────────────────────────────────────────────

/** 年度计划申报通知, with its deadline, the server's clock for the countdown and the article. */
export const CallSchema = z
  .object({
    id: uuid,
    planYear: int,
    title: z.string(),
    notice: z.string(),
    deadlineAt: isoDateTime,
    editionId: z.string(),
    status: z.enum(['open', 'closed']),
    createdBy: uuid,
    version: int,
    createdAt: isoDateTime,
    updatedAt: isoDateTime,
    /** The edition's default deadline for this plan year (Art.8). */
    defaultDeadlineAt: isoDateTime,
    deadlinePassed: z.boolean(),
    serverNow: isoDateTime,
    article: z.string(),
  })
  .meta({ id: 'Call' });
export type Call = z.output<typeof CallSchema>;
export const CallListSchema = z.object({ items: z.array(CallSchema) }).meta({ id: 'CallList' });

// ── Projects: the list and the live findings ─────────────────────────────────────────────────────

export const ProjectSummaryPageSchema = pageOf(ProjectSummarySchema)
  .extend({
    // A text search is counted up to 1,000 matches (issue 12, search-count.ts): beyond, `total` is 1,000.
    totalCapped: z.boolean().meta({
      description: '搜索结果超过 1,000 条时为 true，total 即为 1,000 / More than 1,000 matches: total says 1,000',
    }),
  })
  .meta({ id: 'ProjectSummaryPage' });

/** GET /projects/:id/findings: the rules run now, and where a submission would go (Art.9, 10). */
export const FindingsResultSchema = z
  .object({
    findings: z.array(FindingSchema),
    blocking: int,
    route: stage.nullable(),
    urgent: z.boolean(),
    edition: z.string(),
    checkedAt: isoDateTime,
  })
  .meta({ id: 'FindingsResult' });

// ── Pre-review (Art.10(2)) ───────────────────────────────────────────────────────────────────────

/** The parties of the joint pre-review and whether each has spoken in the current round. */
const PartySpokeSchema = z.object({ party, name: z.string(), nameEn: z.string(), spoke: z.boolean() });

export const OpinionsResultSchema = z
  .object({
    round: int,
    roundOpen: z.boolean(),
    myParty: party.nullable(),
    myOpinionGiven: z.boolean(),
    parties: z.array(PartySpokeSchema),
    items: z.array(
      z.object({
        id: uuid,
        round: int,
        party: z.string(),
        partyName: z.string(),
        decision,
        decisionName: z.string(),
        text: z.string(),
        createdAt: isoDateTime,
      }),
    ),
    /** Opinions of the open round the person may not see yet (the blind rule). */
    hiddenCount: int,
  })
  .meta({ id: 'OpinionsResult' });

export const ReviewTodoSchema = z
  .object({
    party: party.nullable(),
    items: z.array(ProjectSummarySchema.extend({ waitingSince: isoDateTime.nullable(), waitingHours: int })),
  })
  .meta({ id: 'ReviewTodo' });

export const RoundSchema = z
  .object({
    round: int,
    name: z.string(),
    totalFen: fen,
    submittedAt: isoDateTime,
    documentIds: z.array(uuid),
    findings: z.array(FindingSchema),
  })
  .meta({ id: 'Round' });
export type Round = z.output<typeof RoundSchema>;
export const RoundListSchema = z.object({ items: z.array(RoundSchema) }).meta({ id: 'RoundList' });

const DocumentRefSchema = z.object({ id: uuid, docType: z.string(), version: int, fileName: z.string() });
export const RoundDiffSchema = z
  .object({
    from: int,
    to: int,
    fields: z.array(
      z.object({
        /** Dotted path, e.g. form.budgetBreakdown.development. */
        path: z.string(),
        before: z.unknown().meta({ description: '该轮的值（任意 JSON） / the value in that round (any JSON)' }),
        after: z.unknown().meta({ description: '该轮的值（任意 JSON） / the value in that round (any JSON)' }),
      }),
    ),
    documents: z.array(
      z.object({ docType: z.string(), before: DocumentRefSchema.nullable(), after: DocumentRefSchema.nullable() }),
    ),
  })
  .meta({ id: 'RoundDiff' });

/** GET /reviews/given: the pre-review and joint-review opinions the person's party gave. */
export const GivenOpinionsSchema = pageOf(
  z.object({
    id: uuid,
    review: z.enum(['pre_review', 'joint_review']),
    article: z.string().nullable(),
    round: int,
    decision: z.string(),
    decisionName: z.string(),
    givenAt: isoDateTime,
    project: ProjectSummarySchema,
  }),
)
  .extend({ party: party.nullable() })
  .meta({ id: 'GivenOpinions' });

// ── The to-do list ───────────────────────────────────────────────────────────────────────────────

export const TodoItemSchema = z
  .object({
    project: ProjectSummarySchema,
    action,
    actionName: z.string(),
    actionNameEn: z.string(),
    article: z.string(),
    dueAt: isoDateTime.nullable(),
    overdue: z.boolean(),
    since: isoDateTime,
  })
  .meta({ id: 'TodoItem' });
export const TodoPageSchema = pageOf(TodoItemSchema)
  .extend({
    overdue: int,
    byAction: z.array(z.object({ action, actionName: z.string(), actionNameEn: z.string(), count: int })),
  })
  .meta({ id: 'TodoPage' });

// ── The annual list (Art.10(4)) ──────────────────────────────────────────────────────────────────

const FundingLineSchema = z.object({ source: z.string(), amountFen: fen });

export const AnnualListRowSchema = z
  .object({
    id: uuid,
    planId: uuid.nullable(),
    consentDocNumber: z.string().nullable(),
    code: z.string(),
    name: z.string(),
    declaringOrg: z.string(),
    category: z.string().nullable(),
    kind: z.string().nullable(),
    totalFen: fen,
    currentYearBudgetFen: fen,
    fundingSources: z.array(FundingLineSchema),
    /** 建设周期, e.g. 2027年 or 2027—2028年. */
    period: z.string(),
    preReviewConclusion: z.string(),
    approvedBudgetFen: fen.nullable(),
    urgent: z.boolean(),
    remark: z.string(),
    stage,
  })
  .meta({ id: 'AnnualListRow' });
/** One page of the list; `total` rows in all, and the totals are the whole list's. */
export const AnnualListSchema = pageOf(AnnualListRowSchema)
  .extend({
    year: int,
    totals: z.object({ totalFen: fen, currentYearBudgetFen: fen, approvedBudgetFen: fen }),
    plans: z.array(z.object({ id: uuid, consentDocNumber: z.string(), consentDate: isoDate, issuedAt: isoDateTime })),
  })
  .meta({ id: 'AnnualList' });

// ── Open data (SPEC §7; Art.7) ───────────────────────────────────────────────────────────────────

export const OpenDataRowSchema = z
  .object({
    code: z.string(),
    name: z.string(),
    planYear: int,
    declaringOrg: z.string(),
    category: z.string().nullable(),
    kind: z.string().nullable(),
    totalFen: fen,
    approvedBudgetFen: fen.nullable(),
    contractFen: fen.nullable(),
    stage,
  })
  .meta({ id: 'OpenDataRow' });
export const OpenDataPageSchema = pageOf(OpenDataRowSchema)
  .extend({ publisher: z.string() })
  .meta({ id: 'OpenDataPage' });

// OCDS 1.1 (https://standard.open-contracting.org/1.1/): the parts of the release schema the district fills.
const ocdsDateTime = z.string().meta({ format: 'date-time' });
const OcdsValueSchema = z
  .object({ amount: z.number().meta({ description: '金额（元） / amount in yuan' }), currency: z.literal('CNY') })
  .meta({ id: 'OcdsValue' });
const OcdsPartySchema = z.object({ id: z.string(), name: z.string() }).meta({ id: 'OcdsOrganizationReference' });

export const OcdsReleaseSchema = z
  .object({
    ocid: z.string(),
    id: z.string(),
    date: ocdsDateTime,
    tag: z.array(z.string()),
    initiationType: z.literal('tender'),
    language: z.string(),
    parties: z.array(OcdsPartySchema.extend({ roles: z.array(z.string()) })),
    buyer: OcdsPartySchema,
    planning: z.object({
      rationale: z.string().nullable(),
      budget: z.object({
        id: z.string(),
        description: z.string(),
        amount: OcdsValueSchema,
        project: z.string(),
        projectID: z.string(),
      }),
    }),
    tender: z.object({
      id: z.string(),
      title: z.string(),
      status: z.string(),
      value: OcdsValueSchema,
      mainProcurementCategory: z.string(),
      procurementMethod: z.enum(['open', 'selective', 'limited', 'direct']).nullable().optional(),
      procurementMethodDetails: z.string().optional(),
    }),
    awards: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        status: z.string(),
        date: ocdsDateTime,
        value: OcdsValueSchema,
        suppliers: z.array(OcdsPartySchema),
      }),
    ),
    contracts: z.array(
      z.object({
        id: z.string(),
        awardID: z.string(),
        title: z.string(),
        status: z.string(),
        value: OcdsValueSchema,
        dateSigned: ocdsDateTime,
        period: z.object({ startDate: ocdsDateTime, endDate: ocdsDateTime }).optional(),
        implementation: z
          .object({
            transactions: z.array(
              z.object({
                id: z.string(),
                date: ocdsDateTime,
                value: OcdsValueSchema,
                payer: OcdsPartySchema,
                payee: OcdsPartySchema,
              }),
            ),
            milestones: z.array(
              z.object({
                id: z.string(),
                title: z.string(),
                type: z.string(),
                status: z.string(),
                dateMet: ocdsDateTime,
              }),
            ),
          })
          .optional(),
      }),
    ),
  })
  .meta({ id: 'OcdsRelease' });

export const OcdsReleasePackageSchema = z
  .object({
    uri: z.string(),
    version: z.string(),
    publishedDate: ocdsDateTime,
    publisher: z.object({
      name: z.string(),
      scheme: z.string().nullable(),
      uid: z.string().nullable(),
      uri: z.string().nullable(),
    }),
    license: z.string().nullable(),
    publicationPolicy: z.string().nullable(),
    releases: z.array(OcdsReleaseSchema),
    /** The next page (keyset on the project code), when this one was full. */
    links: z.object({ next: z.string() }).optional(),
  })
  .meta({ id: 'OcdsReleasePackage' });
