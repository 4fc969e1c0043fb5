// 预算审核 (Art.10(3)): finance approves an amount for pre-review-passed projects only.
// 下达计划 (Art.10(4)): with the district government's consent recorded, the data bureau puts the
// budgeted projects into the annual project list.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { annualCalls, planIssues, projects, reviewOpinions } from '../../db/schema.js';
import { defaultEdition, getEdition } from '../../domain/editions/index.js';
import { runRules, type Finding } from '../../domain/rules/index.js';
import { budgetAmountProblem } from '../../domain/projects/budget-review.js';
import type { JointReviewPartyCode } from '../../domain/editions/types.js';
import type { PreReviewDecision } from '../../domain/lifecycle/transitions.js';
import { AppError } from '../errors.js';
import { requirePermission } from '../auth/guard.js';
import type { ZApp } from '../routes.js';
import { loadProject } from './access.js';
import { fen } from './form-schema.js';
import { recordProjectEvent } from './history.js';
import { presentProject } from './presenter.js';

const idParams = z.object({ id: z.uuid('无效的项目编号') });

function ruleRefusal(blocking: Finding[], extra: Record<string, unknown> = {}): AppError {
  const f = blocking[0];
  return new AppError(422, 'RULE_BLOCKED', f.message, {
    rule: f.rule,
    article: f.article,
    messageEn: f.messageEn,
    field: f.field,
    details: { blocking, ...extra },
  });
}

