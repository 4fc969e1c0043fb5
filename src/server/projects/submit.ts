// Submitting a declaration (Art.8–10(1)), withdrawing it until review starts, and the sector
// authority's forward / return (扎口管理, Art.9). Blocking findings refuse with the article quoted;
// warnings stay on the record for the reviewers.
import { and, eq, sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { annualCalls, projectRounds, projects } from '../../db/schema.js';
import { defaultEdition, getEdition } from '../../domain/editions/index.js';
import { forwardOutcome, submissionOutcome, type SubmissionOutcome } from '../../domain/lifecycle/submission.js';
import { runRules, type Finding } from '../../domain/rules/index.js';
import { AppError } from '../errors.js';
import { audit } from '../audit/record.js';
import type { ZApp } from '../routes.js';
import { expectedVersion, setEtag, staleError } from '../platform/versioning.js';
import { assertAction, loadProject, type ProjectAccess } from './access.js';
import { declarationInputFor } from './declaration-input.js';
import { recordProjectEvent } from './history.js';
import { presentProject } from './presenter.js';
import { freezeSubmittedDocuments } from '../documents/freeze.js';

const idParams = z.object({ id: z.uuid('无效的项目编号') });
const versionBody = z.object({ version: z.number().int().optional() });

async function checkDeclaration(db: Db, p: ProjectAccess['project'], forwarded: boolean, at: Date) {
  const [call] = await db.select().from(annualCalls).where(eq(annualCalls.id, p.callId));
  const edition = getEdition(call.editionId) ?? defaultEdition;
  return runRules('declare', await declarationInputFor(db, p, { at, forwarded }), edition);
}

/** 422 naming the first blocking rule and its article, with every finding in `details`. */
async function refuse(
  req: FastifyRequest,
  p: ProjectAccess['project'],
  blocking: Finding[],
  all: Finding[],
): Promise<never> {
  await audit(req, {
    action: 'project.submit_refused',
    outcome: 'failure',
    targetType: 'project',
    targetId: p.id,
    detail: { rules: blocking.map((f) => f.rule) },
  });
  const first = blocking[0];
  throw new AppError(
    422,
    'RULE_BLOCKED',
    `${first.message}${blocking.length > 1 ? `（另有 ${blocking.length - 1} 项须改正）` : ''}`,
    {
      rule: first.rule,
      article: first.article,
      messageEn: first.messageEn,
      field: first.field,
      details: { findings: all, blocking },
    },
  );
}

export async function submitRoutes(app: ZApp) {
  const { db } = app.services;

  /** Moves the project, freezes the submitted document versions and snapshots the round. */
  async function advance(
    req: FastifyRequest,
    access: ProjectAccess,
    outcome: Extract<SubmissionOutcome, { ok: true }>,
    findings: Finding[],
    expectedVer: { version: number; via: 'if-match' | 'body' },
    action: 'project.submitted' | 'project.forwarded',
    note?: string,
  ) {
    const p = access.project;
    const now = req.now;
    // A new pre-review round begins when the declaration reaches the reviewers (Art.10(2)).
    const newRound = outcome.to === 'submitted' ? p.round + 1 : p.round;
    return db.transaction(async (tx) => {
      const [row] = await tx
        .update(projects)
        .set({
          stage: outcome.to,
          round: newRound,
          urgent: outcome.urgent,
          findings,
          submittedAt: now,
          version: sql`${projects.version} + 1`,
          updatedAt: now,
        })
        .where(and(eq(projects.id, p.id), eq(projects.version, expectedVer.version)))
        .returning();
      if (!row) throw staleError(expectedVer.via);
      const documentIds = await freezeSubmittedDocuments(tx, p.id, now);
      if (outcome.to === 'submitted') {
        await tx.insert(projectRounds).values({
          projectId: p.id,
          round: newRound,
          name: row.name,
          totalFen: row.totalFen,
          form: row.form,
          documentIds,
          findings,
          submittedAt: now,
          submittedBy: req.auth!.user.id,
        });
      }
      await recordProjectEvent(tx, req, {
        projectId: p.id,
        action,
        fromStage: p.stage,
        toStage: outcome.to,
        note,
        article: action === 'project.forwarded' ? 'Art.9' : 'Art.10(1)',
        detail: { round: newRound, urgent: outcome.urgent, warnings: outcome.warnings.map((w) => w.rule) },
      });
      return row;
    });
  }

  app.post(
    '/projects/:id/submit',
    {
      schema: {
        tags: ['projects'],
        summary: '提交申报（阻断性问题将拒绝并引用条款）',
        params: idParams,
        body: versionBody,
      },
    },
    async (req, reply) => {
      const access = await loadProject(db, req, req.params.id);
      assertAction(access, 'submit');
      const expected = expectedVersion(req, req.body.version);
      if (expected.version !== access.project.version) throw staleError(expected.via);
      const findings = await checkDeclaration(db, access.project, false, req.now);
      const outcome = submissionOutcome(findings);
      if (!outcome.ok) return refuse(req, access.project, outcome.blocking, findings);
      const row = await advance(req, access, outcome, findings, expected, 'project.submitted');
      setEtag(reply, row.version);
      return { ...presentProject({ ...access, project: row }), routedTo: outcome.to };
    },
  );

  app.post(
    '/projects/:id/withdraw',
    { schema: { tags: ['projects'], summary: '撤回申报（预审开始前）', params: idParams, body: versionBody } },
    async (req) => {
      const access = await loadProject(db, req, req.params.id);
      assertAction(access, 'withdraw');
      const p = access.project;
      const row = await db.transaction(async (tx) => {
        // Withdrawing undoes the round that has not been reviewed yet.
        const back = p.stage === 'submitted' ? p.round - 1 : p.round;
        const [r] = await tx
          .update(projects)
          .set({ stage: 'draft', round: back, version: sql`${projects.version} + 1`, updatedAt: req.now })
          .where(and(eq(projects.id, p.id), eq(projects.stage, p.stage)))
          .returning();
        if (!r) throw new AppError(409, 'WRONG_STAGE', '预审已开始，不能撤回', { article: 'Art.10(2)' });
        if (p.stage === 'submitted')
          await tx
            .delete(projectRounds)
            .where(and(eq(projectRounds.projectId, p.id), eq(projectRounds.round, p.round)));
        await recordProjectEvent(tx, req, {
          projectId: p.id,
          action: 'project.withdrawn',
          fromStage: p.stage,
          toStage: 'draft',
        });
        return r;
      });
      return presentProject({ ...access, project: row });
    },
  );

  app.post(
    '/projects/:id/forward',
    {
      schema: {
        tags: ['projects'],
        summary: '行业主管部门审核通过并统一申报（第九条）',
        params: idParams,
        body: versionBody.extend({ note: z.string().max(2000).optional() }),
      },
    },
    async (req) => {
      const access = await loadProject(db, req, req.params.id);
      assertAction(access, 'forward');
      const expected = expectedVersion(req, req.body.version ?? access.project.version);
      const findings = await checkDeclaration(db, access.project, true, req.now);
      const outcome = forwardOutcome(findings);
      if (!outcome.ok) return refuse(req, access.project, outcome.blocking, findings);
      const row = await advance(req, access, outcome, findings, expected, 'project.forwarded', req.body.note);
      return presentProject({ ...access, project: row });
    },
  );

  app.post(
    '/projects/:id/sector-return',
    {
      schema: {
        tags: ['projects'],
        summary: '行业主管部门退回修改（第九条）',
        params: idParams,
        body: z.object({ reason: z.string().trim().min(2, '请说明退回原因').max(2000) }),
      },
    },
    async (req) => {
      const access = await loadProject(db, req, req.params.id);
      assertAction(access, 'sector_return');
      const p = access.project;
      const row = await db.transaction(async (tx) => {
        const [r] = await tx
          .update(projects)
          .set({ stage: 'returned', version: sql`${projects.version} + 1`, updatedAt: req.now })
          .where(and(eq(projects.id, p.id), eq(projects.stage, 'sector_review')))
          .returning();
        if (!r) throw new AppError(409, 'WRONG_STAGE', '项目已不在行业主管部门审核阶段');
        await recordProjectEvent(tx, req, {
          projectId: p.id,
          action: 'project.sector_returned',
          fromStage: p.stage,
          toStage: 'returned',
          note: req.body.reason,
          article: 'Art.9',
        });
        return r;
      });
      return presentProject({ ...access, project: row });
    },
  );
}
