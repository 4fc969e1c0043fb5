// 绩效评价 (Art.33): the declared performance targets scored one by one (met / partly / not met) with a
// score of 0–100 — by the data bureau, or by the third-party evaluator the data bureau assigned (its
// report uploaded as the project's 第三方评估报告 through the document store). A target partly or not met
// makes a rectification due (R-RECTIFY: the data bureau orders it, src/server/projects/actions/rectification.ts).
import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '../../db/client.js';
import { documents, evaluationAssignments, performanceEvaluations } from '../../db/schema.js';
import {
  checkScoring,
  needsRectification,
  TARGET_RESULTS,
  type TargetResult,
} from '../../domain/oversight/evaluation.js';
import { requireUser } from '../auth/guard.js';
import { AppError, forbidden } from '../errors.js';
import { accessTo } from '../projects/access.js';
import { assertProjectDocument } from '../projects/facts.js';
import type { ZApp } from '../zapp.js';
import { notifyActors } from './notify.js';
import { declaredTargets, isEvaluable, notEvaluable, recordOversightEvent } from './shared.js';
import { presentEvaluation } from './present.js';
import { PerformanceEvaluationSchema } from './responses.js';

/** The data bureau's evaluation may cite any current document of the project (its inspection record). */
export async function assertOwnDocument(tx: Tx, projectId: string, documentId: string): Promise<void> {
  const [d] = await tx
    .select({ id: documents.id })
    .from(documents)
    .where(and(eq(documents.id, documentId), eq(documents.ownerId, projectId), isNull(documents.withdrawnAt)));
  if (!d)
    throw new AppError(400, 'BAD_DOCUMENT', '所选文件不是本项目的材料', {
      messageEn: "The file is not one of this project's documents",
      field: 'documentId',
      article: 'Art.33',
    });
}

export const idParams = z.object({ id: z.uuid('无效的项目编号') });
const RESULTS = Object.keys(TARGET_RESULTS) as [TargetResult, ...TargetResult[]];

const evaluationBody = z.object({
  year: z.number().int().min(2000).max(2100),
  targets: z
    .array(
      z.object({
        indicator: z.string().trim().min(1).max(200),
        result: z.enum(RESULTS, { error: `评价结果须为 ${RESULTS.join(' / ')}` }),
        note: z.string().trim().max(1000).default(''),
      }),
    )
    .max(50),
  score: z.number().int('评分须为整数').min(0, '评分不能低于0').max(100, '评分不能高于100'),
  summary: z.string().trim().max(5000).default(''),
  documentId: z.uuid('材料编号无效').optional(),
});

export async function evaluationRoutes(app: ZApp) {
  const { db } = app.services;

  app.post(
    '/projects/:id/evaluations',
    {
      schema: {
        tags: ['oversight'],
        summary:
          '绩效评价：逐项评价申报时设定的绩效目标并评分（区数据局，或受托的第三方机构并上传评估报告；第三十三条）',
        params: idParams,
        body: evaluationBody,
        response: { 201: PerformanceEvaluationSchema },
      },
    },
    async (req, reply) => {
      const auth = requireUser(req);
      const b = req.body;
      const now = req.now;
      const saved = await db.transaction(async (tx) => {
        const access = await accessTo(tx, auth, req.params.id, now, { lock: true });
        const p = access.project;
        const isBureau = access.relations.has('data_bureau');
        const isEvaluator = access.relations.has('evaluator');
        if (!isBureau && !isEvaluator)
          throw forbidden('无权开展绩效评价（第三十三条）', 'Not allowed to evaluate (Art.33)');
        if (!isEvaluable(p.stage)) throw notEvaluable(p.stage);
        const declared = declaredTargets(p);
        const scored = b.targets.map((t, i) => ({ ...t, target: declared[i]?.target ?? '' }));
        const problem = checkScoring(declared, scored, b.score);
        if (problem)
          throw new AppError(400, problem.code, problem.zh, {
            messageEn: problem.en,
            article: 'Art.33',
            field: 'targets',
          });
        let assignmentId: string | null = null;
        if (isEvaluator && !isBureau) {
          const [a] = await tx
            .select()
            .from(evaluationAssignments)
            .where(
              and(
                eq(evaluationAssignments.projectId, p.id),
                eq(evaluationAssignments.evaluatorOrgId, auth.org.id),
                eq(evaluationAssignments.year, b.year),
                isNull(evaluationAssignments.completedAt),
              ),
            );
          if (!a)
            throw new AppError(409, 'NOT_ASSIGNED', `本机构没有该项目${b.year}年度待完成的第三方评估委托`, {
              messageEn: `No open ${b.year} assignment of this project to your organisation`,
              article: 'Art.33',
            });
          if (!b.documentId)
            throw new AppError(400, 'REPORT_REQUIRED', '请上传第三方评估报告', {
              messageEn: 'Upload the evaluation report',
              field: 'documentId',
              article: 'Art.33',
            });
          assignmentId = a.id;
        }
        if (assignmentId)
          await assertProjectDocument(
            tx,
            p.id,
            b.documentId,
            'third_party_evaluation',
            'documentId',
            '第三方评估报告',
            'Art.33',
          );
        else if (b.documentId) await assertOwnDocument(tx, p.id, b.documentId);
        const unmet = needsRectification(scored);
        const [row] = await tx
          .insert(performanceEvaluations)
          .values({
            projectId: p.id,
            kind: assignmentId ? 'third_party' : 'data_bureau',
            assignmentId,
            year: b.year,
            targets: scored,
            score: b.score,
            summary: b.summary,
            documentId: b.documentId ?? null,
            targetsUnmet: unmet,
            evaluatorOrgId: auth.org.id,
            evaluatedBy: auth.user.id,
            evaluatedAt: now,
          })
          .returning();
        if (assignmentId)
          await tx
            .update(evaluationAssignments)
            .set({ evaluationId: row.id, completedAt: now })
            .where(eq(evaluationAssignments.id, assignmentId));
        await recordOversightEvent(tx, req, p.id, {
          action: 'project.performance_evaluated',
          rule: unmet ? 'R-RECTIFY' : null,
          article: 'Art.33',
          note: b.summary || null,
          detail: { evaluationId: row.id, kind: row.kind, year: b.year, score: b.score, targetsUnmet: unmet },
        });
        await notifyActors(tx, p, unmet ? ['declarant', 'data_bureau'] : ['declarant'], {
          title: unmet ? '绩效评价：有绩效目标未实现' : '绩效评价结果',
          body: `${b.year}年度绩效评价得分${b.score}${unmet ? '，部分绩效目标未实现，将限期整改' : ''}（第三十三条）`,
          actingUserId: auth.user.id,
          now,
        });
        return row;
      });
      return reply.status(201).send(presentEvaluation(saved));
    },
  );
}
