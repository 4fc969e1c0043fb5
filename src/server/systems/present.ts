// What the client sees of a system of the register (SPEC §3; Art.2, 6, 7, 20, 21, 30, 33): the row
// with its labels, its projects, security records, O&M periods and exit, and the actions the person
// may take now (the UI offers only those; the server checks again).
import type { FastifyReply, FastifyRequest } from 'fastify';
import { inTurn, type Db, type Tx } from '../../db/client.js';
import type { omReports, systemExits, systemSecurityRecords } from '../../db/schema.js';
import { shanghaiDateOf, type IsoDate } from '../../domain/calendar/index.js';
import { endedOmPeriods, OM_REPORT_SECTIONS } from '../../domain/delivery/om-report.js';
import {
  EXIT_STEP_CODES,
  EXIT_STEPS,
  SECURITY_RECORD_KINDS,
  SYSTEM_RELATIONS,
  SYSTEM_STATUSES,
  type SecurityRecordKind,
} from '../../domain/delivery/systems.js';
import { editionForNew } from '../../domain/editions/resolve.js';
import { labelOf } from '../../domain/editions/index.js';
import { STAGES } from '../../domain/lifecycle/stages.js';
import { presentDocument } from '../documents/present.js';
import { calendarInForce } from '../platform/calendar.js';
import { setEtag } from '../platform/versioning.js';
import { orgNameMap } from '../projects/org-names.js';
import { loadSystem, type InfoSystemAccess, type InfoSystemRow } from './access.js';
import { DEPLOYMENT_MODES, OWNER_EDITABLE } from './fields.js';
import {
  exitOf,
  linkedProjects,
  omReportsOf,
  projectDocumentsOf,
  SYSTEM_DOCUMENT_TYPES,
  securityRecordsOf,
  systemDocuments,
  userNameMap,
} from './repo.js';
import { ALLOWED_EXTENSIONS, DOCUMENT_TYPES, isDocumentType } from '../../domain/documents.js';
import type { InfoSystem, InfoSystemSummary, OmReport, SystemExit, SystemSecurityRecord } from './responses.js';

/** What may be done on a system, with the article it serves. */
export const SYSTEM_ACTIONS = {
  edit: { zh: '修改台账信息', en: 'Edit the register entry', article: 'Art.2, 6, 20' },
  record_sharing: { zh: '登记数据共享落实情况', en: 'Record data sharing fulfilment', article: 'Art.7' },
  record_security: { zh: '登记安全测评记录', en: 'Record a security test or filing', article: 'Art.20, 21' },
  file_om_report: { zh: '提交年度运维服务情况报表', en: 'File the yearly O&M report', article: 'Art.33' },
  start_exit: { zh: '发起系统退出', en: 'Start the exit', article: 'Art.30' },
  record_exit_step: { zh: '登记退出步骤', en: 'Record an exit step', article: 'Art.30' },
  complete_exit: { zh: '完成系统退出', en: 'Complete the exit', article: 'Art.30' },
  upload_document: { zh: '上传系统材料', en: 'Upload a document', article: 'Art.7, 20, 30, 33' },
} as const;
export type SystemAction = keyof typeof SYSTEM_ACTIONS;

/** Where an exit may start: a system in use, or one the monitoring eliminated (Art.30, 32). */
export const EXIT_FROM: readonly InfoSystemRow['status'][] = ['operating', 'eliminated'];

type ExitRow = typeof systemExits.$inferSelect;
type OmReportRow = typeof omReports.$inferSelect;
type SecurityRow = typeof systemSecurityRecords.$inferSelect;

