// Shapes of the review-to-contract API (Measures Art.11–19): approval route, joint review,
// revision, the 联合评审表 and its verification, decentralised construction, procurement,
// supervision, changes, and the project's history. Money is always integer fen. Generated from the
// server's response schemas (src/server/projects/responses.ts, approval-responses.ts,
// action-responses.ts) into ./openapi.d.ts (`npm run openapi`); the names here are the web's.
import type { components } from './openapi';
import type { Labelled } from './plan-types';

type S = components['schemas'];

export type DocSlot = S['DocSlot'];
export type SimplifiedPath = S['SimplifiedPath'];
/** The facts the declarant states (also the body of POST …/application). */
export type RouteFlags = S['RouteFlags'];

/** The approval route of Art.11, 12 (the stored route without what the application added to it). */
export type ApprovalRoute = Omit<StoredRoute, 'flags' | 'path' | 'at' | 'jointRound'>;
/** GET /projects/:id/approval-route */
export type ApprovalRouteResult = S['ApprovalRouteResult'];
/** The route recorded when the application was submitted. */
export type StoredRoute = S['StoredRoute'];

/** An approval on record: 会商机制 / 区政府 (Art.15); 区发改局's 立项批复 (Art.12) adds who and when. */
export type ApprovalRecord = S['ApprovalRecord'];
export type NdrcApproval = S['NdrcApproval'];

/**
 * The review-to-contract part of GET /projects/:id (the server's ApprovalFieldsSchema, spread into the
 * project), with the implementer and supervisor it names.
 */
export type ApprovalFields = Pick<
  S['Project'],
  | 'applicationRound'
  | 'ndrcRequired'
  | 'approvalRoute'
  | 'ndrcApproval'
  | 'controlPriceFen'
  | 'recoveryFen'
  | 'revisionDueAt'
  | 'revisionSubmittedAt'
  | 'revisionOverdue'
  | 'formCode'
  | 'approvedAt'
  | 'decentral'
  | 'procurement'
  | 'contractFen'
  | 'supervision'
  | 'constructionStartedAt'
  | 'serviceEndOn'
  | 'implementerOrgId'
  | 'supervisorOrgId'
>;
export type Decentral = NonNullable<ApprovalFields['decentral']>;
export type Procurement = NonNullable<ApprovalFields['procurement']>;
export type Supervision = NonNullable<ApprovalFields['supervision']>;

export type JointDecision = S['JointDecision'];
/** GET /projects/:id/joint-review */
export type JointReview = S['JointReview'];

export type ChangeReason = S['ChangeReason'];
export type ChangeRecord = S['ChangeRecord'];
/** POST /projects/:id/changes: the change, its decision (filed or declared again) and the project after it. */
export type ChangeDecided = S['ChangeDecided'];

/** A line of GET /projects/:id/events. */
export type ProjectEvent = S['ProjectEvent'];

/** GET /verify/:code (public). */
export type VerifyResult = S['VerifyResult'];

/** GET /statistics/revisions */
export type RevisionStats = S['RevisionStats'];
export type RevisionStatsRow = S['RevisionStatsRow'];

/** An organisation as the pickers list it (GET /organizations?role=…). */
export type OrgOption = Pick<S['Organization'], 'id' | 'code' | 'name' | 'nameEn' | 'roles'>;
export type { Labelled };
