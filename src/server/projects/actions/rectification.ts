// The rectification ladder (Art.33, R-RECTIFY) as three project actions, all through takeAction:
// the data bureau orders a rectification with a deadline after an evaluation found a target not met;
// the owner (申报单位, "会同实施单位") answers with its report; the data bureau judges it — accepted lifts
// the sanction in force (never a termination), refused or failed takes the project one step up
// 通报批评 → 暂缓拨付建设资金及运维经费 → 暂停项目建设 → 项目终止 and opens the next round with a new
// deadline, or terminates the project (the stage `terminated`, final). Interpretations: docs/rules.md.
// The order's deadline is an obligation (obligations/sources.ts, kind rectification): reminded before and
// after it falls due; the 待办 of each step carry their key and are settled when the step is done.
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '../../../db/client.js';
import { settleNotices } from '../../../db/obligations-repo.js';
import { latestEvaluationOf, nextRoundOf, openOrderOf } from '../../../db/oversight-repo.js';
import { rectificationOrders, sanctionSteps } from '../../../db/schema.js';
import { CalendarYearNotCoveredError, type IsoDate, shanghaiDateOf } from '../../../domain/calendar/index.js';
import type { Edition } from '../../../domain/editions/types.js';
import { rectificationDeadline } from '../../../domain/oversight/evaluation.js';
import {
  nextSanction,
  RECTIFICATION_DECISIONS,
  SANCTION_LEVELS,
  type SanctionLevel,
} from '../../../domain/oversight/sanctions.js';
import { AppError } from '../../errors.js';
import { notifyActors, todoKey } from '../../oversight/notify.js';
import { calendarInForce } from '../../platform/calendar.js';
import { assertProjectDocument } from '../facts.js';
import { defineUseCase } from './take-action.js';

/** The default deadline (edition rectificationPeriod on the calendar in force); refused when the year is not covered. */
async function defaultDeadline(tx: Tx, orderedOn: IsoDate, edition: Edition) {
  try {
    return rectificationDeadline(orderedOn, edition, await calendarInForce(tx));
  } catch (err) {
    if (!(err instanceof CalendarYearNotCoveredError)) throw err;
    throw new AppError(422, 'CALENDAR_NOT_COVERED', '节假日数据尚未覆盖整改期限所在年度，请指定整改期限', {
      messageEn: 'The holiday calendar does not cover the deadline’s year: name the deadline',
      rule: 'R-RECTIFY',
      article: 'Art.33',
      field: 'deadline',
    });
  }
}

export const orderRectification = defineUseCase({
  action: 'order_rectification',
  method: 'POST',
  url: '/projects/:id/rectifications',
  summary: '区数据局下达限期整改通知（未实现建设目标或未达到预期效果，第三十三条）',
  tags: ['oversight'],
  status: 201,
  body: z.object({
    reason: z.string().trim().min(2, '请说明整改事项').max(5000),
    /** A deadline the data bureau names; default: the edition's rectificationPeriod after today. */
    deadline: z.iso.date().optional(),
  }),
  async run({ tx, now, access, input, check, edition }) {
    const p = access.project;
    const latest = await latestEvaluationOf(tx, p.id);
    const orderedOn = shanghaiDateOf(now);
    const described = input.deadline ? null : await defaultDeadline(tx, orderedOn, edition);
    const deadline = input.deadline ?? (described?.date as IsoDate);
    check('rectification_order', { hasUnmetTargets: latest?.targetsUnmet ?? false, orderedOn, deadline });
    const round = await nextRoundOf(tx, p.id);
    await tx.insert(rectificationOrders).values({
      projectId: p.id,
      round,
      evaluationId: latest?.id ?? null,
      reason: input.reason,
      orderedOn,
      deadline,
      deadlineRule: described?.rule ?? null,
      orderedBy: access.auth.user.id,
      orderedAt: now,
    });
    await notifyActors(tx, p, ['declarant', 'implementer'], {
      title: '待办：提交整改报告',
      body: `区数据局下达限期整改通知（第${round}轮），整改期限${deadline}：${input.reason}（第三十三条）`,
      actingUserId: access.auth.user.id,
      now,
      todo: 'answer_rectification',
    });
    return {
      event: {
        action: 'project.rectification_ordered',
        rule: 'R-RECTIFY',
        note: input.reason,
        detail: { round, deadline, deadlineRule: described?.rule ?? null, evaluationId: latest?.id ?? null },
      },
    };
  },
});

