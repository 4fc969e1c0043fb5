// The cockpit's SQL (数据局驾驶舱, issue 10): every figure is counted and summed by the database
// (GROUP BY), one query per section however many projects there are (issue 12), and every figure's
// drill-down selects the projects behind it with the same conditions (facts below), so a figure and
// its list cannot disagree.
import { and, count, eq, gt, inArray, isNotNull, isNull, lt, sql, type SQL } from 'drizzle-orm';
import { unionAll } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client.js';
import {
  projectAcceptances,
  projectApplications,
  projectContracts,
  projectEvents,
  projectPayments,
  projects,
  projectTrials,
  rectificationOrders,
  reviewOpinions,
  selfEvaluations,
} from '../../db/schema.js';
import type { IsoDate } from '../../domain/calendar/dates.js';
import type { OverdueGroup } from '../../domain/cockpit/overdue.js';
import type { MoneyGroup, PipelineStep, SourceGroup } from '../../domain/cockpit/pipeline.js';
import type { OpinionGroup } from '../../domain/cockpit/review-timeliness.js';
import { isDeclared, STAGE_CODES } from '../../domain/lifecycle/stages.js';
import { currentAcceptance, currentApplication, currentContract, currentTrial } from '../projects/record.js';

/** Declared projects only: a draft (or one still with its sector authority) has declared nothing yet (Art.10(1)). */
export const DECLARED_STAGES = STAGE_CODES.filter(isDeclared);

/** The projects a cockpit reads: visible to the person, declared, of the year if one is chosen. */
export function cockpitScope(visible: SQL, year: number | undefined): SQL {
  return and(visible, inArray(projects.stage, DECLARED_STAGES), year ? eq(projects.planYear, year) : undefined)!;
}

const num = (x: SQL) => sql<number>`coalesce(${x}, 0)::bigint`.mapWith(Number);

/** Disbursed per project (资金拨付 by finance, Art.26): one row per project that has any. */
function disbursedPerProject(db: Db) {
  return db
    .select({ projectId: projectPayments.projectId, fen: sql<number>`sum(${projectPayments.amountFen})`.as('fen') })
    .from(projectPayments)
    .where(eq(projectPayments.kind, 'disbursement'))
    .groupBy(projectPayments.projectId)
    .as('disbursed');
}

/** The money pipeline, one row per plan year × department × category. */
export async function moneyGroups(db: Db, scope: SQL): Promise<MoneyGroup[]> {
  const d = disbursedPerProject(db);
  return db
    .select({
      planYear: projects.planYear,
      orgId: projects.declaringOrgId,
      category: projects.category,
      count: sql<number>`count(*)::int`,
      declaredFen: num(sql`sum(${projects.totalFen})`),
      budgetedFen: num(sql`sum(${projects.approvedBudgetFen})`),
      budgetedCount: sql<number>`count(${projects.approvedBudgetFen})::int`,
      controlPriceFen: num(sql`sum(${projectApplications.controlPriceFen})`),
      controlPriceCount: sql<number>`count(${projectApplications.controlPriceFen})::int`,
      contractedFen: num(sql`sum(${projectContracts.contractFen})`),
      contractedCount: sql<number>`count(${projectContracts.contractFen})::int`,
      disbursedFen: num(sql`sum(${d.fen})`),
      disbursedCount: sql<number>`count(${d.projectId})::int`,
      recoveredFen: num(
        sql`sum(${projectApplications.recoveryFen}) filter (where ${projectApplications.recoveryFen} > 0)`,
      ),
      recoveredCount: sql<number>`(count(*) filter (where ${projectApplications.recoveryFen} > 0))::int`,
    })
    .from(projects)
    .leftJoin(projectApplications, currentApplication)
    .leftJoin(projectContracts, currentContract)
    .leftJoin(d, eq(d.projectId, projects.id))
    .where(scope)
    .groupBy(projects.planYear, projects.declaringOrgId, projects.category);
}

/** The declaration's funding lines (SPEC §2 资金来源), malformed forms read as no line. */
const fundingLines = sql`jsonb_array_elements(case when jsonb_typeof(${projects.form}->'fundingSources') = 'array' then ${projects.form}->'fundingSources' else '[]'::jsonb end)`;

