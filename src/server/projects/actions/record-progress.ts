// 建设进度 (Art.16 "切实加强对项目建设全过程的统筹协调、信息共享"): the implementer reports milestones and
// the percentage done, visible on the project to everyone who sees it.
import { z } from 'zod';
import { progressReports } from '../../../db/schema.js';
import { assertProjectDocument } from '../facts.js';
import { defineUseCase } from './take-action.js';

export const recordProgress = defineUseCase({
  action: 'record_progress',
  method: 'POST',
  url: '/projects/:id/progress',
  summary: '实施单位报告建设进度（第十六条）',
  tags: ['delivery'],
  status: 201,
  body: z.object({
    milestone: z.string().trim().min(2, '请填写里程碑').max(200),
    percent: z.number().int().min(0).max(100),
    note: z.string().trim().max(5000).default(''),
    documentId: z.uuid().optional(),
  }),
  async run({ tx, now, access, input }) {
    const p = access.project;
    await assertProjectDocument(tx, p.id, input.documentId, 'progress_report', 'documentId', '建设进度报告', 'Art.16');
    await tx.insert(progressReports).values({
      projectId: p.id,
      milestone: input.milestone,
      percent: input.percent,
      note: input.note,
      documentId: input.documentId ?? null,
      reportedBy: access.auth.user.id,
      reportedAt: now,
    });
    return {
      event: {
        action: 'project.progress_reported',
        article: 'Art.16',
        note: `${input.milestone}（${input.percent}%）`,
        detail: { percent: input.percent },
      },
    };
  },
});
