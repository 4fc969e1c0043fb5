// Reading the reviews and the history of a project: the pre-review opinions (a party sees the others'
// once it has given its own, Art.10(2)), a party's waiting list, the history of every step, and the
// rounds of the declaration with what changed between them. Opinions are given in ./actions.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { documents, projectEvents, projectRounds, projects, reviewOpinions, users } from '../../db/schema.js';
import { AUDIT_EVENTS, AUDIT_EVENTS_EN, type AuditAction } from '../../domain/audit/events.js';
import { JOINT_REVIEW_PARTIES, ORG_ROLES } from '../../domain/organizations.js';
import type { PreReviewDecision } from '../../domain/lifecycle/transitions.js';
import { diffDocuments, diffValues } from '../../domain/projects/diff.js';
import { notFound } from '../errors.js';
import { requireUser } from '../auth/guard.js';
import type { ZApp } from '../zapp.js';
import { loadProject, reviewPartyOf } from './access.js';
import { PRE_REVIEW_DECISION_ZH } from '../../domain/approval/joint-review.js';
import { blindEvent } from './blind.js';
import { presentProjectSummary } from './presenter.js';
import { orgNameMap } from './org-names.js';
import { type ProjectEvent, ProjectEventListSchema } from './action-responses.js';
import { OpinionsResultSchema, ReviewTodoSchema, RoundDiffSchema, RoundListSchema } from './plan-responses.js';
import type { Finding } from './responses.js';

const idParams = z.object({ id: z.uuid('无效的项目编号') });