/** The declared total by funding source, one row per plan year × source. */
export async function sourceGroups(db: Db, scope: SQL): Promise<SourceGroup[]> {
  const lines = db
    .select({
      projectId: sql<string>`${projects.id}`.as('project_id'),
      planYear: sql<number>`${projects.planYear}`.as('plan_year'),
      source: sql<string>`line->>'source'`.as('source'),
      fen: sql<number>`(line->>'amountFen')::bigint`.as('fen'),
    })
    .from(projects)
    .crossJoin(sql`${fundingLines} as line`)
    .where(scope)
    .as('lines');
  return db
    .select({
      planYear: lines.planYear,
      source: lines.source,
      count: sql<number>`count(distinct ${lines.projectId})::int`,
      declaredFen: num(sql`sum(${lines.fen})`),
    })
    .from(lines)
    .where(isNotNull(lines.source))
    .groupBy(lines.planYear, lines.source);
}

/** The review a party answered, opened by the last move into its stage before the opinion (history events). */
const REVIEW_OPENED_BY = { pre_review: 'submitted', joint_review: 'joint_review' } as const;

function openedAt() {
  return sql<Date>`(select max(${projectEvents.at}) from ${projectEvents} where ${projectEvents.projectId} = ${reviewOpinions.projectId} and ${projectEvents.toStage} = case ${reviewOpinions.review} when 'pre_review' then ${REVIEW_OPENED_BY.pre_review} else ${REVIEW_OPENED_BY.joint_review} end and ${projectEvents.at} <= ${reviewOpinions.createdAt})`;
}

/** Local calendar day of an instant, at the edition's fixed UTC offset (Asia/Shanghai has no DST). */
const localDay = (x: SQL, offsetMinutes: number) =>
  sql`to_char((${x} at time zone 'UTC') + make_interval(mins => ${offsetMinutes}::int), 'YYYY-MM-DD')`;

/** Opinions per party, review, day opened and day answered (no decision is read: the blind rule). */
export async function opinionGroups(db: Db, scope: SQL, offsetMinutes: number): Promise<OpinionGroup[]> {
  const o = db
    .select({
      party: reviewOpinions.party,
      review: reviewOpinions.review,
      openedAt: openedAt().as('opened_at'),
      answeredAt: sql<Date>`${reviewOpinions.createdAt}`.as('answered_at'),
    })
    .from(reviewOpinions)
    .innerJoin(projects, eq(projects.id, reviewOpinions.projectId))
    .where(scope)
    .as('o');
  const rows = await db
    .select({
      party: o.party,
      review: o.review,
      openedOn: sql<string>`${localDay(sql`${o.openedAt}`, offsetMinutes)}`.as('opened_on'),
      answeredOn: sql<string>`${localDay(sql`${o.answeredAt}`, offsetMinutes)}`.as('answered_on'),
      count: sql<number>`count(*)::int`,
    })
    .from(o)
    .where(isNotNull(o.openedAt))
    .groupBy(sql`1`, sql`2`, sql`3`, sql`4`);
  return rows as OpinionGroup[];
}

/** Projects with an opinion of `party` (in `review`) counted in the timeliness figures. */
export function opinionFact(party: string, review: string | undefined): SQL {
  return sql`exists (select 1 from ${reviewOpinions} where ${reviewOpinions.projectId} = ${projects.id} and ${reviewOpinions.party} = ${party}${review ? sql` and ${reviewOpinions.review} = ${review}` : sql``} and ${openedAt()} is not null)`;
}

/**
 * Every deadline of the catalogue (lifecycle/deadlines.ts) a project has missed: open and past now
 * ('overdue'), or done after it fell due ('late', the flags the steps stored). One row per deadline.
 */
