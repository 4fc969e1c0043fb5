// 预审 (Art.4, 10(2)): each of the four parties gives its opinion online — pass / return for revision /
// fail — in parallel, in any order. Every party must speak (no early veto); the outcome is decided
// when the last one arrives, under the project's row lock so two last opinions cannot both miss it.
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { reviewOpinions } from '../../../db/schema.js';
import { PRE_REVIEW_DECISION_ZH } from '../../../domain/approval/joint-review.js';
import { stageAfterOpinion, type PreReviewDecision } from '../../../domain/lifecycle/transitions.js';
import { JOINT_REVIEW_PARTIES, ORG_ROLES } from '../../../domain/organizations.js';
import { reviewPartyOf } from '../access.js';
import { defineUseCase } from './take-action.js';

export const givePreReviewOpinion = defineUseCase({
  action: 'pre_review_opinion',
  method: 'POST',
  url: '/projects/:id/opinions',
  summary: '出具预审意见（四方联审部门，第十条第（二）项）',
  tags: ['pre-review'],
  status: 201,
  body: z.object({
    decision: z.enum(['pass', 'return', 'fail'], {
      error: '意见须为 通过(pass) / 退回修改(return) / 不予通过(fail)',
    }),
    text: z.string().trim().min(2, '请填写审核意见').max(5000),
  }),
  async run({ tx, now, access, input }) {
    const p = access.project;
    const party = reviewPartyOf(access.auth)!;
    await tx.insert(reviewOpinions).values({
      createdAt: now,
      projectId: p.id,
      review: 'pre_review',
      round: p.round,
      party,
      orgId: access.auth.org.id,
      userId: access.auth.user.id,
      decision: input.decision,
      text: input.text,
    });
    const given = await tx
      .select({ party: reviewOpinions.party, decision: reviewOpinions.decision })
      .from(reviewOpinions)
      .where(
        and(
          eq(reviewOpinions.projectId, p.id),
          eq(reviewOpinions.review, 'pre_review'),
          eq(reviewOpinions.round, p.round),
        ),
      );
    const next = stageAfterOpinion(
      JOINT_REVIEW_PARTIES.map((pt) => given.find((g) => g.party === pt)?.decision as PreReviewDecision | undefined),
    );
    const concluded = next !== 'pre_review';
    return {
      to: next,
      event: {
        action: 'project.pre_review_opinion',
        note: `${ORG_ROLES[party].zh}：${PRE_REVIEW_DECISION_ZH[input.decision]}`,
        article: 'Art.10(2)',
        detail: { party, decision: input.decision, round: p.round },
      },
      more: concluded
        ? [
            {
              action: 'project.pre_review_concluded',
              fromStage: 'pre_review',
              toStage: next,
              article: 'Art.10(2)',
              detail: { round: p.round, opinions: Object.fromEntries(given.map((g) => [g.party, g.decision])) },
            },
          ]
        : [],
    };
  },
});
