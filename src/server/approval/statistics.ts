// 终稿修订统计 (Art.14): late final versions are not blocked but counted per declaring unit. Each
// person sees the units whose projects they may see (the data bureau: the whole district).
import { and, asc, eq, isNotNull, or } from 'drizzle-orm';
import { z } from 'zod';
import { projects } from '../../db/schema.js';
import { revisionStatsByDepartment } from '../../domain/approval/index.js';
import { requirePermission } from '../auth/guard.js';
import type { ZApp } from '../routes.js';
import { orgNameMap } from '../projects/org-names.js';
import { visibleProjects } from '../projects/projects.js';

export async function statisticsRoutes(app: ZApp) {
  const { db } = app.services;

  app.get('/statistics/revisions', {
    schema: { tags: ['approval'], summary: '各单位方案终稿修订情况（第十四条：3个工作日内，逾期计入统计）', querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() }) },
  }, async (req) => {
    const auth = await requirePermission(req, 'project.view_all', 'project.view_own', 'project.declare', 'project.forward');
    const rows = await db.select({
      declaringOrgId: projects.declaringOrgId, revisionDueAt: projects.revisionDueAt, revisionSubmittedAt: projects.revisionSubmittedAt, revisionOverdue: projects.revisionOverdue,
    }).from(projects).where(and(visibleProjects(auth), req.query.year ? eq(projects.planYear, req.query.year) : undefined,
      or(isNotNull(projects.revisionDueAt), isNotNull(projects.revisionSubmittedAt)))).orderBy(asc(projects.code));
    const stats = revisionStatsByDepartment(rows, new Date());
    const names = await orgNameMap(db, stats.map((s) => s.orgId));
    return {
      year: req.query.year ?? null, article: 'Art.14', rule: 'R-REVISE-3WD',
      items: stats.map((s) => ({ ...s, orgName: names.get(s.orgId) ?? '' })).sort((a, b) => (b.lateRate ?? 0) - (a.lateRate ?? 0) || a.orgName.localeCompare(b.orgName, 'zh')),
    };
  });
}
