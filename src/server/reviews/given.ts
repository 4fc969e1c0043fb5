// 我已出具意见 (GET /reviews/given, issue 13): the pre-review (Art.10(2)) and joint-review (Art.13)
// opinions the person's party has given, newest first, paged, with the project each was given on.
// The reviewer's home shows it beside 待我出具意见; only the party's own opinions are listed, so the
// blind review rule (src/server/projects/blind.ts) has nothing to hide here.
import { and, desc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { organizations, projects, reviewOpinions } from '../../db/schema.js';
import { PRE_REVIEW_DECISION_ZH } from '../../domain/approval/joint-review.js';
import type { JointReviewDecision } from '../../domain/approval/joint-review.js';
import { requireUser } from '../auth/guard.js';
import { reviewPartyOf } from '../projects/access.js';
import { presentProjectSummary } from '../projects/presenter.js';
import { visibleProjects } from '../projects/projects.js';
import { GivenOpinionsSchema } from '../projects/plan-responses.js';
import { slimColumns, withoutForm } from '../projects/record.js';
import type { ZApp } from '../zapp.js';

const REVIEW_ARTICLE = { pre_review: 'Art.10(2)', joint_review: 'Art.13' } as const;

export async function givenOpinionRoutes(app: ZApp) {
  const { db } = app.services;

  app.get(
    '/reviews/given',
    {
      schema: {
        tags: ['pre-review'],
        summary: '我方已出具的预审、联审意见（分页，最新在前）',
        querystring: z.object({
          page: z.coerce.number().int().min(1).default(1),
          pageSize: z.coerce.number().int().min(1).max(100).default(10),
        }),
        response: { 200: GivenOpinionsSchema },
      },
    },
    async (req) => {
      const auth = requireUser(req);
      const party = reviewPartyOf(auth);
      const { page, pageSize } = req.query;
      if (!party || !auth.permissions.has('review.opinion'))
        return { party: null, items: [], total: 0, page, pageSize };
      const where = and(eq(reviewOpinions.party, party), visibleProjects(auth));
      const [rows, [{ total }]] = await Promise.all([
        db
          .select({
            opinion: {
              id: reviewOpinions.id,
              review: reviewOpinions.review,
              round: reviewOpinions.round,
              decision: reviewOpinions.decision,
              createdAt: reviewOpinions.createdAt,
            },
            project: slimColumns,
            orgName: organizations.name,
          })
          .from(reviewOpinions)
          .innerJoin(projects, eq(projects.id, reviewOpinions.projectId))
          .innerJoin(organizations, eq(organizations.id, projects.declaringOrgId))
          .where(where)
          .orderBy(desc(reviewOpinions.createdAt))
          .limit(pageSize)
          .offset((page - 1) * pageSize),
        db
          .select({ total: sql<number>`count(*)::int` })
          .from(reviewOpinions)
          .innerJoin(projects, eq(projects.id, reviewOpinions.projectId))
          .where(where),
      ]);
      return {
        party,
        total,
        page,
        pageSize,
        items: rows.map(({ opinion: o, project, orgName }) => ({
          id: o.id,
          // pre_review or joint_review: the two reviews that write opinions (Art.10(2), 13).
          review: o.review as keyof typeof REVIEW_ARTICLE,
          article: REVIEW_ARTICLE[o.review as keyof typeof REVIEW_ARTICLE] ?? null,
          round: o.round,
          decision: o.decision,
          decisionName: PRE_REVIEW_DECISION_ZH[o.decision as JointReviewDecision] ?? o.decision,
          givenAt: o.createdAt.toISOString(),
          project: presentProjectSummary(withoutForm(project), new Map([[project.declaringOrgId, orgName]])),
        })),
      };
    },
  );
}
