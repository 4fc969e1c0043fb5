// 统筹看板 (GET /dashboard): the projects the person may see, counted by stage, department and
// category with their money, and the final versions now overdue (SPEC §7). The data bureau sees
// the district; a unit sees its own. Every number is a filter the project list understands.
import { and, asc, eq, isNull, lt, sql } from 'drizzle-orm';
import { z } from 'zod';
import { projectApplications, projectContracts, projects } from '../../db/schema.js';
import { currentApplication, currentContract } from './record.js';
import { defaultEdition } from '../../domain/editions/index.js';
import { dashboard } from '../../domain/projects/dashboard.js';
import { PROJECT_READ_PERMISSIONS } from '../../domain/access/permissions.js';
import { requirePermission } from '../auth/guard.js';
import type { ZApp } from '../zapp.js';
import { orgNameMap } from './org-names.js';
import { presentProjectSummary } from './presenter.js';
import { visibleProjects } from './projects.js';
import { STAGES } from '../../domain/lifecycle/stages.js';
import { DashboardSchema } from './dashboard-responses.js';

export async function dashboardRoutes(app: ZApp) {
  const { db } = app.services;

  app.get(
    '/dashboard',
    {
      schema: {
        tags: ['projects'],
        summary: '统筹看板：各阶段、各单位、各类别项目数与金额，逾期事项',
        querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() }),
        response: { 200: DashboardSchema },
      },
    },
    async (req) => {
      const auth = await requirePermission(req, ...PROJECT_READ_PERMISSIONS);
      const visible = and(visibleProjects(auth), req.query.year ? eq(projects.planYear, req.query.year) : undefined);
      // Counted and summed by the database, one row per stage × department × category (issue 12).
      const groups = await db
        .select({
          stage: projects.stage,
          declaringOrgId: projects.declaringOrgId,
          category: projects.category,
          count: sql<number>`count(*)::int`,
          totalFen: sql<number>`coalesce(sum(${projects.totalFen}), 0)::bigint`.mapWith(Number),
          approvedBudgetFen: sql<number>`coalesce(sum(${projects.approvedBudgetFen}), 0)::bigint`.mapWith(Number),
          contractFen: sql<number>`coalesce(sum(${projectContracts.contractFen}), 0)::bigint`.mapWith(Number),
          recoveryFen: sql<number>`coalesce(sum(${projectApplications.recoveryFen}), 0)::bigint`.mapWith(Number),
        })
        .from(projects)
        .leftJoin(projectApplications, currentApplication)
        .leftJoin(projectContracts, currentContract)
        .where(visible)
        .groupBy(projects.stage, projects.declaringOrgId, projects.category);
      const d = dashboard(groups);
      const names = await orgNameMap(
        db,
        d.byDepartment.map((x) => x.orgId),
      );
      const categories = defaultEdition.lists.categories.value;
      // The final versions overdue now (Art.14): in revision, not submitted, past the deadline instant.
      const overdue = await db
        .select({ p: projects, revisionDueAt: projectApplications.revisionDueAt })
        .from(projects)
        .innerJoin(projectApplications, currentApplication)
        .where(
          and(
            visible,
            eq(projects.stage, 'revision'),
            isNull(projectApplications.revisionSubmittedAt),
            lt(projectApplications.revisionDueAt, req.now),
          ),
        )
        .orderBy(asc(projectApplications.revisionDueAt))
        .limit(200);
      const overdueNames = await orgNameMap(
        db,
        overdue.map(({ p }) => p.declaringOrgId),
      );
      return {
        year: req.query.year ?? null,
        totals: d.totals,
        byStage: d.byStage.map((s) => ({
          ...s,
          name: STAGES[s.stage].zh,
          nameEn: STAGES[s.stage].en,
        })),
        byDepartment: d.byDepartment.map((x) => ({ ...x, name: names.get(x.orgId) ?? '' })),
        byCategory: d.byCategory.map((x) => {
          const c = categories.find((v) => v.code === x.category);
          return { ...x, name: c?.zh ?? '未填写', nameEn: c?.en ?? 'Not given' };
        }),
        overdueRevisions: overdue.map(({ p, revisionDueAt }) => ({
          ...presentProjectSummary(p, overdueNames),
          revisionDueAt: revisionDueAt?.toISOString() ?? null,
          rule: 'R-REVISE-3WD',
          article: 'Art.14',
        })),
      };
    },
  );
}
