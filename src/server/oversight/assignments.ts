// 第三方专项绩效评估 (Art.33 "同时委托第三方机构对重点信息化项目开展专项绩效评估"): the data bureau assigns
// a key project's evaluation for a year to an evaluator organisation; the evaluator sees only the
// projects assigned to it (access.ts: accessTo), lists them here, uploads its report as the project's
// 第三方评估报告 (POST /projects/:id/documents) and files the scores (POST /projects/:id/evaluations).
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { evaluationAssignments, organizations, performanceEvaluations, projects, users } from '../../db/schema.js';
import { requirePermission } from '../auth/guard.js';
import { AppError } from '../errors.js';
import { accessTo } from '../projects/access.js';
import type { ZApp } from '../zapp.js';
import { notifyUsers } from './notify.js';
import { declaredTargets, isEvaluable, notEvaluable, recordOversightEvent } from './shared.js';
import { presentAssignment } from './present.js';
import { EvaluationAssignmentListSchema, EvaluationAssignmentSchema } from './responses.js';

const assignBody = z.object({
  projectId: z.uuid('无效的项目编号'),
  evaluatorOrgId: z.uuid('无效的机构编号'),
  year: z.number().int().min(2000).max(2100),
  note: z.string().trim().max(2000).default(''),
});

export async function assignmentRoutes(app: ZApp) {
  const { db } = app.services;

  app.post(
    '/evaluation-assignments',
    {
      schema: {
        tags: ['oversight'],
        summary: '委托第三方机构对重点项目开展专项绩效评估（区数据局，第三十三条）',
        body: assignBody,
        response: { 201: EvaluationAssignmentSchema },
      },
    },
    async (req, reply) => {
      const auth = await requirePermission(req, 'plan.issue');
      const b = req.body;
      const row = await db.transaction(async (tx) => {
        const access = await accessTo(tx, auth, b.projectId, req.now, { lock: true });
        if (!isEvaluable(access.project.stage)) throw notEvaluable(access.project.stage);
        const [org] = await tx
          .select({ roles: organizations.roles, name: organizations.name })
          .from(organizations)
          .where(eq(organizations.id, b.evaluatorOrgId));
        if (!org?.roles.includes('evaluator'))
          throw new AppError(400, 'ORG_ROLE_MISMATCH', '所选单位不是第三方评估机构', {
            field: 'evaluatorOrgId',
            messageEn: 'The organisation is not a third-party evaluator',
          });
        const [dup] = await tx
          .select({ id: evaluationAssignments.id })
          .from(evaluationAssignments)
          .where(and(eq(evaluationAssignments.projectId, b.projectId), eq(evaluationAssignments.year, b.year)));
        if (dup)
          throw new AppError(409, 'ALREADY_ASSIGNED', `该项目${b.year}年度已委托第三方评估`, {
            messageEn: `The project's ${b.year} evaluation is already assigned`,
            article: 'Art.33',
          });
        const [saved] = await tx
          .insert(evaluationAssignments)
          .values({ ...b, assignedBy: auth.user.id, assignedAt: req.now })
          .returning();
        await recordOversightEvent(tx, req, b.projectId, {
          action: 'project.evaluation_assigned',
          article: 'Art.33',
          note: b.note || null,
          detail: { assignmentId: saved.id, evaluatorOrgId: b.evaluatorOrgId, evaluator: org.name, year: b.year },
        });
        const people = await tx
          .select({ id: users.id })
          .from(users)
          .where(
            and(
              eq(users.orgId, b.evaluatorOrgId),
              eq(users.disabled, false),
              sql`EXISTS (SELECT 1 FROM roles r WHERE r.code = ANY(${users.roleCodes}) AND 'project.evaluate' = ANY(r.permissions))`,
            ),
          );
        const p = access.project;
        await notifyUsers(
          tx,
          people.map((u) => u.id),
          {
            title: '待办：第三方绩效评估',
            body: `${p.code} ${p.name}：区数据局委托贵机构开展${b.year}年度专项绩效评估（第三十三条）`,
            link: '/oversight/assignments',
            now: req.now,
          },
        );
        return saved;
      });
      return reply.status(201).send(presentAssignment(row));
    },
  );

  app.get(
    '/evaluation-assignments',
    {
      schema: {
        tags: ['oversight'],
        summary: '第三方评估委托清单（第三方机构只见委托给本机构的项目；区数据局见全部）',
        response: { 200: EvaluationAssignmentListSchema },
      },
    },
    async (req) => {
      const auth = await requirePermission(req, 'plan.issue', 'project.evaluate');
      const isBureau = auth.permissions.has('plan.issue');
      const rows = await db
        .select({
          a: evaluationAssignments,
          project: {
            id: projects.id,
            code: projects.code,
            name: projects.name,
            stage: projects.stage,
            form: projects.form,
          },
          evaluator: organizations.name,
        })
        .from(evaluationAssignments)
        .innerJoin(projects, eq(projects.id, evaluationAssignments.projectId))
        .innerJoin(organizations, eq(organizations.id, evaluationAssignments.evaluatorOrgId))
        .where(isBureau ? undefined : eq(evaluationAssignments.evaluatorOrgId, auth.org.id))
        .orderBy(desc(evaluationAssignments.assignedAt));
      const evalIds = rows.map((r) => r.a.evaluationId).filter((x): x is string => x !== null);
      const evals = evalIds.length
        ? await db
            .select({ id: performanceEvaluations.id, score: performanceEvaluations.score })
            .from(performanceEvaluations)
            .where(inArray(performanceEvaluations.id, evalIds))
        : [];
      const scoreOf = new Map(evals.map((e) => [e.id, e.score]));
      return {
        items: rows.map((r) => ({
          ...presentAssignment(r.a),
          evaluator: r.evaluator,
          score: r.a.evaluationId ? (scoreOf.get(r.a.evaluationId) ?? null) : null,
          project: {
            id: r.project.id,
            code: r.project.code,
            name: r.project.name,
            stage: r.project.stage,
            targets: declaredTargets(r.project),
          },
        })),
      };
    },
  );
}
