// 待办 (GET /todo): every project where the person has work waiting, with the action, its article
// and, for the final version, its deadline — the same actions the project page offers (one table
// in src/domain/lifecycle decides them), filtered to the to-dos. Paged, with counts (issue 12): the
// database is asked only for the stages and units where the person can have work (their capacities,
// from the transition table), and where the action is not already done; the domain decides the rest.
import { and, eq, inArray, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import {
  organizations,
  projectAcceptances,
  projectApplications,
  projectDecentralisations,
  projectPayments,
  projects,
  reviewOpinions,
} from '../../db/schema.js';
import { isPastDeadline } from '../../domain/approval/index.js';
import { editionOfProject } from '../../domain/editions/resolve.js';
import type { Stage } from '../../domain/lifecycle/stages.js';
import { TODO_ORDER, todoActions } from '../../domain/lifecycle/todo.js';
import { TRANSITIONS, type Actor, type ProjectAction } from '../../domain/lifecycle/transitions.js';
import type { AuthContext } from '../auth/context.js';
import { requireUser } from '../auth/guard.js';
import type { ZApp } from '../zapp.js';
import { allowedActions, relationsOf, reviewPartyOf, spokeIn } from './access.js';
import { disbursedProjects, openSelfEvaluationsOf, todoDueAt, todoFactsOf } from './facts.js';
import { presentProjectSummary } from './presenter.js';
import { visibleProjects } from './projects.js';
import { currentAcceptance, currentApplication, selectRecords } from './record.js';

/**
 * The projects on which the person can act as `actor` (what relationsOf requires of the project), or
 * null when they never can. Exhaustive: a new actor must say where its work is.
 */
function actorScope(auth: AuthContext, actor: Actor): SQL | null {
  const has = (p: string) => auth.permissions.has(p as never);
  const org = auth.org.id;
  switch (actor) {
    case 'declarant':
      return has('project.declare') ? or(eq(projects.declaringOrgId, org), eq(projects.leadOrgId, org))! : null;
    case 'sector_authority':
      return has('project.forward')
        ? sql`${projects.declaringOrgId} IN (SELECT ${organizations.id} FROM ${organizations} WHERE ${organizations.parentId} = ${org})`
        : null;
    case 'review_party':
      return has('review.opinion') && reviewPartyOf(auth) ? sql`true` : null;
    case 'finance':
      return has('budget.review') ? sql`true` : null;
    case 'data_bureau':
      return has('plan.issue') ? sql`true` : null;
    case 'ndrc':
      return has('ndrc.approve') ? sql`true` : null;
    case 'implementer':
      return has('project.implement') ? eq(projects.implementerOrgId, org) : null;
    case 'supervisor':
      return has('project.supervise') ? eq(projects.supervisorOrgId, org) : null;
    // No lifecycle action is the evaluator's: its assignments are listed by GET /evaluation-assignments.
    case 'evaluator':
      return null;
    default: {
      const never: never = actor;
      return never;
    }
  }
}

/**
 * What must still be undone for the action to be a to-do: the SQL side of actionOpen() and
 * todoActions() for the actions that would otherwise bring thousands of finished projects back on
 * every call (an opinion given, a price recorded, a disbursement made). A necessary condition only:
 * the domain still decides on every project this lets through.
 */
function notDoneYet(action: ProjectAction, party: string | null): SQL | undefined {
  const spoke = (review: string, round: SQL) =>
    sql`NOT EXISTS (SELECT 1 FROM ${reviewOpinions} WHERE ${reviewOpinions.projectId} = ${projects.id}
      AND ${reviewOpinions.party} = ${party} AND ${reviewOpinions.review} = ${review} AND ${reviewOpinions.round} = ${round})`;
  const application = (cond: SQL) =>
    sql`EXISTS (SELECT 1 FROM ${projectApplications} WHERE ${currentApplication} AND ${cond})`;
  switch (action) {
    case 'pre_review_opinion':
      return spoke('pre_review', sql`${projects.round}`);
    case 'joint_review_opinion':
      return spoke('joint_review', sql`${projects.applicationRound}`);
    case 'ndrc_approve':
      return application(sql`${projectApplications.ndrcRequired} AND ${projectApplications.ndrcApproval} IS NULL`);
    case 'record_control_price':
      return sql`NOT ${application(isNotNull(projectApplications.controlPriceFen)!)}`;
    case 'record_decentral':
      return sql`EXISTS (SELECT 1 FROM ${projectDecentralisations} WHERE ${projectDecentralisations.projectId} = ${projects.id}
        AND (${projectDecentralisations.consultation} IS NULL OR ${projectDecentralisations.government} IS NULL))`;
    case 'record_supervision':
      return isNull(projects.supervisorOrgId);
    case 'record_disbursement':
      return sql`NOT EXISTS (SELECT 1 FROM ${projectPayments} WHERE ${projectPayments.projectId} = ${projects.id}
        AND ${projectPayments.kind} = 'disbursement')`;
    case 'confirm_handover':
      return sql`EXISTS (SELECT 1 FROM ${projectAcceptances} WHERE ${currentAcceptance}
        AND ${projectAcceptances.handoverRecordedAt} IS NOT NULL)`;
    case 'start_construction':
    case 'record_trial_start':
      return sql`coalesce(${projects.kind}, 'build') = 'build'`;
    case 'start_service':
      return sql`coalesce(${projects.kind}, 'build') <> 'build'`;
    default:
      return undefined;
  }
}

/** The projects that may hold a to-do for the person, or null when none can. */
export function todoCandidates(auth: AuthContext): SQL | null {
  const party = reviewPartyOf(auth);
  const stages = new Set<Stage>();
  const work: SQL[] = [];
  for (const action of TODO_ORDER) {
    const scope = actorScope(auth, TRANSITIONS[action].actor);
    if (!scope) continue;
    for (const s of TRANSITIONS[action].from) stages.add(s);
    work.push(and(inArray(projects.stage, [...TRANSITIONS[action].from]), scope, notDoneYet(action, party))!);
  }
  if (!work.length) return null;
  return and(visibleProjects(auth), inArray(projects.stage, [...stages]), or(...work))!;
}

/** Stages where a party's opinion decides whether its review action is open (spokeIn). */
const OPINION_STAGES: readonly Stage[] = [
  ...TRANSITIONS.pre_review_opinion.from,
  ...TRANSITIONS.joint_review_opinion.from,
];

export async function todoRoutes(app: ZApp) {
  const { db } = app.services;

  app.get(
    '/todo',
    {
      schema: {
        tags: ['projects'],
        summary: '我的待办：需要我办理的项目、事项、依据条款与期限（分页，含各事项数量）',
        querystring: z.object({
          page: z.coerce.number().int().min(1).default(1),
          pageSize: z.coerce.number().int().min(1).max(200).default(50),
        }),
      },
    },
    async (req) => {
      const auth = requireUser(req);
      const { page, pageSize } = req.query;
      const candidates = todoCandidates(auth);
      const rows = candidates ? await selectRecords(db, candidates, { slim: true }) : [];
      const party = reviewPartyOf(auth);
      const inReview = rows.filter((r) => OPINION_STAGES.includes(r.project.stage)).map((r) => r.project.id);
      // One array parameter, not one bind parameter per project.
      const spoken =
        party && inReview.length
          ? await db
              .select({
                projectId: reviewOpinions.projectId,
                review: reviewOpinions.review,
                round: reviewOpinions.round,
              })
              .from(reviewOpinions)
              .where(
                and(
                  eq(reviewOpinions.party, party),
                  sql`${reviewOpinions.projectId} = ANY(${`{${inReview.join(',')}}`}::uuid[])`,
                ),
              )
          : [];
      const spokenBy = new Map<string, typeof spoken>();
      for (const o of spoken) spokenBy.set(o.projectId, [...(spokenBy.get(o.projectId) ?? []), o]);
      const [selfEvaluations, disbursed] = await Promise.all([
        openSelfEvaluationsOf(db, rows, req.now),
        disbursedProjects(
          db,
          rows.filter((r) => TRANSITIONS.record_disbursement.from.includes(r.project.stage)).map((r) => r.project.id),
        ),
      ]);
      const all = rows.flatMap((r) => {
        const p = r.project;
        const selfEvaluation = selfEvaluations.get(p.id) ?? null;
        const open = allowedActions({
          ...r,
          relations: relationsOf(auth, p, r.declaringParentId),
          spoke: spokeIn(p, spokenBy.get(p.id) ?? []),
          selfEvaluation,
        });
        const facts = todoFactsOf(r, editionOfProject(p), {
          disbursed: disbursed.has(p.id),
          selfEvaluation,
          now: req.now,
        });
        return todoActions(open, facts)
          .slice(0, 1)
          .map((action) => {
            const due = todoDueAt(action, r, selfEvaluation);
            return {
              record: r,
              action,
              dueAt: due?.toISOString() ?? null,
              overdue: due !== null && isPastDeadline(due, req.now),
              since: p.updatedAt.toISOString(),
            };
          });
      });
      // Overdue first, then the nearest deadline, then the longest waiting.
      all.sort(
        (a, b) =>
          Number(b.overdue) - Number(a.overdue) ||
          (a.dueAt ?? '9').localeCompare(b.dueAt ?? '9') ||
          a.since.localeCompare(b.since),
      );
      const byAction = new Map<ProjectAction, number>();
      for (const x of all) byAction.set(x.action, (byAction.get(x.action) ?? 0) + 1);
      const items = all.slice((page - 1) * pageSize, page * pageSize).map(({ record, ...x }) => ({
        project: presentProjectSummary(
          record.project,
          new Map([[record.project.declaringOrgId, record.declaringOrgName]]),
        ),
        action: x.action,
        actionName: TRANSITIONS[x.action].zh,
        actionNameEn: TRANSITIONS[x.action].en,
        article: TRANSITIONS[x.action].article,
        dueAt: x.dueAt,
        overdue: x.overdue,
        since: x.since,
      }));
      return {
        items,
        total: all.length,
        page,
        pageSize,
        overdue: all.filter((x) => x.overdue).length,
        byAction: TODO_ORDER.filter((a) => byAction.has(a)).map((a) => ({
          action: a,
          actionName: TRANSITIONS[a].zh,
          actionNameEn: TRANSITIONS[a].en,
          count: byAction.get(a)!,
        })),
      };
    },
  );
}