function overdueFacts(db: Db, scope: SQL, now: Date, today: IsoDate, offsetMinutes: number) {
  const row = (kind: string, state: string) => ({
    projectId: sql<string>`${projects.id}`.as('project_id'),
    orgId: sql<string>`${projects.declaringOrgId}`.as('org_id'),
    kind: sql<string>`${kind}::text`.as('kind'),
    state: sql<string>`${state}::text`.as('state'),
  });
  return unionAll(
    // R-REVISE-3WD (Art.14): the final version not in, past its instant.
    db
      .select(row('final_version', 'overdue'))
      .from(projects)
      .innerJoin(projectApplications, currentApplication)
      .where(
        and(
          scope,
          eq(projects.stage, 'revision'),
          isNull(projectApplications.revisionSubmittedAt),
          lt(projectApplications.revisionDueAt, now),
        ),
      ),
    db
      .select(row('final_version', 'late'))
      .from(projects)
      .innerJoin(projectApplications, eq(projectApplications.projectId, projects.id))
      .where(and(scope, eq(projectApplications.revisionOverdue, true))),
    // R-TRIAL (Art.25): still not accepted after the last day of the window.
    db
      .select(row('acceptance_window', 'overdue'))
      .from(projects)
      .innerJoin(projectTrials, currentTrial)
      .where(
        and(
          scope,
          inArray(projects.stage, ['trial', 'acceptance_review', 'acceptance_ready']),
          lt(projectTrials.latestOn, today),
        ),
      ),
    // R-REPORT (Art.27): the acceptance report not filed after its day; or filed late.
    db
      .select(row('acceptance_report', 'overdue'))
      .from(projects)
      .innerJoin(projectAcceptances, currentAcceptance)
      .where(
        and(
          scope,
          eq(projects.stage, 'accepted'),
          isNull(projectAcceptances.reportSubmittedAt),
          lt(projectAcceptances.reportDueDate, today),
        ),
      ),
    db
      .select(row('acceptance_report', 'late'))
      .from(projects)
      .innerJoin(projectAcceptances, eq(projectAcceptances.projectId, projects.id))
      .where(and(scope, eq(projectAcceptances.reportOverdue, true))),
    // R-SELF-EVAL (Art.33): a yearly self-evaluation filed after its day.
    db
      .select(row('self_evaluation', 'late'))
      .from(projects)
      .innerJoin(selfEvaluations, eq(selfEvaluations.projectId, projects.id))
      .where(and(scope, eq(selfEvaluations.filedLate, true))),
    // R-RECTIFY (Art.33 限期整改): an open round's report not in after its deadline day — the data bureau
    // may judge 拒不整改 — or a report answered after that day (the day itself is in time).
    db
      .select(row('rectification', 'overdue'))
      .from(projects)
      .innerJoin(rectificationOrders, eq(rectificationOrders.projectId, projects.id))
      .where(
        and(
          scope,
          isNull(rectificationOrders.decision),
          isNull(rectificationOrders.answeredAt),
          lt(rectificationOrders.deadline, today),
        ),
      ),
    db
      .select(row('rectification', 'late'))
      .from(projects)
      .innerJoin(rectificationOrders, eq(rectificationOrders.projectId, projects.id))
      .where(
        and(
          scope,
          isNotNull(rectificationOrders.answeredAt),
          sql`${localDay(sql`${rectificationOrders.answeredAt}`, offsetMinutes)} > ${rectificationOrders.deadline}`,
        ),
      ),
  ).as('facts');
}

/** Missed deadlines per unit × kind × state. */
export async function overdueGroups(
  db: Db,
  scope: SQL,
  now: Date,
  today: IsoDate,
  offsetMinutes: number,
): Promise<OverdueGroup[]> {
  const f = overdueFacts(db, scope, now, today, offsetMinutes);
  const rows = await db
    .select({ orgId: f.orgId, kind: f.kind, state: f.state, count: count() })
    .from(f)
    .groupBy(f.orgId, f.kind, f.state);
  return rows as OverdueGroup[];
}

/** Projects behind a missed-deadline figure (of a unit, a kind, a state — each optional). */
export function overdueFact(
  db: Db,
  scope: SQL,
  now: Date,
  today: IsoDate,
  offsetMinutes: number,
  filter: { orgId?: string; kind?: string; state?: string },
): SQL {
  const f = overdueFacts(db, scope, now, today, offsetMinutes);
  const ids = db
    .select({ id: f.projectId })
    .from(f)
    .where(
      and(
        filter.orgId ? eq(f.orgId, filter.orgId) : undefined,
        filter.kind ? eq(f.kind, filter.kind) : undefined,
        filter.state ? eq(f.state, filter.state) : undefined,
      ),
    );
  return sql`${projects.id} in (${ids})`;
}

/** Projects that have a figure at a step of the money pipeline (the same tests as moneyGroups' counts). */
export function stepFact(step: PipelineStep): SQL | undefined {
  switch (step) {
    case 'declared':
      return undefined;
    case 'budgeted':
      return isNotNull(projects.approvedBudgetFen);
    case 'control_price':
      return isNotNull(projectApplications.controlPriceFen);
    case 'contracted':
      return isNotNull(projectContracts.contractFen);
    case 'disbursed':
      return sql`exists (select 1 from ${projectPayments} where ${projectPayments.projectId} = ${projects.id} and ${projectPayments.kind} = 'disbursement')`;
    case 'recovered':
      return gt(projectApplications.recoveryFen, 0);
    default: {
      const never: never = step;
      throw new Error(`unknown step ${String(never)}`);
    }
  }
}

/** Projects with a funding line of `source` (the same lines sourceGroups sums). */
export function sourceFact(source: string): SQL {
  return sql`exists (select 1 from ${fundingLines} as line where line->>'source' = ${source})`;
}
