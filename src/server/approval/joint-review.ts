// 联审 (Art.13): the four parties give formal opinions online on each dimension (集约建设, 系统整合,
// 数据共享, 业务协同, 网络安全, 项目概算) and a conclusion; finance records the reviewed tender control
// price and the platform computes the amount recovered; the data bureau may record an offline
// meeting. When the fourth opinion is in, the 3-working-day revision clock starts (Art.14).
import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { projects, reviewOpinions } from '../../db/schema.js';
import {
  isPastDeadline,
  JOINT_REVIEW_DECISION_ZH,
  JOINT_REVIEW_DIMENSIONS,
  jointReviewOutcome,
  jointRoundOf,
  recoveryRecord,
  revisionDeadline,
  type JointReviewDecision,
} from '../../domain/approval/index.js';
import { CalendarYearNotCoveredError } from '../../domain/calendar/index.js';
import { calendarInForce } from '../platform/calendar.js';
import { JOINT_REVIEW_PARTIES, ORG_ROLES } from '../../domain/organizations.js';
import type { JointReviewPartyCode } from '../../domain/editions/types.js';
import { AppError } from '../errors.js';
import type { ZApp } from '../routes.js';
import { assertAction, loadProject, reviewPartyOf } from '../projects/access.js';
import { fen } from '../projects/form-schema.js';
import { recordProjectEvent } from '../projects/history.js';
import { presentProject } from '../projects/presenter.js';
import { assertProjectDocument, editionOf, moveStage } from './shared.js';

const idParams = z.object({ id: z.uuid('无效的项目编号') });
const DIM_CODES = JOINT_REVIEW_DIMENSIONS.map((d) => d.code) as [string, ...string[]];

