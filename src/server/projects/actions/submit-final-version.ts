// 方案终稿 (Art.14): the final version "一般应当在3个工作日内" — a late one is marked overdue
// (R-REVISE-3WD), never refused. With it the platform fixes the approved data and the 联合评审表's
// verification code (an SM3 digest of them).
import { z } from 'zod';
import { approvedDataDigest, formShortCode } from '../../../domain/approval/form-code.js';
import { CalendarYearNotCoveredError } from '../../../domain/calendar/index.js';
import { formData } from '../../exports/joint-review-form-data.js';
import { calendarInForce } from '../../platform/calendar.js';
import { currentRound, updateRound } from './application-round.js';
import { defineUseCase } from './take-action.js';
import { RevisionSubmittedSchema } from '../action-responses.js';

export const submitFinalVersion = defineUseCase({
  action: 'submit_revision',
  method: 'POST',
  url: '/projects/:id/revision',
  summary: '提交方案终稿（第十四条，3个工作日内；逾期标记不阻断）',
  tags: ['approval'],
  response: RevisionSubmittedSchema,
  body: z.object({ note: z.string().max(2000).optional() }),
  async run({ tx, now, access, input, check }) {
    const p = access.project;
    const a = currentRound(access);
    let calendar = null;
    try {
      calendar = await calendarInForce(tx);
    } catch (err) {
      if (!(err instanceof CalendarYearNotCoveredError)) throw err;
    }
    const due =
      a.revisionDueAt && a.revisionDeadline
        ? {
            dueDate: a.revisionDeadline.dueDate,
            dueAt: a.revisionDueAt,
            deadlineRule: { kind: 'working-days-after' as const, n: a.revisionDeadline.deadlineRule.n },
          }
        : a.revisionDueAt
          ? {
              dueDate: a.revisionDueAt.toISOString().slice(0, 10),
              dueAt: a.revisionDueAt,
              deadlineRule: { kind: 'working-days-after' as const, n: 3 },
            }
          : null;
    const late = check('revision', { due, submittedAt: now, calendar }).find((f) => f.rule === 'R-REVISE-3WD') ?? null;
    // Overdue is a comparison of instants; the rule adds how many (working) days late.
    const overdue = late !== null || (a.revisionDueAt !== null && now.getTime() > a.revisionDueAt.getTime());
    const digest = approvedDataDigest(await formData(tx, p, a));
    await updateRound(tx, a, {
      revisionSubmittedAt: now,
      revisionOverdue: overdue,
      formDigest: digest,
      formCode: formShortCode(digest),
    });
    return {
      event: {
        action: 'project.revision_submitted',
        rule: 'R-REVISE-3WD',
        article: 'Art.14',
        note: input.note,
        detail: { overdue, finding: late },
      },
      extra: { revisionOverdue: overdue, overdueFinding: late },
    };
  },
});
