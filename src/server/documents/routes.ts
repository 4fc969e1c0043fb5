// Project documents (SPEC §6; Art.10(1) 申报材料): upload a new version, list with history,
// download with the original name, withdraw a never-submitted version. Bytes are received, hashed
// and checked before any transaction opens; each transaction is a few SQL statements only.
import fsp from 'node:fs/promises';
import multipart from '@fastify/multipart';
import { and, asc, desc, eq, isNull } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { documents, projects, users } from '../../db/schema.js';
import { ALLOWED_EXTENSIONS, contentDisposition, DOCUMENT_TYPE_CODES, DOCUMENT_TYPES } from '../../domain/documents.js';
import { editionOfProject } from '../../domain/editions/resolve.js';
import { auditTx } from '../audit/record.js';
import { AppError, notFound } from '../errors.js';
import { loadProject, type ProjectAccess } from '../projects/access.js';
import { loadSystem } from '../systems/access.js';
import type { ZApp } from '../zapp.js';
import type { Config } from '../config.js';
import { openDocumentStore, storedFileRefusal } from '../storage/document-store.js';
import { newStorageKey, type SealedFileStore } from '../storage/file-store.js';
import { isUniqueViolation, nextVersion, type DocumentRow } from './freeze.js';
import { archiveRoutes } from './archive.js';
import { assertCanChangeDocuments, groupByType, mayUpload, notEditable, presentDocument } from './present.js';
import { receiveUpload, type ReceivedFile } from './receive.js';
import { DocumentsResultSchema, DocumentWithdrawnSchema, UploadedDocumentSchema } from './responses.js';
import { fileAnswer } from '../platform/api-schemas.js';

const projectParams = z.object({ id: z.uuid('无效的项目编号') });
const docParams = z.object({ docId: z.uuid('无效的材料编号') });
const tags = ['documents'];

/**
 * Where document bytes are kept: S3-compatible storage when configured, else DATA_DIR/files (SPEC §6),
 * sealed with SM4 + HMAC-SM3 under the file master keys either way (storage/document-store.ts).
 */
export function documentStore(config: Config): SealedFileStore {
  return openDocumentStore(config);
}

