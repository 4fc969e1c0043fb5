// 区数据局审核竣工验收资料 (Art.26): approve — the declarant may then hold the acceptance — or return it
// with an opinion, back to the trial run (or the service period of an O&M project).
import { z } from 'zod';
import { currentAcceptance, updateAcceptance } from './delivery-records.js';
import { defineUseCase } from './take-action.js';

export const reviewAcceptance = defineUseCase({
  action: 'review_acceptance',
  method: 'POST',
  url: '/projects/:id/acceptance/review',
  summary: '区数据局审核竣工验收资料（第二十六条）',
  tags: ['delivery'],
  body: z.object({
    decision: z.enum(['approve', 'return']),
    opinion: z.string().trim().min(2, '请填写审核意见').max(5000),
  }),
  async run({ tx, now, access, input }) {
    const a = currentAcceptance(access);
    await updateAcceptance(tx, a, {
      reviewDecision: input.decision,
      reviewOpinion: input.opinion,
      reviewedAt: now,
      reviewedBy: access.auth.user.id,
    });
    const isBuild = (access.project.kind ?? 'build') === 'build';
    return {
      to: input.decision === 'approve' ? 'acceptance_ready' : isBuild ? 'trial' : 'in_service',
      event: {
        action: 'project.acceptance_reviewed',
        rule: 'R-ACCEPT-ORDER',
        article: 'Art.26',
        note: input.opinion,
        detail: { decision: input.decision, attempt: a.attempt },
      },
    };
  },
});
