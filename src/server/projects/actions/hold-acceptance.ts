// 组织竣工验收 (Art.24–26): the declarant records the acceptance it held — date, experts, conclusion and
// the minutes. Only after the data bureau approved the material (R-ACCEPT-ORDER); for a build project
// only inside the window of its trial run (R-TRIAL: no earlier than 1 month, software development 3,
// no later than 6 months); for an O&M or service project only after its service period (R-OM-ACCEPT).
// A failed acceptance sends the project back to its trial run or service period (Art.24: "未经验收或
// 验收不合格的项目不得投入使用").
import { z } from 'zod';
import { CalendarYearNotCoveredError } from '../../../domain/calendar/index.js';
import { reportDeadline } from '../../../domain/delivery/acceptance-report.js';
import { runRules } from '../../../domain/rules/index.js';
import { calendarInForce } from '../../platform/calendar.js';
import { assertProjectDocument } from '../facts.js';
import { currentAcceptance, notInFuture, updateAcceptance } from './delivery-records.js';
import { defineUseCase } from './take-action.js';
import { AcceptanceHeldSchema } from '../action-responses.js';

export const holdAcceptance = defineUseCase({
  action: 'hold_acceptance',
  method: 'POST',
  url: '/projects/:id/acceptance/held',
  summary: '登记竣工验收（日期、专家、结论、纪要；第二十四至二十六条，验收窗口 R-TRIAL）',
  tags: ['delivery'],
  response: AcceptanceHeldSchema,
  body: z.object({
    acceptanceDate: z.iso.date(),
    experts: z.string().trim().min(2, '请填写验收专家').max(2000),
    conclusion: z.enum(['pass', 'fail']),
    minutesDocumentId: z.uuid(),
  }),
  // Before the data bureau approved the material the refusal is the rule's (Art.26), not "wrong stage".
  whyNotNow: ({ access, edition }) =>
    runRules(
      'acceptance_hold',
      {
        kind: (access.project.kind ?? 'build') as 'build' | 'operate' | 'service',
        window: null,
        serviceEndOn: null,
        acceptanceDate: '9999-12-31',
        materialApproved: access.acceptance?.reviewDecision === 'approve',
      },
      edition,
    ).filter((f) => f.rule === 'R-ACCEPT-ORDER'),
  async run({ tx, now, access, edition, input, check }) {
    const p = access.project;
    const a = currentAcceptance(access);
    notInFuture(input.acceptanceDate, now, 'acceptanceDate');
    await assertProjectDocument(
      tx,
      p.id,
      input.minutesDocumentId,
      'acceptance_minutes',
      'minutesDocumentId',
      '竣工验收会议纪要',
      'Art.26',
    );
    const t = access.trial;
    const findings = check('acceptance_hold', {
      kind: (p.kind ?? 'build') as 'build' | 'operate' | 'service',
      window: t
        ? {
            trialStart: t.startedOn,
            softwareDevelopment: t.softwareDevelopment,
            earliest: t.earliestOn,
            latest: t.latestOn,
          }
        : null,
      serviceEndOn: a.serviceEndOn ?? access.contract?.serviceEndOn ?? null,
      acceptanceDate: input.acceptanceDate,
      materialApproved: a.reviewDecision === 'approve',
    });
    const passed = input.conclusion === 'pass';
    let calendar = null;
    try {
      calendar = await calendarInForce(tx);
    } catch (err) {
      if (!(err instanceof CalendarYearNotCoveredError)) throw err;
    }
    const due = passed ? reportDeadline(input.acceptanceDate, edition, calendar) : null;
    await updateAcceptance(tx, a, {
      acceptanceDate: input.acceptanceDate,
      experts: input.experts,
      conclusion: input.conclusion,
      minutesDocumentId: input.minutesDocumentId,
      heldRecordedAt: now,
      reportDueDate: due?.dueDate ?? null,
    });
    const isBuild = (p.kind ?? 'build') === 'build';
    return {
      to: passed ? 'accepted' : isBuild ? 'trial' : 'in_service',
      event: {
        action: 'project.acceptance_held',
        rule: isBuild ? 'R-TRIAL' : 'R-OM-ACCEPT',
        article: isBuild ? 'Art.25, 26' : 'Art.24',
        note: `${input.acceptanceDate} ${passed ? '验收通过' : '验收不通过'}`,
        detail: {
          attempt: a.attempt,
          conclusion: input.conclusion,
          reportDue: due?.dueDate ?? null,
          warnings: findings.filter((f) => f.severity !== 'info').map((f) => f.rule),
        },
      },
      extra: { findings, reportDeadline: due },
    };
  },
});
