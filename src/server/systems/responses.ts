// What the systems register answers (信息系统台账, SPEC §3 steps 14–15; Art.2, 6, 7, 20, 21, 30, 32, 33;
// issue 13): the list, the page of a system (with its projects, security records, O&M periods, exit,
// documents and the actions the person may take), the records its use cases create and the .xlsx
// import's answer. The serializer checks each answer against these; the OpenAPI document and the web's
// types (src/web/api/openapi.d.ts) are generated from them.
import { z } from 'zod';
import { EXIT_STEPS, SECURITY_RECORD_KINDS, SYSTEM_RELATIONS, SYSTEM_STATUSES } from '../../domain/delivery/systems.js';
import { int, isoDate, isoDateTime, keysOf, pageOf, StageSchema, uuid } from '../platform/api-schemas.js';
import { UploadedDocumentSchema } from '../documents/responses.js';
import { FindingSchema } from '../projects/responses.js';
import { OWNER_EDITABLE } from './fields.js';
import { SYSTEM_ACTIONS } from './present.js';
import { SYSTEM_DOCUMENT_TYPES } from './repo.js';

/** How a system came into the register: a project built it, the data bureau registered or imported it. */
export const SYSTEM_SOURCES = ['platform', 'register', 'import'] as const;
/** A test or an assessment passes or fails; a filing is filed (Art.20, 21). */
export const SECURITY_RESULTS = ['pass', 'fail', 'filed'] as const;

export const SystemStatusSchema = keysOf(SYSTEM_STATUSES).meta({ id: 'SystemStatus' });
export const SystemActionSchema = keysOf(SYSTEM_ACTIONS).meta({ id: 'SystemAction' });

/** A row of the register (GET /systems): presentSystemSummary. */
export const InfoSystemSummarySchema = z
  .object({
    id: uuid,
    code: z.string(),
    name: z.string(),
    ownerOrgId: uuid,
    ownerName: z.string().nullable(),
    status: SystemStatusSchema,
    statusName: z.string(),
    statusNameEn: z.string(),
    /** A deployment mode of the edition (Art.6): gov_cloud, assessed_cloud, exempt. */
    deployment: z.string().nullable(),
    deploymentName: z.string().nullable(),
    mlpsLevel: int.nullable(),
    dataCollected: z.boolean(),
    sharingFulfilled: z.boolean(),
    operationStartedOn: isoDate.nullable(),
    source: z.enum(SYSTEM_SOURCES),
    version: int,
    updatedAt: isoDateTime,
  })
  .meta({ id: 'InfoSystemSummary' });
export type InfoSystemSummary = z.output<typeof InfoSystemSummarySchema>;

export const InfoSystemPageSchema = pageOf(InfoSystemSummarySchema).meta({ id: 'InfoSystemPage' });

/** POST /systems/:id/security-records: the record as stored. */
export const RecordedSecurityRecordSchema = z
  .object({
    id: uuid,
    systemId: uuid,
    kind: keysOf(SECURITY_RECORD_KINDS),
    kindName: z.string(),
    article: z.string(),
    date: isoDate,
    result: z.enum(SECURITY_RESULTS),
    reference: z.string(),
    nextDueOn: isoDate.nullable(),
    documentId: uuid.nullable(),
    recordedBy: uuid,
    recordedAt: isoDateTime,
  })
  .meta({ id: 'RecordedSecurityRecord' });
export type RecordedSecurityRecord = z.output<typeof RecordedSecurityRecordSchema>;

/** A security record on the system's page (Art.20, 21), newest first; `overdue` when its next one is late. */
export const SystemSecurityRecordSchema = RecordedSecurityRecordSchema.omit({ systemId: true })
  .extend({
    superseded: z.boolean(),
    overdue: z.boolean(),
    recordedByName: z.string().nullable(),
  })
  .meta({ id: 'SystemSecurityRecord' });
export type SystemSecurityRecord = z.output<typeof SystemSecurityRecordSchema>;

/** 年度运维服务情况报表 (Art.33): the five sections, in the Measures' order. */
export const OmReportSchema = z
  .object({
    id: uuid,
    year: int,
    sections: z.array(z.object({ code: z.string(), zh: z.string(), text: z.string() })),
    documentId: uuid.nullable(),
    dueDate: isoDate.nullable(),
    overdue: z.boolean(),
    submittedBy: uuid,
    submittedAt: isoDateTime,
  })
  .meta({ id: 'OmReport' });
export type OmReport = z.output<typeof OmReportSchema>;