export async function documentRoutes(app: ZApp) {
  const { db, config } = app.services;
  const maxBytes = config.uploadMaxBytes;
  const store = documentStore(config);
  await store
    .sweepTemp(app.services.clock.now().getTime())
    .catch((err) => app.log.warn({ err }, 'could not sweep upload temp files'));
  // Multipart only here; the 1 MB JSON bodyLimit does not apply to these streamed parts.
  await app.register(multipart, { limits: { fileSize: maxBytes, files: 1, fields: 5, parts: 6, fieldSize: 1024 } });
  await archiveRoutes(app, store);

  /** A visible, not withdrawn document and its project; 404 for anything else. */
  async function loadDocument(
    req: FastifyRequest,
    docId: string,
  ): Promise<{ doc: DocumentRow; access: ProjectAccess }> {
    const [doc] = await db.select().from(documents).where(eq(documents.id, docId));
    if (!doc || doc.withdrawnAt || doc.ownerType !== 'project') throw notFound('材料', 'Document');
    try {
      return { doc, access: await loadProject(db, req, doc.ownerId) };
    } catch (err) {
      throw err instanceof AppError && err.status === 404 ? notFound('材料', 'Document') : err;
    }
  }

  /** A document to download: a project's (loadDocument), or a system's to whoever may see the system. */
  async function loadReadable(req: FastifyRequest, docId: string): Promise<DocumentRow> {
    const [doc] = await db.select().from(documents).where(eq(documents.id, docId));
    if (doc?.ownerType !== 'system') return (await loadDocument(req, docId)).doc;
    if (doc.withdrawnAt) throw notFound('材料', 'Document');
    try {
      await loadSystem(db, req, doc.ownerId);
    } catch (err) {
      throw err instanceof AppError && err.status === 404 ? notFound('材料', 'Document') : err;
    }
    return doc;
  }

  /** Inserts the next version + its audit row; one retry if a concurrent upload took the number. */
  async function insertVersion(
    req: FastifyRequest,
    access: ProjectAccess,
    up: ReceivedFile,
    storageKey: string,
  ): Promise<DocumentRow> {
    const projectId = access.project.id;
    for (let attempt = 0; ; attempt++) {
      try {
        return await db.transaction(async (tx) => {
          // Row lock: uploads to one project take turns, and a submission running now either sees
          // this version or makes it refuse (Art.10(1)).
          const [p] = await tx
            .select({ stage: projects.stage })
            .from(projects)
            .where(eq(projects.id, projectId))
            .for('no key update');
          if (!p) throw notFound('项目', 'Project');
          if (!mayUpload({ project: { ...access.project, stage: p.stage }, relations: access.relations }, up.docType))
            throw notEditable(p.stage);
          const version = await nextVersion(tx, projectId, up.docType);
          const [row] = await tx
            .insert(documents)
            .values({
              uploadedAt: req.now,
              ownerType: 'project',
              ownerId: projectId,
              docType: up.docType,
              version,
              fileName: up.fileName,
              contentType: up.contentType,
              sizeBytes: up.sizeBytes,
              sm3: up.sm3,
              storageKey,
              uploadedBy: req.auth!.user.id,
            })
            .returning();
          await auditTx(tx, req, {
            action: 'document.uploaded',
            outcome: 'success',
            targetType: 'document',
            targetId: row.id,
            detail: {
              projectId,
              docType: row.docType,
              version,
              fileName: row.fileName,
              sizeBytes: row.sizeBytes,
              sm3: row.sm3,
            },
          });
          return row;
        });
      } catch (err) {
        if (!isUniqueViolation(err)) throw err;
        if (attempt === 0) continue;
        throw new AppError(409, 'VERSION_CONFLICT', '同类材料正在被同时上传，请刷新后重试', {
          messageEn: 'Another upload of this type is in progress; reload and retry',
        });
      }
    }
  }

  /** A refused upload may leave most of the body unread: close the connection instead of draining it. */
  const closeIfUnread = (req: FastifyRequest, reply: FastifyReply) => {
    if (!req.raw.complete) reply.header('connection', 'close');
  };

  app.post(
    '/projects/:id/documents',
    {
      schema: {
        tags,
        params: projectParams,
        summary: '上传项目材料（新版本）',
        description: `multipart/form-data：字段 docType（${DOCUMENT_TYPE_CODES.join(' / ')}）与一个 file。支持 ${ALLOWED_EXTENSIONS.join(', ')}，按文件内容识别类型，上限 ${Math.floor(maxBytes / 1048576)} MB。`,
        response: { 201: UploadedDocumentSchema },
      },
    },
    async (req, reply) => {
      let up: ReceivedFile;
      let access: ProjectAccess;
      try {
        access = await loadProject(db, req, req.params.id);
        await assertCanChangeDocuments(req, access, 'upload');
        up = await receiveUpload(req, store, maxBytes);
      } catch (err) {
        closeIfUnread(req, reply);
        throw err;
      }
      const key = newStorageKey(access.project.id);
      try {
        await store.putFile(up.tempPath, key);
      } catch (err) {
        await fsp.rm(up.tempPath, { force: true });
        throw err;
      }
      let row: DocumentRow;
      try {
        row = await insertVersion(req, access, up, key);
      } catch (err) {
        await store.delete(key); // nothing half-saved: no row, so no bytes either
        throw err;
      }
      return reply
        .status(201)
        .send(presentDocument(row, { name: access.auth.user.displayName, orgId: access.auth.org.id }));
    },
  );

  app.get(
    '/projects/:id/documents',
    {
      schema: {
        tags,
        params: projectParams,
        summary: '项目材料（当前版本及历史版本）',
        response: { 200: DocumentsResultSchema },
      },
    },
    async (req) => {
      const access = await loadProject(db, req, req.params.id);
      const p = access.project;
      const rows = await db
        .select({ doc: documents, name: users.displayName, orgId: users.orgId })
        .from(documents)
        .leftJoin(users, eq(users.id, documents.uploadedBy))
        .where(and(eq(documents.ownerType, 'project'), eq(documents.ownerId, p.id), isNull(documents.withdrawnAt)))
        .orderBy(asc(documents.docType), desc(documents.version));
      const present = new Set(rows.map((r) => r.doc.docType));
      const mayChange = mayUpload(access);
      const items = groupByType(
        rows.map((r) => ({
          ...presentDocument(r.doc, { name: r.name, orgId: r.orgId }),
          withdrawable: mayUpload(access, r.doc.docType) && !r.doc.submittedAt && r.orgId === access.auth.org.id,
        })),
      );
      const required = editionOfProject(p).lists.requiredMaterials;
      return {
        items,
        requiredTypes: required.value.map((m) => ({ code: m.code, zh: m.zh, en: m.en, uploaded: present.has(m.code) })),
        requiredArticle: required.article,
        // After the plan only the types of the current step may be added (LATER_UPLOADS): offer those.
        docTypes: DOCUMENT_TYPE_CODES.filter((code) => mayUpload(access, code)).map((code) => ({
          code,
          ...DOCUMENT_TYPES[code],
        })),
        canUpload: mayChange,
        maxBytes,
        allowedExtensions: [...ALLOWED_EXTENSIONS],
      };
    },
  );

  app.get(
    '/documents/:docId/download',
    {
      schema: {
        tags,
        params: docParams,
        summary: '下载材料（原文件名，附 SM3 摘要）',
        // The content type is the one the upload was recognised as (FILE_KINDS).
        response: {
          200: fileAnswer(
            '材料原文件（响应头 x-content-sm3 为 SM3 摘要） / the file as uploaded (x-content-sm3: its SM3 digest)',
            'application/octet-stream',
          ),
        },
      },
    },
    async (req, reply) => {
      const doc = await loadReadable(req, req.params.docId);
      const file = await store.get(doc.storageKey).catch((err) => {
        req.log.error({ err, docId: doc.id }, 'document bytes cannot be read');
        throw storedFileRefusal(err); // missing, failing its HMAC-SM3 check, or its key not configured
      });
      try {
        await db.transaction((tx) =>
          auditTx(tx, req, {
            action: 'document.downloaded',
            outcome: 'success',
            targetType: 'document',
            targetId: doc.id,
            detail: {
              [doc.ownerType === 'system' ? 'systemId' : 'projectId']: doc.ownerId,
              docType: doc.docType,
              version: doc.version,
              fileName: doc.fileName,
            },
          }),
        );
      } catch (err) {
        file.stream.destroy();
        throw err;
      }
      return reply
        .header('content-type', doc.contentType)
        .header('content-disposition', contentDisposition(doc.fileName))
        .header('content-length', String(file.sizeBytes))
        .header('x-content-sm3', doc.sm3)
        .header('cache-control', 'private, no-store')
        .send(file.stream);
    },
  );

  app.delete(
    '/documents/:docId',
    {
      schema: {
        tags,
        params: docParams,
        summary: '撤回未提交的材料版本（记录保留）',
        response: { 200: DocumentWithdrawnSchema },
      },
    },
    async (req) => {
      const { doc, access } = await loadDocument(req, req.params.docId);
      const [uploader] = await db.select({ orgId: users.orgId }).from(users).where(eq(users.id, doc.uploadedBy));
      await assertCanChangeDocuments(req, access, 'withdraw', uploader?.orgId === access.auth.org.id);
      if (doc.submittedAt) {
        throw new AppError(409, 'DOCUMENT_SUBMITTED', '该版本已随申报提交，不能撤回（已提交的版本永久保留）', {
          messageEn: 'This version was submitted and can never be withdrawn',
          article: 'Art.10(1)',
        });
      }
      const now = req.now;
      const row = await db.transaction(async (tx) => {
        const [p] = await tx
          .select({ stage: projects.stage })
          .from(projects)
          .where(eq(projects.id, doc.ownerId))
          .for('share');
        if (!p) throw notFound('项目', 'Project');
        if (!mayUpload({ project: { ...access.project, stage: p.stage }, relations: access.relations }, doc.docType))
          throw notEditable(p.stage);
        const [r] = await tx
          .update(documents)
          .set({ withdrawnAt: now })
          .where(and(eq(documents.id, doc.id), isNull(documents.withdrawnAt), isNull(documents.submittedAt)))
          .returning();
        if (!r)
          throw new AppError(409, 'VERSION_CONFLICT', '材料已被提交或撤回，请刷新后重试', {
            messageEn: 'The document was submitted or withdrawn meanwhile; reload',
          });
        await auditTx(tx, req, {
          action: 'document.withdrawn',
          outcome: 'success',
          targetType: 'document',
          targetId: r.id,
          detail: { projectId: r.ownerId, docType: r.docType, version: r.version, fileName: r.fileName },
        });
        return r;
      });
      return { id: row.id, docType: row.docType, version: row.version, withdrawnAt: row.withdrawnAt!.toISOString() };
    },
  );
}
