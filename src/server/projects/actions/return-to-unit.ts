// 退回修改 by the sector authority (Art.9): the unit revises and submits again.
import { z } from 'zod';
import { defineUseCase } from './take-action.js';

export const returnToUnit = defineUseCase({
  action: 'sector_return',
  method: 'POST',
  url: '/projects/:id/sector-return',
  summary: '行业主管部门退回修改（第九条）',
  tags: ['projects'],
  body: z.object({ reason: z.string().trim().min(2, '请说明退回原因').max(2000) }),
  async run({ input }) {
    return { event: { action: 'project.sector_returned', note: input.reason, article: 'Art.9' } };
  },
});
