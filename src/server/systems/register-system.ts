// The data bureau registers a system that exists already (信息系统台账, Art.2 "已建、在建…", Art.32
// 常态化开展信息系统清理、规范和整合): code from the register's sequence, source 'register'.
// Systems that projects build register themselves when construction starts (links.ts).
import type { Tx } from '../../db/client.js';
import { systems } from '../../db/schema.js';
import { shanghaiDateOf } from '../../domain/calendar/index.js';
import { auditTx } from '../audit/record.js';
import { requirePermission } from '../auth/guard.js';
import { isUniqueViolation } from '../documents/freeze.js';
import type { ZApp } from '../zapp.js';
import { assertDeclarantOrg, assertNameFree, assertNotFuture, duplicateSystem, registerBody } from './fields.js';
import { nextSystemCode } from './links.js';
import { answerSystem } from './present.js';
import { InfoSystemSchema } from './responses.js';

export type NewSystem = Omit<typeof systems.$inferInsert, 'id' | 'code' | 'source' | 'registeredBy' | 'version'>;

/** Inserts one system with the next register code (inside the caller's transaction). */
export async function insertSystem(tx: Tx, values: NewSystem, source: 'register' | 'import', by: string) {
  const [row] = await tx
    .insert(systems)
    .values({ ...values, code: await nextSystemCode(tx), source, registeredBy: by })
    .returning();
  return row;
}

export async function registerSystemRoutes(app: ZApp) {
  const { db } = app.services;

  app.post(
    '/systems',
    {
      schema: {
        tags: ['systems'],
        summary: '登记已有信息系统（区数据局；第二条、第六条、第二十条、第三十二条）',
        body: registerBody,
        response: { 201: InfoSystemSchema },
      },
    },
    async (req, reply) => {
      const auth = await requirePermission(req, 'system.manage');
      const b = req.body;
      assertNotFuture(b.operationStartedOn, shanghaiDateOf(req.now), 'operationStartedOn', '上线运行日期');
      await assertDeclarantOrg(db, b.ownerOrgId);
      const id = await db
        .transaction(async (tx) => {
          await assertNameFree(tx, b.ownerOrgId, b.name);
          const row = await insertSystem(
            tx,
            {
              name: b.name,
              ownerOrgId: b.ownerOrgId,
              description: b.description ?? '',
              status: b.status,
              deployment: b.deployment ?? null,
              cloudVcpu: b.cloudVcpu ?? null,
              cloudMemoryGb: b.cloudMemoryGb ?? null,
              cloudStorageGb: b.cloudStorageGb ?? null,
              mlpsLevel: b.mlpsLevel ?? null,
              mlpsFilingNumber: b.mlpsFilingNumber ?? null,
              dataCollected: b.dataCollected ?? false,
              operationStartedOn: b.operationStartedOn ?? null,
              createdAt: req.now,
              updatedAt: req.now,
            },
            'register',
            auth.user.id,
          );
          await auditTx(tx, req, {
            action: 'system.registered',
            outcome: 'success',
            targetType: 'system',
            targetId: row.id,
            detail: {
              code: row.code,
              name: row.name,
              ownerOrgId: row.ownerOrgId,
              status: row.status,
              article: 'Art.2',
            },
          });
          return row.id;
        })
        .catch((err: unknown) => {
          // Two registrations of one name at once: the unique index decides, the loser hears 409.
          throw isUniqueViolation(err) ? duplicateSystem(b.name, '—') : err;
        });
      const body = await answerSystem(db, req, reply, id);
      return reply.status(201).send(body);
    },
  );
}