export async function reviewRoutes(app: ZApp) {
  const { db } = app.services;

  app.get(
    '/projects/:id/opinions',
    {
      schema: {
        tags: ['pre-review'],
        summary: '预审意见（本方出具后可见他方意见）',
        params: idParams,
        response: { 200: OpinionsResultSchema },
      },
    },
    async (req) => {
      const access = await loadProject(db, req, req.params.id);
      const p = access.project;
      const party = reviewPartyOf(access.auth);
      const all = await db
        .select()
        .from(reviewOpinions)
        .where(and(eq(reviewOpinions.projectId, p.id), eq(reviewOpinions.review, 'pre_review')))
        .orderBy(asc(reviewOpinions.round), asc(reviewOpinions.createdAt));
      const roundOpen = p.stage === 'submitted' || p.stage === 'pre_review';
      const mineGiven = party !== null && all.some((o) => o.round === p.round && o.party === party);
      const visible = all.filter(
        (o) => !roundOpen || o.round < p.round || mineGiven || (party !== null && o.party === party),
      );
      return {
        round: p.round,
        roundOpen,
        myParty: party,
        myOpinionGiven: mineGiven,
        parties: JOINT_REVIEW_PARTIES.map((pt) => ({
          party: pt,
          name: ORG_ROLES[pt].zh,
          nameEn: ORG_ROLES[pt].en,
          spoke: all.some((o) => o.round === p.round && o.party === pt),
        })),
        items: visible.map((o) => ({
          id: o.id,
          round: o.round,
          party: o.party,
          partyName: ORG_ROLES[o.party as keyof typeof ORG_ROLES]?.zh ?? o.party,
          // Written only from the opinion's zod enum (give-pre-review-opinion.ts).
          decision: o.decision as PreReviewDecision,
          decisionName: PRE_REVIEW_DECISION_ZH[o.decision as PreReviewDecision],
          text: o.text,
          createdAt: o.createdAt.toISOString(),
        })),
        hiddenCount: all.length - visible.length,
      };
    },
  );

  app.get(
    '/reviews/todo',
    {
      schema: {
        tags: ['pre-review'],
        summary: '待我方出具预审意见的项目（含等待时长）',
        response: { 200: ReviewTodoSchema },
      },
    },
    async (req) => {
      const auth = requireUser(req);
      const party = reviewPartyOf(auth);
      if (!party || !auth.permissions.has('review.opinion')) return { items: [], party: null };
      const rows = await db
        .select()
        .from(projects)
        .where(
          and(
            inArray(projects.stage, ['submitted', 'pre_review']),
            sql`NOT EXISTS (SELECT 1 FROM review_opinions o WHERE o.project_id = ${projects.id} AND o.review = 'pre_review' AND o.round = ${projects.round} AND o.party = ${party})`,
          ),
        )
        .orderBy(asc(projects.submittedAt));
      const names = await orgNameMap(
        db,
        rows.map((r) => r.declaringOrgId),
      );
      const now = req.now.getTime();
      return {
        party,
        items: rows.map((r) => ({
          ...presentProjectSummary(r, names),
          waitingSince: r.submittedAt?.toISOString() ?? null,
          waitingHours: r.submittedAt ? Math.floor((now - r.submittedAt.getTime()) / 3_600_000) : 0,
        })),
      };
    },
  );

  app.get(
    '/projects/:id/events',
    {
      schema: {
        tags: ['projects'],
        summary: '办理记录（每次状态变化：谁、何时、为何、依据条款）',
        params: idParams,
        response: { 200: ProjectEventListSchema },
      },
    },
    async (req) => {
      const access = await loadProject(db, req, req.params.id);
      const rows = await db
        .select({ e: projectEvents, actor: users.displayName })
        .from(projectEvents)
        .leftJoin(users, eq(users.id, projectEvents.actorUserId))
        .where(eq(projectEvents.projectId, access.project.id))
        .orderBy(asc(projectEvents.at));
      const names = await orgNameMap(
        db,
        rows.map((r) => r.e.actorOrgId).filter((x): x is string => Boolean(x)),
      );
      return {
        // An opinion of a round still open shows only that the party spoke (the blind rule, ./blind.ts).
        items: rows
          .map(({ e: raw, actor }) => ({ e: blindEvent(raw, access), actor }))
          .map(
            ({ e, actor }): ProjectEvent => ({
              ...e,
              detail: e.detail as ProjectEvent['detail'],
              at: e.at.toISOString(),
              actorName: actor,
              actorOrgName: e.actorOrgId ? (names.get(e.actorOrgId) ?? null) : null,
              actionName: AUDIT_EVENTS[e.action as AuditAction] ?? e.action,
              actionNameEn: AUDIT_EVENTS_EN[e.action as AuditAction] ?? e.action,
            }),
          ),
      };
    },
  );

  app.get(
    '/projects/:id/rounds',
    {
      schema: { tags: ['pre-review'], summary: '各轮申报快照', params: idParams, response: { 200: RoundListSchema } },
    },
    async (req) => {
      const access = await loadProject(db, req, req.params.id);
      const rounds = await db
        .select()
        .from(projectRounds)
        .where(eq(projectRounds.projectId, access.project.id))
        .orderBy(asc(projectRounds.round));
      return {
        items: rounds.map((r) => ({
          round: r.round,
          name: r.name,
          totalFen: r.totalFen,
          submittedAt: r.submittedAt.toISOString(),
          documentIds: r.documentIds,
          // The findings kept at that submission (the rules engine's, stored as they were).
          findings: r.findings as Finding[],
        })),
      };
    },
  );

  app.get(
    '/projects/:id/rounds/diff',
    {
      schema: {
        tags: ['pre-review'],
        summary: '两轮之间的变化（字段与文件版本）',
        params: idParams,
        querystring: z.object({ from: z.coerce.number().int().min(1), to: z.coerce.number().int().min(1) }),
        response: { 200: RoundDiffSchema },
      },
    },
    async (req) => {
      const access = await loadProject(db, req, req.params.id);
      const rounds = await db
        .select()
        .from(projectRounds)
        .where(
          and(
            eq(projectRounds.projectId, access.project.id),
            inArray(projectRounds.round, [req.query.from, req.query.to]),
          ),
        );
      const a = rounds.find((r) => r.round === req.query.from);
      const b = rounds.find((r) => r.round === req.query.to);
      if (!a || !b) throw notFound('申报轮次', 'Round');
      const docIds = [...a.documentIds, ...b.documentIds];
      const docs = docIds.length
        ? await db
            .select({
              id: documents.id,
              docType: documents.docType,
              version: documents.version,
              fileName: documents.fileName,
            })
            .from(documents)
            .where(inArray(documents.id, docIds))
        : [];
      const pick = (ids: string[]) => docs.filter((d) => ids.includes(d.id));
      return {
        from: a.round,
        to: b.round,
        fields: diffValues(
          { name: a.name, totalFen: a.totalFen, form: a.form },
          { name: b.name, totalFen: b.totalFen, form: b.form },
        ),
        documents: diffDocuments(pick(a.documentIds), pick(b.documentIds)),
      };
    },
  );
}
