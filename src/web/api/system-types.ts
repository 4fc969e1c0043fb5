// Shapes of the systems register API (信息系统台账; Art.2, 6, 7, 20, 21, 30, 32, 33): GET /systems (the
// list the person may see), GET /systems/:id (the page, with `actions` and `editableFields`), the
// .xlsx import's answer. The codes the domain owns (statuses, exit steps, security kinds) are its types.
import type { ExitStep, SecurityRecordKind, SystemRelation, SystemStatus } from '../../domain/delivery/systems';
import type { Stage } from '../../domain/lifecycle/stages';
import type { DocVersion } from './plan-types';

export type { ExitStep, SecurityRecordKind, SystemRelation, SystemStatus };

export interface InfoSystemSummary {
  id: string;
  code: string;
  name: string;
  ownerOrgId: string;
  ownerName: string | null;
  status: SystemStatus;
  deployment: string | null;
  deploymentName: string | null;
  mlpsLevel: number | null;
  dataCollected: boolean;
  sharingFulfilled: boolean;
  operationStartedOn: string | null;
  source: 'platform' | 'register' | 'import';
  version: number;
  updatedAt: string;
}

export type SystemAction =
  | 'edit'
  | 'record_sharing'
  | 'record_security'
  | 'file_om_report'
  | 'start_exit'
  | 'record_exit_step'
  | 'complete_exit'
  | 'upload_document';

export interface SecurityRecord {
  id: string;
  kind: SecurityRecordKind;
  article: string;
  date: string;
  result: 'pass' | 'fail' | 'filed';
  reference: string;
  nextDueOn: string | null;
  superseded: boolean;
  overdue: boolean;
  documentId: string | null;
  recordedByName: string | null;
  recordedAt: string;
}

export interface OmReport {
  id: string;
  year: number;
  sections: { code: string; zh: string; text: string }[];
  documentId: string | null;
  dueDate: string | null;
  overdue: boolean;
  submittedAt: string;
}

export interface OmPeriod {
  year: number;
  from: string;
  to: string;
  dueDate: string | null;
  article: string;
  report: OmReport | null;
  overdue: boolean;
}

export interface SystemExit {
  reason: string;
  startedByName: string | null;
  startedAt: string;
  completedAt: string | null;
  article: string;
  steps: {
    code: ExitStep;
    zh: string;
    en: string;
    done: boolean;
    at: string | null;
    byName: string | null;
    note: string | null;
    documentId: string | null;
  }[];
}

/** GET /systems/:id */
export interface InfoSystem extends InfoSystemSummary {
  description: string;
  cloudVcpu: number | null;
  cloudMemoryGb: number | null;
  cloudStorageGb: number | null;
  mlpsFilingNumber: string | null;
  sharingEvidence: {
    note: string;
    documentId: string | null;
    at: string;
    byName: string | null;
    article: string;
  } | null;
  createdAt: string;
  projects: { id: string; code: string; name: string; stage: Stage; relation: SystemRelation }[];
  securityRecords: SecurityRecord[];
  omPeriods: OmPeriod[];
  exit: SystemExit | null;
  documents: DocVersion[];
  actions: { code: SystemAction; zh: string; en: string; article: string }[];
  /** 'all' for the data bureau; the owner unit's fields otherwise; [] when it may not edit. */
  editableFields: 'all' | string[];
}

/** POST /systems/import */
export interface ImportResult {
  created: { row: number; id: string; code: string; name: string }[];
  errors: { row: number; column: string; message: string }[];
  rows: number;
}