export async function budgetPlanRoutes(app: ZApp) {
  const { db } = app.services;

  app.post(
    '/projects/:id/budget-review',
    {
      schema: {
        tags: ['annual plan'],
        summary: '预算审核（区财政局，第十条第（三）项）',
        params: idParams,
        body: z.object({
          decision: z.enum(['approve', 'refuse']),
          approvedBudgetFen: fen.optional(),
          note: z.string().trim().max(2000).optional(),
        }),
      },
    },
    async (req) => {
      await requirePermission(req, 'budget.review');
      const access = await loadProject(db, req, req.params.id);
      const p = access.project;
      const [call] = await db
        .select({ editionId: annualCalls.editionId })
        .from(annualCalls)
        .where(eq(annualCalls.id, p.callId));
      const edition = getEdition(call.editionId) ?? defaultEdition;
      const opinions = await db
        .select({ party: reviewOpinions.party, decision: reviewOpinions.decision })
        .from(reviewOpinions)
        .where(
          and(
            eq(reviewOpinions.projectId, p.id),
            eq(reviewOpinions.review, 'pre_review'),
            eq(reviewOpinions.round, p.round),
          ),
        );
      const findings = runRules(
        'budget_review',
        {
          preReviewOpinions: Object.fromEntries(opinions.map((o) => [o.party, o.decision])) as Partial<
            Record<JointReviewPartyCode, PreReviewDecision>
          >,
        },
        edition,
      );
      const blocking = findings.filter((f) => f.severity === 'block');
      if (blocking.length) throw ruleRefusal(blocking);
      if (p.stage !== 'pre_review_passed')
        throw new AppError(409, 'WRONG_STAGE', '该项目的预算已审核', { article: 'Art.10(3)' });
      const b = req.body;
      const amountProblem = budgetAmountProblem(b.decision, b.approvedBudgetFen, p.totalFen);
      if (amountProblem)
        throw new AppError(400, amountProblem.code, amountProblem.zh, {
          field: 'approvedBudgetFen',
          article: amountProblem.article,
          messageEn: amountProblem.en,
        });
      const to = b.decision === 'approve' ? 'budgeted' : 'budget_refused';
      const row = await db.transaction(async (tx) => {
        const [r] = await tx
          .update(projects)
          .set({
            stage: to,
            approvedBudgetFen: b.decision === 'approve' ? b.approvedBudgetFen! : null,
            version: sql`${projects.version} + 1`,
            updatedAt: req.now,
          })
          .where(and(eq(projects.id, p.id), eq(projects.stage, 'pre_review_passed')))
          .returning();
        if (!r) throw new AppError(409, 'WRONG_STAGE', '该项目的预算已审核', { article: 'Art.10(3)' });
        await recordProjectEvent(tx, req, {
          projectId: p.id,
          action: 'project.budget_reviewed',
          fromStage: p.stage,
          toStage: to,
          note: b.note,
          rule: 'R-PRE-BEFORE-BUDGET',
          article: 'Art.10(3)',
          detail: { approvedBudgetFen: r.approvedBudgetFen },
        });
        return r;
      });
      return presentProject({ ...access, project: row });
    },
  );

  app.post(
    '/plans',
    {
      schema: {
        tags: ['annual plan'],
        summary: '下达年度计划（经区政府同意，第十条第（四）项）',
        body: z.object({
          planYear: z.number().int().min(2025).max(2100),
          consentDocNumber: z.string().trim().min(4, '请填写区政府同意的文号').max(100),
          consentDate: z.iso.date('日期格式应为 YYYY-MM-DD'),
          projectIds: z.array(z.uuid()).min(1).max(1000).optional(),
          note: z.string().max(2000).optional(),
        }),
      },
    },
    async (req, reply) => {
      const auth = await requirePermission(req, 'plan.issue');
      const b = req.body;
      const candidates = await db
        .select()
        .from(projects)
        .where(
          and(
            eq(projects.planYear, b.planYear),
            b.projectIds ? inArray(projects.id, b.projectIds) : eq(projects.stage, 'budgeted'),
          ),
        )
        .orderBy(asc(projects.code));
      if (b.projectIds && candidates.length !== new Set(b.projectIds).size)
        throw new AppError(400, 'PROJECT_NOT_FOUND', '部分项目不存在或不属于该年度', { field: 'projectIds' });
      if (candidates.length === 0)
        throw new AppError(422, 'RULE_BLOCKED', '没有已落实财政预算的项目可以下达', {
          rule: 'R-PLAN-LIST',
          article: 'Art.10(4)',
        });
      const refusals = candidates.flatMap((p) =>
        runRules(
          'issue_plan',
          {
            approvedBudgetFen: p.stage === 'budgeted' ? p.approvedBudgetFen : null,
            governmentConsent: { docNumber: b.consentDocNumber, date: b.consentDate },
          },
          defaultEdition,
        )
          .filter((f) => f.severity === 'block')
          .map((f) => ({ ...f, projectId: p.id, projectCode: p.code, message: `${p.code} ${p.name}：${f.message}` })),
      );
      if (refusals.length) throw ruleRefusal(refusals);
      const issued = await db.transaction(async (tx) => {
        const [plan] = await tx
          .insert(planIssues)
          .values({
            issuedAt: req.now,
            planYear: b.planYear,
            consentDocNumber: b.consentDocNumber,
            consentDate: b.consentDate,
            issuedBy: auth.user.id,
            note: b.note,
          })
          .returning();
        for (const p of candidates) {
          const [r] = await tx
            .update(projects)
            .set({ stage: 'listed', planId: plan.id, version: sql`${projects.version} + 1`, updatedAt: req.now })
            .where(and(eq(projects.id, p.id), eq(projects.stage, 'budgeted')))
            .returning({ id: projects.id });
          if (!r) throw new AppError(409, 'WRONG_STAGE', `${p.code} 的状态已变化，请刷新后重试`);
          await recordProjectEvent(tx, req, {
            projectId: p.id,
            action: 'plan.issued',
            fromStage: 'budgeted',
            toStage: 'listed',
            rule: 'R-PLAN-LIST',
            article: 'Art.10(4)',
            note: b.consentDocNumber,
            detail: { planId: plan.id },
          });
        }
        return plan;
      });
      return reply
        .status(201)
        .send({ ...issued, issuedAt: issued.issuedAt.toISOString(), projectIds: candidates.map((p) => p.id) });
    },
  );
}
