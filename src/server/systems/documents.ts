// A system's own documents (SPEC §6): the evidence of its sharing (Art.7), security tests (Art.20,
// 21), O&M reports (Art.33) and exit (Art.30) when no project of it holds the file. Received,
// hashed (SM3), sniffed and stored by the same code as project documents (documents/receive.ts),
// owner_type 'system'; downloaded through GET /documents/:id/download by whoever sees the system.
import fsp from 'node:fs/promises';
import { eq } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { documents, systems } from '../../db/schema.js';
import { DOCUMENT_TYPES } from '../../domain/documents.js';
import { auditTx } from '../audit/record.js';
import { isUniqueViolation, type DocumentRow } from '../documents/freeze.js';
import { presentDocument } from '../documents/present.js';
import { receiveUpload, type ReceivedFile } from '../documents/receive.js';
import { AppError, badRequest } from '../errors.js';
import { newStorageKey, type FileStore } from '../storage/file-store.js';
import type { ZApp } from '../zapp.js';
import { assertCapacity, assertNotExited, auditedRefusals, loadSystem, type InfoSystemAccess } from './access.js';
import { idParams } from './fields.js';
import { nextSystemDocumentVersion, SYSTEM_DOCUMENT_TYPES, type SystemDocumentType } from './repo.js';
import { SystemDocumentSchema } from './responses.js';

const isSystemDocumentType = (t: string): t is SystemDocumentType =>
  (SYSTEM_DOCUMENT_TYPES as readonly string[]).includes(t);
const typeList = SYSTEM_DOCUMENT_TYPES.map((t) => `${t}（${DOCUMENT_TYPES[t].zh}）`).join('、');

export async function systemDocumentRoutes(app: ZApp, store: FileStore) {
  const { db, config } = app.services;
  const maxBytes = config.uploadMaxBytes;

  /** Inserts the next version + its audit row; one retry if a concurrent upload took the number. */
  async function insertVersion(req: FastifyRequest, a: InfoSystemAccess, up: ReceivedFile, storageKey: string) {
    const systemId = a.system.id;
    for (let attempt = 0; ; attempt++) {
      try {
        return await db.transaction(async (tx): Promise<DocumentRow> => {
          const [s] = await tx
            .select({ status: systems.status })
            .from(systems)
            .where(eq(systems.id, systemId))
            .for('update');
          assertNotExited({ ...a.system, status: s.status });
          const version = await nextSystemDocumentVersion(tx, systemId, up.docType);
          const [row] = await tx
            .insert(documents)
            .values({
              ownerType: 'system',
              ownerId: systemId,
              docType: up.docType,
              version,
              fileName: up.fileName,
              contentType: up.contentType,
              sizeBytes: up.sizeBytes,
              sm3: up.sm3,
              storageKey,
              uploadedBy: a.auth.user.id,
              uploadedAt: req.now,
            })
            .returning();
          await auditTx(tx, req, {
            action: 'document.uploaded',
            outcome: 'success',
            targetType: 'document',
            targetId: row.id,
            detail: {
              systemId,
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
    '/systems/:id/documents',
    {
      schema: {
        tags: ['systems'],
        params: idParams,
        summary:
          '上传系统材料（共享落实证明、安全测评报告、运维报表、退出材料；第七条、第二十条、第三十条、第三十三条）',
        description: `multipart/form-data：字段 docType（${typeList}）与一个 file；按文件内容识别类型。`,
        response: { 201: SystemDocumentSchema },
      },
    },
    async (req, reply) => {
      const id = req.params.id;
      let a: InfoSystemAccess;
      let up: ReceivedFile;
      try {
        a = await loadSystem(db, req, id);
        await auditedRefusals(req, id, 'upload_system_document', async () => {
          assertCapacity(a, ['manager', 'owner'], '上传系统材料', 'upload a system document');
          assertNotExited(a.system);
        });
        up = await receiveUpload(req, store, maxBytes);
      } catch (err) {
        closeIfUnread(req, reply);
        throw err;
      }
      if (!isSystemDocumentType(up.docType)) {
        await fsp.rm(up.tempPath, { force: true });
        throw badRequest('VALIDATION_FAILED', `系统材料类型 docType 须为：${typeList}`, {
          field: 'docType',
          messageEn: `docType must be one of ${SYSTEM_DOCUMENT_TYPES.join(', ')}`,
        });
      }
      const key = newStorageKey(id);
      try {
        await store.putFile(up.tempPath, key);
      } catch (err) {
        await fsp.rm(up.tempPath, { force: true });
        throw err;
      }
      let row: DocumentRow;
      try {
        row = await auditedRefusals(req, id, 'upload_system_document', () => insertVersion(req, a, up, key));
      } catch (err) {
        await store.delete(key); // nothing half-saved: no row, so no bytes either
        throw err;
      }
      return reply.status(201).send(presentDocument(row, { name: a.auth.user.displayName, orgId: a.auth.org.id }));
    },
  );
}
