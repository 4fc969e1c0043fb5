// GET /projects/:id/archive.zip — the project's whole file for audit and 档案验收 (SPEC §7): anyone
// who may see the project may export it; the export is audited.
import { and, asc, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { documents, projectEvents, users } from '../../db/schema.js';
import { verifyUrl } from '../../domain/approval/form-code.js';
import type { AuditAction } from '../../domain/audit/events.js';
import { AUDIT_EVENTS } from '../../domain/audit/events.js';
import { blindEvent } from '../projects/blind.js';
import { DOCUMENT_TYPES, type DocumentType } from '../../domain/documents.js';
import { STAGES, type Stage } from '../../domain/lifecycle/stages.js';
import { formData } from '../exports/joint-review-form-data.js';
import { auditTx } from '../audit/record.js';
import { AppError } from '../errors.js';
import { buildJointReviewFormDocx } from '../exports/joint-review-form-docx.js';
import { localDateTime } from '../exports/format.js';
import { buildArchiveIndexDocx } from '../exports/archive-index-docx.js';
import { ARCHIVE_RECORDS, buildProjectArchive, documentPath, generatedPath } from '../exports/project-archive.js';
import { deliveryRecord } from '../projects/delivery.js';
import { projectTimeline } from '../projects/timeline.js';

/** Beijing time to the second: the history and the inventory are read as an audit record. */
const stamp = (at: Date) => localDateTime(at, undefined, true);
import { loadProject } from '../projects/access.js';
import { orgNameMap } from '../projects/org-names.js';
import { presentProject } from '../projects/presenter.js';
import { fileAnswer } from '../platform/api-schemas.js';
import type { ZApp } from '../zapp.js';
import type { FileStore } from '../storage/file-store.js';

const stageName = (s: string | null) => (s ? (STAGES[s as Stage]?.zh ?? s) : null);

export async function archiveRoutes(app: ZApp, store: FileStore) {
  const { db, config } = app.services;

  app.get(
    '/projects/:id/archive.zip',
    {
      schema: {
        tags: ['documents'],
        summary: '导出项目档案（全部材料版本、办理记录、材料清单及 SM3 摘要）',
        params: z.object({ id: z.uuid() }),
        response: { 200: fileAnswer('项目档案 (.zip) / the project archive', 'application/zip') },
      },
    },
    async (req, reply) => {
      const access = await loadProject(db, req, req.params.id);
      const p = access.project;
      const [events, docs] = await Promise.all([
        db
          .select({ e: projectEvents, actor: users.displayName })
          .from(projectEvents)
          .leftJoin(users, eq(users.id, projectEvents.actorUserId))
          .where(eq(projectEvents.projectId, p.id))
          .orderBy(asc(projectEvents.at)),
        db
          .select({ d: documents, by: users.displayName })
          .from(documents)
          .leftJoin(users, eq(users.id, documents.uploadedBy))
          .where(and(eq(documents.ownerType, 'project'), eq(documents.ownerId, p.id), isNull(documents.withdrawnAt)))
          .orderBy(asc(documents.docType), asc(documents.version)),
      ]);
      const names = await orgNameMap(db, [
        p.declaringOrgId,
        ...events.map((r) => r.e.actorOrgId).filter((x): x is string => Boolean(x)),
      ]);
      const a = access.application;
      // Only the form of the current round: a round closed by a re-declared change has none (Art.17 ¶3).
      const generated = a?.formCode
        ? [
            {
              name: `${p.code} 联合评审表.docx`,
              bytes: await buildJointReviewFormDocx({
                data: await formData(db, p, a),
                shortCode: a.formCode,
                verifyUrl: verifyUrl(config.publicUrl, a.formCode),
                generatedAt: req.now,
              }),
            },
          ]
        : [];
      const presented = presentProject(access, names);
      const archiveDocs = docs.map(({ d, by }) => ({
        docTypeName: DOCUMENT_TYPES[d.docType as DocumentType]?.zh ?? d.docType,
        version: d.version,
        fileName: d.fileName,
        sizeBytes: d.sizeBytes,
        sm3: d.sm3,
        uploadedAt: stamp(d.uploadedAt),
        uploadedBy: by,
        submittedAt: d.submittedAt ? stamp(d.submittedAt) : null,
      }));
      const [delivery, timeline] = await Promise.all([
        deliveryRecord(db, access, req.now),
        projectTimeline(db, access, req.now),
      ]);
      const index = await buildArchiveIndexDocx({
        project: {
          code: p.code,
          name: p.name,
          stageName: STAGES[p.stage].zh,
          declaringOrg: names.get(p.declaringOrgId) ?? '',
        },
        records: [...ARCHIVE_RECORDS],
        documents: archiveDocs.map((d) => ({
          path: documentPath(d),
          what: d.docTypeName,
          version: d.version,
          sm3: d.sm3,
          at: d.uploadedAt,
        })),
        generated: generated.map((g) => ({ path: generatedPath(g.name), what: g.name })),
        exportedAt: stamp(req.now),
        exportedBy: `${access.auth.org.name} ${access.auth.user.displayName}`,
      });
      const stream = await buildProjectArchive({
        delivery,
        timeline: timeline.items,
        index,
        project: presented,
        // The same blind rule as the history tab: an open round's decisions only for those who spoke.
        events: events
          .map(({ e: raw, actor }) => ({ e: blindEvent(raw, access), actor }))
          .map(({ e, actor }) => ({
            at: stamp(e.at),
            actionName: AUDIT_EVENTS[e.action as AuditAction] ?? e.action,
            actorOrg: e.actorOrgId ? (names.get(e.actorOrgId) ?? null) : null,
            actor,
            fromStage: stageName(e.fromStage),
            toStage: stageName(e.toStage),
            rule: e.rule,
            article: e.article,
            note: e.note,
          })),
        documents: docs.map(({ d }, i) => ({
          ...archiveDocs[i],
          open: async () =>
            (
              await store.get(d.storageKey).catch((err: unknown) => {
                req.log.error({ err, docId: d.id }, 'document bytes missing');
                throw new AppError(
                  500,
                  'DOCUMENT_FILE_MISSING',
                  `材料“${d.fileName}”的文件内容缺失，无法导出档案，请联系管理员并提供请求编号`,
                  { messageEn: 'A stored file is missing; contact the administrator' },
                );
              })
            ).stream,
        })),
        generated,
        exportedAt: stamp(req.now),
        exportedBy: `${access.auth.org.name} ${access.auth.user.displayName}`,
      });
      await db.transaction((tx) =>
        auditTx(tx, req, {
          action: 'project.archive_exported',
          outcome: 'success',
          targetType: 'project',
          targetId: p.id,
          detail: { documents: docs.length, events: events.length },
        }),
      );
      const name = `${p.code} ${p.name} 项目档案.zip`;
      return reply
        .header('content-type', 'application/zip')
        .header(
          'content-disposition',
          `attachment; filename="${p.code}-archive.zip"; filename*=UTF-8''${encodeURIComponent(name)}`,
        )
        .header('cache-control', 'private, no-store')
        .send(stream);
    },
  );
}
