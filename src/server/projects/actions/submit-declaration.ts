// 提交申报 (Art.8, 10(1)): the declaration rules decide; a blocking finding refuses with its article;
// a school's, hospital's or sub-enterprise's declaration goes to its sector authority first (Art.9);
// a late one on a mandated-urgent basis is marked urgent (Art.8 ¶2).
import { z } from 'zod';
import { submissionOutcome } from '../../../domain/lifecycle/submission.js';
import { declarationAdvanced, declarationFindings } from './declaration.js';
import { ruleRefusal, defineUseCase } from './take-action.js';
import { ProjectSubmittedSchema } from '../action-responses.js';

export const submitDeclaration = defineUseCase({
  action: 'submit',
  method: 'POST',
  url: '/projects/:id/submit',
  summary: '提交申报（阻断性问题将拒绝并引用条款）',
  tags: ['projects'],
  body: z.object({ version: z.number().int().optional() }),
  version: 'required',
  response: ProjectSubmittedSchema,
  async run({ tx, now, access, edition, req }) {
    const p = access.project;
    const findings = await declarationFindings(tx, p, edition, { at: now, forwarded: false });
    const outcome = submissionOutcome(findings);
    if (!outcome.ok) throw ruleRefusal(outcome.blocking, { findings });
    const moved = await declarationAdvanced(tx, p, outcome, findings, { userId: req.auth!.user.id, now });
    return {
      ...moved,
      event: {
        action: 'project.submitted',
        article: 'Art.10(1)',
        detail: { round: moved.round, urgent: outcome.urgent, warnings: outcome.warnings.map((w) => w.rule) },
      },
      extra: { routedTo: outcome.to },
    };
  },
});
