// 年度信息化项目清单 (Art.10(4)): viewable and filterable on screen, exported as .xlsx with the
// columns a district uses; mandated-urgent projects (Art.8 ¶2) are marked on every list.
import { PassThrough } from 'node:stream';
import { and, asc, eq, gt, isNotNull, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { organizations, planIssues, projects } from '../../db/schema.js';
import { requirePermission } from '../auth/guard.js';
import { PROJECT_READ_PERMISSIONS as LIST_READERS } from '../../domain/access/permissions.js';
import type { Db } from '../../db/client.js';
import type { ZApp } from '../zapp.js';
import { audit } from '../audit/record.js';
import { declarationFormSchema } from './form-schema.js';
import { writeAnnualListXlsx, type AnnualListRow } from '../exports/annual-list-xlsx.js';
import type { CategoryCode, FundingSourceCode, KindCode } from '../../domain/editions/types.js';
import { constructionPeriod, currentYearBudget } from '../../domain/projects/annual-list.js';
import type { Stage } from '../../domain/lifecycle/stages.js';
import { fileAnswer } from '../platform/api-schemas.js';
import { AnnualListSchema } from './plan-responses.js';

const listQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  orgId: z.uuid().optional(),
  category: z.string().max(40).optional(),
  urgent: z.coerce.boolean().optional(),
});
/** On screen the list is paged (issue 12); the totals are always the whole filtered list's. */
const pageQuery = listQuery.extend({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});

/**
 * The issued list is the district's plan (Art.10(4)): every unit that works on projects may read
 * its rows, not only its own. Project details stay org-scoped. Listed once, listed for the year:
 * projects that have moved on to review or construction stay.
 */
function listWhere(q: z.infer<typeof listQuery>): SQL {
  return and(
    eq(projects.planYear, q.year),
    isNotNull(projects.planId),
    q.orgId ? eq(projects.declaringOrgId, q.orgId) : undefined,
    q.category ? eq(projects.category, q.category) : undefined,
    q.urgent ? eq(projects.urgent, true) : undefined,
  )!;
}

type ListedRow = AnnualListRow & { id: string; planId: string | null; consentDocNumber: string | null; stage: Stage };

