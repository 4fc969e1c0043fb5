// What the review-to-contract reads answer (issue 13; Measures Art.11–17): the approval route a project
// would take (Art.11, 12), the joint review (Art.13, 14), the public check of a 联合评审表's code
// (Art.14), the changes (Art.17) and the final-version statistics per unit (Art.14). The serializer
// checks each answer against these; the OpenAPI document and the web's types come from them.
import { z } from 'zod';
import { CHANGE_GROUNDS } from '../../domain/approval/change.js';
import { JOINT_REVIEW_DIMENSIONS } from '../../domain/approval/joint-review.js';
import { JOINT_REVIEW_PARTIES } from '../../domain/organizations.js';
import { fen, int, isoDateTime, keysOf, StageSchema, uuid } from '../platform/api-schemas.js';
import { ApprovalRouteSchema, DocSlotSchema, FindingSchema, StoredRouteSchema } from './responses.js';

/** GET /projects/:id/approval-route: the route with the stated facts, what is missing, what was stored. */
export const ApprovalRouteResultSchema = ApprovalRouteSchema.extend({
  /** The required documents not yet uploaded. */
  missing: z.array(DocSlotSchema),
  /** The route the current application recorded, if any. */
  stored: StoredRouteSchema.nullable(),
}).meta({ id: 'ApprovalRouteResult' });
export type ApprovalRouteResult = z.output<typeof ApprovalRouteResultSchema>;

export const JointReviewPartySchema = z.enum(JOINT_REVIEW_PARTIES).meta({ id: 'JointReviewParty' });
export const JointDecisionSchema = z.enum(['pass', 'return', 'fail']).meta({ id: 'JointDecision' });
const dimensionCode = z.enum(JOINT_REVIEW_DIMENSIONS.map((d) => d.code) as [JointDimension, ...JointDimension[]]);
type JointDimension = (typeof JOINT_REVIEW_DIMENSIONS)[number]['code'];

/** GET /projects/:id/joint-review: the parties, the opinions the person may read, money and the final version. */
export const JointReviewSchema = z
  .object({
    round: int.nullable(),
    /** The six aspects of Art.13. */
    dimensions: z.array(z.object({ code: dimensionCode, zh: z.string(), en: z.string(), article: z.string() })),
    open: z.boolean(),
    myParty: JointReviewPartySchema.nullable(),
    myOpinionGiven: z.boolean(),
    /** Opinions not shown yet (the blind rule: others' only after one's own party spoke). */
    hiddenCount: int,
    parties: z.array(
      z.object({ party: JointReviewPartySchema, name: z.string(), nameEn: z.string(), spoke: z.boolean() }),
    ),
    items: z.array(
      z.object({
        party: JointReviewPartySchema,
        partyName: z.string(),
        partyNameEn: z.string(),
        decision: JointDecisionSchema,
        decisionName: z.string(),
        overall: z.string(),
        dimensions: z.array(z.object({ code: dimensionCode, opinion: z.string() })),
        createdAt: isoDateTime,
      }),
    ),
    controlPriceFen: fen.nullable(),
    recoveryFen: fen.nullable(),
    revision: z.object({ dueAt: isoDateTime.nullable(), submittedAt: isoDateTime.nullable(), overdue: z.boolean() }),
  })
  .meta({ id: 'JointReview' });
export type JointReview = z.output<typeof JointReviewSchema>;

/** GET /verify/:code (public): whether a printed 联合评审表's data still match the platform's. */
export const VerifyResultSchema = z
  .object({
    code: z.string(),
    matches: z.boolean(),
    project: z.object({
      code: z.string(),
      name: z.string(),
      declaringOrg: z.string(),
      stage: StageSchema,
      stageName: z.string(),
      approvedAt: isoDateTime.nullable(),
    }),
    message: z.string(),
    messageEn: z.string(),
  })
  .meta({ id: 'VerifyResult' });
export type VerifyResult = z.output<typeof VerifyResultSchema>;

/** One condition of Art.17, met or not, with its amounts. */
export const ChangeReasonSchema = z
  .object({
    condition: z.enum(['within_budget', 'amount_line', 'contract_percent', 'ground']),
    met: z.boolean(),
    zh: z.string(),
    en: z.string(),
    article: z.string(),
  })
  .meta({ id: 'ChangeReason' });
export const ChangeRouteSchema = z.enum(['file', 'redeclare']).meta({ id: 'ChangeRoute' });

/** A change (Art.17): its amounts, ground, route (filed / declared again) and the reasons. */
export const ChangeRecordSchema = z
  .object({
    id: uuid,
    projectId: uuid,
    content: z.string(),
    changeFen: fen,
    totalAfterFen: fen,
    ground: keysOf(CHANGE_GROUNDS).nullable(),
    route: ChangeRouteSchema,
    reasons: z.array(ChangeReasonSchema),
    createdBy: uuid,
    createdAt: isoDateTime,
  })
  .meta({ id: 'ChangeRecord' });
export type ChangeRecord = z.output<typeof ChangeRecordSchema>;

/** GET /projects/:id/changes, newest first. */
export const ChangeListSchema = z.object({ items: z.array(ChangeRecordSchema) }).meta({ id: 'ChangeList' });

/** The decision on a change (R-CHANGE): the route, every condition, the finding and the edition that decided. */
export const ChangeDecisionSchema = z
  .object({
    route: ChangeRouteSchema,
    reasons: z.array(ChangeReasonSchema),
    finding: FindingSchema,
    edition: z.string(),
  })
  .meta({ id: 'ChangeDecision' });

/** A declaring unit's final versions (Art.14): on time, late, still in revision, overdue. */
export const RevisionStatsRowSchema = z
  .object({
    orgId: uuid,
    orgName: z.string(),
    total: int,
    submittedOnTime: int,
    submittedLate: int,
    pending: int,
    pendingOverdue: int,
    /** Late over all counted, 0–1; null when none counted. */
    lateRate: z.number().nullable(),
  })
  .meta({ id: 'RevisionStatsRow' });

/** GET /statistics/revisions. */
export const RevisionStatsSchema = z
  .object({
    year: int.nullable(),
    article: z.string(),
    rule: z.string(),
    items: z.array(RevisionStatsRowSchema),
  })
  .meta({ id: 'RevisionStats' });
export type RevisionStats = z.output<typeof RevisionStatsSchema>;
