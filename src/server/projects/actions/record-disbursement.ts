// 资金拨付 (Art.26 "区财政局根据区数据局审核意见和竣工验收报告拨付相应资金"): finance records what it
// disbursed — only after the data bureau approved the material and the report is filed (R-ACCEPT-ORDER).
import { z } from 'zod';
import { and, eq, isNull } from 'drizzle-orm';
import { projectPayments, projects } from '../../../db/schema.js';
import type { Stage } from '../../../domain/lifecycle/stages.js';
import { runRules } from '../../../domain/rules/index.js';
import { fen } from '../form-schema.js';
import type { ProjectRecord } from '../record.js';
import { notInFuture } from './delivery-records.js';
import { defineUseCase } from './take-action.js';

const REPORT_FILED: readonly Stage[] = ['handover', 'operation', 'completed', 'closed'];

const facts = (r: Pick<ProjectRecord, 'project' | 'acceptance'>) => ({
  materialApproved: r.acceptance?.reviewDecision === 'approve',
  reportFiled: r.acceptance?.reportSubmittedAt != null && REPORT_FILED.includes(r.project.stage),
});

export const recordDisbursement = defineUseCase({
  action: 'record_disbursement',
  method: 'POST',
  url: '/projects/:id/disbursements',
  summary: '区财政局登记资金拨付（凭审核意见和竣工验收报告，第二十六条）',
  tags: ['delivery'],
  status: 201,
  body: z.object({
    amountFen: fen.refine((v) => v > 0, '拨付金额须大于零'),
    paidOn: z.iso.date(),
    note: z.string().trim().max(2000).default(''),
  }),
  // Before the report, the refusal is the rule's (Art.26), not "wrong stage".
  whyNotNow: ({ access, edition }) => runRules('disbursement', facts(access), edition),
  async run({ tx, now, access, input, check }) {
    check('disbursement', facts(access));
    notInFuture(input.paidOn, now, 'paidOn');
    await tx.insert(projectPayments).values({
      projectId: access.project.id,
      kind: 'disbursement',
      amountFen: input.amountFen,
      paidOn: input.paidOn,
      note: input.note,
      recordedBy: access.auth.user.id,
      recordedAt: now,
    });
    // The first one ends finance's to-do (projects.disbursed_at: how GET /todo finds the rest at scale).
    await tx
      .update(projects)
      .set({ disbursedAt: now })
      .where(and(eq(projects.id, access.project.id), isNull(projects.disbursedAt)));
    return {
      event: {
        action: 'project.disbursement_recorded',
        rule: 'R-ACCEPT-ORDER',
        article: 'Art.26',
        detail: { amountFen: input.amountFen, paidOn: input.paidOn },
      },
    };
  },
});
