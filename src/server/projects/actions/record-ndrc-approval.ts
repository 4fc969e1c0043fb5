// 立项批复 (Art.12): 区发改局 records its approval, only where R-NDRC applies and once per application.
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { projectApplications } from '../../../db/schema.js';
import { currentRound } from './application-round.js';
import { defineUseCase } from './take-action.js';

export const recordNdrcApproval = defineUseCase({
  action: 'ndrc_approve',
  method: 'POST',
  url: '/projects/:id/ndrc-approval',
  summary: '录入区发改局立项批复（第十二条）',
  tags: ['approval'],
  body: z.object({
    docNumber: z.string().trim().min(4, '请填写批复文号').max(100),
    date: z.iso.date('日期格式应为 YYYY-MM-DD'),
  }),
  async run({ tx, now, access, input }) {
    // Required and not yet recorded: the pipeline checked it (actionOpen / whyNotOpen).
    const a = currentRound(access);
    const approval = { ...input, userId: access.auth.user.id, at: now.toISOString() };
    await tx
      .update(projectApplications)
      .set({ ndrcApproval: approval })
      .where(and(eq(projectApplications.projectId, a.projectId), eq(projectApplications.round, a.round)));
    return {
      event: {
        action: 'project.ndrc_approved',
        rule: 'R-NDRC',
        article: 'Art.12',
        note: input.docNumber,
        detail: approval,
      },
    };
  },
});
