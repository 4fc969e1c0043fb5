// 监理报告 (Art.19 "依据……信息系统工程监理合同对项目建设进行监督管理"): the supervision unit files its
// reports on the project (the document is required: it is the report).
import { z } from 'zod';
import { supervisionReports } from '../../../db/schema.js';
import { assertProjectDocument } from '../facts.js';
import { defineUseCase } from './take-action.js';

export const fileSupervisionReport = defineUseCase({
  action: 'file_supervision_report',
  method: 'POST',
  url: '/projects/:id/supervision-reports',
  summary: '监理单位提交监理报告（第十九条）',
  tags: ['delivery'],
  status: 201,
  body: z.object({
    period: z.string().trim().min(2, '请填写报告期').max(100),
    summary: z.string().trim().min(4, '请填写监理意见摘要').max(5000),
    documentId: z.uuid(),
  }),
  async run({ tx, now, access, input }) {
    const p = access.project;
    await assertProjectDocument(tx, p.id, input.documentId, 'supervision_report', 'documentId', '监理报告', 'Art.19');
    await tx.insert(supervisionReports).values({
      projectId: p.id,
      period: input.period,
      summary: input.summary,
      documentId: input.documentId,
      filedBy: access.auth.user.id,
      filedAt: now,
    });
    return { event: { action: 'project.supervision_report_filed', article: 'Art.19', note: input.period } };
  },
});
