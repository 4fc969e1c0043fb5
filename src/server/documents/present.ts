// What the client sees of a project's documents (SPEC §6: typed, versioned, hashed, attributed,
// downloadable with its history) and the checks shared by the document routes.
import type { FastifyRequest } from 'fastify';
import { DOCUMENT_TYPE_CODES, DOCUMENT_TYPES, isDocumentType } from '../../domain/documents.js';
import {
  CONTRACTED_UNIT_UPLOADS,
  DATA_BUREAU_UPLOADS,
  LATER_UPLOADS,
  STAGES,
  type Stage,
} from '../../domain/lifecycle/stages.js';
import { canTake, EDITABLE_STAGES } from '../../domain/lifecycle/transitions.js';
import { audit } from '../audit/record.js';
import { AppError, forbidden } from '../errors.js';
import type { ProjectAccess } from '../projects/access.js';
import type { DocumentRow } from './freeze.js';
import type { UploadedDocument } from './responses.js';

export function presentDocument(
  d: DocumentRow,
  uploader?: { name: string | null; orgId: string | null },
): UploadedDocument {
  const label = isDocumentType(d.docType) ? DOCUMENT_TYPES[d.docType] : { zh: d.docType, en: d.docType };
  return {
    id: d.id,
    docType: d.docType,
    docTypeName: label.zh,
    docTypeNameEn: label.en,
    version: d.version,
    fileName: d.fileName,
    contentType: d.contentType,
    sizeBytes: d.sizeBytes,
    sm3: d.sm3,
    uploadedAt: d.uploadedAt.toISOString(),
    uploadedBy: d.uploadedBy,
    uploadedByName: uploader?.name ?? null,
    uploadedByOrgId: uploader?.orgId ?? null,
    submittedAt: d.submittedAt?.toISOString() ?? null,
  };
}

export type PresentedDocument = ReturnType<typeof presentDocument>;

/** One item per type (its current version) in catalogue order, each with its version history. */
export function groupByType(rows: Array<PresentedDocument & { withdrawable: boolean }>) {
  const byType = new Map<string, typeof rows>();
  for (const r of [...rows].sort((a, b) => b.version - a.version)) {
    byType.set(r.docType, [...(byType.get(r.docType) ?? []), r]);
  }
  const order = (code: string) => {
    const i = DOCUMENT_TYPE_CODES.indexOf(code as never);
    return i < 0 ? DOCUMENT_TYPE_CODES.length : i;
  };
  return [...byType.entries()]
    .sort(([a], [b]) => order(a) - order(b) || a.localeCompare(b))
    .map(([, versions]) => ({ ...versions[0], versions }));
}

/**
 * Whether documents (of `docType`, when given) may be added or withdrawn at this stage: any type
 * while the declaration is editable; after the plan, the types of that step (LATER_UPLOADS).
 */
export function isEditable(stage: string, docType?: string): boolean {
  if (EDITABLE_STAGES.includes(stage as Stage)) return true;
  const later = LATER_UPLOADS[stage as Stage];
  return later !== undefined && (docType === undefined || later.includes(docType));
}

/**
 * Whether this person may add a document of `docType` (any type, when omitted) now: the declarant
 * at the editable stages or the step's types; the data bureau only its own meeting minutes (Art.13).
 */
export function mayUpload(access: Pick<ProjectAccess, 'project' | 'relations'>, docType?: string): boolean {
  const stage = access.project.stage;
  if (access.relations.has('declarant') && isEditable(stage, docType)) return true;
  const mayFile = (types: readonly string[] | undefined) =>
    types !== undefined && (docType === undefined || types.includes(docType));
  for (const unit of ['implementer', 'supervisor'] as const)
    if (access.relations.has(unit) && mayFile(CONTRACTED_UNIT_UPLOADS[unit][stage])) return true;
  // Art.33: the owner's rectification report while a rectification can be answered; an assigned
  // third-party evaluator's report (it files nothing else).
  if (access.relations.has('declarant') && canTake('answer_rectification', stage) && mayFile(['rectification_report']))
    return true;
  if (access.relations.has('evaluator') && stage !== 'terminated' && mayFile(['third_party_evaluation'])) return true;
  return access.relations.has('data_bureau') && mayFile(DATA_BUREAU_UPLOADS[stage as Stage]);
}

export function notEditable(stage: string): AppError {
  const s = STAGES[stage as Stage];
  return new AppError(
    409,
    'WRONG_STAGE',
    `项目当前处于“${s?.zh ?? stage}”阶段，材料不能再修改（已提交的材料版本永久保留）`,
    {
      messageEn: `The project is at "${s?.en ?? stage}"; its documents can no longer be changed`,
      article: 'Art.10(1)',
    },
  );
}

/**
 * Only the declaring unit changes a project's documents (a withdrawal: only the uploader's unit,
 * `ownUnit`), and only while the project is editable. A refusal is audited (等保 越权访问记录).
 */
export async function assertCanChangeDocuments(
  req: FastifyRequest,
  access: ProjectAccess,
  what: 'upload' | 'withdraw',
  ownUnit = true,
): Promise<void> {
  // The data bureau files its meeting minutes (and may withdraw its own) at the joint review steps;
  // the implementer and the supervisor file their reports (Art.16, 19, 28, 33).
  const filer = ['data_bureau', 'implementer', 'supervisor', 'evaluator'] as const;
  const ownFiling =
    !access.relations.has('declarant') && filer.some((r) => access.relations.has(r)) && mayUpload(access) && ownUnit;
  if (ownFiling) return;
  if (!access.relations.has('declarant') || !ownUnit) {
    await audit(req, {
      action: 'access.denied',
      outcome: 'denied',
      targetType: 'project',
      targetId: access.project.id,
      detail: { route: `${req.method} ${req.routeOptions.url}`, needed: 'declarant' },
    });
    throw what === 'upload'
      ? forbidden('只有申报单位可以上传项目材料', 'Only the declaring unit may upload documents')
      : forbidden('只有上传单位可以撤回材料', 'Only the uploading unit may withdraw a document');
  }
  if (!isEditable(access.project.stage)) throw notEditable(access.project.stage);
}
