// 上线试运行 (Art.25): the declarant records the day the system went live on trial and whether the
// project is software development; the acceptance window follows (earliest 1 month after, 3 for
// software development; latest 6 months after). A trial run that overran its 6 months without an
// acceptance may be restarted (after rectification), with the reason — the overrun stays on record.
import { z } from 'zod';
import { projectTrials } from '../../../db/schema.js';
import { CalendarYearNotCoveredError, shanghaiDateOf } from '../../../domain/calendar/index.js';
import { acceptanceWindow } from '../../../domain/delivery/acceptance-window.js';
import { AppError } from '../../errors.js';
import { calendarInForce } from '../../platform/calendar.js';
import { notInFuture } from './delivery-records.js';
import { defineUseCase } from './take-action.js';
import { TrialStartedSchema } from '../action-responses.js';

export const recordTrialStart = defineUseCase({
  action: 'record_trial_start',
  method: 'POST',
  url: '/projects/:id/trial',
  summary: '登记系统上线试运行（第二十五条：验收窗口为试运行1个月后、软件开发3个月后，最长6个月）',
  tags: ['delivery'],
  response: TrialStartedSchema,
  body: z.object({
    startedOn: z.iso.date(),
    softwareDevelopment: z.boolean(),
    reason: z.string().trim().max(2000).default(''),
  }),
  async run({ tx, now, access, edition, input }) {
    const p = access.project;
    notInFuture(input.startedOn, now, 'startedOn');
    const restart = access.trial !== null;
    if (restart && input.reason.length < 4)
      throw new AppError(400, 'REASON_REQUIRED', '重新登记试运行须说明原因（如整改后重新上线）', {
        field: 'reason',
        article: 'Art.25',
      });
    const started = access.contract?.constructionStartedAt;
    if (started && input.startedOn < shanghaiDateOf(started))
      throw new AppError(400, 'BEFORE_CONSTRUCTION', '上线试运行日期不能早于开始建设日期', {
        field: 'startedOn',
        article: 'Art.25',
      });
    let calendar = null;
    try {
      calendar = await calendarInForce(tx);
    } catch (err) {
      if (!(err instanceof CalendarYearNotCoveredError)) throw err;
    }
    const w = acceptanceWindow(input.startedOn, input.softwareDevelopment, edition, calendar);
    const attempt = p.trialAttempt + 1;
    await tx.insert(projectTrials).values({
      projectId: p.id,
      attempt,
      startedOn: input.startedOn,
      softwareDevelopment: input.softwareDevelopment,
      earliestOn: w.earliest,
      latestOn: w.latest,
      reason: input.reason,
      recordedBy: access.auth.user.id,
      recordedAt: now,
    });
    return {
      set: { trialAttempt: attempt },
      event: {
        action: 'project.trial_started',
        rule: 'R-TRIAL',
        article: 'Art.25',
        note: input.reason || null,
        detail: {
          attempt,
          startedOn: input.startedOn,
          softwareDevelopment: input.softwareDevelopment,
          earliest: w.earliest,
          latest: w.latest,
        },
      },
      extra: { acceptanceWindow: w },
    };
  },
});