/** The rows of the list in code order: only the columns it shows (the form's budget lines, not the whole form). */
async function listRows(db: Db, where: SQL, range?: { limit: number; offset: number }): Promise<ListedRow[]> {
  const q = db
    .select({
      id: projects.id,
      planId: projects.planId,
      consentDocNumber: planIssues.consentDocNumber,
      code: projects.code,
      name: projects.name,
      declaringOrg: organizations.name,
      category: projects.category,
      kind: projects.kind,
      planYear: projects.planYear,
      totalFen: projects.totalFen,
      yearlyBudgets: sql<unknown>`${projects.form}->'yearlyBudgets'`,
      fundingSources: sql<unknown>`${projects.form}->'fundingSources'`,
      round: projects.round,
      approvedBudgetFen: projects.approvedBudgetFen,
      urgent: projects.urgent,
      stage: projects.stage,
    })
    .from(projects)
    .innerJoin(organizations, eq(organizations.id, projects.declaringOrgId))
    .leftJoin(planIssues, eq(planIssues.id, projects.planId))
    .where(where)
    .orderBy(asc(projects.code));
  const rows = range ? await q.limit(range.limit).offset(range.offset) : await q;
  const lines = declarationFormSchema.pick({ yearlyBudgets: true, fundingSources: true });
  return rows.map((p): ListedRow => {
    const form = lines.parse({
      yearlyBudgets: p.yearlyBudgets ?? undefined,
      fundingSources: p.fundingSources ?? undefined,
    });
    return {
      id: p.id,
      planId: p.planId,
      consentDocNumber: p.consentDocNumber ?? null,
      code: p.code,
      name: p.name,
      declaringOrg: p.declaringOrg,
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

/** Rows per query of the .xlsx stream (keyset on the code: each chunk is an index range). */
const EXPORT_CHUNK = 1000;

/** The whole filtered list in code order, a chunk at a time (issue 12: 20,000 rows, bounded memory). */
async function* listRowChunks(db: Db, where: SQL): AsyncGenerator<ListedRow> {
  let after: string | null = null;
  for (;;) {
    const rows = await listRows(db, after === null ? where : and(where, gt(projects.code, after))!, {
      limit: EXPORT_CHUNK,
      offset: 0,
    });
    yield* rows;
    if (rows.length < EXPORT_CHUNK) return;
    after = rows[rows.length - 1].code;
  }
}

/**
 * The whole filtered list's count and sums, by the database. 本年度预算 is currentYearBudget() of
 * src/domain/projects/annual-list.ts in SQL: the year's line of a split budget (0 without one), the
 * whole total when the budget is not split.
 */
async function listTotals(db: Db, where: SQL) {
  const yearly = sql`coalesce(${projects.form}->'yearlyBudgets', '[]'::jsonb)`;
  const [t] = await db
    .select({
      total: sql<number>`count(*)::int`,
      totalFen: sql<number>`coalesce(sum(${projects.totalFen}), 0)::bigint`.mapWith(Number),
      approvedBudgetFen: sql<number>`coalesce(sum(${projects.approvedBudgetFen}), 0)::bigint`.mapWith(Number),
      currentYearBudgetFen:
        sql<number>`coalesce(sum(CASE WHEN jsonb_array_length(${yearly}) = 0 THEN ${projects.totalFen}
        ELSE coalesce((SELECT (e->>'amountFen')::bigint FROM jsonb_array_elements(${yearly}) e
          WHERE (e->>'year')::int = ${projects.planYear} LIMIT 1), 0) END), 0)::bigint`.mapWith(Number),
    })
    .from(projects)
    .where(where);
  return t;
}

export async function annualListRoutes(app: ZApp) {
  const { db } = app.services;

  app.get(
    '/annual-list',
    {
      schema: {
        tags: ['annual plan'],
        summary: '年度信息化项目清单（可筛选，分页）',
        querystring: pageQuery,
        response: { 200: AnnualListSchema },
      },
    },
    async (req) => {
      await requirePermission(req, ...LIST_READERS);
      const { page, pageSize, ...filter } = req.query;
      const where = listWhere(filter);
      const [rows, totals, plans] = await Promise.all([
        listRows(db, where, { limit: pageSize, offset: (page - 1) * pageSize }),
        listTotals(db, where),
        db.select().from(planIssues).where(eq(planIssues.planYear, req.query.year)).orderBy(asc(planIssues.issuedAt)),
      ]);
      return {
        year: req.query.year,
        items: rows,
        totals: {
          totalFen: totals.totalFen,
          currentYearBudgetFen: totals.currentYearBudgetFen,
          approvedBudgetFen: totals.approvedBudgetFen,
        },
        total: totals.total,
        page,
        pageSize,
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
    {
      schema: {
        tags: ['annual plan'],
        summary: '导出年度项目清单 (.xlsx)',
        querystring: listQuery,
        response: {
          200: fileAnswer(
            '年度信息化项目清单 (.xlsx) / the annual list as a workbook',
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          ),
        },
      },
    },
    async (req, reply) => {
      await requirePermission(req, ...LIST_READERS);
      const where = listWhere(req.query);
      const [[plan], { total }] = await Promise.all([
        db
          .select()
          .from(planIssues)
          .where(eq(planIssues.planYear, req.query.year))
          .orderBy(asc(planIssues.issuedAt))
          .limit(1),
        listTotals(db, where),
      ]);
      // Audited before the first byte goes (as every download): the rows counted now.
      await audit(req, {
        action: 'plan.exported',
        outcome: 'success',
        targetType: 'annual_list',
        targetId: String(req.query.year),
        detail: { rows: total },
      });
      const out = new PassThrough();
      const head = {
        planYear: req.query.year,
        consent: plan ? { docNumber: plan.consentDocNumber, date: plan.consentDate } : null,
        generatedAt: req.now,
      };
      writeAnnualListXlsx(head, listRowChunks(db, where), out).catch((err: unknown) => {
        req.log.error({ err }, 'annual list export failed while streaming');
        out.destroy(err as Error);
      });
      const name = `宿城区${req.query.year}年度信息化项目清单.xlsx`;
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header(
          'content-disposition',
          `attachment; filename="annual-list-${req.query.year}.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`,
        )
        .send(out);
    },
  );
}
