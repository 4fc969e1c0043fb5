// 统筹看板 (GET /dashboard): the projects the person may see, counted by stage, department and
// category with their money, and the final versions now overdue (SPEC §7). The data bureau sees
// the district; a unit sees its own. Every number is a filter the project list understands.
import { and, eq, inArray } from 'drizzle-orm';
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

export async function dashboardRoutes(app: ZApp) {
  const { db } = app.services;

  app.get(
    '/dashboard',
    {
      schema: {
        tags: ['projects'],
        summary: '统筹看板：各阶段、各单位、各类别项目数与金额，逾期事项',
        querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() }),
      },
    },
    async (req) => {
      const auth = await requirePermission(req, ...PROJECT_READ_PERMISSIONS);
      // Only the columns the counts need (not the declaration form): the list can be thousands of rows.
      const rows = await db
        .select({
          id: projects.id,
          stage: projects.stage,
          declaringOrgId: projects.declaringOrgId,
          category: projects.category,
          totalFen: projects.totalFen,
          approvedBudgetFen: projects.approvedBudgetFen,
          contractFen: projectContracts.contractFen,
          recoveryFen: projectApplications.recoveryFen,
          revisionDueAt: projectApplications.revisionDueAt,
          revisionSubmittedAt: projectApplications.revisionSubmittedAt,
        })
        .from(projects)
        .leftJoin(projectApplications, currentApplication)
        .leftJoin(projectContracts, currentContract)
        .where(and(visibleProjects(auth), req.query.year ? eq(projects.planYear, req.query.year) : undefined));
      const d = dashboard(rows, req.now);
      const names = await orgNameMap(
        db,
        d.byDepartment.map((x) => x.orgId),
      );
      const categories = defaultEdition.lists.categories.value;
      const overdue = d.overdueRevisionIds.length
        ? await db
            .select({ p: projects, revisionDueAt: projectApplications.revisionDueAt })
            .from(projects)
            .innerJoin(projectApplications, currentApplication)
            .where(inArray(projects.id, d.overdueRevisionIds))
        : [];
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
