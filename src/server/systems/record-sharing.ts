// 数据共享落实情况 (Art.7 "建立信息化项目建设与数据共享挂钩机制，未落实数据共享开放要求的不予批准项目建设，
// 做到先共享再续建"): the data bureau records whether a system's sharing duties are met, with its
// evidence. A continuation declared against the system reads this flag (R-SHARE-PRIOR,
// src/server/projects/declaration-input.ts), never the declarant's own word.
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { systems } from '../../db/schema.js';
import { auditTx } from '../audit/record.js';
import type { ZApp } from '../zapp.js';
import { assertCapacity, assertNotExited, writeSystem } from './access.js';
import { idParams } from './fields.js';
import { answerSystem } from './present.js';
import { assertSystemEvidence } from './repo.js';
import { InfoSystemSchema } from './responses.js';

const sharingBody = z.object({
  fulfilled: z.boolean({ error: 'fulfilled 须为 true（已落实）或 false（未落实）' }),
  note: z
    .string({ error: '请填写落实情况说明' })
    .trim()
    .min(4, '落实情况说明至少 4 个字')
    .max(2000, '说明不能超过 2000 字'),
  documentId: z.uuid('材料编号无效').optional(),
});

export async function recordSharingRoutes(app: ZApp) {
  const { db } = app.services;

  app.post(
    '/systems/:id/sharing',
    {
      schema: {
        tags: ['systems'],
        summary: '登记数据共享落实情况（区数据局；第七条 先共享再续建）',
        params: idParams,
        body: sharingBody,
        response: { 200: InfoSystemSchema },
      },
    },
    async (req, reply) => {
      const b = req.body;
      const id = req.params.id;
      await writeSystem(req, id, 'record_sharing', async (tx, a) => {
        assertCapacity(a, ['manager'], '登记数据共享落实情况', 'record data sharing fulfilment');
        assertNotExited(a.system);
        await assertSystemEvidence(tx, id, b.documentId, 'Art.7');
        const evidence = {
          note: b.note,
          documentId: b.documentId ?? null,
          by: a.auth.user.id,
          at: req.now.toISOString(),
        };
        await tx
          .update(systems)
          .set({
            sharingFulfilled: b.fulfilled,
            sharingEvidence: evidence,
            version: sql`${systems.version} + 1`,
            updatedAt: req.now,
          })
          .where(eq(systems.id, id));
        await auditTx(tx, req, {
          action: 'system.sharing_recorded',
          outcome: 'success',
          targetType: 'system',
          targetId: id,
          detail: {
            code: a.system.code,
            fulfilled: b.fulfilled,
            before: a.system.sharingFulfilled,
            note: b.note,
            documentId: evidence.documentId,
            article: 'Art.7',
          },
        });
      });
      return answerSystem(db, req, reply, id);
    },
  );
}