export const answerRectification = defineUseCase({
  action: 'answer_rectification',
  method: 'POST',
  url: '/projects/:id/rectifications/answer',
  summary: '申报单位提交整改报告（会同实施单位限期整改，第三十三条）',
  tags: ['oversight'],
  body: z.object({
    report: z.string().trim().min(2, '请填写整改情况').max(10000),
    documentId: z.uuid().optional(),
  }),
  async run({ tx, now, access, input }) {
    const p = access.project;
    const order = await openOrderOf(tx, p.id);
    if (!order) throw new AppError(409, 'NO_RECTIFICATION', '没有待整改的通知', { article: 'Art.33' });
    await assertProjectDocument(tx, p.id, input.documentId, 'rectification_report', 'documentId', '整改报告', 'Art.33');
    await tx
      .update(rectificationOrders)
      .set({
        answer: input.report,
        answerDocumentId: input.documentId ?? null,
        answeredBy: access.auth.user.id,
        answeredAt: now,
      })
      .where(eq(rectificationOrders.id, order.id));
    // The owner's and the implementer's 待办 are done; the data bureau's begins.
    await settleNotices(tx, [todoKey(p.id, 'answer_rectification')], now);
    await notifyActors(tx, p, ['data_bureau'], {
      title: '待办：认定整改结果',
      body: `申报单位已提交第${order.round}轮整改报告（第三十三条）`,
      actingUserId: access.auth.user.id,
      now,
      todo: 'judge_rectification',
    });
    return {
      event: {
        action: 'project.rectification_answered',
        rule: 'R-RECTIFY',
        note: input.report,
        detail: {
          round: order.round,
          documentId: input.documentId ?? null,
          late: shanghaiDateOf(now) > order.deadline,
        },
      },
    };
  },
});

export const judgeRectification = defineUseCase({
  action: 'judge_rectification',
  method: 'POST',
  url: '/projects/:id/rectifications/judgement',
  summary:
    '区数据局认定整改结果（拒不整改或整改后仍不符合要求的逐级处理：通报批评、暂缓拨付、暂停建设直至终止，第三十三条）',
  tags: ['oversight'],
  body: z.object({
    decision: z.enum(Object.keys(RECTIFICATION_DECISIONS) as [keyof typeof RECTIFICATION_DECISIONS]),
    note: z.string().trim().min(2, '请填写认定意见').max(5000),
  }),
  async run({ tx, now, access, input, check, edition }) {
    const p = access.project;
    const order = await openOrderOf(tx, p.id);
    if (!order) throw new AppError(409, 'NO_RECTIFICATION', '没有待认定的整改', { article: 'Art.33' });
    const today = shanghaiDateOf(now);
    check('rectification_judgement', {
      decision: input.decision,
      answered: order.answeredAt !== null,
      deadline: order.deadline,
      today,
    });
    await tx
      .update(rectificationOrders)
      .set({ decision: input.decision, decisionNote: input.note, decidedBy: access.auth.user.id, decidedAt: now })
      .where(and(eq(rectificationOrders.id, order.id)));
    // Judged: the data bureau's 待办 is done, and an unanswered round's report is owed no more (a next
    // round below brings its own).
    await settleNotices(tx, [todoKey(p.id, 'judge_rectification'), todoKey(p.id, 'answer_rectification')], now);
    const current = access.oversight?.sanction ?? null;
    const by = { decidedBy: access.auth.user.id, decidedByOrgId: access.auth.org.id, decidedAt: now };
    let step: SanctionLevel | 'lifted' | null = null;
    let nextRound: { round: number; deadline: IsoDate } | null = null;
    if (input.decision === 'accepted') {
      // Rectified: the sanction in force is lifted (a criticism published stays in the history).
      if (current !== null) {
        step = 'lifted';
        await tx
          .insert(sanctionSteps)
          .values({ projectId: p.id, orderId: order.id, step, levelAfter: null, reason: input.note, ...by });
      }
    } else {
      step = nextSanction(current);
      await tx
        .insert(sanctionSteps)
        .values({ projectId: p.id, orderId: order.id, step, levelAfter: step, reason: input.note, ...by });
      // Short of termination the duty to rectify remains: the next round, with a new deadline.
      if (step !== 'terminated') {
        const described = await defaultDeadline(tx, today, edition);
        nextRound = { round: order.round + 1, deadline: described.date };
        await tx.insert(rectificationOrders).values({
          projectId: p.id,
          round: nextRound.round,
          evaluationId: order.evaluationId,
          reason: order.reason,
          orderedOn: today,
          deadline: described.date,
          deadlineRule: described.rule,
          orderedBy: access.auth.user.id,
          orderedAt: now,
        });
      }
    }
    const decision = RECTIFICATION_DECISIONS[input.decision];
    const what =
      step === null
        ? ''
        : step === 'lifted'
          ? `，解除${SANCTION_LEVELS[current as SanctionLevel].zh}`
          : `，处理：${SANCTION_LEVELS[step].zh}`;
    await notifyActors(tx, p, ['declarant', 'implementer'], {
      title: `整改认定：${decision.zh}`,
      body: `第${order.round}轮整改认定为“${decision.zh}”${what}${nextRound ? `；请于${nextRound.deadline}前再次整改` : ''}（第三十三条）`,
      actingUserId: access.auth.user.id,
      now,
      // The next round is the owner's 待办 again.
      ...(nextRound ? { todo: 'answer_rectification' as const } : {}),
    });
    return {
      to: step === 'terminated' ? 'terminated' : 'stay',
      event: {
        action: 'project.rectification_judged',
        rule: 'R-RECTIFY',
        note: input.note,
        detail: {
          round: order.round,
          decision: input.decision,
          step,
          levelBefore: current,
          levelAfter: step === 'lifted' ? null : (step ?? current),
          nextRound,
        },
      },
    };
  },
});
