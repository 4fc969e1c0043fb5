// 下达计划 (Art.10(4)): with the district government's consent recorded, the data bureau puts the
// budgeted projects of a year into the annual project list — all of them, or those it names, in one
// transaction (R-PLAN-LIST: only budgeted projects, and only with the consent). The one action that
// moves many projects at once; each goes through the same transition table and history as takeAction.
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { planIssues, projects } from '../../../db/schema.js';
import { editionForNew } from '../../../domain/editions/resolve.js';
import { canTake, destination } from '../../../domain/lifecycle/transitions.js';
import { runRules } from '../../../domain/rules/index.js';
import { requirePermission } from '../../auth/guard.js';
import { AppError } from '../../errors.js';
import { wrongStage } from '../access.js';
import { recordProjectEvent } from '../history.js';
import { auditRefusal, ruleRefusal, writeProject } from './take-action.js';
import type { PlanIssued } from '../action-responses.js';

export const issuePlanBody = z.object({
  planYear: z.number().int().min(2025).max(2100),
  consentDocNumber: z.string().trim().min(4, '请填写区政府同意的文号').max(100),
  consentDate: z.iso.date('日期格式应为 YYYY-MM-DD'),
  projectIds: z.array(z.uuid()).min(1).max(1000).optional(),
  note: z.string().max(2000).optional(),
});

export async function issuePlan(req: FastifyRequest, reply: FastifyReply, b: z.infer<typeof issuePlanBody>) {
  const auth = await requirePermission(req, 'plan.issue');
  const { db } = req.server.services;
  // A plan is issued under the edition in force on the day it is issued.
  const edition = editionForNew(req.now);
  try {
    const issued = await db.transaction(async (tx) => {
      const candidates = await tx
        .select()
        .from(projects)
        .where(
          and(
            eq(projects.planYear, b.planYear),
            b.projectIds ? inArray(projects.id, b.projectIds) : eq(projects.stage, 'budgeted'),
          ),
        )
        .orderBy(asc(projects.code))
        .for('update');
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
          edition,
        )
          .filter((f) => f.severity === 'block')
          .map((f) => ({ ...f, projectId: p.id, projectCode: p.code, message: `${p.code} ${p.name}：${f.message}` })),
      );
      if (refusals.length) throw ruleRefusal(refusals);
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
        if (!canTake('issue_plan', p.stage)) throw wrongStage(p.stage, 'issue_plan');
        const to = destination('issue_plan', p.stage);
        await writeProject(tx, p.id, to, { planId: plan.id }, req.now, {
          action: 'plan.issued',
          actorUserId: auth.user.id,
        });
        await recordProjectEvent(tx, req, {
          projectId: p.id,
          action: 'plan.issued',
          fromStage: p.stage,
          toStage: to,
          rule: 'R-PLAN-LIST',
          article: 'Art.10(4)',
          note: b.consentDocNumber,
          detail: { planId: plan.id },
        });
      }
      return { plan, projectIds: candidates.map((p) => p.id) };
    });
    const answer: PlanIssued = {
      ...issued.plan,
      issuedAt: issued.plan.issuedAt.toISOString(),
      projectIds: issued.projectIds,
    };
    return reply.status(201).send(answer);
  } catch (err) {
    if (err instanceof AppError && err.status === 422)
      await auditRefusal(req, String(b.planYear), 'issue_plan', err, 'plan');
    throw err;
  }
}
