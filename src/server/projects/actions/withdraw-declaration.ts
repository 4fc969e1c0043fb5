// 撤回申报 (Art.10(1)): until the pre-review starts the declarant may take its declaration back;
// the round that nobody has reviewed yet is undone.
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { projectRounds } from '../../../db/schema.js';
import { defineUseCase } from './take-action.js';

export const withdrawDeclaration = defineUseCase({
  action: 'withdraw',
  method: 'POST',
  url: '/projects/:id/withdraw',
  summary: '撤回申报（预审开始前）',
  tags: ['projects'],
  body: z.object({ version: z.number().int().optional() }),
  version: 'optional',
  async run({ tx, access }) {
    const p = access.project;
    const unreviewed = p.stage === 'submitted';
    if (unreviewed)
      await tx.delete(projectRounds).where(and(eq(projectRounds.projectId, p.id), eq(projectRounds.round, p.round)));
    return { set: { round: unreviewed ? p.round - 1 : p.round }, event: { action: 'project.withdrawn' } };
  },
});
