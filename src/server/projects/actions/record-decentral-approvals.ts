// 会商机制审核同意 → 区政府批准 (Art.15 ¶3): the data bureau records each approval, in that order.
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { projectDecentralisations } from '../../../db/schema.js';
import { defineUseCase } from './take-action.js';

const approvalRecord = z.object({ docNumber: z.string().trim().min(2).max(100), date: z.iso.date() });

export const recordDecentralApprovals = defineUseCase({
  action: 'record_decentral',
  method: 'POST',
  url: '/projects/:id/decentral/approvals',
  summary: '登记会商机制审核同意、区政府批准（第十五条）',
  tags: ['construction'],
  body: z.object({ consultation: approvalRecord.optional(), government: approvalRecord.optional() }),
  async run({ tx, now, access, input, check }) {
    // Requested (the pipeline checked it: actionOpen / whyNotOpen).
    const d = access.decentral!;
    check('decentral_approval', {
      requested: true,
      consultationApproved: d.consultation !== null,
      consultationGiven: Boolean(input.consultation),
      governmentGiven: Boolean(input.government),
    });
    const consultation = input.consultation ?? d.consultation;
    const government = input.government ?? d.government;
    await tx
      .update(projectDecentralisations)
      .set({ consultation, government, updatedAt: now })
      .where(eq(projectDecentralisations.projectId, d.projectId));
    return {
      event: {
        action: 'project.decentral_updated',
        rule: 'R-DECENTRAL',
        article: 'Art.15',
        detail: {
          consultationApproved: consultation !== null,
          governmentApproved: government !== null,
          ...(consultation ? { consultation } : {}),
          ...(government ? { government } : {}),
        },
      },
    };
  },
});
