// 年度信息化项目清单 (Art.10(4)): viewable and filterable on screen, exported as .xlsx with the
// columns a district uses; mandated-urgent projects (Art.8 ¶2) are marked on every list.
import { and, asc, eq, inArray, isNotNull } from 'drizzle-orm';
import { z } from 'zod';
import { planIssues, projects } from '../../db/schema.js';
import { requirePermission } from '../auth/guard.js';
import { PROJECT_READ_PERMISSIONS as LIST_READERS } from '../../domain/access/permissions.js';
import type { AuthContext } from '../auth/context.js';
import type { Db } from '../../db/client.js';
import type { ZApp } from '../zapp.js';
import { audit } from '../audit/record.js';
import { declarationFormSchema } from './form-schema.js';
import { orgNameMap } from './org-names.js';
import { buildAnnualListXlsx, type AnnualListRow } from '../exports/annual-list-xlsx.js';
import type { CategoryCode, FundingSourceCode, KindCode } from '../../domain/editions/types.js';
import { constructionPeriod, currentYearBudget } from '../../domain/projects/annual-list.js';

const listQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  orgId: z.uuid().optional(),
  category: z.string().max(40).optional(),
  urgent: z.coerce.boolean().optional(),
});

/**
 * The issued list is the district's plan (Art.10(4)): every unit that works on projects may read
 * its rows, not only its own. Project details stay org-scoped.
 */
async function listRows(db: Db, auth: AuthContext, q: z.infer<typeof listQuery>) {
  void auth;
  // Listed once, listed for the year: projects that have moved on to review or construction stay (Art.10(4)).
  const rows = await db
    .select()
    .from(projects)
    .where(
      and(
        eq(projects.planYear, q.year),
        isNotNull(projects.planId),
        q.orgId ? eq(projects.declaringOrgId, q.orgId) : undefined,
        q.category ? eq(projects.category, q.category) : undefined,
        q.urgent ? eq(projects.urgent, true) : undefined,
      ),
    )
    .orderBy(asc(projects.code));
  const names = await orgNameMap(
    db,
    rows.map((r) => r.declaringOrgId),
  );
  const plans = rows.length
    ? await db
        .select()
        .from(planIssues)
        .where(inArray(planIssues.id, rows.map((r) => r.planId!).filter(Boolean)))
    : [];
  return rows.map((p): AnnualListRow & { id: string; planId: string | null; consentDocNumber: string | null } => {
    const form = declarationFormSchema.parse(p.form ?? {});
    const plan = plans.find((x) => x.id === p.planId);
    return {
      id: p.id,
      planId: p.planId,
      consentDocNumber: plan?.consentDocNumber ?? null,
      code: p.code,
      name: p.name,
      declaringOrg: names.get(p.declaringOrgId) ?? '',
      category: p.category as CategoryCode,
      kind: p.kind as KindCode,
      totalFen: p.totalFen,
      currentYearBudgetFen: currentYearBudget(p.planYear, p.totalFen, form.yearlyBudgets),
      fundingSources: form.fundingSources.map((f) => ({
        source: f.source as FundingSourceCode,
        amountFen: f.amountFen,
      })),
      period: constructionPeriod(p.planYear, form.yearlyBudgets),
      preReviewConclusion: `四方预审通过（第${p.round}轮）`,
      approvedBudgetFen: p.approvedBudgetFen,
      urgent: p.urgent,
      remark: '',
      stage: p.stage,
    };
  });
}

export async function annualListRoutes(app: ZApp) {
  const { db } = app.services;

  app.get(
    '/annual-list',
    { schema: { tags: ['annual plan'], summary: '年度信息化项目清单（可筛选）', querystring: listQuery } },
    async (req) => {
      const auth = await requirePermission(req, ...LIST_READERS);
      const rows = await listRows(db, auth, req.query);
      const plans = await db
        .select()
        .from(planIssues)
        .where(eq(planIssues.planYear, req.query.year))
        .orderBy(asc(planIssues.issuedAt));
      return {
        year: req.query.year,
        items: rows,
        totals: {
          totalFen: rows.reduce((s, r) => s + r.totalFen, 0),
          currentYearBudgetFen: rows.reduce((s, r) => s + r.currentYearBudgetFen, 0),
          approvedBudgetFen: rows.reduce((s, r) => s + (r.approvedBudgetFen ?? 0), 0),
        },
        plans: plans.map((p) => ({
          id: p.id,
          consentDocNumber: p.consentDocNumber,
          consentDate: p.consentDate,
          issuedAt: p.issuedAt.toISOString(),
        })),
      };
    },
  );

  app.get(
    '/annual-list/export',
    { schema: { tags: ['annual plan'], summary: '导出年度项目清单 (.xlsx)', querystring: listQuery } },
    async (req, reply) => {
      const auth = await requirePermission(req, ...LIST_READERS);
      const rows = await listRows(db, auth, req.query);
      const [plan] = await db
        .select()
        .from(planIssues)
        .where(eq(planIssues.planYear, req.query.year))
        .orderBy(asc(planIssues.issuedAt))
        .limit(1);
      const buf = await buildAnnualListXlsx({
        planYear: req.query.year,
        consent: plan ? { docNumber: plan.consentDocNumber, date: plan.consentDate } : null,
        rows,
        generatedAt: req.now,
      });
      await audit(req, {
        action: 'plan.exported',
        outcome: 'success',
        targetType: 'annual_list',
        targetId: String(req.query.year),
        detail: { rows: rows.length },
      });
      const name = `宿城区${req.query.year}年度信息化项目清单.xlsx`;
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header(
          'content-disposition',
          `attachment; filename="annual-list-${req.query.year}.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`,
        )
        .send(buf);
    },
  );
}
