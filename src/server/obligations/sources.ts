// Where the open obligations come from (issue 10, "deadlines that remind"; SPEC §5): one source per
// kind of src/domain/lifecycle/obligations.ts, each listing what is still to be done and by when. The
// map is exhaustive: a new kind breaks the build until it names its source here — the registry's
// extension point (the rectification order, Art.33, was added that way). A source may be asked for one project or one system
// (scope) so a step just taken settles its own reminders in the same transaction.
import { and, eq, inArray, isNotNull, isNull, ne, sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import {
  annualCalls,
  omReports,
  projectAcceptances,
  projectApplications,
  projectEvents,
  projects,
  projectTrials,
  rectificationOrders,
  reviewOpinions,
  systems,
} from '../../db/schema.js';
import {
  CalendarYearNotCoveredError,
  endOfShanghaiDay,
  shanghaiDateOf,
  type WorkingCalendar,
} from '../../domain/calendar/index.js';
import { endedOmPeriods } from '../../domain/delivery/om-report.js';
import { editionForNew, editionOfProject } from '../../domain/editions/resolve.js';
import type { Edition } from '../../domain/editions/types.js';
import {
  obligationKey,
  rectificationDueAt,
  reviewOpinionDueAt,
  type ObligationKindCode,
} from '../../domain/lifecycle/obligations.js';
import { TRANSITIONS, type Actor } from '../../domain/lifecycle/transitions.js';
import { JOINT_REVIEW_PARTIES } from '../../domain/organizations.js';
import { openSelfEvaluationsOf } from '../projects/facts.js';
import {
  currentAcceptance,
  currentApplication,
  currentTrial,
  selectRecords,
  type ProjectRow,
} from '../projects/record.js';

/** Who is reminded: a project actor, a review party (all its units), or a system's owner unit. */
export type ObligationWho =
  | { actor: Actor; project: ProjectRow }
  | { party: string; project: ProjectRow }
  | { ownerOrgId: string };

export interface OpenObligation {
  key: string;
  kind: ObligationKindCode;
  /** Null when the calendar does not cover its year yet: open, but not reminded (never guessed). */
  dueAt: Date | null;
  /** Which one, when there are several ("2026年度", "联审"). */
  which: string;
  link: string;
  subject: string;
  who: ObligationWho;
  /** The edition whose lead times apply (the project's; the one in force for a system). */
  edition: Edition;
}

export type ObligationScope = { projectId: string } | { systemId: string } | null;

export interface ObligationContext {
  db: Db | Tx;
  now: Date;
  calendar: WorkingCalendar;
  scope: ObligationScope;
  /** Set by a source that could not list everything (a year the calendar does not cover): settle nothing. */
  incomplete?: boolean;
}

export type ObligationSource = (ctx: ObligationContext) => Promise<OpenObligation[]>;

/** The scope as a condition on projects (null: a system scope, where project sources have nothing). */
function projectScope(scope: ObligationScope): SQL | undefined | null {
  if (!scope) return undefined;
  return 'projectId' in scope ? eq(projects.id, scope.projectId) : null;
}

const onProject = (
  p: ProjectRow,
  kind: ObligationKindCode,
  dueAt: Date | null,
  who: ObligationWho,
  which: string,
  ...key: (string | number)[]
): OpenObligation => ({
  key: obligationKey({ projectId: p.id }, kind, ...key),
  kind,
  dueAt,
  which,
  link: `/projects/${p.id}`,
  subject: `${p.code} ${p.name}`,
  who,
  edition: editionOfProject(p),
});

/** Art.8: a draft (or returned) declaration of an open call, until the call's deadline. */
const callDeadline: ObligationSource = async ({ db, now, scope }) => {
  const only = projectScope(scope);
  if (only === null) return [];
  const rows = await db
    .select({ p: projects, callId: annualCalls.id, deadlineAt: annualCalls.deadlineAt })
    .from(projects)
    .innerJoin(annualCalls, eq(annualCalls.id, projects.callId))
    .where(
      and(
        inArray(projects.stage, [...TRANSITIONS.submit.from]),
        eq(annualCalls.status, 'open'),
        sql`${annualCalls.deadlineAt} >= ${now.toISOString()}`,
        only,
      ),
    );
  return rows.map((r) =>
    onProject(r.p, 'call_deadline', r.deadlineAt, { actor: 'declarant', project: r.p }, '', r.callId),
  );
};

/** Art.14: the final version within 3 working days of the joint review. */
const finalVersion: ObligationSource = async ({ db, scope }) => {
  const only = projectScope(scope);
  if (only === null) return [];
  const rows = await db
    .select({ p: projects, dueAt: projectApplications.revisionDueAt })
    .from(projects)
    .innerJoin(projectApplications, currentApplication)
    .where(
      and(
        eq(projects.stage, 'revision'),
        isNull(projectApplications.revisionSubmittedAt),
        isNotNull(projectApplications.revisionDueAt),
        only,
      ),
    );
  return rows.map((r) =>
    onProject(r.p, 'final_version', r.dueAt!, { actor: 'declarant', project: r.p }, '', r.p.applicationRound),
  );
};

/** Art.11, 13: each review party that has not yet spoken in the open pre-review or joint review round. */
const reviewOpinion: ObligationSource = async ({ db, calendar, scope }) => {
  const only = projectScope(scope);
  if (only === null) return [];
  const reviews = [
    { review: 'pre_review', which: '预审', stages: TRANSITIONS.pre_review_opinion.from, opened: 'submitted' },
    { review: 'joint_review', which: '联审', stages: TRANSITIONS.joint_review_opinion.from, opened: 'joint_review' },
  ] as const;
  const out: OpenObligation[] = [];
  for (const r of reviews) {
    const rows = await db
      .select({
        p: projects,
        openedAt: sql<string | null>`(SELECT max(${projectEvents.at}) FROM ${projectEvents}
          WHERE ${projectEvents.projectId} = ${projects.id} AND ${projectEvents.toStage} = ${r.opened})`,
      })
      .from(projects)
      .where(and(inArray(projects.stage, [...r.stages]), only));
    if (!rows.length) continue;
    const spoken = await db
      .select({ projectId: reviewOpinions.projectId, party: reviewOpinions.party, round: reviewOpinions.round })
      .from(reviewOpinions)
      .where(
        and(
          eq(reviewOpinions.review, r.review),
          inArray(
            reviewOpinions.projectId,
            rows.map((x) => x.p.id),
          ),
        ),
      );
    for (const { p, openedAt } of rows) {
      const round = r.review === 'pre_review' ? p.round : p.applicationRound;
      const edition = editionOfProject(p);
      let dueAt: Date | null = null;
      try {
        dueAt = reviewOpinionDueAt(openedAt ? new Date(openedAt) : p.updatedAt, edition, calendar);
      } catch (err) {
        if (!(err instanceof CalendarYearNotCoveredError)) throw err;
      }
      for (const party of JOINT_REVIEW_PARTIES) {
        if (spoken.some((s) => s.projectId === p.id && s.party === party && s.round === round)) continue;
        out.push(onProject(p, 'review_opinion', dueAt, { party, project: p }, r.which, r.review, round, party));
      }
    }
  }
  return out;
};

/** Art.25: the acceptance within 6 months of the trial start. */
const acceptanceWindow: ObligationSource = async ({ db, scope }) => {
  const only = projectScope(scope);
  if (only === null) return [];
  const rows = await db
    .select({ p: projects, latest: projectTrials.latestOn })
    .from(projects)
    .innerJoin(projectTrials, currentTrial)
    .where(
      and(
        inArray(projects.stage, ['trial', 'acceptance_review', 'acceptance_ready']),
        isNotNull(projectTrials.latestOn),
        only,
      ),
    );
  return rows.map((r) =>
    onProject(
      r.p,
      'acceptance_window',
      endOfShanghaiDay(r.latest!),
      { actor: 'declarant', project: r.p },
      '',
      r.latest!,
    ),
  );
};

/** Art.27: the acceptance report within a month of the acceptance. */
const acceptanceReport: ObligationSource = async ({ db, scope }) => {
  const only = projectScope(scope);
  if (only === null) return [];
  const rows = await db
    .select({ p: projects, due: projectAcceptances.reportDueDate })
    .from(projects)
    .innerJoin(projectAcceptances, currentAcceptance)
    .where(and(eq(projects.stage, 'accepted'), isNotNull(projectAcceptances.reportDueDate), only));
  return rows.map((r) =>
    onProject(r.p, 'acceptance_report', endOfShanghaiDay(r.due!), { actor: 'declarant', project: r.p }, '', r.due!),
  );
};

/** Art.33: the yearly self-evaluation during construction. */
const selfEvaluation: ObligationSource = async ({ db, now, scope }) => {
  const only = projectScope(scope);
  if (only === null) return [];
  const building = await selectRecords(
    db,
    and(inArray(projects.stage, [...TRANSITIONS.draft_self_evaluation.from]), only)!,
    { slim: true },
  );
  const open = await openSelfEvaluationsOf(db, building, now);
  const out: OpenObligation[] = [];
  for (const r of building) {
    const s = open.get(r.project.id);
    if (s)
      out.push(
        onProject(
          r.project,
          'self_evaluation',
          s.dueAt,
          { actor: 'implementer', project: r.project },
          `${s.year}年度`,
          s.year,
        ),
      );
  }
  return out;
};

/** Art.33: the yearly O&M report of an operating system, after each O&M period. */
const omReport: ObligationSource = async (ctx) => {
  const { db, now, calendar, scope } = ctx;
  if (scope && 'projectId' in scope) return [];
  const operating = await db
    .select({
      id: systems.id,
      code: systems.code,
      name: systems.name,
      ownerOrgId: systems.ownerOrgId,
      start: systems.operationStartedOn,
    })
    .from(systems)
    .where(
      and(
        eq(systems.status, 'operating'),
        isNotNull(systems.operationStartedOn),
        scope ? eq(systems.id, scope.systemId) : undefined,
      ),
    );
  if (!operating.length) return [];
  const filed = await db
    .select({ systemId: omReports.systemId, year: omReports.year })
    .from(omReports)
    .where(
      inArray(
        omReports.systemId,
        operating.map((s) => s.id),
      ),
    );
  const edition = editionForNew(now);
  const out: OpenObligation[] = [];
  for (const s of operating) {
    let periods: ReturnType<typeof endedOmPeriods>;
    try {
      periods = endedOmPeriods(s.start!, shanghaiDateOf(now), edition, calendar);
    } catch (err) {
      if (!(err instanceof CalendarYearNotCoveredError)) throw err;
      ctx.incomplete = true;
      continue;
    }
    for (const period of periods) {
      if (!period.dueDate || filed.some((f) => f.systemId === s.id && f.year === period.year)) continue;
      out.push({
        key: obligationKey({ systemId: s.id }, 'om_report', period.year),
        kind: 'om_report',
        dueAt: endOfShanghaiDay(period.dueDate),
        which: `${period.year}年度`,
        link: `/systems/${s.id}`,
        subject: `${s.code} ${s.name}`,
        who: { ownerOrgId: s.ownerOrgId },
        edition,
      });
    }
  }
  return out;
};

/**
 * Art.33 限期整改: the open round's report, owed by the owner until it answers. An order judged (or
 * superseded by the next round, a new key) is no longer open, so its reminders are settled.
 */
const rectification: ObligationSource = async ({ db, scope }) => {
  const only = projectScope(scope);
  if (only === null) return [];
  const rows = await db
    .select({ p: projects, round: rectificationOrders.round, deadline: rectificationOrders.deadline })
    .from(rectificationOrders)
    .innerJoin(projects, eq(projects.id, rectificationOrders.projectId))
    .where(
      and(
        isNull(rectificationOrders.decision),
        isNull(rectificationOrders.answeredAt),
        ne(projects.stage, 'terminated'),
        only,
      ),
    );
  return rows.map((r) =>
    onProject(
      r.p,
      'rectification',
      rectificationDueAt(r.deadline),
      { actor: 'declarant', project: r.p },
      `第${r.round}轮`,
      r.round,
    ),
  );
};

/** Every kind's source. A new obligation kind must add its own here (the compiler insists). */
export const OBLIGATION_SOURCES: Record<ObligationKindCode, ObligationSource> = {
  call_deadline: callDeadline,
  final_version: finalVersion,
  review_opinion: reviewOpinion,
  acceptance_window: acceptanceWindow,
  acceptance_report: acceptanceReport,
  self_evaluation: selfEvaluation,
  om_report: omReport,
  rectification,
};

/** The open obligations of the given kinds (all by default), in the scope. */
export async function openObligations(
  ctx: ObligationContext,
  kinds: readonly ObligationKindCode[] = Object.keys(OBLIGATION_SOURCES) as ObligationKindCode[],
): Promise<OpenObligation[]> {
  const out: OpenObligation[] = [];
  for (const k of kinds) out.push(...(await OBLIGATION_SOURCES[k](ctx)));
  return out;
}
