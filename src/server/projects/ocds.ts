// Open contracting data (OCDS 1.1; issue 10; SPEC §7; Art.7): GET /open-data/ocds.json — the published
// projects (listed in an annual plan, not classified: isPublished) as an OCDS release package, paged by
// project code with a `links.next` (OCDS API guidance), and GET /open-data/ocds.xlsx — the same releases
// flattened, the whole selection streamed in chunks. Public, like /open-data/projects. The mapping is
// src/domain/projects/ocds.ts.
import { PassThrough } from 'node:stream';
import { alias } from 'drizzle-orm/pg-core';
import { and, asc, eq, gt, inArray, isNotNull, type SQL } from 'drizzle-orm';
import { loadExcelJS } from '../exports/format.js';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import {
  organizations,
  projectAcceptances,
  projectApplications,
  projectContracts,
  projectPayments,
  projects,
  projectTrials,
} from '../../db/schema.js';
import { defaultEdition, labelOf } from '../../domain/editions/index.js';
import { STAGES } from '../../domain/lifecycle/stages.js';
import { type OcdsSource, ocdsPackage, ocdsRelease, PROCUREMENT_METHOD_ZH } from '../../domain/projects/ocds.js';
import { isPublished } from '../../domain/projects/open-data.js';
import { AppError } from '../errors.js';
import { fileAnswer } from '../platform/api-schemas.js';
import type { ZApp } from '../zapp.js';
import { OcdsReleasePackageSchema } from './plan-responses.js';
import { currentAcceptance, currentApplication, currentContract, currentTrial } from './record.js';

const PUBLISHER = '宿城区数据局';
const XLSX_CHUNK = 1000;
const implementers = alias(organizations, 'implementers');

/** Published projects in code order (keyset after `after`), with what their releases say. */
async function sources(db: Db, where: SQL, limit: number, after: string | null): Promise<OcdsSource[]> {
  const rows = await db
    .select({
      p: {
        id: projects.id,
        code: projects.code,
        name: projects.name,
        planYear: projects.planYear,
        version: projects.version,
        updatedAt: projects.updatedAt,
        category: projects.category,
        classified: projects.classified,
        planId: projects.planId,
        stage: projects.stage,
        totalFen: projects.totalFen,
        approvedBudgetFen: projects.approvedBudgetFen,
        declaringOrgId: projects.declaringOrgId,
      },
      buyerName: organizations.name,
      app: {
        round: projectApplications.round,
        controlPriceFen: projectApplications.controlPriceFen,
        approvedAt: projectApplications.approvedAt,
      },
      contract: projectContracts,
      supplierName: implementers.name,
      trialStartedOn: projectTrials.startedOn,
      acceptance: { date: projectAcceptances.acceptanceDate, conclusion: projectAcceptances.conclusion },
    })
    .from(projects)
    .innerJoin(organizations, eq(organizations.id, projects.declaringOrgId))
    .leftJoin(projectApplications, currentApplication)
    .leftJoin(projectContracts, currentContract)
    .leftJoin(implementers, eq(implementers.id, projectContracts.implementerOrgId))
    .leftJoin(projectTrials, currentTrial)
    .leftJoin(projectAcceptances, currentAcceptance)
    .where(after === null ? where : and(where, gt(projects.code, after)))
    .orderBy(asc(projects.code))
    .limit(limit);
  // Twice sure: the SQL selects only published projects, the domain decides what published means.
  const published = rows.filter((r) => isPublished(r.p));
  const ids = published.map((r) => r.p.id);
  const payments = ids.length
    ? await db
        .select()
        .from(projectPayments)
        .where(inArray(projectPayments.projectId, ids))
        .orderBy(asc(projectPayments.paidOn), asc(projectPayments.recordedAt))
    : [];
  const categories = defaultEdition.lists.categories.value;
  return published.map(({ p, buyerName, app, contract: c, supplierName, trialStartedOn, acceptance }) => ({
    id: p.id,
    code: p.code,
    name: p.name,
    planYear: p.planYear,
    version: p.version,
    updatedAt: p.updatedAt,
    category: p.category,
    categoryName: p.category ? labelOf(categories, p.category).zh : null,
    buyer: { id: p.declaringOrgId, name: buyerName },
    totalFen: p.totalFen,
    approvedBudgetFen: p.approvedBudgetFen,
    application:
      app?.round != null
        ? { round: app.round, controlPriceFen: app.controlPriceFen, approvedAt: app.approvedAt }
        : null,
    contract: c
      ? {
          round: c.round,
          procurementMethod: c.procurementMethod,
          procurementMethodName: PROCUREMENT_METHOD_ZH[c.procurementMethod] ?? c.procurementMethod,
          procurementDate: c.procurementDate,
          supplier: { id: c.implementerOrgId, name: supplierName ?? c.implementerOrgId },
          contractFen: c.contractFen,
          constructionStartedAt: c.constructionStartedAt,
          serviceStartOn: c.serviceStartOn,
          serviceEndOn: c.serviceEndOn,
        }
      : null,
    payments: payments
      .filter((t) => t.projectId === p.id)
      .map((t) => ({ id: t.id, kind: t.kind, amountFen: t.amountFen, paidOn: t.paidOn })),
    trialStartedOn: trialStartedOn ?? null,
    acceptance: acceptance?.date || acceptance?.conclusion ? acceptance : null,
    ended: STAGES[p.stage].terminal,
  }));
}

