// 联审 (Art.13): the four parties give formal opinions online on each dimension (集约建设, 系统整合,
// 数据共享, 业务协同, 网络安全, 项目概算) and a conclusion. When the fourth is in, the joint review is
// decided; if it passes (or passes after revision), the 3-working-day clock of Art.14 starts.
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { reviewOpinions } from '../../../db/schema.js';
import {
  JOINT_REVIEW_DECISION_ZH,
  JOINT_REVIEW_DIMENSIONS,
  jointReviewOutcome,
  revisionDeadline,
  type JointReviewDecision,
} from '../../../domain/approval/index.js';
import { CalendarYearNotCoveredError } from '../../../domain/calendar/index.js';
import type { JointReviewPartyCode } from '../../../domain/editions/types.js';
import { ORG_ROLES } from '../../../domain/organizations.js';
import { calendarInForce } from '../../platform/calendar.js';
import { reviewPartyOf } from '../access.js';
import { currentRound, updateRound } from './application-round.js';
import { defineUseCase } from './take-action.js';

const DIM_CODES = JOINT_REVIEW_DIMENSIONS.map((d) => d.code) as [string, ...string[]];

export const giveJointReviewOpinion = defineUseCase({
  action: 'joint_review_opinion',
  method: 'POST',
  url: '/projects/:id/joint-review/opinions',
  summary: '出具联审正式意见（六个方面及结论，第十三条）',
  tags: ['approval'],
  status: 201,
  body: z.object({
    decision: z.enum(['pass', 'return', 'fail']),
    dimensions: z
      .array(z.object({ code: z.enum(DIM_CODES), opinion: z.string().trim().min(1, '请填写该方面的意见').max(5000) }))
      .length(
        JOINT_REVIEW_DIMENSIONS.length,
        '须对集约建设、系统整合、数据共享、业务协同、网络安全、项目概算六个方面逐一出具意见',
      )
      .refine((ds) => new Set(ds.map((d) => d.code)).size === ds.length, '每个方面只能出具一条意见'),
    overall: z.string().trim().min(2, '请填写总体意见').max(5000),
  }),
  async run({ tx, now, access, edition, input }) {
    const p = access.project;
    const a = currentRound(access);
    const party = reviewPartyOf(access.auth)!;
    await tx.insert(reviewOpinions).values({
      createdAt: now,
      projectId: p.id,
      review: 'joint_review',
      round: a.round,
      party,
      orgId: access.auth.org.id,
      userId: access.auth.user.id,
      decision: input.decision,
      text: input.overall,
      dimensions: input.dimensions,
    });
    const given = await tx
      .select({ party: reviewOpinions.party, decision: reviewOpinions.decision })
      .from(reviewOpinions)
      .where(
        and(
          eq(reviewOpinions.projectId, p.id),
          eq(reviewOpinions.review, 'joint_review'),
          eq(reviewOpinions.round, a.round),
        ),
      );
    const outcome = jointReviewOutcome(
      Object.fromEntries(given.map((g) => [g.party, g.decision])) as Partial<
        Record<JointReviewPartyCode, JointReviewDecision>
      >,
      edition,
    );
    const event = {
      action: 'project.joint_review_opinion' as const,
      note: `${ORG_ROLES[party].zh}：${JOINT_REVIEW_DECISION_ZH[input.decision]}`,
      article: 'Art.13',
      detail: { party, decision: input.decision, round: a.round },
    };
    if (outcome === 'pending') return { to: 'stay', event };
    if (outcome === 'failed')
      return {
        to: 'joint_review_failed',
        event,
        more: [
          {
            action: 'project.joint_review_concluded',
            fromStage: p.stage,
            toStage: 'joint_review_failed',
            article: 'Art.13',
          },
        ],
      };
    // Art.14: "根据联审意见，申报单位一般应当在3个工作日内完成项目方案终稿修订". Past the years of the
    // official calendar no deadline is guessed: it stays open and says why.
    let due: ReturnType<typeof revisionDeadline> | null = null;
    try {
      due = revisionDeadline(now, edition, await calendarInForce(tx));
    } catch (err) {
      if (!(err instanceof CalendarYearNotCoveredError)) throw err;
    }
    await updateRound(tx, a, {
      revisionDueAt: due?.dueAt ?? null,
      revisionDeadline: due
        ? {
            basis: due.basis,
            dueDate: due.dueDate,
            rule: due.rule,
            article: due.article,
            deadlineRule: due.deadlineRule,
          }
        : null,
    });
    return {
      to: 'revision',
      event,
      more: [
        {
          action: 'project.joint_review_concluded',
          fromStage: p.stage,
          toStage: 'revision',
          rule: 'R-REVISE-3WD',
          article: edition.params.revisionPeriod.article,
          detail: {
            outcome,
            revisionDue: due?.dueDate ?? null,
            deadlineRule: due?.deadlineRule ?? null,
            calendar: due ? 'ok' : 'year_not_covered',
          },
        },
      ],
    };
  },
});