export function presentSystemSummary(s: InfoSystemRow, ownerName: string | null): InfoSystemSummary {
  const deployment = s.deployment ? labelOf(DEPLOYMENT_MODES, s.deployment) : null;
  return {
    id: s.id,
    code: s.code,
    name: s.name,
    ownerOrgId: s.ownerOrgId,
    ownerName,
    status: s.status,
    statusName: SYSTEM_STATUSES[s.status].zh,
    statusNameEn: SYSTEM_STATUSES[s.status].en,
    deployment: s.deployment,
    deploymentName: deployment?.zh ?? null,
    mlpsLevel: s.mlpsLevel,
    dataCollected: s.dataCollected,
    sharingFulfilled: s.sharingFulfilled,
    operationStartedOn: s.operationStartedOn,
    source: s.source as InfoSystemSummary['source'],
    version: s.version,
    updatedAt: s.updatedAt.toISOString(),
  };
}

export function allowedSystemActions(a: InfoSystemAccess, exit: ExitRow | null): SystemAction[] {
  const s = a.system;
  const out: SystemAction[] = [];
  if (s.status === 'exited') return out;
  const either = a.isManager || a.isOwner;
  if (either && s.status !== 'exiting') out.push('edit');
  if (a.isManager) out.push('record_sharing');
  if (either) out.push('record_security', 'upload_document');
  if (a.isOwner && s.status === 'operating' && s.operationStartedOn) out.push('file_om_report');
  if (either && EXIT_FROM.includes(s.status) && !exit) out.push('start_exit');
  if (a.isOwner && s.status === 'exiting') {
    if (EXIT_STEP_CODES.some((step) => !exit?.steps[step])) out.push('record_exit_step');
    out.push('complete_exit');
  }
  return out;
}

/** Newest first; `overdue` when the next one was due before today and no later record of its kind came. */
function presentSecurityRecords(
  rows: SecurityRow[],
  today: IsoDate,
  names: Map<string, string>,
): SystemSecurityRecord[] {
  const newest = new Map<SecurityRecordKind, string>();
  for (const r of rows) if (!newest.has(r.kind)) newest.set(r.kind, r.id);
  return rows.map((r) => {
    const superseded = newest.get(r.kind) !== r.id;
    return {
      id: r.id,
      kind: r.kind,
      kindName: SECURITY_RECORD_KINDS[r.kind].zh,
      article: SECURITY_RECORD_KINDS[r.kind].article,
      date: r.date,
      result: r.result as SystemSecurityRecord['result'],
      reference: r.reference,
      nextDueOn: r.nextDueOn,
      superseded,
      overdue: !superseded && r.nextDueOn !== null && r.nextDueOn < today,
      documentId: r.documentId,
      recordedBy: r.recordedBy,
      recordedByName: names.get(r.recordedBy) ?? null,
      recordedAt: r.recordedAt.toISOString(),
    };
  });
}

export function presentOmReport(r: OmReportRow): OmReport {
  return {
    id: r.id,
    year: r.year,
    sections: OM_REPORT_SECTIONS.map((s) => ({ code: s.code, zh: s.zh, text: r.sections[s.code] ?? '' })),
    documentId: r.documentId,
    dueDate: r.dueDate,
    overdue: r.overdue,
    submittedBy: r.submittedBy,
    submittedAt: r.submittedAt.toISOString(),
  };
}

function presentExit(e: ExitRow | null, names: Map<string, string>): SystemExit | null {
  if (!e) return null;
  return {
    reason: e.reason,
    startedBy: e.startedBy,
    startedByName: names.get(e.startedBy) ?? null,
    startedAt: e.startedAt.toISOString(),
    completedAt: e.completedAt?.toISOString() ?? null,
    article: 'Art.30',
    steps: EXIT_STEP_CODES.map((code) => {
      const done = e.steps[code];
      return {
        code,
        zh: EXIT_STEPS[code].zh,
        en: EXIT_STEPS[code].en,
        done: Boolean(done),
        at: done?.at ?? null,
        by: done?.by ?? null,
        byName: done ? (names.get(done.by) ?? null) : null,
        note: done?.note ?? null,
        documentId: done?.documentId ?? null,
      };
    }),
  };
}

