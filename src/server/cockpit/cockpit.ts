// 数据局驾驶舱 (issue 10, Art.31–34): the district at a glance for the data bureau, its leaders and
// the audit bureau (read-only). GET /cockpit answers every figure — the money pipeline by department,
// category, funding source and year; review timeliness per party; missed deadlines by unit;
// monitoring flags and evaluation scores — each aggregated by the database in a fixed number of
// queries (issue 12). GET /cockpit/projects answers, paged, the projects behind any one figure.
import { and, asc, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { projectApplications, projectContracts, projects } from '../../db/schema.js';
import { shanghaiDateOf } from '../../domain/calendar/index.js';
import { COCKPIT_PERMISSION } from '../../domain/cockpit/access.js';
import { OVERDUE_STATES, overdueByUnit } from '../../domain/cockpit/overdue.js';
import { moneyPipeline, PIPELINE_STEP_CODES, UNSPECIFIED_CATEGORY } from '../../domain/cockpit/pipeline.js';
import { REVIEWS, reviewTimeliness, type ReviewCode } from '../../domain/cockpit/review-timeliness.js';
import { defaultEdition } from '../../domain/editions/index.js';
import { OBLIGATION_KINDS } from '../../domain/lifecycle/obligations.js';
import { requirePermission } from '../auth/guard.js';
import { calendarInForce } from '../platform/calendar.js';
import { orgNameMap } from '../projects/org-names.js';
import { presentProjectSummary } from '../projects/presenter.js';
import { visibleProjects } from '../projects/projects.js';
import { currentApplication, currentContract, slimColumns, withoutForm } from '../projects/record.js';
import type { ZApp } from '../zapp.js';
import { oversightFact, oversightFigures } from './oversight-figures.js';
import { CockpitDrillPageSchema, CockpitSchema } from './responses.js';
import {
  cockpitScope,
  moneyGroups,
  opinionFact,
  opinionGroups,
  overdueFact,
  overdueGroups,
  sourceFact,
  sourceGroups,
  stepFact,
} from './queries.js';

const year = z.coerce.number().int().min(2000).max(2100).optional();

const drillQuery = z.object({
  figure: z.enum(['money', 'source', 'review', 'overdue', 'flag', 'score']),
  year,
  step: z.enum(PIPELINE_STEP_CODES as [string, ...string[]]).optional(),
  orgId: z.uuid('无效的单位编号').optional(),
  category: z.string().trim().min(1).max(64).optional(),
  source: z.string().trim().min(1).max(64).optional(),
  party: z.string().trim().min(1).max(64).optional(),
  review: z.enum(Object.keys(REVIEWS) as [ReviewCode, ...ReviewCode[]]).optional(),
  kind: z.enum(Object.keys(OBLIGATION_KINDS) as [string, ...string[]]).optional(),
  state: z.enum(Object.keys(OVERDUE_STATES) as [string, ...string[]]).optional(),
  key: z.string().trim().min(1).max(64).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
type DrillQuery = z.infer<typeof drillQuery>;

const PARTIES = defaultEdition.lists.jointReviewParties.value.map((p) => p.code);

export async function cockpitRoutes(app: ZApp) {
  const { db } = app.services;

  app.get(
    '/cockpit',
    {
      schema: {
        tags: ['cockpit'],
        summary: '数据局驾驶舱：资金链条（按单位、类别、资金来源、年度）、审核时效、逾期事项、监测预警与绩效评分',
        querystring: z.object({ year }),
        response: { 200: CockpitSchema },
      },
    },
    async (req) => {
      const auth = await requirePermission(req, COCKPIT_PERMISSION);
      const scope = cockpitScope(visibleProjects(auth), req.query.year);
      const now = req.now;
      const edition = defaultEdition;
      const [money, sources, opinions, overdue, calendar, oversight] = await Promise.all([
        moneyGroups(db, scope),
        sourceGroups(db, scope),
        opinionGroups(db, scope, edition.utcOffsetMinutes),
        overdueGroups(db, scope, now, shanghaiDateOf(now), edition.utcOffsetMinutes),
        calendarInForce(db),
        oversightFigures(db, scope),
      ]);
      const m = moneyPipeline(money, sources);
      const units = overdueByUnit(overdue);
      const names = await orgNameMap(db, [...m.byDepartment.map((d) => d.orgId), ...units.map((u) => u.orgId)]);
      const categories = edition.lists.categories.value;
      const fundingSources = edition.lists.fundingSources.value;
      // The waiting time of a review party (a platform reading: the Measures set no days, Art.11, 13),
      // the same line the reminders use (lifecycle/obligations.ts reviewOpinionDueAt).
      const period = edition.reminders.reviewOpinionPeriod;
      const waitLimit = { value: period.value, word: period.word ?? '不超过', article: period.article } as const;
      const timeliness = (review?: ReviewCode) =>
        reviewTimeliness(review ? opinions.filter((o) => o.review === review) : opinions, calendar, PARTIES, waitLimit);
      return {
        year: req.query.year ?? null,
        asOf: now.toISOString(),
        pipeline: m.pipeline,
        recoveredNote: {
          zh: '财政收回：预算超过审核确定的招标控制价部分（第十三条，R-RECOVERY），财政局录入招标控制价时计算。',
          en: 'Recovered: the budget above the reviewed tender control price (Art.13, R-RECOVERY), computed when finance records the control price.',
        },
        byDepartment: m.byDepartment.map((d) => ({ ...d, name: names.get(d.orgId) ?? '' })),
        byCategory: m.byCategory.map((c) => {
          const label = categories.find((v) => v.code === c.category);
          return {
            ...c,
            name: label?.zh ?? (c.category === UNSPECIFIED_CATEGORY ? '未填写' : c.category),
            nameEn: label?.en ?? (c.category === UNSPECIFIED_CATEGORY ? 'Not given' : c.category),
          };
        }),
        byYear: m.byYear,
        bySource: m.bySource.map((s) => {
          const label = fundingSources.find((v) => v.code === s.source);
          return { ...s, name: label?.zh ?? s.source, nameEn: label?.en ?? s.source };
        }),
        sourceNote: {
          zh: '按资金来源仅拆分申报总投资（申报表“投资估(概)算及资金来源”）；多来源项目在各来源下均计一个项目。',
          en: 'By funding source only the declared total is split (the declaration’s funding lines); a project with several sources counts under each.',
        },
        reviewTimeliness: {
          all: timeliness(),
          pre_review: timeliness('pre_review'),
          joint_review: timeliness('joint_review'),
          waitLimit,
          note: {
            zh: `自送审（预审：项目提交至四方预审；联审：提交项目审核申报）至本方出具意见的工作日数（按法定节假日与调休计算，当日出具为0）。超过等待时限${period.value}个工作日的计为超时（《办法》未规定天数，平台设定，第十一条、第十三条）。`,
            en: `Working days from the review’s opening (pre-review: declaration submitted; joint review: application submitted) to the party’s opinion, on the official working calendar (same day = 0). Over the waiting time of ${period.value} working days counts as late (the Measures set no days; a platform setting, Art.11, 13).`,
          },
        },
        overdueByUnit: units.map((u) => ({ ...u, name: names.get(u.orgId) ?? '' })),
        overdueNote: {
          zh: '已逾期未办：方案终稿（第十四条）、竣工验收期限（第二十五条）、竣工验收报告（第二十七条）、限期整改报告（第三十三条）；逾期后办结：方案终稿、验收报告、年度自评价、整改报告（第三十三条）。运维服务情况报表按信息系统统计，见信息系统台账。',
          en: 'Past due, not done: final version (Art.14), acceptance window (Art.25), acceptance report (Art.27), rectification report (Art.33); done late: final version, acceptance report, yearly self-evaluation, rectification report (Art.33). O&M reports are per system: see the systems register.',
        },
        monitoringFlags: oversight.monitoringFlags,
        evaluationScores: oversight.evaluationScores,
      };
    },
  );

  app.get(
    '/cockpit/projects',
    {
      schema: {
        tags: ['cockpit'],
        summary: '驾驶舱数据穿透：某一数字背后的项目清单（分页）',
        querystring: drillQuery,
        response: { 200: CockpitDrillPageSchema },
      },
    },
    async (req) => {
      const auth = await requirePermission(req, COCKPIT_PERMISSION);
      const q = req.query;
      const scope = cockpitScope(visibleProjects(auth), q.year);
      const fact = drillFact(app, q, scope, req.now);
      if (fact === null) return { items: [], total: 0, page: q.page, pageSize: q.pageSize };
      const rows = await db
        .select({ ...slimColumns, total: sql<number>`count(*) over ()`.mapWith(Number) })
        .from(projects)
        .leftJoin(projectApplications, currentApplication)
        .leftJoin(projectContracts, currentContract)
        .where(and(scope, fact))
        .orderBy(asc(projects.planYear), asc(projects.code))
        .limit(q.pageSize)
        .offset((q.page - 1) * q.pageSize);
      const names = await orgNameMap(
        db,
        rows.map((r) => r.declaringOrgId),
      );
      return {
        items: rows.map(({ total: _total, ...r }) => presentProjectSummary(withoutForm(r), names)),
        total: rows[0]?.total ?? 0,
        page: q.page,
        pageSize: q.pageSize,
      };
    },
  );
}

/** The condition that selects the projects behind a figure (undefined = all in scope; null = none). */
function drillFact(app: ZApp, q: DrillQuery, scope: SQL, now: Date): SQL | undefined | null {
  const { db } = app.services;
  switch (q.figure) {
    case 'money':
      return and(
        q.step ? stepFact(q.step as (typeof PIPELINE_STEP_CODES)[number]) : undefined,
        q.orgId ? sql`${projects.declaringOrgId} = ${q.orgId}` : undefined,
        q.category === UNSPECIFIED_CATEGORY
          ? sql`${projects.category} is null`
          : q.category
            ? sql`${projects.category} = ${q.category}`
            : undefined,
        q.source ? sourceFact(q.source) : undefined,
      );
    case 'source':
      return q.source ? sourceFact(q.source) : sql`false`;
    case 'review':
      return q.party ? opinionFact(q.party, q.review) : sql`false`;
    case 'overdue':
      return overdueFact(db, scope, now, shanghaiDateOf(now), defaultEdition.utcOffsetMinutes, {
        orgId: q.orgId,
        kind: q.kind,
        state: q.state,
      });
    case 'flag':
    case 'score':
      return oversightFact(db, q.figure, q.key);
    default: {
      const never: never = q.figure;
      throw new Error(`unknown figure ${String(never)}`);
    }
  }
}
