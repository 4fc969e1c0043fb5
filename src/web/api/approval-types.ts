// Shapes of the review-to-contract API (Measures Art.11–19): approval route, joint review,
// revision, the 联合评审表 and its verification, decentralised construction, procurement,
// supervision, changes, and the project's history. Money is always integer fen.
import type { Stage } from '../../domain/lifecycle/stages';
import type { Finding, Labelled } from './plan-types';

export interface DocSlot {
  anyOf: string[];
  zh: string;
  en: string;
  article?: string;
}
export interface SimplifiedPath {
  code: 'in_plan' | 'urgent' | 'merge';
  article: string;
  zh: string;
  en: string;
  documents: DocSlot[];
}
export interface RouteFlags {
  inPlan: boolean;
  urgentMandate: boolean;
  newCivilWorks: boolean;
  energyIntensive: boolean;
}

export interface ApprovalRoute {
  ndrcRequired: boolean;
  requiredDocuments: DocSlot[];
  simplifiedPaths: SimplifiedPath[];
  extraApprovals: ('energy' | 'site' | 'land' | 'eia')[];
  findings: Finding[];
}
/** GET /projects/:id/approval-route */
export interface ApprovalRouteResult extends ApprovalRoute {
  missing: DocSlot[];
  stored: StoredRoute | null;
}
/** The route recorded when the application was submitted. */
export interface StoredRoute extends ApprovalRoute {
  flags: RouteFlags;
  path: 'standard' | SimplifiedPath['code'];
  at: string;
}

export interface ApprovalRecord {
  docNumber: string;
  date: string;
  userId?: string;
  at?: string;
}

export interface Decentral {
  requested: boolean;
  basis?: 'classified' | 'upper_level';
  reason?: string;
  consultationApproved: boolean;
  governmentApproved: boolean;
  consultation?: ApprovalRecord;
  government?: ApprovalRecord;
}
export interface Procurement {
  method: string;
  date: string;
  implementerOrgId: string;
  contractFen: number;
  contractDocumentId?: string;
}
export interface Supervision {
  supervisorOrgId: string;
  contractFen: number;
  date: string;
  contractDocumentId?: string;
}

/** The review-to-contract part of GET /projects/:id. */
export interface ApprovalFields {
  ndrcRequired: boolean | null;
  approvalRoute: StoredRoute | null;
  ndrcApproval: ApprovalRecord | null;
  controlPriceFen: number | null;
  recoveryFen: number | null;
  revisionDueAt: string | null;
  revisionSubmittedAt: string | null;
  revisionOverdue: boolean;
  formCode: string | null;
  approvedAt: string | null;
  decentral: Decentral | null;
  procurement: Procurement | null;
  implementerOrgId: string | null;
  contractFen: number | null;
  supervision: Supervision | null;
  supervisorOrgId: string | null;
  constructionStartedAt: string | null;
}

export type JointDecision = 'pass' | 'return' | 'fail';
export interface JointReview {
  dimensions: { code: string; zh: string; en: string; article: string }[];
  open: boolean;
  myParty: string | null;
  myOpinionGiven: boolean;
  hiddenCount: number;
  parties: { party: string; name: string; nameEn?: string; spoke: boolean }[];
  items: {
    party: string;
    partyName: string;
    partyNameEn?: string;
    decision: JointDecision;
    decisionName: string;
    overall: string;
    dimensions: { code: string; opinion: string }[];
    createdAt: string;
  }[];
  controlPriceFen: number | null;
  recoveryFen: number | null;
  revision: { dueAt: string | null; submittedAt: string | null; overdue: boolean };
}

export interface ChangeReason {
  condition: string;
  met: boolean;
  zh: string;
  en: string;
  article?: string;
}
export interface ChangeRecord {
  id: string;
  content: string;
  changeFen: number;
  totalAfterFen: number;
  ground: string | null;
  route: 'file' | 'redeclare';
  reasons: ChangeReason[];
  createdAt: string;
}

export interface ProjectEvent {
  id: string;
  action: string;
  actionName: string;
  actionNameEn?: string;
  at: string;
  actorName: string | null;
  actorOrgName: string | null;
  fromStage: Stage | null;
  toStage: Stage | null;
  rule: string | null;
  article: string | null;
  note: string | null;
}

export interface VerifyResult {
  code: string;
  matches: boolean;
  message: string;
  messageEn?: string;
  project: {
    code: string;
    name: string;
    declaringOrg: string;
    stage: Stage;
    approvedAt: string | null;
  };
}

export interface OrgOption {
  id: string;
  code: string;
  name: string;
  nameEn?: string;
  roles: string[];
}
export type { Labelled };
