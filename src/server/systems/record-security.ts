// Security records of a system (Art.20 "定期开展网络安全检测与风险评估", Art.21 密码保障系统 "定期评估"):
// 等保 filing and tests, 密评, risk assessments — dated, with the result, the reference and when the
// next one is due. Recorded by the owner unit or the data bureau.
import { z } from 'zod';
import { systemSecurityRecords } from '../../db/schema.js';
import { shanghaiDateOf } from '../../domain/calendar/index.js';
import { SECURITY_RECORD_CODES, SECURITY_RECORD_KINDS } from '../../domain/delivery/systems.js';
import { auditTx } from '../audit/record.js';
import { badRequest } from '../errors.js';
import type { ZApp } from '../zapp.js';
import { assertCapacity, assertNotExited, writeSystem } from './access.js';
import { assertNotFuture, idParams, isoDate } from './fields.js';
import { assertSystemEvidence } from './repo.js';
import { type RecordedSecurityRecord, RecordedSecurityRecordSchema } from './responses.js';

const kinds = SECURITY_RECORD_CODES.map((k) => `${k}（${SECURITY_RECORD_KINDS[k].zh}）`).join('、');

const securityBody = z.object({
  kind: z.enum(SECURITY_RECORD_CODES, { error: `记录类型须为 ${kinds}` }),
  date: isoDate,
  /** A test or an assessment passes or fails; a filing is filed (备案). */
  result: z.enum(['pass', 'fail', 'filed'], { error: '结果须为 pass（通过）、fail（不通过）或 filed（已备案）' }),
  reference: z
    .string({ error: '请填写报告编号或备案证明编号' })
    .trim()
    .min(1, '请填写报告编号或备案证明编号')
    .max(200, '编号不能超过 200 字'),
  nextDueOn: isoDate.optional(),
  documentId: z.uuid('材料编号无效').optional(),
});

export async function recordSecurityRoutes(app: ZApp) {
  app.post(
    '/systems/:id/security-records',
    {
      schema: {
        tags: ['systems'],
        summary: '登记等保备案/测评、密评、风险评估记录（第二十条、第二十一条）',
        params: idParams,
        body: securityBody,
        response: { 201: RecordedSecurityRecordSchema },
      },
    },
    async (req, reply) => {
      const b = req.body;
      const id = req.params.id;
      const article = SECURITY_RECORD_KINDS[b.kind].article;
      assertNotFuture(b.date, shanghaiDateOf(req.now), 'date', '测评/备案日期');
      if ((b.kind === 'mlps_filing') !== (b.result === 'filed'))
        throw badRequest(
          'BAD_RESULT',
          b.kind === 'mlps_filing'
            ? '等级保护备案的结果为 filed（已备案）'
            : '测评与评估的结果为 pass（通过）或 fail（不通过）',
          { field: 'result', article, messageEn: 'A filing is "filed"; a test or an assessment passes or fails' },
        );
      if (b.nextDueOn && b.nextDueOn <= b.date)
        throw badRequest('BAD_DATE', '下次到期日须晚于本次日期', {
          field: 'nextDueOn',
          article,
          messageEn: 'nextDueOn must be after date',
        });
      const row = await writeSystem(req, id, 'record_security', async (tx, a) => {
        assertCapacity(a, ['manager', 'owner'], '登记安全测评记录', 'record a security test or filing');
        assertNotExited(a.system);
        await assertSystemEvidence(tx, id, b.documentId, article);
        const [r] = await tx
          .insert(systemSecurityRecords)
          .values({
            systemId: id,
            kind: b.kind,
            date: b.date,
            result: b.result,
            reference: b.reference,
            nextDueOn: b.nextDueOn ?? null,
            documentId: b.documentId ?? null,
            recordedBy: a.auth.user.id,
            recordedAt: req.now,
          })
          .returning();
        await auditTx(tx, req, {
          action: 'system.security_recorded',
          outcome: 'success',
          targetType: 'system',
          targetId: id,
          detail: { code: a.system.code, recordId: r.id, kind: r.kind, date: r.date, result: r.result, article },
        });
        return r;
      });
      const body: RecordedSecurityRecord = {
        ...row,
        result: row.result as RecordedSecurityRecord['result'],
        kindName: SECURITY_RECORD_KINDS[row.kind].zh,
        article,
        recordedAt: row.recordedAt.toISOString(),
      };
      return reply.status(201).send(body);
    },
  );
}
