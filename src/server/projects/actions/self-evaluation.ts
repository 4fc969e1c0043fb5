// 年度自评价 (Art.33): "建设期内，实施单位应当对项目绩效目标执行情况进行自评价，并征求申报单位和监理单位的
// 意见，形成项目绩效评价报告，在建设期内每年年底前提交区数据局备案。" Four use cases: the implementer drafts
// the year's report, the declarant and the supervisor give their opinions, the implementer files it.
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { selfEvaluations } from '../../../db/schema.js';
import { AppError } from '../../errors.js';
import { assertProjectDocument } from '../facts.js';
import type { ProjectAccess } from '../access.js';
import { defineUseCase } from './take-action.js';
import { FiledWithOverdueFindingSchema } from '../action-responses.js';

/** The year being worked on (the earliest due year not filed) — the only one the actions touch. */
function openYear(access: ProjectAccess) {
  // Due (the pipeline checked it: actionOpen / whyNotOpen).
  return access.selfEvaluation!;
}

const where = (projectId: string, year: number) =>
  and(eq(selfEvaluations.projectId, projectId), eq(selfEvaluations.year, year));

export const draftSelfEvaluation = defineUseCase({
  action: 'draft_self_evaluation',
  method: 'POST',
  url: '/projects/:id/self-evaluations',
  summary: '实施单位编制年度自评价（建设进度、投资计划执行、试运行效果，第三十三条）',
  tags: ['delivery'],
  body: z.object({
    year: z.number().int().min(2000).max(2100),
    progress: z.string().trim().min(4, '请说明建设进度').max(10000),
    investment: z.string().trim().min(4, '请说明投资计划执行情况').max(10000),
    trialEffects: z.string().trim().max(10000).default(''),
    documentId: z.uuid().optional(),
  }),
  async run({ tx, now, access, input }) {
    const p = access.project;
    const open = openYear(access);
    if (input.year !== open.year)
      throw new AppError(409, 'WRONG_YEAR', `应先编制${open.year}年度的自评价`, { field: 'year', article: 'Art.33' });
    // A system in trial reports its trial's effects too (Art.33 "对于已投入试运行的系统，还应当说明试运行效果").
    if (access.trial && !input.trialEffects)
      throw new AppError(400, 'TRIAL_EFFECTS_REQUIRED', '系统已投入试运行，须说明试运行效果及遇到的问题', {
        field: 'trialEffects',
        article: 'Art.33',
        rule: 'R-SELF-EVAL',
      });
    await assertProjectDocument(tx, p.id, input.documentId, 'self_evaluation', 'documentId', '自评报告', 'Art.33');
    const content = {
      progress: input.progress,
      investment: input.investment,
      trialEffects: input.trialEffects,
      documentId: input.documentId ?? null,
    };
    // A new draft asks the opinions again: they were given on the earlier text.
    const cleared = {
      declarantOpinion: null,
      declarantOpinionBy: null,
      supervisorOpinion: null,
      supervisorOpinionBy: null,
    };
    await tx
      .insert(selfEvaluations)
      .values({
        projectId: p.id,
        year: input.year,
        ...content,
        createdBy: access.auth.user.id,
        createdAt: now,
        updatedAt: now,
      })
      .onConflictDoUpdate({
        target: [selfEvaluations.projectId, selfEvaluations.year],
        set: { ...content, ...cleared, updatedAt: now },
      });
    return {
      event: {
        action: 'project.self_evaluation_drafted',
        rule: 'R-SELF-EVAL',
        article: 'Art.33',
        detail: { year: input.year },
      },
    };
  },
});

const opinionBody = z.object({ opinion: z.string().trim().min(2, '请填写意见').max(5000) });

/**
 * An opinion on the open year's self-evaluation: the declarant's and the supervisor's (Art.33) are the
 * same step on their own column.
 */
function opinionUseCase(by: 'declarant' | 'supervisor') {
  const isDeclarant = by === 'declarant';
  return defineUseCase({
    action: isDeclarant ? 'self_evaluation_opinion' : 'self_evaluation_supervision',
    method: 'POST',
    url: `/projects/:id/self-evaluations/${by}-opinion`,
    summary: isDeclarant ? '申报单位对年度自评价出具意见（第三十三条）' : '监理单位对年度自评价出具意见（第三十三条）',
    tags: ['delivery'],
    body: opinionBody,
    async run({ tx, now, access, input }) {
      const open = openYear(access);
      const who = access.auth.user.id;
      await tx
        .update(selfEvaluations)
        .set(
          isDeclarant
            ? { declarantOpinion: input.opinion, declarantOpinionBy: who, updatedAt: now }
            : { supervisorOpinion: input.opinion, supervisorOpinionBy: who, updatedAt: now },
        )
        .where(where(access.project.id, open.year));
      return {
        event: {
          action: 'project.self_evaluation_opinion',
          article: 'Art.33',
          note: input.opinion,
          detail: { year: open.year, by },
        },
      };
    },
  });
}

export const giveSelfEvaluationOpinion = opinionUseCase('declarant');
export const giveSelfEvaluationSupervision = opinionUseCase('supervisor');

export const fileSelfEvaluation = defineUseCase({
  action: 'file_self_evaluation',
  method: 'POST',
  url: '/projects/:id/self-evaluations/file',
  summary: '报送年度自评价报告（每年年底前，第三十三条；逾期标记）',
  tags: ['delivery'],
  response: FiledWithOverdueFindingSchema,
  body: z.object({}),
  async run({ tx, now, access, check }) {
    const open = openYear(access);
    const findings = check('self_evaluation', {
      year: open.year,
      dueAt: open.dueAt,
      filedAt: now,
      declarantOpinion: open.row?.declarantOpinion ?? false,
      supervisorAssigned: Boolean(access.contract?.supervisorOrgId),
      supervisorOpinion: open.row?.supervisorOpinion ?? false,
    });
    const late = findings.find((f) => f.rule === 'R-SELF-EVAL') ?? null;
    await tx
      .update(selfEvaluations)
      .set({ filedAt: now, filedLate: late !== null, updatedAt: now })
      .where(where(access.project.id, open.year));
    return {
      event: {
        action: 'project.self_evaluation_filed',
        rule: 'R-SELF-EVAL',
        article: 'Art.33',
        detail: { year: open.year, late: late !== null },
      },
      extra: { overdueFinding: late },
    };
  },
});
