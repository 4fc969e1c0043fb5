// Who may see a project and in which capacity they may act on it. Visibility is org-scoped: a
// project another unit may not see answers 404, exactly like one that does not exist.
import { and, eq } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { reviewOpinions } from '../../db/schema.js';
import type { Db, Tx } from '../../db/client.js';
import { JOINT_REVIEW_PARTIES } from '../../domain/organizations.js';
import { isDeclared, STAGES } from '../../domain/lifecycle/stages.js';
import {
  actionOpen,
  canTake,
  PROJECT_ACTIONS,
  TRANSITIONS,
  type ActionFacts,
  type Actor,
  type ProjectAction,
} from '../../domain/lifecycle/transitions.js';
import type { AuthContext } from '../auth/context.js';
import { requireUser } from '../auth/guard.js';
import { AppError, forbidden, notFound } from '../errors.js';
import type { OpenSelfEvaluation } from '../../domain/delivery/self-evaluation.js';
import { openSelfEvaluationOf } from './facts.js';
import { selectRecord, type ProjectRecord, type ProjectRow } from './record.js';
import { oversightStateOf, type OversightState } from '../../db/oversight-repo.js';
import { blockingSanction } from '../../domain/oversight/sanctions.js';

export type { ProjectRecord, ProjectRow } from './record.js';

export interface ProjectAccess extends ProjectRecord {
  auth: AuthContext;
  /** The declaring unit's parent (its sector authority / parent SOE), if any. */
  declaringParentId: string | null;
  relations: Set<Actor>;
  /** Reviews the person's party has already spoken in (current pre-review round; the joint review). */
  spoke?: { preReview: boolean; jointReview: boolean };
  /** The yearly self-evaluation being worked on, if one is due (Art.33). */
  selfEvaluation?: OpenSelfEvaluation | null;
  /** Evaluations, the open rectification and the step of the sanction ladder (Art.33, R-RECTIFY). */
  oversight?: OversightState;
}

/** The joint-review party the person's organisation is, if any (Art.4). */
export function reviewPartyOf(auth: AuthContext): (typeof JOINT_REVIEW_PARTIES)[number] | null {
  return JOINT_REVIEW_PARTIES.find((p) => auth.org.roles.includes(p)) ?? null;
}

export function relationsOf(
  auth: AuthContext,
  project: Pick<ProjectRow, 'declaringOrgId' | 'leadOrgId' | 'implementerOrgId' | 'supervisorOrgId'>,
  declaringParentId: string | null,
): Set<Actor> {
  const r = new Set<Actor>();
  const has = (p: string) => auth.permissions.has(p as never);
  const ownUnit = [project.declaringOrgId, project.leadOrgId].includes(auth.org.id);
  if (ownUnit && has('project.declare')) r.add('declarant');
  if (declaringParentId === auth.org.id && has('project.forward')) r.add('sector_authority');
  if (has('review.opinion') && reviewPartyOf(auth)) r.add('review_party');
  if (has('budget.review')) r.add('finance');
  if (has('plan.issue')) r.add('data_bureau');
  if (has('ndrc.approve')) r.add('ndrc');
  // The units under contract (Art.16, 19): the implementer reports, the supervisor supervises.
  if (project.implementerOrgId === auth.org.id && has('project.implement')) r.add('implementer');
  if (project.supervisorOrgId === auth.org.id && has('project.supervise')) r.add('supervisor');
  return r;
}

export function canSee(auth: AuthContext, project: ProjectRow, declaringParentId: string | null): boolean {
  const has = (p: string) => auth.permissions.has(p as never);
  const ownUnit =
    project.declaringOrgId === auth.org.id ||
    project.leadOrgId === auth.org.id ||
    project.coOrgIds.includes(auth.org.id);
  if (ownUnit && (has('project.view_own') || has('project.declare'))) return true;
  // Implementer and supervisor see the projects they are contracted for (Art.16, 19).
  if ((project.implementerOrgId === auth.org.id || project.supervisorOrgId === auth.org.id) && has('project.view_own'))
    return true;
  if (declaringParentId === auth.org.id && has('project.forward') && project.stage !== 'draft') return true;
  return has('project.view_all') && isDeclared(project.stage);
}