/** The whole page of a system, read at `now` (the request's instant). */
export async function systemDetail(
  db: Db | Tx,
  a: InfoSystemAccess,
  ownerName: string | null,
  now: Date,
  uploadMaxBytes: number,
): Promise<InfoSystem> {
  const s = a.system;
  const [projects, records, reports, exit, docs, calendar, projectDocs] = await inTurn(db, [
    () => linkedProjects(db, s.id),
    () => securityRecordsOf(db, s.id),
    () => omReportsOf(db, s.id),
    () => exitOf(db, s.id),
    () => systemDocuments(db, s.id),
    () => calendarInForce(db),
    () => projectDocumentsOf(db, s.id),
  ]);
  const today = shanghaiDateOf(now);
  const names = await userNameMap(db, [
    s.sharingEvidence?.by,
    exit?.startedBy,
    ...Object.values(exit?.steps ?? {}).map((st) => st?.by),
    ...records.map((r) => r.recordedBy),
    ...reports.map((r) => r.submittedBy),
    ...docs.map((d) => d.uploadedBy),
  ]);
  // O&M periods (Art.33) up to today, or up to the day the exit completed.
  const until =
    exit?.completedAt && shanghaiDateOf(exit.completedAt) < today ? shanghaiDateOf(exit.completedAt) : today;
  const periods = s.operationStartedOn
    ? endedOmPeriods(s.operationStartedOn, until, editionForNew(now), calendar).map((p) => {
        const report = reports.find((r) => r.year === p.year);
        return {
          ...p,
          report: report ? presentOmReport(report) : null,
          overdue: report ? report.overdue : p.dueDate !== null && p.dueDate < today,
        };
      })
    : [];
  const actions = allowedSystemActions(a, exit);
  return {
    ...presentSystemSummary(s, ownerName),
    description: s.description,
    cloudVcpu: s.cloudVcpu,
    cloudMemoryGb: s.cloudMemoryGb,
    cloudStorageGb: s.cloudStorageGb,
    mlpsFilingNumber: s.mlpsFilingNumber,
    sharingEvidence: s.sharingEvidence
      ? { ...s.sharingEvidence, byName: names.get(s.sharingEvidence.by) ?? null, article: 'Art.7' }
      : null,
    registeredBy: s.registeredBy,
    createdAt: s.createdAt.toISOString(),
    projects: projects.map((p) => ({
      ...p,
      relationName: SYSTEM_RELATIONS[p.relation].zh,
      stageName: STAGES[p.stage].zh,
    })),
    securityRecords: presentSecurityRecords(records, today, names),
    omPeriods: periods,
    exit: presentExit(exit, names),
    documents: docs.map((d) => presentDocument(d, { name: names.get(d.uploadedBy) ?? null, orgId: null })),
    // What the system's own upload takes, and the projects' documents its records may cite as evidence.
    upload: {
      docTypes: SYSTEM_DOCUMENT_TYPES.map((code) => ({ code, ...DOCUMENT_TYPES[code] })),
      maxBytes: uploadMaxBytes,
      allowedExtensions: [...ALLOWED_EXTENSIONS],
    },
    evidenceDocuments: projectDocs.map((d) => ({
      ...d,
      docTypeName: isDocumentType(d.docType) ? DOCUMENT_TYPES[d.docType].zh : d.docType,
    })),
    actions: actions.map((code) => ({ code, ...SYSTEM_ACTIONS[code] })),
    editableFields: actions.includes('edit') ? (a.isManager ? 'all' : [...OWNER_EDITABLE]) : [],
  };
}

/** The answer of a read or a write: the system as the person now sees it, with its ETag. */
export async function answerSystem(db: Db, req: FastifyRequest, reply: FastifyReply, id: string): Promise<InfoSystem> {
  const a = await loadSystem(db, req, id);
  const names = await orgNameMap(db, [a.system.ownerOrgId]);
  setEtag(reply, a.system.version);
  return systemDetail(
    db,
    a,
    names.get(a.system.ownerOrgId) ?? null,
    req.now,
    req.server.services.config.uploadMaxBytes,
  );
}
