// 项目审核申报 (Art.11, 12): the approval route is worked out from the edition's parameters and
// shown with its reasons; the application needs the documents of the chosen route. 区发改局 records
// its 立项批复 where R-NDRC applies.
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { reviewOpinions } from '../../db/schema.js';
import { approvalRoute, missingDocuments, type ApprovalRoute } from '../../domain/approval/index.js';
import type { FundingLine } from '../../domain/rules/index.js';
import type { KindCode } from '../../domain/editions/types.js';
import { AppError } from '../errors.js';
import type { ZApp } from '../routes.js';
import { assertAction, loadProject, type ProjectRow } from '../projects/access.js';
import { declarationFormSchema } from '../projects/form-schema.js';
import { recordProjectEvent } from '../projects/history.js';
import { presentProject } from '../projects/presenter.js';
import { editionOf, moveStage, uploadedTypes } from './shared.js';
import type { Db } from '../../db/client.js';

const idParams = z.object({ id: z.uuid('无效的项目编号') });
const routeFlags = z.object({
  inPlan: z.boolean().default(false),
  urgentMandate: z.boolean().default(false),
  newCivilWorks: z.boolean().default(false),
  energyIntensive: z.boolean().default(false),
});

async function routeFor(db: Db, p: ProjectRow, flags: z.infer<typeof routeFlags>): Promise<ApprovalRoute> {
  const form = declarationFormSchema.parse(p.form ?? {});
  const ndrcApproved = Boolean(p.ndrcApproval);
  return approvalRoute(
    {
      kind: (p.kind ?? 'build') as KindCode,
      totalFen: p.totalFen,
      fundingSources: form.fundingSources as FundingLine[],
      ...flags,
      ndrcApproved,
    },
    await editionOf(db, p),
  );
}

export async function applicationRoutes(app: ZApp) {
  const { db } = app.services;

  app.get(
    '/projects/:id/approval-route',
    {
      schema: {
        tags: ['approval'],
        summary: '审批路径（第十二条）：是否需发改立项、可选简化程序、所需材料及理由',
        params: idParams,
        querystring: z.object({
          inPlan: z.coerce.boolean().optional(),
          urgentMandate: z.coerce.boolean().optional(),
          newCivilWorks: z.coerce.boolean().optional(),
          energyIntensive: z.coerce.boolean().optional(),
        }),
      },
    },
    async (req) => {
      const { project: p } = await loadProject(db, req, req.params.id);
      const route = await routeFor(db, p, routeFlags.parse(req.query));
      const uploaded = await uploadedTypes(db, p.id);
      return { ...route, missing: missingDocuments(route.requiredDocuments, uploaded), stored: p.approvalRoute };
    },
  );

  app.post(
    '/projects/:id/application',
    {
      schema: {
        tags: ['approval'],
        summary: '提交项目审核申报（第十一条、第十二条）',
        params: idParams,
        body: routeFlags.extend({
          path: z.enum(['standard', 'in_plan', 'urgent', 'merge']).default('standard'),
          version: z.number().int().optional(),
        }),
      },
    },
    async (req) => {
      const access = await loadProject(db, req, req.params.id);
      assertAction(access, 'submit_application');
      const p = access.project;
      const { path, version, ...flags } = req.body;
      if (version !== undefined && version !== p.version)
        throw new AppError(409, 'VERSION_CONFLICT', '项目已被他人修改，请刷新后重试');
      const route = await routeFor(db, p, flags);
      const chosen = path === 'standard' ? null : route.simplifiedPaths.find((s) => s.code === path);
      if (path !== 'standard' && !chosen) {
        throw new AppError(422, 'PATH_NOT_OFFERED', '所选简化程序不适用于本项目', {
          rule: 'R-NDRC-SIMPLE',
          article: 'Art.12',
          field: 'path',
        });
      }
      const slots = chosen ? chosen.documents : route.requiredDocuments;
      const missing = missingDocuments(slots, await uploadedTypes(db, p.id));
      if (missing.length) {
        const article = route.ndrcRequired ? 'Art.12' : 'Art.11';
        throw new AppError(
          422,
          'DOCUMENTS_MISSING',
          `项目审核申报材料不全，缺少：${missing.map((m) => m.zh).join('、')}`,
          {
            rule: route.ndrcRequired ? 'R-NDRC' : 'R-MATERIALS',
            article,
            field: 'documents',
            messageEn: `Missing: ${missing.map((m) => m.en).join(', ')}`,
            details: { missing, route },
          },
        );
      }
      // Applying again after a re-declared change (Art.17) opens a new joint review round.
      const [{ last }] = await db
        .select({ last: sql<number | null>`max(${reviewOpinions.round})` })
        .from(reviewOpinions)
        .where(and(eq(reviewOpinions.projectId, p.id), eq(reviewOpinions.review, 'joint_review')));
      const stored = { ...route, flags, path, at: req.now.toISOString(), jointRound: (last ?? 0) + 1 };
      const row = await db.transaction(async (tx) => {
        const r = await moveStage(tx, req.now, p, 'joint_review', { approvalRoute: stored, ndrcRequired: route.ndrcRequired });
        await recordProjectEvent(tx, req, {
          projectId: p.id,
          action: 'project.application_submitted',
          fromStage: p.stage,
          toStage: 'joint_review',
          rule: 'R-NDRC',
          article: route.ndrcRequired ? 'Art.12' : 'Art.11',
          detail: { ndrcRequired: route.ndrcRequired, path },
        });
        return r;
      });
      return presentProject({ ...access, project: row });
    },
  );

  app.post(
    '/projects/:id/ndrc-approval',
    {
      schema: {
        tags: ['approval'],
        summary: '录入区发改局立项批复（第十二条）',
        params: idParams,
        body: z.object({
          docNumber: z.string().trim().min(4, '请填写批复文号').max(100),
          date: z.iso.date('日期格式应为 YYYY-MM-DD'),
        }),
      },
    },
    async (req) => {
      const access = await loadProject(db, req, req.params.id);
      assertAction(access, 'ndrc_approve');
      const p = access.project;
      if (!p.ndrcRequired)
        throw new AppError(409, 'NDRC_NOT_REQUIRED', '本项目无需区发改局立项审批（第十二条）', {
          rule: 'R-NDRC',
          article: 'Art.12',
        });
      if (p.ndrcApproval) throw new AppError(409, 'NDRC_ALREADY_APPROVED', '立项批复已录入');
      const approval = { ...req.body, userId: access.auth.user.id, at: req.now.toISOString() };
      const row = await db.transaction(async (tx) => {
        const r = await moveStage(tx, req.now, p, p.stage, { ndrcApproval: approval });
        await recordProjectEvent(tx, req, {
          projectId: p.id,
          action: 'project.ndrc_approved',
          rule: 'R-NDRC',
          article: 'Art.12',
          note: req.body.docNumber,
          detail: approval,
        });
        return r;
      });
      return presentProject({ ...access, project: row });
    },
  );
}