/** POST /systems/:id/om-reports: the report filed and the findings of R-OM-REPORT (late: overdue). */
export const FiledOmReportSchema = z
  .object({ report: OmReportSchema, findings: z.array(FindingSchema) })
  .meta({ id: 'FiledOmReport' });

/** An O&M period that has ended (Art.33), with its report or whether the report is overdue. */
export const OmPeriodSchema = z
  .object({
    year: int,
    from: isoDate,
    to: isoDate,
    /** Null while its year is not in the official calendar. */
    dueDate: isoDate.nullable(),
    article: z.string(),
    report: OmReportSchema.nullable(),
    overdue: z.boolean(),
  })
  .meta({ id: 'OmPeriod' });
export type OmPeriod = z.output<typeof OmPeriodSchema>;

/** 项目退出 (Art.30): the reason, and the four steps with their evidence. */
export const SystemExitSchema = z
  .object({
    reason: z.string(),
    startedBy: uuid,
    startedByName: z.string().nullable(),
    startedAt: isoDateTime,
    completedAt: isoDateTime.nullable(),
    article: z.string(),
    steps: z.array(
      z.object({
        code: keysOf(EXIT_STEPS),
        zh: z.string(),
        en: z.string(),
        done: z.boolean(),
        at: isoDateTime.nullable(),
        by: uuid.nullable(),
        byName: z.string().nullable(),
        note: z.string().nullable(),
        documentId: uuid.nullable(),
      }),
    ),
  })
  .meta({ id: 'SystemExit' });
export type SystemExit = z.output<typeof SystemExitSchema>;

/** A version of one of the system's own documents: the same presenter as a project's (documents/present.ts). */
export const SystemDocumentSchema = UploadedDocumentSchema;
export type SystemDocument = z.output<typeof SystemDocumentSchema>;

/** GET /systems/:id and every write on a system: the page as the person now sees it (systemDetail). */
export const InfoSystemSchema = InfoSystemSummarySchema.extend({
  description: z.string(),
  cloudVcpu: int.nullable(),
  cloudMemoryGb: int.nullable(),
  cloudStorageGb: int.nullable(),
  mlpsFilingNumber: z.string().nullable(),
  /** 数据共享落实情况 (Art.7), recorded by the data bureau. */
  sharingEvidence: z
    .object({
      note: z.string(),
      documentId: uuid.nullable(),
      by: uuid,
      at: isoDateTime,
      byName: z.string().nullable(),
      article: z.string(),
    })
    .nullable(),
  registeredBy: uuid,
  createdAt: isoDateTime,
  projects: z.array(
    z.object({
      id: uuid,
      code: z.string(),
      name: z.string(),
      stage: StageSchema,
      relation: keysOf(SYSTEM_RELATIONS),
      relationName: z.string(),
      stageName: z.string(),
    }),
  ),
  securityRecords: z.array(SystemSecurityRecordSchema),
  omPeriods: z.array(OmPeriodSchema),
  exit: SystemExitSchema.nullable(),
  documents: z.array(SystemDocumentSchema),
  /** What the system's own upload takes. */
  upload: z.object({
    docTypes: z.array(z.object({ code: z.enum(SYSTEM_DOCUMENT_TYPES), zh: z.string(), en: z.string() })),
    maxBytes: int,
    allowedExtensions: z.array(z.string()),
  }),
  /** The current documents of the system's projects, which its records may cite as evidence. */
  evidenceDocuments: z.array(
    z.object({
      id: uuid,
      docType: z.string(),
      docTypeName: z.string(),
      version: int,
      fileName: z.string(),
      projectCode: z.string(),
    }),
  ),
  /** The actions the person may take now; the UI offers only these (the server checks again). */
  actions: z.array(z.object({ code: SystemActionSchema, zh: z.string(), en: z.string(), article: z.string() })),
  /** 'all' for the data bureau; the owner unit's fields (Art.6, 20); [] when the person may not edit. */
  editableFields: z.union([z.literal('all'), z.array(z.enum(OWNER_EDITABLE))]),
}).meta({ id: 'InfoSystem' });
export type InfoSystem = z.output<typeof InfoSystemSchema>;

/** POST /systems/import: the systems registered, and the bad rows by row number and column header. */
export const SystemImportResultSchema = z
  .object({
    created: z.array(z.object({ row: int, id: uuid, code: z.string(), name: z.string() })),
    errors: z.array(z.object({ row: int, column: z.string(), message: z.string() })),
    rows: int,
  })
  .meta({ id: 'SystemImportResult' });
export type SystemImportResult = z.output<typeof SystemImportResultSchema>;
