// GET /open-data/projects (public): the district's listed, non-classified projects and their public
// facts (SPEC §7), as JSON (paged) or CSV (the whole selection, streamed in chunks of rows, so memory
// stays bounded at any size — issue 12). What is published is decided in src/domain/projects/open-data.ts.
import { Readable } from 'node:stream';
import { and, asc, eq, gt, isNotNull, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { organizations, projectContracts, projects } from '../../db/schema.js';
import { currentContract } from './record.js';
import { defaultEdition, labelOf } from '../../domain/editions/index.js';
import { STAGES } from '../../domain/lifecycle/stages.js';
import { csvText, wanText } from '../exports/format.js';
import { isPublished, openDataRow } from '../../domain/projects/open-data.js';
import { fileAnswer } from '../platform/api-schemas.js';
import type { ZApp } from '../zapp.js';
import { OpenDataPageSchema } from './plan-responses.js';

const CSV_HEADER = [
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
];
/** The CSV's bytes go as they are (no serializer), as every file answer's. */
const csvBytes = fileAnswer('', 'text/csv').content['text/csv'];
/** Rows per query of the CSV stream (keyset on the code, so each chunk is an index range). */
const CSV_CHUNK = 2000;

/** The published rows in code order: listed (Art.10(4)) and not classified, the year's if given. */
function openRows(db: Db, where: SQL | undefined, limit: number, offset = 0) {
  return db
    .select({
      code: projects.code,
      name: projects.name,
      planYear: projects.planYear,
      declaringOrgId: projects.declaringOrgId,
      declaringOrg: organizations.name,
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
    .innerJoin(organizations, eq(organizations.id, projects.declaringOrgId))
    .leftJoin(projectContracts, currentContract)
    .where(where)
    .orderBy(asc(projects.code))
    .limit(limit)
    .offset(offset);
}

function csvLines(items: ReturnType<typeof openDataRow>[]): (string | number | null)[][] {
  const lists = defaultEdition.lists;
  const wan = (fen: number | null) => (fen === null ? '' : wanText(fen));
  return items.map((r) => [
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
  ]);
}

/** The whole selection as CSV, a chunk of rows at a time (csvText per chunk: the BOM only once). */
async function* csvChunks(db: Db, where: SQL): AsyncGenerator<string> {
  yield csvText([CSV_HEADER]);
  let after: string | null = null;
  for (;;) {
    const rows = await openRows(db, after === null ? where : and(where, gt(projects.code, after)), CSV_CHUNK);
    if (!rows.length) return;
    after = rows[rows.length - 1].code;
    yield csvText(csvLines(rows.filter(isPublished).map(openDataRow))).slice(1);
    if (rows.length < CSV_CHUNK) return;
  }
}

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
          // JSON is paged; the CSV is the whole selection.
          page: z.coerce.number().int().min(1).default(1),
          pageSize: z.coerce.number().int().min(1).max(1000).default(100),
        }),
        response: {
          200: {
            description: '一页 JSON（format=json），或全部数据的 CSV（format=csv） / a JSON page, or the whole CSV',
            content: {
              'application/json': { schema: OpenDataPageSchema },
              'text/csv': csvBytes,
            },
          },
        },
      },
    },
    async (req, reply) => {
      const { year, format, page, pageSize } = req.query;
      const where = and(
        isNotNull(projects.planId),
        eq(projects.classified, false),
        year ? eq(projects.planYear, year) : undefined,
      )!;
      if (format === 'json') {
        const [rows, [{ total }]] = await Promise.all([
          openRows(db, where, pageSize, (page - 1) * pageSize),
          db.select({ total: sql<number>`count(*)::int` }).from(projects).where(where),
        ]);
        return { publisher: '宿城区数据局', items: rows.filter(isPublished).map(openDataRow), total, page, pageSize };
      }
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header(
          'content-disposition',
          `attachment; filename="open-data-projects.csv"; filename*=UTF-8''${encodeURIComponent('宿城区信息化项目开放数据.csv')}`,
        )
        .send(Readable.from(csvChunks(db, where)));
    },
  );
}
