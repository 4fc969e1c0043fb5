// Shapes of the delivery API (Measures Art.16–33): GET /projects/:id/delivery (progress, payments,
// supervision reports, yearly self-evaluations, trial runs, acceptance attempts, linked systems) and
// the trial/acceptance summaries of GET /projects/:id. Money is always integer fen; days are
// YYYY-MM-DD (Asia/Shanghai); instants are ISO strings.
import type { SystemStatus } from '../../domain/delivery/systems';
import type { DocumentType } from '../../domain/documents';
import type { Duration } from '../../domain/editions/types';

/** The current trial run and acceptance attempt, as GET /projects/:id sends them (presentDelivery). */
export interface DeliveryFields {
  serviceEndOn: string | null;
  trial: {
    attempt: number;
    startedOn: string;
    softwareDevelopment: boolean;
    earliest: string;
    latest: string | null;
  } | null;
  acceptance: {
    attempt: number;
    reviewDecision: 'approve' | 'return' | null;
    acceptanceDate: string | null;
    conclusion: 'pass' | 'fail' | null;
    reportDueDate: string | null;
    reportSubmittedAt: string | null;
    reportOverdue: boolean;
    warrantyEndOn: string | null;
  } | null;
}

export interface MoneyRecord {
  id: string;
  amountFen: number;
  paidOn: string;
  note: string;
  documentId: string | null;
  recordedAt: string | null;
}

export type SelfEvaluationState = 'filed' | 'filed_late' | 'open' | 'overdue';
export type WindowPosition = 'too_early' | 'open' | 'too_late' | 'unknown_end';

export interface SelfEvaluationRow {
  year: number;
  dueAt: string;
  article: string;
  state: SelfEvaluationState;
  progress: string | null;
  investment: string | null;
  trialEffects: string | null;
  documentId: string | null;
  declarantOpinion: string | null;
  supervisorOpinion: string | null;
  filedAt: string | null;
}

export interface TrialRow {
  attempt: number;
  startedOn: string;
  softwareDevelopment: boolean;
  earliest: string;
  latest: string | null;
  reason: string;
  current: boolean;
  position: WindowPosition;
}

export interface AssetItem {
  name: string;
  type: string;
  quantity: number;
  valueFen: number;
  location: string;
}

export interface AcceptanceRow {
  attempt: number;
  current: boolean;
  materialSubmittedAt: string | null;
  review: { decision: 'approve' | 'return'; opinion: string | null; at: string | null } | null;
  acceptanceDate: string | null;
  experts: string | null;
  conclusion: 'pass' | 'fail' | null;
  minutesDocumentId: string | null;
  report: {
    dueDate: string | null;
    submittedAt: string | null;
    issuedOn: string | null;
    overdue: boolean;
    archiveAcceptancePassed: boolean | null;
  };
  assets: AssetItem[] | null;
  warrantyEndOn: string | null;
  /** The first day the warranty may end (R-WARRANTY, Art.29). */
  warrantyMinimumEnd: string | null;
  handoverRecordedAt: string | null;
  handoverConfirmedAt: string | null;
}

/** GET /projects/:id/delivery */
export interface Delivery {
  contractFen: number | null;
  constructionStartedAt: string | null;
  service: { startOn: string | null; endOn: string; ended: boolean } | null;
  progress: {
    id: string;
    milestone: string;
    percent: number;
    note: string;
    documentId: string | null;
    reportedAt: string | null;
  }[];
  payments: { items: MoneyRecord[]; totalFen: number };
  disbursements: { items: MoneyRecord[]; totalFen: number };
  supervisionReports: { id: string; period: string; summary: string; documentId: string; filedAt: string | null }[];
  selfEvaluations: SelfEvaluationRow[];
  trials: TrialRow[];
  acceptances: AcceptanceRow[];
  /** The report's attachments (Art.27), ticked by the documents uploaded. */
  reportAttachments: { code: DocumentType; zh: string; en: string; uploaded: boolean }[];
  systems: {
    id: string;
    code: string;
    name: string;
    status: SystemStatus;
    relation: 'build' | 'upgrade' | 'maintain';
    statusName: string;
    statusNameEn: string;
  }[];
}

/** The edition's periods as GET /rules?edition= sends them (`parameters`). */
export type EditionPeriod = Duration;

/** One line of GET /projects/:id/timeline (src/server/projects/timeline.ts). */
export interface TimelineItem {
  at: string;
  kind: 'event' | 'document' | 'deadline' | 'money';
  title: string;
  titleEn: string;
  detail?: string | null;
  rule?: string | null;
  article?: string | null;
  state?: 'met' | 'missed' | 'open' | 'overdue';
  amountFen?: number;
  by?: string | null;
}

export interface Timeline {
  items: TimelineItem[];
  money: {
    totalFen: number;
    approvedBudgetFen: number | null;
    controlPriceFen: number | null;
    recoveryFen: number | null;
    contractFen: number | null;
    paidFen: number;
    disbursedFen: number;
  };
}
