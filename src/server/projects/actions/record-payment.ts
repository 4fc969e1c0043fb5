// 合同付款 (Art.16 合同管理): the declarant records each payment against the contract. Payments beyond
// the contract amount (as changed by filed changes) are refused: they would need a change (Art.17).
import { and, eq, sum } from 'drizzle-orm';
import { z } from 'zod';
import { projectPayments } from '../../../db/schema.js';
import { AppError } from '../../errors.js';
import { assertProjectDocument } from '../facts.js';
import { fen } from '../form-schema.js';
import { currentContract } from './contract-round.js';
import { notInFuture } from './delivery-records.js';
import { defineUseCase } from './take-action.js';

export const recordPayment = defineUseCase({
  action: 'record_payment',
  method: 'POST',
  url: '/projects/:id/payments',
  summary: '登记合同付款（第十六条）',
  tags: ['delivery'],
  status: 201,
  body: z.object({
    amountFen: fen.refine((v) => v > 0, '付款金额须大于零'),
    paidOn: z.iso.date(),
    note: z.string().trim().max(2000).default(''),
    documentId: z.uuid().optional(),
  }),
  async run({ tx, now, access, input }) {
    const p = access.project;
    const c = currentContract(access);
    notInFuture(input.paidOn, now, 'paidOn');
    await assertProjectDocument(tx, p.id, input.documentId, 'payment_voucher', 'documentId', '付款凭证', 'Art.16');
    const [{ paid }] = await tx
      .select({ paid: sum(projectPayments.amountFen).mapWith(Number) })
      .from(projectPayments)
      .where(and(eq(projectPayments.projectId, p.id), eq(projectPayments.kind, 'payment')));
    if ((paid ?? 0) + input.amountFen > c.contractFen)
      throw new AppError(422, 'OVER_CONTRACT', '累计付款将超过合同金额；超出部分须先按第十七条办理调整变更', {
        article: 'Art.16, 17',
        field: 'amountFen',
        messageEn: 'Payments would exceed the contract amount; a change (Art.17) comes first',
        details: { paidFen: paid ?? 0, contractFen: c.contractFen },
      });
    await tx.insert(projectPayments).values({
      projectId: p.id,
      kind: 'payment',
      amountFen: input.amountFen,
      paidOn: input.paidOn,
      note: input.note,
      documentId: input.documentId ?? null,
      recordedBy: access.auth.user.id,
      recordedAt: now,
    });
    return {
      event: {
        action: 'project.payment_recorded',
        article: 'Art.16',
        detail: { amountFen: input.amountFen, paidOn: input.paidOn },
      },
    };
  },
});
