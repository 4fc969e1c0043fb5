// 预算审核 (Art.10(3)): finance approves an amount — only for projects that passed the pre-review
// (R-PRE-BEFORE-BUDGET: "预审未通过的项目不予安排项目预算"), and never more than the declared total.
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '../../../db/client.js';
import { reviewOpinions } from '../../../db/schema.js';
import type { JointReviewPartyCode } from '../../../domain/editions/types.js';
import type { PreReviewDecision } from '../../../domain/lifecycle/transitions.js';
import { budgetAmountProblem } from '../../../domain/projects/budget-review.js';
import { runRules } from '../../../domain/rules/index.js';
import { AppError } from '../../errors.js';
import { fundedSystemsOf } from '../../monitoring/funding-facts.js';
import { fen } from '../form-schema.js';
import type { ProjectRow } from '../record.js';
import { defineUseCase } from './take-action.js';

/** What R-PRE-BEFORE-BUDGET looks at: the opinions of the project's current pre-review round. */
async function preReviewOpinionsOf(tx: Tx, p: ProjectRow) {
  const opinions = await tx
    .select({ party: reviewOpinions.party, decision: reviewOpinions.decision })
    .from(reviewOpinions)
    .where(
      and(
        eq(reviewOpinions.projectId, p.id),
        eq(reviewOpinions.review, 'pre_review'),
        eq(reviewOpinions.round, p.round),
      ),
    );
  return Object.fromEntries(opinions.map((o) => [o.party, o.decision])) as Partial<
    Record<JointReviewPartyCode, PreReviewDecision>
  >;
}

export const reviewBudget = defineUseCase({
  action: 'budget_review',
  method: 'POST',
  url: '/projects/:id/budget-review',
  summary: '预算审核（区财政局，第十条第（三）项）',
  tags: ['annual plan'],
  body: z.object({
    decision: z.enum(['approve', 'refuse']),
    approvedBudgetFen: fen.optional(),
    note: z.string().trim().max(2000).optional(),
  }),
  // A project that did not pass the pre-review is refused by the rule itself, not by "wrong stage".
  whyNotNow: async ({ tx, access, edition }) =>
    runRules('budget_review', { preReviewOpinions: await preReviewOpinionsOf(tx, access.project) }, edition),
  async run({ tx, now, access, input, check }) {
    const p = access.project;
    // R-MONITOR (Art.32) and R-NO-FUNDS (Art.33): no budget for a project on an eliminated system, or
    // on one whose build was not accepted or whose 等保 / 密评 fails or is overdue. Refusing approves
    // nothing, so only an approval is checked against them.
    check('budget_review', {
      preReviewOpinions: await preReviewOpinionsOf(tx, p),
      systems: input.decision === 'approve' ? await fundedSystemsOf(tx, p, now) : [],
    });
    const problem = budgetAmountProblem(input.decision, input.approvedBudgetFen, p.totalFen);
    if (problem)
      throw new AppError(400, problem.code, problem.zh, {
        field: 'approvedBudgetFen',
        article: problem.article,
        messageEn: problem.en,
      });
    const approved = input.decision === 'approve';
    // A change declared again with a higher total (Art.17 ¶3, 10(3)) was in the annual list already:
    // with its budget approved it goes back to the application step, not to a new plan.
    return {
      to: approved ? (p.planId ? 'listed' : 'budgeted') : 'budget_refused',
      set: { approvedBudgetFen: approved ? input.approvedBudgetFen! : null },
      event: {
        action: 'project.budget_reviewed',
        note: input.note,
        rule: 'R-PRE-BEFORE-BUDGET',
        article: 'Art.10(3)',
        detail: { approvedBudgetFen: approved ? input.approvedBudgetFen : null },
      },
    };
  },
});
