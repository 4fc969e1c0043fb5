// 立项批复 (Art.12): 区发改局 records its approval, only where R-NDRC applies and once per application.
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { projectApplications } from '../../../db/schema.js';
import { AppError } from '../../errors.js';
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
    const a = access.application;
    if (!a?.ndrcRequired)
      throw new AppError(409, 'NDRC_NOT_REQUIRED', '本项目无需区发改局立项审批（第十二条）', {
        rule: 'R-NDRC',
        article: 'Art.12',
      });
    if (a.ndrcApproval) throw new AppError(409, 'NDRC_ALREADY_APPROVED', '立项批复已录入');
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
