// GET the joint review (Art.13, 14) of the project's current round: the parties who spoke, the
// opinions the person may read (others' only after their own party spoke, while it is open), the
// control price and recovery, and the final version's deadline.
import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { reviewOpinions } from '../../db/schema.js';
import {
  isPastDeadline,
  JOINT_REVIEW_DECISION_ZH,
  JOINT_REVIEW_DIMENSIONS,
  type JointReviewDecision,
} from '../../domain/approval/index.js';
import type { JointReviewPartyCode } from '../../domain/editions/types.js';
import { JOINT_REVIEW_PARTIES, ORG_ROLES } from '../../domain/organizations.js';
import type { ZApp } from '../zapp.js';
import { loadProject, reviewPartyOf } from './access.js';
import { type JointReview, JointReviewSchema } from './approval-responses.js';

const idParams = z.object({ id: z.uuid('无效的项目编号') });

export async function jointReviewRoutes(app: ZApp) {
  const { db } = app.services;

  app.get(
    '/projects/:id/joint-review',
    {
      schema: {
        tags: ['approval'],
        summary: '联审意见、招标控制价、收回金额与终稿期限',
        params: idParams,
        response: { 200: JointReviewSchema },
      },
    },
    async (req): Promise<JointReview> => {
      const access = await loadProject(db, req, req.params.id);
      const p = access.project;
      const a = access.application;
      const party = reviewPartyOf(access.auth);
      const all = a
        ? await db
            .select()
            .from(reviewOpinions)
            .where(
              and(
                eq(reviewOpinions.projectId, p.id),
                eq(reviewOpinions.review, 'joint_review'),
                eq(reviewOpinions.round, a.round),
              ),
            )
            .orderBy(asc(reviewOpinions.createdAt))
        : [];
      const open = p.stage === 'joint_review';
      const mine = party !== null && all.some((o) => o.party === party);
      const visible = all.filter((o) => !open || mine || o.party === party);
      const dueAt = a?.revisionDueAt ?? null;
      return {
        round: a?.round ?? null,
        dimensions: [...JOINT_REVIEW_DIMENSIONS],
        open,
        myParty: party,
        myOpinionGiven: mine,
        hiddenCount: all.length - visible.length,
        parties: JOINT_REVIEW_PARTIES.map((pt) => ({
          party: pt,
          name: ORG_ROLES[pt].zh,
          nameEn: ORG_ROLES[pt].en,
          spoke: all.some((o) => o.party === pt),
        })),
        items: visible.map((o) => ({
          party: o.party as JointReviewPartyCode,
          partyName: ORG_ROLES[o.party as JointReviewPartyCode].zh,
          partyNameEn: ORG_ROLES[o.party as JointReviewPartyCode].en,
          decision: o.decision as JointReviewDecision,
          decisionName: JOINT_REVIEW_DECISION_ZH[o.decision as JointReviewDecision],
          overall: o.text,
          dimensions: o.dimensions as JointReview['items'][number]['dimensions'],
          createdAt: o.createdAt.toISOString(),
        })),
        controlPriceFen: a?.controlPriceFen ?? null,
        recoveryFen: a?.recoveryFen ?? null,
        revision: {
          dueAt: dueAt?.toISOString() ?? null,
          submittedAt: a?.revisionSubmittedAt?.toISOString() ?? null,
          overdue:
            Boolean(a?.revisionOverdue) ||
            (!a?.revisionSubmittedAt && dueAt !== null && isPastDeadline(dueAt, req.now)),
        },
      };
    },
  );
}
