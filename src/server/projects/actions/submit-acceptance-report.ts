// 竣工验收报告 (Art.27): within 1 month of the acceptance, with its attachments — 建设总结、财务报告、审计
// 报告、安全风险评估报告（等保 or 分保测评, 数据安全风险评估）、密评报告、安全可靠情况 — and the archive
// acceptance passed (R-REPORT; late = overdue, never refused). An O&M or service project files its
// report (Art.24, R-OM-ACCEPT) and is complete; a build project goes on to hand its assets over.
import { z } from 'zod';
import { shanghaiDateOf } from '../../../domain/calendar/index.js';
import { uploadedTypes } from '../facts.js';
import { currentAcceptance, notInFuture, updateAcceptance } from './delivery-records.js';
import { defineUseCase } from './take-action.js';
import { FiledWithOverdueFindingSchema } from '../action-responses.js';

export const submitAcceptanceReport = defineUseCase({
  action: 'submit_acceptance_report',
  method: 'POST',
  url: '/projects/:id/acceptance/report',
  summary: '提交竣工验收报告及附件（验收后1个月内，第二十七条；档案验收须通过）',
  tags: ['delivery'],
  response: FiledWithOverdueFindingSchema,
  body: z.object({
    reportIssuedOn: z.iso.date(),
    archiveAcceptancePassed: z.boolean().nullable(),
    note: z.string().trim().max(2000).default(''),
  }),
  async run({ tx, now, access, input, check }) {
    const p = access.project;
    const a = currentAcceptance(access);
    notInFuture(input.reportIssuedOn, now, 'reportIssuedOn');
    const submittedOn = shanghaiDateOf(now);
    const findings = check('acceptance_report', {
      kind: (p.kind ?? 'build') as 'build' | 'operate' | 'service',
      classified: p.classified,
      uploadedTypes: [...(await uploadedTypes(tx, p.id))],
      archiveAcceptancePassed: input.archiveAcceptancePassed,
      dueDate: a.reportDueDate,
      submittedOn,
    });
    const late = findings.find((f) => f.rule === 'R-REPORT' && f.severity === 'warn') ?? null;
    await updateAcceptance(tx, a, {
      reportSubmittedAt: now,
      reportIssuedOn: input.reportIssuedOn,
      reportOverdue: late !== null,
      archiveAcceptancePassed: input.archiveAcceptancePassed,
    });
    const isBuild = (p.kind ?? 'build') === 'build';
    return {
      to: isBuild ? 'handover' : 'completed',
      event: {
        action: 'project.acceptance_report_filed',
        rule: isBuild ? 'R-REPORT' : 'R-OM-ACCEPT',
        article: isBuild ? 'Art.27' : 'Art.24',
        note: input.note || null,
        detail: { attempt: a.attempt, late: late !== null, dueDate: a.reportDueDate },
      },
      extra: { overdueFinding: late },
    };
  },
});