const publishedWhere = (year: number | undefined): SQL =>
  and(isNotNull(projects.planId), eq(projects.classified, false), year ? eq(projects.planYear, year) : undefined)!;

const query = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  /** The last project code of the previous page (keyset paging: each page is an index range). */
  after: z.string().max(40).optional(),
  pageSize: z.coerce.number().int().min(1).max(2000).default(500),
});

export async function ocdsRoutes(app: ZApp) {
  const { db, config } = app.services;
  const base = `${config.publicUrl.replace(/\/$/, '')}/api/v1/open-data`;

  app.get(
    '/open-data/ocds.json',
    {
      schema: {
        tags: ['open data'],
        summary: '开放数据（公开）：开放合同数据标准 OCDS 1.1 发布包（列入年度清单的非涉密项目，按项目编号分页）',
        security: [],
        querystring: query,
        response: { 200: OcdsReleasePackageSchema },
      },
    },
    async (req) => {
      const { year, after, pageSize } = req.query;
      const list = await sources(db, publishedWhere(year), pageSize, after ?? null);
      if (!list.length)
        throw new AppError(404, 'NO_OPEN_DATA', year ? `${year} 年度暂无公开的项目` : '暂无公开的项目', {
          messageEn: year ? `No published projects for ${year}` : 'No published projects',
        });
      const self = new URLSearchParams({ ...(year ? { year: String(year) } : {}), pageSize: String(pageSize) });
      const next = new URLSearchParams(self);
      next.set('after', list[list.length - 1].code);
      if (after) self.set('after', after);
      const releases = list.map((s) => ocdsRelease(s, config.ocidPrefix));
      return {
        ...ocdsPackage(releases, {
          uri: `${base}/ocds.json?${self}`,
          // "generated on demand: the date of the last change to the underlying contents" (OCDS 1.1).
          publishedDate: new Date(Math.max(...list.map((s) => s.updatedAt.getTime()))),
          publisher: PUBLISHER,
        }),
        ...(list.length === pageSize ? { links: { next: `${base}/ocds.json?${next}` } } : {}),
      };
    },
  );

  app.get(
    '/open-data/ocds.xlsx',
    {
      schema: {
        tags: ['open data'],
        summary: '开放数据（公开）：OCDS 发布内容的 Excel 表（项目、合同付款两张表，全部数据分块输出）',
        security: [],
        querystring: query.pick({ year: true }),
        response: {
          200: fileAnswer(
            'OCDS 发布内容的 Excel 表 / the OCDS releases as a workbook',
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          ),
        },
      },
    },
    async (req, reply) => {
      const { year } = req.query;
      const out = new PassThrough();
      const wb = new (await loadExcelJS()).stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
      const releasesSheet = wb.addWorksheet('releases');
      releasesSheet.columns = [
        { header: 'ocid', key: 'ocid', width: 30 },
        { header: '项目编号', key: 'code', width: 16 },
        { header: '项目名称', key: 'name', width: 36 },
        { header: '采购人', key: 'buyer', width: 24 },
        { header: '阶段标签 tag', key: 'tag', width: 36 },
        { header: '预算（元）', key: 'budget', width: 16 },
        { header: '招标控制价（元）', key: 'tender', width: 16 },
        { header: '采购方式', key: 'method', width: 14 },
        { header: '中标单位', key: 'supplier', width: 24 },
        { header: '合同金额（元）', key: 'contract', width: 16 },
        { header: '合同状态', key: 'status', width: 12 },
        { header: '发布日期', key: 'date', width: 26 },
      ];
      const txSheet = wb.addWorksheet('transactions');
      txSheet.columns = [
        { header: 'ocid', key: 'ocid', width: 30 },
        { header: '付款编号', key: 'id', width: 38 },
        { header: '付款日期', key: 'date', width: 26 },
        { header: '金额（元）', key: 'amount', width: 16 },
        { header: '付款方', key: 'payer', width: 24 },
        { header: '收款方', key: 'payee', width: 24 },
      ];
      const write = async () => {
        let after: string | null = null;
        for (;;) {
          const list = await sources(db, publishedWhere(year), XLSX_CHUNK, after);
          for (const s of list) {
            const r = ocdsRelease(s, config.ocidPrefix);
            const award = r.awards[0];
            const contract = r.contracts[0];
            releasesSheet
              .addRow({
                ocid: r.ocid,
                code: s.code,
                name: s.name,
                buyer: s.buyer.name,
                tag: r.tag.join(', '),
                budget: r.planning.budget.amount.amount,
                tender: r.tender.value.amount,
                method: s.contract?.procurementMethodName ?? '',
                supplier: award?.suppliers[0]?.name ?? '',
                contract: contract?.value.amount ?? null,
                status: contract?.status ?? '',
                date: r.date,
              })
              .commit();
            for (const t of contract?.implementation?.transactions ?? [])
              txSheet
                .addRow({
                  ocid: r.ocid,
                  id: t.id,
                  date: t.date,
                  amount: t.value.amount,
                  payer: t.payer.name,
                  payee: t.payee.name,
                })
                .commit();
          }
          if (list.length < XLSX_CHUNK) break;
          after = list[list.length - 1].code;
        }
        releasesSheet.commit();
        txSheet.commit();
        await wb.commit();
      };
      write().catch((err) => out.destroy(err as Error));
      const name = `宿城区信息化项目开放合同数据${year ? `-${year}` : ''}.xlsx`;
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header(
          'content-disposition',
          `attachment; filename="ocds${year ? `-${year}` : ''}.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`,
        )
        .send(out);
    },
  );
}
