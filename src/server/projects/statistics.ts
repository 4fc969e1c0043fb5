// 终稿修订统计 (Art.14): late final versions are not blocked but counted per declaring unit; and the
// year's review results as Excel (SPEC §7). Each person sees the projects they may see (the data
// bureau: the whole district).
import { and, asc, eq, inArray, isNotNull, notInArray, or } from 'drizzle-orm';
import { z } from 'zod';
import { projectApplications, projects, reviewOpinions } from '../../db/schema.js';
import { currentApplication } from './record.js';
import { openRound, type Review } from './blind.js';
import { reviewPartyOf } from './access.js';
import { JOINT_REVIEW_PARTIES } from '../../domain/organizations.js';
import { STAGES } from '../../domain/lifecycle/stages.js';
import { audit } from '../audit/record.js';
import { buildReviewResultsXlsx } from '../exports/review-results-xlsx.js';
import {
  JOINT_REVIEW_DECISION_ZH,
  PRE_REVIEW_DECISION_ZH,
  revisionStatsByDepartment,
} from '../../domain/approval/index.js';
import { PROJECT_READ_PERMISSIONS } from '../../domain/access/permissions.js';
import { requirePermission } from '../auth/guard.js';
import type { ZApp } from '../zapp.js';
import { orgNameMap } from './org-names.js';
import { visibleProjects } from './projects.js';
import { type RevisionStats, RevisionStatsSchema } from './approval-responses.js';
import { fileAnswer } from '../platform/api-schemas.js';

export async function statisticsRoutes(app: ZApp) {
  const { db } = app.services;

  app.get(
    '/statistics/revisions',
    {
      schema: {
        tags: ['approval'],
        summary: '各单位方案终稿修订情况（第十四条：3个工作日内，逾期计入统计）',
        querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() }),
        response: { 200: RevisionStatsSchema },
      },
    },
    async (req): Promise<RevisionStats> => {
      const auth = await requirePermission(req, ...PROJECT_READ_PERMISSIONS);
      const rows = await db
        .select({
          declaringOrgId: projects.declaringOrgId,
          revisionDueAt: projectApplications.revisionDueAt,
          revisionSubmittedAt: projectApplications.revisionSubmittedAt,
          revisionOverdue: projectApplications.revisionOverdue,
        })
        .from(projects)
        // Every application round counts: a late final version stays late after a re-declared change.
        .innerJoin(projectApplications, eq(projectApplications.projectId, projects.id))
        .where(
          and(
            visibleProjects(auth),
            req.query.year ? eq(projects.planYear, req.query.year) : undefined,
            or(isNotNull(projectApplications.revisionDueAt), isNotNull(projectApplications.revisionSubmittedAt)),
          ),
        )
        .orderBy(asc(projects.code));
      const stats = revisionStatsByDepartment(rows, req.now);
      const names = await orgNameMap(
        db,
        stats.map((s) => s.orgId),
      );
      return {
        year: req.query.year ?? null,
        article: 'Art.14',
        rule: 'R-REVISE-3WD',
        items: stats
          .map((s) => ({ ...s, orgName: names.get(s.orgId) ?? '' }))
          .sort((a, b) => (b.lateRate ?? 0) - (a.lateRate ?? 0) || a.orgName.localeCompare(b.orgName, 'zh')),
      };
    },
  );

  app.get(
    '/review-results/export',
    {
      schema: {
        tags: ['approval'],
        summary: '导出评审结果 (.xlsx)：各方预审、联审结论，预算审核、招标控制价与收回金额、终稿与批复',
        querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100) }),
        response: {
          200: fileAnswer(
            '评审结果 (.xlsx) / Review results',
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          ),
        },
      },
    },
    async (req, reply) => {
      const auth = await requirePermission(req, ...PROJECT_READ_PERMISSIONS);
      const viewerParty = reviewPartyOf(auth);
      const year = req.query.year;
      const rows = (
        await db
          .select({ p: projects, a: projectApplications })
          .from(projects)
          .leftJoin(projectApplications, currentApplication)
          .where(
            and(
              visibleProjects(auth),
              eq(projects.planYear, year),
              notInArray(projects.stage, ['draft', 'sector_review']),
            ),
          )
          .orderBy(asc(projects.code))
      ).map(({ p, a }) => ({ ...p, a }));
      const ops = rows.length
        ? await db
            .select()
            .from(reviewOpinions)
            .where(
              inArray(
                reviewOpinions.projectId,
                rows.map((r) => r.id),
              ),
            )
        : [];
      const names = await orgNameMap(
        db,
        rows.map((r) => r.declaringOrgId),
      );
      const buf = await buildReviewResultsXlsx({
        title: `宿城区${year}年度信息化项目评审结果`,
        generatedAt: req.now,
        rows: rows.map((p) => {
          const mine = ops.filter((o) => o.projectId === p.id);
          // The blind rule (./blind.ts): an open round's decisions only for a party that has spoken in it.
          const readable = (review: Review, round: number | undefined) =>
            round === undefined ||
            openRound(p, review) !== round ||
            mine.some((x) => x.review === review && x.round === round && x.party === viewerParty);
          const decision = (review: Review, round: number | undefined, party: string, zh: Record<string, string>) => {
            const o = mine.find((x) => x.review === review && x.round === round && x.party === party);
            if (!o) return '';
            return readable(review, round) ? (zh[o.decision] ?? o.decision) : '已出具（本方出具后可见）';
          };
          const pre = (party: string) => decision('pre_review', p.round, party, PRE_REVIEW_DECISION_ZH);
          const joint = (party: string) => decision('joint_review', p.a?.round, party, JOINT_REVIEW_DECISION_ZH);
          return {
            code: p.code,
            name: p.name,
            declaringOrg: names.get(p.declaringOrgId) ?? '',
            stage: STAGES[p.stage].zh,
            totalFen: p.totalFen,
            preReviewRound: p.round,
            preReview: JOINT_REVIEW_PARTIES.map(pre),
            approvedBudgetFen: p.approvedBudgetFen,
            jointReview: JOINT_REVIEW_PARTIES.map(joint),
            controlPriceFen: p.a?.controlPriceFen ?? null,
            recoveryFen: p.a?.recoveryFen ?? null,
            revisionDueAt: p.a?.revisionDueAt ?? null,
            revisionSubmittedAt: p.a?.revisionSubmittedAt ?? null,
            revisionOverdue: p.a?.revisionOverdue ?? false,
            approvedAt: p.a?.approvedAt ?? null,
          };
        }),
      });
      await audit(req, {
        action: 'review_results.exported',
        outcome: 'success',
        targetType: 'review_results',
        targetId: String(year),
        detail: { rows: rows.length },
      });
      const name = `宿城区${year}年度信息化项目评审结果.xlsx`;
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header(
          'content-disposition',
          `attachment; filename="review-results-${year}.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`,
        )
        .send(buf);
    },
  );
}
