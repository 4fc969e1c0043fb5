// 审核通过并统一申报 (Art.9 扎口管理): the sector authority forwards a school's, hospital's or
// sub-enterprise's declaration; now every blocking finding stops it, R-ROUTE included.
import { z } from 'zod';
import { forwardOutcome } from '../../../domain/lifecycle/submission.js';
import { declarationAdvanced, declarationFindings } from './declaration.js';
import { ruleRefusal, defineUseCase } from './take-action.js';

export const forwardDeclaration = defineUseCase({
  action: 'forward',
  method: 'POST',
  url: '/projects/:id/forward',
  summary: '行业主管部门审核通过并统一申报（第九条）',
  tags: ['projects'],
  body: z.object({ version: z.number().int().optional(), note: z.string().max(2000).optional() }),
  version: 'optional',
  async run({ tx, now, access, edition, req, input }) {
    const p = access.project;
    const findings = await declarationFindings(tx, p, edition, { at: now, forwarded: true });
    const outcome = forwardOutcome(findings);
    if (!outcome.ok) throw ruleRefusal(outcome.blocking, { findings });
    const moved = await declarationAdvanced(tx, p, outcome, findings, { userId: req.auth!.user.id, now });
    return {
      ...moved,
      event: {
        action: 'project.forwarded',
        article: 'Art.9',
        note: input.note,
        detail: { round: moved.round, urgent: outcome.urgent, warnings: outcome.warnings.map((w) => w.rule) },
      },
    };
  },
});
