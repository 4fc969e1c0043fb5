// The systems register (信息系统台账, SPEC §3 steps 14–15; Art.2, 6, 7, 20, 21, 30, 32, 33): the list
// and the page of a system, and every use case on it, one file each — registration, editing, sharing
// fulfilment, security records, O&M reports, exit, its own documents and the .xlsx import.
import multipart from '@fastify/multipart';
import { and, asc, eq, ilike, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import { systems } from '../../db/schema.js';
import { SYSTEM_STATUS_CODES } from '../../domain/delivery/systems.js';
import { requireUser } from '../auth/guard.js';
import { documentStore } from '../documents/routes.js';
import { orgNameMap } from '../projects/org-names.js';
import type { ZApp } from '../zapp.js';
import { visibleSystems } from './access.js';
import { systemDocumentRoutes } from './documents.js';
import { editSystemRoutes } from './edit-system.js';
import { exitRoutes } from './exit.js';
import { idParams } from './fields.js';
import { fileOmReportRoutes } from './file-om-report.js';
import { IMPORT_MAX_BYTES, importSystemRoutes } from './import-systems.js';
import { answerSystem, presentSystemSummary } from './present.js';
import { recordSecurityRoutes } from './record-security.js';
import { recordSharingRoutes } from './record-sharing.js';
import { registerSystemRoutes } from './register-system.js';
import { InfoSystemPageSchema, InfoSystemSchema } from './responses.js';

const listQuery = z.object({
  status: z.enum(SYSTEM_STATUS_CODES, { error: `状态须为 ${SYSTEM_STATUS_CODES.join(' / ')}` }).optional(),
  ownerOrgId: z.uuid('责任单位编号无效').optional(),
  q: z.string().trim().max(50, '关键词不能超过 50 字').optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200, '每页最多 200 条').default(20),
});

export async function systemRoutes(app: ZApp) {
  const { db, config } = app.services;
  const store = documentStore(config);
  // Multipart here too (system documents, the .xlsx import); each route enforces its own size limit.
  await app.register(multipart, {
    limits: {
      fileSize: Math.max(config.uploadMaxBytes, IMPORT_MAX_BYTES),
      files: 1,
      fields: 5,
      parts: 6,
      fieldSize: 1024,
    },
  });

  app.get(
    '/systems',
    {
      schema: {
        tags: ['systems'],
        summary: '信息系统台账（按本人可见范围；第二条、第三十二条）',
        querystring: listQuery,
        response: { 200: InfoSystemPageSchema },
      },
    },
    async (req) => {
      const auth = requireUser(req);
      const q = req.query;
      const like = q.q ? `%${q.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
      const where = and(
        visibleSystems(auth),
        q.status ? eq(systems.status, q.status) : undefined,
        q.ownerOrgId ? eq(systems.ownerOrgId, q.ownerOrgId) : undefined,
        like ? or(ilike(systems.name, like), ilike(systems.code, like)) : undefined,
      );
      const [rows, [{ total }]] = await Promise.all([
        db
          .select()
          .from(systems)
          .where(where)
          .orderBy(asc(systems.code))
          .limit(q.pageSize)
          .offset((q.page - 1) * q.pageSize),
        db.select({ total: sql<number>`count(*)::int` }).from(systems).where(where),
      ]);
      const names = await orgNameMap(
        db,
        rows.map((r) => r.ownerOrgId),
      );
      return {
        items: rows.map((r) => presentSystemSummary(r, names.get(r.ownerOrgId) ?? null)),
        total,
        page: q.page,
        pageSize: q.pageSize,
      };
    },
  );

  app.get(
    '/systems/:id',
    {
      schema: {
        tags: ['systems'],
        summary: '信息系统详情：关联项目、安全测评记录、运维期与报表、退出（第七条、第二十条、第三十条、第三十三条）',
        params: idParams,
        response: { 200: InfoSystemSchema },
      },
    },
    async (req, reply) => answerSystem(db, req, reply, req.params.id),
  );

  await registerSystemRoutes(app);
  await editSystemRoutes(app);
  await recordSharingRoutes(app);
  await recordSecurityRoutes(app);
  await fileOmReportRoutes(app);
  await exitRoutes(app);
  await systemDocumentRoutes(app, store);
  await importSystemRoutes(app, store);
}
