// What the document calls answer (issue 13; SPEC §6, Art.10(1)): a version as uploaded, the project's
// documents with their history and what may be added now, and a withdrawal. Downloads and the archive
// are file answers (routes.ts, archive.ts). The serializer checks each answer against these; the
// OpenAPI document and the web's types (src/web/api/openapi.d.ts) are generated from them.
import { z } from 'zod';
import { DOCUMENT_TYPE_CODES } from '../../domain/documents.js';
import { int, isoDateTime, uuid } from '../platform/api-schemas.js';

/** One version of a document: typed, numbered, SM3-hashed, attributed (presentDocument). */
export const UploadedDocumentSchema = z
  .object({
    id: uuid,
    /** A code of DOCUMENT_TYPES (an unknown stored code is shown as it is). */
    docType: z.string(),
    docTypeName: z.string(),
    docTypeNameEn: z.string(),
    version: int,
    fileName: z.string(),
    contentType: z.string(),
    sizeBytes: int,
    /** SM3 digest of the bytes, hex. */
    sm3: z.string(),
    uploadedAt: isoDateTime,
    uploadedBy: uuid,
    uploadedByName: z.string().nullable(),
    uploadedByOrgId: uuid.nullable(),
    /** Set when the version went with a submission: it is frozen for good. */
    submittedAt: isoDateTime.nullable(),
  })
  .meta({ id: 'UploadedDocument' });
export type UploadedDocument = z.output<typeof UploadedDocumentSchema>;

/** A version in a project's list: whether the person may withdraw it (never submitted, their unit's). */
export const DocVersionSchema = UploadedDocumentSchema.extend({ withdrawable: z.boolean() }).meta({ id: 'DocVersion' });
/** A document type's current version, with every version (newest first). */
export const DocItemSchema = DocVersionSchema.extend({ versions: z.array(DocVersionSchema) }).meta({ id: 'DocItem' });

const DocTypeLabelSchema = z.object({ code: z.enum(DOCUMENT_TYPE_CODES), zh: z.string(), en: z.string() });

/** GET /projects/:id/documents. */
export const DocumentsResultSchema = z
  .object({
    items: z.array(DocItemSchema),
    /** The materials the edition requires with a declaration (Art.10(1)), and whether each is there. */
    requiredTypes: z.array(z.object({ code: z.string(), zh: z.string(), en: z.string(), uploaded: z.boolean() })),
    requiredArticle: z.string(),
    /** The types the person may add now. */
    docTypes: z.array(DocTypeLabelSchema),
    canUpload: z.boolean(),
    maxBytes: int,
    allowedExtensions: z.array(z.string()),
  })
  .meta({ id: 'DocumentsResult' });

/** DELETE /documents/:docId: the version withdrawn (the row stays, marked). */
export const DocumentWithdrawnSchema = z
  .object({ id: uuid, docType: z.string(), version: int, withdrawnAt: isoDateTime })
  .meta({ id: 'DocumentWithdrawn' });
