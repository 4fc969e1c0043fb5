// Editing a register entry with the version the person read (If-Match → 412, body `version` → 409):
// the data bureau any field (Art.2, 32), the owner unit where its system runs and its 等保 (Art.6, 20).
// The status moves to 已淘汰 by hand (Art.32); 退出中 / 已退出 only through the exit (Art.30).
import { eq, sql } from 'drizzle-orm';
import { systems } from '../../db/schema.js';
import { shanghaiDateOf } from '../../domain/calendar/index.js';
import { auditTx } from '../audit/record.js';
import { AppError, badRequest, forbidden } from '../errors.js';
import { expectedVersion, staleError } from '../platform/versioning.js';
import type { ZApp } from '../zapp.js';
import { assertCapacity, assertNotExited, writeSystem } from './access.js';
import {
  assertDeclarantOrg,
  assertNameFree,
  assertNotFuture,
  idParams,
  OWNER_EDITABLE,
  patchBody,
  type PatchInput,
} from './fields.js';
import { answerSystem } from './present.js';
import { InfoSystemSchema } from './responses.js';

const FIELD_ZH: Record<Exclude<keyof PatchInput, 'version'>, string> = {
  name: '系统名称',
  ownerOrgId: '责任单位',
  description: '系统简介',
  status: '状态',
  deployment: '部署方式',
  cloudVcpu: 'vCPU',
  cloudMemoryGb: '内存',
  cloudStorageGb: '存储',
  mlpsLevel: '等保级别',
  mlpsFilingNumber: '等保备案号',
  dataCollected: '数据已归集',
  operationStartedOn: '上线运行日期',
};

export async function editSystemRoutes(app: ZApp) {
  const { db } = app.services;

  app.patch(
    '/systems/:id',
    {
      schema: {
        tags: ['systems'],
        summary: '修改信息系统台账（区数据局全部字段；系统使用单位部署与等保信息；第六条、第二十条）',
        description: '须带版本号：If-Match: "<version>"（过期 → 412）或 body.version（过期 → 409）。',
        params: idParams,
        body: patchBody,
        response: { 200: InfoSystemSchema },
      },
    },
    async (req, reply) => {
      const { version: bodyVersion, ...changes } = req.body;
      const keys = (Object.keys(changes) as (keyof typeof changes)[]).filter((k) => changes[k] !== undefined);
      const id = req.params.id;
      await writeSystem(req, id, 'edit_system', async (tx, a) => {
        assertCapacity(a, ['manager', 'owner'], '修改台账信息', 'edit the register entry');
        if (!a.isManager) {
          const foreign = keys.filter((k) => !(OWNER_EDITABLE as readonly string[]).includes(k));
          if (foreign.length)
            throw forbidden(
              `系统使用单位只能修改部署方式、云资源与等保信息，不能修改：${foreign.map((k) => FIELD_ZH[k]).join('、')}`,
              `The owner unit may change deployment, cloud resources and MLPS only, not: ${foreign.join(', ')}`,
            );
        }
        if (keys.length === 0)
          throw badRequest('NOTHING_TO_CHANGE', '没有要修改的内容', { messageEn: 'Nothing to change' });
        const expected = expectedVersion(req, bodyVersion);
        const s = a.system;
        assertNotExited(s);
        if (expected.version !== s.version) throw staleError(expected.via);
        if (changes.status !== undefined && s.status === 'exiting')
          throw new AppError(409, 'SYSTEM_EXITING', '系统正在退出，状态由退出程序决定', {
            field: 'status',
            article: 'Art.30',
            messageEn: 'The system is exiting; its status follows the exit',
          });
        assertNotFuture(changes.operationStartedOn, shanghaiDateOf(req.now), 'operationStartedOn', '上线运行日期');
        if (changes.ownerOrgId) await assertDeclarantOrg(tx, changes.ownerOrgId);
        if (changes.name !== undefined || changes.ownerOrgId !== undefined)
          await assertNameFree(tx, changes.ownerOrgId ?? s.ownerOrgId, changes.name ?? s.name, s.id);
        const set = Object.fromEntries(keys.map((k) => [k, changes[k]]));
        await tx
          .update(systems)
          .set({ ...set, version: sql`${systems.version} + 1`, updatedAt: req.now })
          .where(eq(systems.id, s.id));
        await auditTx(tx, req, {
          action: 'system.updated',
          outcome: 'success',
          targetType: 'system',
          targetId: s.id,
          detail: {
            code: s.code,
            changes: Object.fromEntries(keys.map((k) => [k, { from: s[k], to: changes[k] }])),
            as: a.isManager ? 'data_bureau' : 'owner',
          },
        });
      });
      return answerSystem(db, req, reply, id);
    },
  );
}
