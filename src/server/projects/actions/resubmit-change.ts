// 重新申报变更 (Art.17 ¶3, 10(3), 18): the declarant has entered the changed declaration (the form was
// reopened with the change's new total). Within the approved budget it goes straight back to the
// application step; above it, finance reviews the budget again first — nothing may be procured against
// money no one approved (Art.18 "未通过……概算审核……不得组织采购和建设").
import { z } from 'zod';
import { runRules } from '../../../domain/rules/index.js';
import { declarationInputFor } from '../declaration-input.js';
import { defineUseCase, ruleRefusal } from './take-action.js';

export const resubmitChange = defineUseCase({
  action: 'resubmit_change',
  method: 'POST',
  url: '/projects/:id/resubmit-change',
  summary: '变更后重新申报（第十七条；超出批复预算的须重新预算审核，第十条第（三）项）',
  tags: ['construction'],
  body: z.object({ version: z.number().int().optional(), note: z.string().trim().max(2000).default('') }),
  version: 'optional',
  async run({ tx, now, access, edition, input }) {
    const p = access.project;
    // The changed declaration must still satisfy the declaration rules that are about its content (the
    // deadline of the annual call and the sector authority's forwarding do not apply to a change).
    const findings = runRules(
      'declare',
      await declarationInputFor(tx, p, { at: now, forwarded: true }),
      edition,
    ).filter((f) => f.rule !== 'R-DEADLINE' && f.rule !== 'R-ROUTE');
    const blocking = findings.filter((f) => f.severity === 'block');
    if (blocking.length) throw ruleRefusal(blocking, { findings });
    const overBudget = p.approvedBudgetFen === null || p.totalFen > p.approvedBudgetFen;
    return {
      to: overBudget ? 'pre_review_passed' : 'listed',
      set: { findings },
      event: {
        action: 'project.change_redeclared',
        rule: 'R-CHANGE',
        article: overBudget ? 'Art.17, 10(3)' : 'Art.17',
        note: input.note || null,
        detail: { totalFen: p.totalFen, approvedBudgetFen: p.approvedBudgetFen, budgetReviewAgain: overBudget },
      },
    };
  },
});
