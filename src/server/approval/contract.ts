// Construction management (Art.15–19): decentralised construction needs two approvals (R-DECENTRAL);
// procurement only for listed, reviewed, budgeted, approved (and, where R-NDRC, ndrc-approved)
// projects (R-PROCURE, Art.18); supervision over 50万 before construction (R-SUPERVISION, Art.19);
// changes are filed or re-declared (R-CHANGE, Art.17).
import { desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { organizations, projectChanges } from '../../db/schema.js';
import {
  constructionGate,
  decentralFindings,
  decideChange,
  procurementGate,
  CHANGE_GROUNDS,
} from '../../domain/approval/index.js';
import { AppError } from '../errors.js';
import type { ZApp } from '../routes.js';
import { assertAction, loadProject } from '../projects/access.js';
import { fen } from '../projects/form-schema.js';
import { recordProjectEvent } from '../projects/history.js';
import { presentProject } from '../projects/presenter.js';
import { assertProjectDocument, editionOf, moveStage, procurementFacts, refuseWith } from './shared.js';

const idParams = z.object({ id: z.uuid('无效的项目编号') });
const approvalRecord = z.object({ docNumber: z.string().trim().min(2).max(100), date: z.iso.date() });

async function mustBeOrgWithRole(db: ZApp['services']['db'], id: string, role: string, label: string) {
  const [o] = await db.select({ roles: organizations.roles }).from(organizations).where(eq(organizations.id, id));
  if (!o?.roles.includes(role))
    throw new AppError(400, 'ORG_ROLE_MISMATCH', `所选单位不是${label}`, {
      field: role === 'implementer' ? 'implementerOrgId' : 'supervisorOrgId',
    });
}

export async function contractRoutes(app: ZApp) {
  const { db } = app.services;

  app.post(
    '/projects/:id/decentral',
    {
      schema: {
        tags: ['construction'],
        summary: '申请分散建设（第十五条，限涉密或上级统一部署项目）',
        params: idParams,
        body: z.object({
          basis: z.enum(['classified', 'upper_level']),
          reason: z.string().trim().min(4).max(2000),
        }),
      },
    },
    async (req) => {
      const access = await loadProject(db, req, req.params.id);
      assertAction(access, 'request_decentral');
      const p = access.project;
      if (req.body.basis === 'classified' && !p.classified)
        throw new AppError(400, 'NOT_CLASSIFIED', '本项目未标记为涉密项目', {
          field: 'basis',
          article: 'Art.15',
          rule: 'R-DECENTRAL',
        });
      const decentral = { requested: true, ...req.body, consultationApproved: false, governmentApproved: false };
      const row = await db.transaction(async (tx) => {
        const r = await moveStage(tx, req.now, p, p.stage, { decentral });
        await recordProjectEvent(tx, req, {
          projectId: p.id,
          action: 'project.decentral_updated',
          rule: 'R-DECENTRAL',
          article: 'Art.15',
          note: req.body.reason,
          detail: decentral,
        });
        return r;
      });
      return { ...presentProject({ ...access, project: row }), findings: decentralFindings(decentral) };
    },
  );

  app.post(
    '/projects/:id/decentral/approvals',
    {
      schema: {
        tags: ['construction'],
        summary: '登记会商机制审核同意、区政府批准（第十五条）',
        params: idParams,
        body: z.object({ consultation: approvalRecord.optional(), government: approvalRecord.optional() }),
      },
    },
    async (req) => {
      const access = await loadProject(db, req, req.params.id);
      assertAction(access, 'record_decentral');
      const p = access.project;
      const cur = p.decentral as Record<string, unknown> | null;
      if (!cur?.requested) throw new AppError(409, 'NOT_REQUESTED', '申报单位尚未申请分散建设', { article: 'Art.15' });
      if (req.body.government && !(req.body.consultation || cur.consultationApproved)) {
        throw new AppError(422, 'RULE_BLOCKED', '须先经会商机制审核同意，再报区政府批准', {
          rule: 'R-DECENTRAL',
          article: 'Art.15',
        });
      }
      const next = {
        ...cur,
        ...(req.body.consultation ? { consultation: req.body.consultation, consultationApproved: true } : {}),
        ...(req.body.government ? { government: req.body.government, governmentApproved: true } : {}),
      };
      const row = await db.transaction(async (tx) => {
        const r = await moveStage(tx, req.now, p, p.stage, { decentral: next });
        await recordProjectEvent(tx, req, {
          projectId: p.id,
          action: 'project.decentral_updated',
          rule: 'R-DECENTRAL',
          article: 'Art.15',
          detail: next,
        });
        return r;
      });
      return presentProject({ ...access, project: row });
    },
  );

  app.post(
    '/projects/:id/procurement',
    {
      schema: {
        tags: ['construction'],
        summary: '登记采购与合同（第十六条、第十八条；不符合条件拒绝 R-PROCURE）',
        params: idParams,
        body: z.object({
          method: z.enum([
            'public_tender',
            'invited_tender',
            'competitive_negotiation',
            'competitive_consultation',
            'single_source',
            'inquiry',
            'framework',
          ]),
          date: z.iso.date(),
          implementerOrgId: z.uuid(),
          contractFen: fen.refine((v) => v > 0, '合同金额须大于零'),
          contractDocumentId: z.uuid().optional(),
        }),
      },
    },
    async (req) => {
      const access = await loadProject(db, req, req.params.id);
      assertAction(access, 'record_procurement');
      const p = access.project;
      const edition = await editionOf(db, p);
      const blocking = procurementGate(procurementFacts(p), edition).filter((f) => f.severity === 'block');
      if (blocking.length) return refuseWith(req, p, blocking);
      await mustBeOrgWithRole(db, req.body.implementerOrgId, 'implementer', '实施单位');
      await assertProjectDocument(
        db,
        p.id,
        req.body.contractDocumentId,
        'contract',
        'contractDocumentId',
        '合同',
        'Art.16',
      );
      const row = await db.transaction(async (tx) => {
        const r = await moveStage(tx, req.now, p, 'contracted', {
          procurement: req.body,
          implementerOrgId: req.body.implementerOrgId,
          contractFen: req.body.contractFen,
        });
        await recordProjectEvent(tx, req, {
          projectId: p.id,
          action: 'project.procurement_recorded',
          fromStage: p.stage,
          toStage: 'contracted',
          rule: 'R-PROCURE',
          article: 'Art.18',
          detail: req.body,
        });
        return r;
      });
      return presentProject({ ...access, project: row });
    },
  );

  app.post(
    '/projects/:id/supervision',
    {
      schema: {
        tags: ['construction'],
        summary: '登记工程监理合同（第十九条）',
        params: idParams,
        body: z.object({
          supervisorOrgId: z.uuid(),
          contractFen: fen,
          date: z.iso.date(),
          contractDocumentId: z.uuid().optional(),
        }),
      },
    },
    async (req) => {
      const access = await loadProject(db, req, req.params.id);
      assertAction(access, 'record_supervision');
      await mustBeOrgWithRole(db, req.body.supervisorOrgId, 'supervisor', '具备资质的监理单位');
      const p = access.project;
      await assertProjectDocument(
        db,
        p.id,
        req.body.contractDocumentId,
        'supervision_contract',
        'contractDocumentId',
        '监理合同',
        'Art.19',
      );
      const row = await db.transaction(async (tx) => {
        const r = await moveStage(tx, req.now, p, p.stage, { supervision: req.body, supervisorOrgId: req.body.supervisorOrgId });
        await recordProjectEvent(tx, req, {
          projectId: p.id,
          action: 'project.supervision_recorded',
          rule: 'R-SUPERVISION',
          article: 'Art.19',
          detail: req.body,
        });
        return r;
      });
      return presentProject({ ...access, project: row });
    },
  );

  app.post(
    '/projects/:id/start-construction',
    {
      schema: {
        tags: ['construction'],
        summary: '开始建设（超过50万元须先签订监理合同 R-SUPERVISION）',
        params: idParams,
        body: z.object({}),
      },
    },
    async (req) => {
      const access = await loadProject(db, req, req.params.id);
      assertAction(access, 'start_construction');
      const p = access.project;
      const blocking = constructionGate(
        { budgetFen: p.approvedBudgetFen ?? p.totalFen, supervisionContract: p.supervisorOrgId !== null },
        await editionOf(db, p),
      ).filter((f) => f.severity === 'block');
      if (blocking.length) return refuseWith(req, p, blocking);
      const row = await db.transaction(async (tx) => {
        const r = await moveStage(tx, req.now, p, 'construction', { constructionStartedAt: req.now });
        await recordProjectEvent(tx, req, {
          projectId: p.id,
          action: 'project.construction_started',
          fromStage: p.stage,
          toStage: 'construction',
          rule: 'R-SUPERVISION',
          article: 'Art.19',
        });
        return r;
      });
      return presentProject({ ...access, project: row });
    },
  );

  app.post(
    '/projects/:id/changes',
    {
      schema: {
        tags: ['construction'],
        summary: '调整变更：符合条件的备案生效，否则重新申报（第十七条）',
        params: idParams,
        body: z.object({
          content: z.string().trim().min(4).max(5000),
          changeFen: fen,
          totalAfterFen: fen,
          ground: z.enum(Object.keys(CHANGE_GROUNDS) as [string, ...string[]]).nullable(),
        }),
      },
    },
    async (req, reply) => {
      const access = await loadProject(db, req, req.params.id);
      assertAction(access, 'file_change');
      const p = access.project;
      if (p.approvedBudgetFen === null || p.contractFen === null)
        throw new AppError(409, 'NO_CONTRACT', '尚无批复预算或合同金额，不能办理变更', { article: 'Art.17' });
      const b = req.body;
      const decision = decideChange(
        {
          approvedBudgetFen: p.approvedBudgetFen,
          totalAfterFen: b.totalAfterFen,
          changeFen: b.changeFen,
          contractFen: p.contractFen,
          ground: b.ground as never,
        },
        await editionOf(db, p),
      );
      const result = await db.transaction(async (tx) => {
        const [change] = await tx
          .insert(projectChanges)
          .values({
            createdAt: req.now,
            projectId: p.id,
            content: b.content,
            changeFen: b.changeFen,
            totalAfterFen: b.totalAfterFen,
            ground: b.ground,
            route: decision.route,
            reasons: decision.reasons,
            createdBy: access.auth.user.id,
          })
          .returning();
        // Filed: takes effect (the new total is the project's). Otherwise back to the application step (Art.17 ¶3).
        const r =
          decision.route === 'file'
            ? await moveStage(tx, req.now, p, p.stage, { totalFen: b.totalAfterFen })
            : // Declared again: a new application, joint review (next round), control price, final version and
              // approval follow; the old ones stay in the history and the opinions of their round.
              await moveStage(tx, req.now, p, 'listed', {
                approvalRoute: null,
                formCode: null,
                formDigest: null,
                controlPriceFen: null,
                recoveryFen: null,
                revisionDueAt: null,
                revisionSubmittedAt: null,
                revisionOverdue: false,
                approvedAt: null,
              });
        await recordProjectEvent(tx, req, {
          projectId: p.id,
          action: 'project.change_decided',
          fromStage: p.stage,
          toStage: r.stage,
          rule: 'R-CHANGE',
          article: 'Art.17',
          note: decision.finding.message,
          detail: { changeId: change.id, route: decision.route },
        });
        return { change, project: r };
      });
      return reply.status(201).send({
        change: { ...result.change, createdAt: result.change.createdAt.toISOString() },
        decision,
        project: presentProject({ ...access, project: result.project }),
      });
    },
  );

  app.get(
    '/projects/:id/changes',
    { schema: { tags: ['construction'], summary: '变更记录', params: idParams } },
    async (req) => {
      const { project: p } = await loadProject(db, req, req.params.id);
      const rows = await db
        .select()
        .from(projectChanges)
        .where(eq(projectChanges.projectId, p.id))
        .orderBy(desc(projectChanges.createdAt));
      return { items: rows.map((c) => ({ ...c, createdAt: c.createdAt.toISOString() })) };
    },
  );
}
