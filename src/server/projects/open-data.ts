// GET /open-data/projects (public): the district's listed, non-classified projects and their public
// facts (SPEC §7), as JSON or CSV. What is published is decided in src/domain/projects/open-data.ts.
import { and, asc, eq, isNotNull } from 'drizzle-orm';
import { z } from 'zod';
import { projectContracts, projects } from '../../db/schema.js';
import { currentContract } from './record.js';
import { defaultEdition, labelOf } from '../../domain/editions/index.js';
import { STAGES } from '../../domain/lifecycle/stages.js';
import { csvText, wanText } from '../exports/format.js';
import { isPublished, openDataRow } from '../../domain/projects/open-data.js';
import type { ZApp } from '../zapp.js';
import { orgNameMap } from './org-names.js';

export async function openDataRoutes(app: ZApp) {
  const { db } = app.services;

  app.get(
    '/open-data/projects',
    {
      schema: {
        tags: ['open data'],
        summary: '开放数据（公开）：列入年度项目清单的非涉密项目基本信息',
        security: [],
        querystring: z.object({
          year: z.coerce.number().int().min(2000).max(2100).optional(),
          format: z.enum(['json', 'csv']).default('json'),
        }),
      },
    },
    async (req, reply) => {
      const rows = await db
        .select({
          code: projects.code,
          name: projects.name,
          planYear: projects.planYear,
          declaringOrgId: projects.declaringOrgId,
          category: projects.category,
          kind: projects.kind,
          classified: projects.classified,
          planId: projects.planId,
          totalFen: projects.totalFen,
          approvedBudgetFen: projects.approvedBudgetFen,
          contractFen: projectContracts.contractFen,
          stage: projects.stage,
        })
        .from(projects)
        .leftJoin(projectContracts, currentContract)
        .where(
          and(
            isNotNull(projects.planId),
            eq(projects.classified, false),
            req.query.year ? eq(projects.planYear, req.query.year) : undefined,
          ),
        )
        .orderBy(asc(projects.code));
      const names = await orgNameMap(
        db,
        rows.map((r) => r.declaringOrgId),
      );
      const items = rows
        .filter(isPublished)
        .map((p) => openDataRow({ ...p, declaringOrg: names.get(p.declaringOrgId) ?? '' }));
      if (req.query.format === 'json') return { publisher: '宿城区数据局', items, total: items.length };
      const lists = defaultEdition.lists;
      const wan = (fen: number | null) => (fen === null ? '' : wanText(fen));
      const csv = csvText([
        [
          '项目编号',
          '项目名称',
          '计划年度',
          '申报单位',
          '类别',
          '建设性质',
          '总投资（万元）',
          '审核预算（万元）',
          '合同金额（万元）',
          '当前阶段',
        ],
        ...items.map((r) => [
          r.code,
          r.name,
          r.planYear,
          r.declaringOrg,
          r.category ? labelOf(lists.categories.value, r.category).zh : '',
          r.kind ? labelOf(lists.kinds.value, r.kind).zh : '',
          wan(r.totalFen),
          wan(r.approvedBudgetFen),
          wan(r.contractFen),
          STAGES[r.stage].zh,
        ]),
      ]);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header(
          'content-disposition',
          `attachment; filename="open-data-projects.csv"; filename*=UTF-8''${encodeURIComponent('宿城区信息化项目开放数据.csv')}`,
        )
        .send(csv);
    },
  );
}