/** What the person may know of and do on the project: 404 when they may not see it. */
export async function accessTo(db: Db | Tx, auth: AuthContext, id: string, now: Date, opts: { lock?: boolean } = {}) {
  const row = await selectRecord(db, id, opts);
  if (!row) throw notFound('项目', 'Project');
  const oversight = await oversightStateOf(db, id);
  // A third-party evaluator sees only the projects assigned to its organisation (Art.33).
  const isAssignedEvaluator =
    auth.permissions.has('project.evaluate' as never) && oversight.evaluatorOrgIds.includes(auth.org.id);
  if (!canSee(auth, row.project, row.declaringParentId) && !isAssignedEvaluator) throw notFound('项目', 'Project');
  const relations = relationsOf(auth, row.project, row.declaringParentId);
  if (isAssignedEvaluator) relations.add('evaluator');
  const party = relations.has('review_party') ? reviewPartyOf(auth) : null;
  const spoken = party
    ? await db
        .select({ review: reviewOpinions.review, round: reviewOpinions.round })
        .from(reviewOpinions)
        .where(and(eq(reviewOpinions.projectId, id), eq(reviewOpinions.party, party)))
    : [];
  const selfEvaluation = await openSelfEvaluationOf(db, row, now);
  return {
    ...row,
    auth,
    relations,
    spoke: spokeIn(row.project, spoken),
    selfEvaluation,
    oversight,
  } satisfies ProjectAccess;
}

export async function loadProject(db: Db | Tx, req: FastifyRequest, id: string): Promise<ProjectAccess> {
  return accessTo(db, requireUser(req), id, req.now);
}

/** Whether the party's opinions include one in the project's current pre-review round / joint review round. */
export function spokeIn(
  p: ProjectRow,
  opinions: readonly { review: string; round: number }[],
): { preReview: boolean; jointReview: boolean } {
  return {
    preReview: opinions.some((o) => o.review === 'pre_review' && o.round === p.round),
    jointReview: opinions.some((o) => o.review === 'joint_review' && o.round === p.applicationRound),
  };
}

/** The record's side of actionOpen(): what is done already on the project (spoke: the person's party). */
export function actionFactsOf(
  r: Pick<ProjectRecord, 'project' | 'application' | 'contract' | 'decentral' | 'acceptance'> & {
    oversight?: OversightState;
  },
  spoke: ProjectAccess['spoke'] = { preReview: false, jointReview: false },
  selfEvaluation: OpenSelfEvaluation | null = null,
): ActionFacts {
  return {
    ndrcRequired: r.application?.ndrcRequired ?? false,
    ndrcApproved: Boolean(r.application?.ndrcApproval),
    decentralRequested: r.decentral !== null,
    decentralApproved: Boolean(r.decentral?.consultation && r.decentral.government),
    supervised: Boolean(r.contract?.supervisorOrgId),
    spokePreReview: spoke?.preReview ?? false,
    spokeJointReview: spoke?.jointReview ?? false,
    isBuild: (r.project.kind ?? 'build') === 'build',
    selfEvaluation: selfEvaluation ? selfEvaluation.state : 'filed',
    selfEvaluationDeclarantOpinion: selfEvaluation?.row?.declarantOpinion ?? false,
    selfEvaluationSupervisorOpinion: selfEvaluation?.row?.supervisorOpinion ?? false,
    handoverRecorded: Boolean(r.acceptance?.handoverRecordedAt),
    rectification: r.oversight?.rectification ?? 'none',
    rectificationDue: r.oversight?.rectificationDue ?? false,
  };
}

/** The actions the person may take on the project now (sent to the UI; the server re-checks). */
export function allowedActions(
  access: Pick<
    ProjectAccess,
    | 'project'
    | 'application'
    | 'contract'
    | 'decentral'
    | 'acceptance'
    | 'relations'
    | 'spoke'
    | 'selfEvaluation'
    | 'oversight'
  >,
): ProjectAction[] {
  const facts = actionFactsOf(access, access.spoke, access.selfEvaluation ?? null);
  const sanction = access.oversight?.sanction ?? null;
  return PROJECT_ACTIONS.filter(
    (a) =>
      access.relations.has(TRANSITIONS[a].actor) &&
      canTake(a, access.project.stage) &&
      actionOpen(a, facts) &&
      // Art.33 (R-RECTIFY): a sanction in force stops what it stops; the server refuses it the same way.
      blockingSanction(sanction, access.project.stage, a) === null,
  );
}

/** 403 unless the person acts in the capacity the action needs (Art.4, 5, 9). */
export function assertActor(access: Pick<ProjectAccess, 'relations'>, action: ProjectAction): void {
  const t = TRANSITIONS[action];
  if (!access.relations.has(t.actor))
    throw forbidden(`无权执行“${t.zh}”（${t.article}）`, `Not allowed: ${t.en} (${t.article})`);
}

/** 409 when the project's stage does not allow the action. */
export function wrongStage(stage: ProjectRow['stage'], action: ProjectAction): AppError {
  const t = TRANSITIONS[action];
  return new AppError(409, 'WRONG_STAGE', `项目当前处于“${STAGES[stage].zh}”阶段，不能${t.zh}`, {
    messageEn: `The project is at "${STAGES[stage].en}"; cannot ${t.en.toLowerCase()}`,
    article: t.article,
  });
}

/** Refuses an action the person may not take (403) or the project's stage does not allow (409). */
export function assertAction(access: ProjectAccess, action: ProjectAction): void {
  assertActor(access, action);
  if (!canTake(action, access.project.stage)) throw wrongStage(access.project.stage, action);
}