export async function jointReviewRoutes(app: ZApp) {
  const { db } = app.services;

  app.post(
    '/projects/:id/joint-review/opinions',
    {
      schema: {
        tags: ['approval'],
        summary: '出具联审正式意见（六个方面及结论，第十三条）',
        params: idParams,
        body: z.object({
          decision: z.enum(['pass', 'return', 'fail']),
          dimensions: z
            .array(
              z.object({ code: z.enum(DIM_CODES), opinion: z.string().trim().min(1, '请填写该方面的意见').max(5000) }),
            )
            .length(
              JOINT_REVIEW_DIMENSIONS.length,
              '须对集约建设、系统整合、数据共享、业务协同、网络安全、项目概算六个方面逐一出具意见',
            )
            .refine((ds) => new Set(ds.map((d) => d.code)).size === ds.length, '每个方面只能出具一条意见'),
          overall: z.string().trim().min(2, '请填写总体意见').max(5000),
        }),
      },
    },
    async (req, reply) => {
      const access = await loadProject(db, req, req.params.id);
      assertAction(access, 'joint_review_opinion');
      const party = reviewPartyOf(access.auth)!;
      const edition = await editionOf(db, access.project);
      const row = await db.transaction(async (tx) => {
        const [p] = await tx.select().from(projects).where(eq(projects.id, access.project.id)).for('update');
        if (p.stage !== 'joint_review') throw new AppError(409, 'WRONG_STAGE', '联审已结束', { article: 'Art.13' });
        const round = jointRoundOf(p.approvalRoute);
        const [dup] = await tx
          .select({ id: reviewOpinions.id })
          .from(reviewOpinions)
          .where(
            and(
              eq(reviewOpinions.projectId, p.id),
              eq(reviewOpinions.review, 'joint_review'),
              eq(reviewOpinions.round, round),
              eq(reviewOpinions.party, party),
            ),
          );
        if (dup) throw new AppError(409, 'OPINION_EXISTS', `${ORG_ROLES[party].zh}已出具联审意见`);
        await tx.insert(reviewOpinions).values({
          createdAt: req.now,
          projectId: p.id,
          review: 'joint_review',
          round,
          party,
          orgId: access.auth.org.id,
          userId: access.auth.user.id,
          decision: req.body.decision,
          text: req.body.overall,
          dimensions: req.body.dimensions,
        });
        const given = await tx
          .select({ party: reviewOpinions.party, decision: reviewOpinions.decision })
          .from(reviewOpinions)
          .where(
            and(
              eq(reviewOpinions.projectId, p.id),
              eq(reviewOpinions.review, 'joint_review'),
              eq(reviewOpinions.round, round),
            ),
          );
        const outcome = jointReviewOutcome(
          Object.fromEntries(given.map((g) => [g.party, g.decision])) as Partial<
            Record<JointReviewPartyCode, JointReviewDecision>
          >,
          edition,
        );
        await recordProjectEvent(tx, req, {
          projectId: p.id,
          action: 'project.joint_review_opinion',
          note: `${ORG_ROLES[party].zh}：${JOINT_REVIEW_DECISION_ZH[req.body.decision]}`,
          article: 'Art.13',
          detail: { party, decision: req.body.decision },
        });
        if (outcome === 'pending') return p;
        if (outcome === 'failed') {
          const r = await moveStage(tx, req.now, p, 'joint_review_failed');
          await recordProjectEvent(tx, req, {
            projectId: p.id,
            action: 'project.joint_review_concluded',
            fromStage: p.stage,
            toStage: 'joint_review_failed',
            article: 'Art.13',
          });
          return r;
        }
        // Art.14: "根据联审意见，申报单位一般应当在3个工作日内完成项目方案终稿修订".
        // Past the years of the official calendar no deadline is guessed: it stays open and says why.
        let due: ReturnType<typeof revisionDeadline> | null = null;
        const calendar = await calendarInForce(tx);
        try {
          due = revisionDeadline(req.now, edition, calendar);
        } catch (err) {
          if (!(err instanceof CalendarYearNotCoveredError)) throw err;
        }
        const r = await moveStage(tx, req.now, p, 'revision', { revisionDueAt: due?.dueAt ?? null });
        await recordProjectEvent(tx, req, {
          projectId: p.id,
          action: 'project.joint_review_concluded',
          fromStage: p.stage,
          toStage: 'revision',
          rule: 'R-REVISE-3WD',
          article: edition.params.revisionPeriod.article,
          detail: {
            outcome,
            revisionDue: due?.dueDate ?? null,
            deadlineRule: due?.deadlineRule ?? null,
            calendar: due ? 'ok' : 'year_not_covered',
          },
        });
        return r;
      });
      return reply.status(201).send(
        presentProject({
          ...access,
          project: row,
          spoke: { preReview: access.spoke?.preReview ?? false, jointReview: true },
        }),
      );
    },
  );

  app.get(
    '/projects/:id/joint-review',
    { schema: { tags: ['approval'], summary: '联审意见、招标控制价、收回金额与终稿期限', params: idParams } },
    async (req) => {
      const access = await loadProject(db, req, req.params.id);
      const p = access.project;
      const party = reviewPartyOf(access.auth);
      const all = await db
        .select()
        .from(reviewOpinions)
        .where(
          and(
            eq(reviewOpinions.projectId, p.id),
            eq(reviewOpinions.review, 'joint_review'),
            eq(reviewOpinions.round, jointRoundOf(p.approvalRoute)),
          ),
        )
        .orderBy(asc(reviewOpinions.createdAt));
      const open = p.stage === 'joint_review';
      const mine = party !== null && all.some((o) => o.party === party);
      const visible = all.filter((o) => !open || mine || o.party === party);
      return {
        dimensions: JOINT_REVIEW_DIMENSIONS,
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
          party: o.party,
          partyName: ORG_ROLES[o.party as JointReviewPartyCode].zh,
          partyNameEn: ORG_ROLES[o.party as JointReviewPartyCode].en,
          decision: o.decision,
          decisionName: JOINT_REVIEW_DECISION_ZH[o.decision as JointReviewDecision],
          overall: o.text,
          dimensions: o.dimensions,
          createdAt: o.createdAt.toISOString(),
        })),
        controlPriceFen: p.controlPriceFen,
        recoveryFen: p.recoveryFen,
        revision: {
          dueAt: p.revisionDueAt?.toISOString() ?? null,
          submittedAt: p.revisionSubmittedAt?.toISOString() ?? null,
          overdue:
            p.revisionOverdue ||
            (!p.revisionSubmittedAt && p.revisionDueAt !== null && isPastDeadline(p.revisionDueAt, req.now)),
        },
      };
    },
  );

  app.post(
    '/projects/:id/control-price',
    {
      schema: {
        tags: ['approval'],
        summary: '录入审核确定的招标控制价，计算收回金额（第十三条）',
        params: idParams,
        body: z.object({ controlPriceFen: fen }),
      },
    },
    async (req) => {
      const access = await loadProject(db, req, req.params.id);
      assertAction(access, 'record_control_price');
      const p = access.project;
      const budget = p.approvedBudgetFen ?? p.totalFen;
      const rec = recoveryRecord(budget, req.body.controlPriceFen);
      const row = await db.transaction(async (tx) => {
        const r = await moveStage(tx, req.now, p, p.stage, {
          controlPriceFen: rec.controlPriceFen,
          recoveryFen: rec.recoveryFen,
        });
        await recordProjectEvent(tx, req, {
          projectId: p.id,
          action: 'project.control_price_recorded',
          rule: 'R-RECOVERY',
          article: 'Art.13',
          note: rec.finding.message,
          detail: { budgetFen: budget, controlPriceFen: rec.controlPriceFen, recoveryFen: rec.recoveryFen },
        });
        return r;
      });
      return { ...presentProject({ ...access, project: row }), recovery: rec };
    },
  );

  app.post(
    '/projects/:id/meetings',
    {
      schema: {
        tags: ['approval'],
        summary: '登记线下汇报、评审会（第十三条）',
        params: idParams,
        body: z.object({
          date: z.iso.date(),
          attendees: z.string().trim().min(2).max(2000),
          summary: z.string().trim().max(5000).default(''),
          minutesDocumentId: z.uuid().optional(),
        }),
      },
    },
    async (req, reply) => {
      const access = await loadProject(db, req, req.params.id);
      assertAction(access, 'record_meeting');
      await assertProjectDocument(
        db,
        access.project.id,
        req.body.minutesDocumentId,
        'meeting_minutes',
        'minutesDocumentId',
        '线下评审会议纪要',
        'Art.13',
      );
      await db.transaction((tx) =>
        recordProjectEvent(tx, req, {
          projectId: access.project.id,
          action: 'project.meeting_recorded',
          article: 'Art.13',
          note: req.body.summary,
          detail: req.body,
        }),
      );
      return reply.status(201).send({ ok: true });
    },
  );
}
