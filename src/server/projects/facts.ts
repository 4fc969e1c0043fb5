// The facts of a project record that the domain's rules, to-dos and notifications ask for: read from
// the record (and, where a rule needs them, its documents). Nothing is decided here.
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { documents, organizations, projectPayments, selfEvaluations } from '../../db/schema.js';
import type { Stage } from '../../domain/lifecycle/stages.js';
import type { ProjectAction } from '../../domain/lifecycle/transitions.js';
import { endOfShanghaiDay, shanghaiDateOf } from '../../domain/calendar/index.js';
import {
  openSelfEvaluation,
  selfEvaluationsDue,
  type OpenSelfEvaluation,
  type SelfEvaluationFacts,
} from '../../domain/delivery/self-evaluation.js';
import { editionOfProject } from '../../domain/editions/resolve.js';
import type { DecentralisedFacts, ProcurementFacts } from '../../domain/approval/index.js';
import type { Edition } from '../../domain/editions/types.js';
import type { TodoFacts } from '../../domain/lifecycle/todo.js';
import { isInAnnualList } from '../../domain/projects/annual-list.js';
import { needsSupervision } from '../../domain/rules/later-stage-calcs.js';
import { runRules } from '../../domain/rules/index.js';
import { AppError } from '../errors.js';
import type { ProjectRecord } from './record.js';

/** Document types of the project's current (not withdrawn) versions. */
export async function uploadedTypes(db: Db | Tx, projectId: string): Promise<Set<string>> {
  const rows = await db
    .selectDistinct({ t: documents.docType })
    .from(documents)
    .where(and(eq(documents.ownerId, projectId), isNull(documents.withdrawnAt)));
  return new Set(rows.map((r) => r.t));
}

/** A document id a form refers to must be this project's current document of that type (else 400). */
export async function assertProjectDocument(
  db: Db | Tx,
  projectId: string,
  documentId: string | undefined,
  docType: string,
  field: string,
  label: string,
  article: string,
): Promise<void> {
  if (!documentId) return;
  const [doc] = await db
    .select({ docType: documents.docType })
    .from(documents)
    .where(and(eq(documents.id, documentId), eq(documents.ownerId, projectId), isNull(documents.withdrawnAt)));
  if (doc?.docType !== docType)
    throw new AppError(400, 'BAD_DOCUMENT', `所选文件不是本项目的“${label}”材料`, {
      field,
      article,
      messageEn: `The file is not this project's ${docType} document`,
    });
}

/** An organisation chosen as implementer / supervisor must have that role (Art.16, 19). */
export async function assertOrgRole(
  db: Db | Tx,
  id: string,
  role: 'implementer' | 'supervisor',
  label: string,
  field: string,
): Promise<void> {
  const [o] = await db.select({ roles: organizations.roles }).from(organizations).where(eq(organizations.id, id));
  if (!o?.roles.includes(role)) throw new AppError(400, 'ORG_ROLE_MISMATCH', `所选单位不是${label}`, { field });
}

/** Art.15's request as the rules see it. */
export function decentralisedFacts(r: Pick<ProjectRecord, 'decentral'>): DecentralisedFacts | undefined {
  return r.decentral
    ? {
        requested: true,
        consultationApproved: r.decentral.consultation !== null,
        governmentApproved: r.decentral.government !== null,
      }
    : undefined;
}

/** What R-PROCURE (Art.18) reads of a project besides its stage (also carried by the to-do signature). */
export interface ProcurementSignals {
  stage: Stage;
  inAnnualList: boolean;
  budgetApproved: boolean;
  ndrcRequired: boolean;
  ndrcApproved: boolean;
  decentralised: DecentralisedFacts | undefined;
}

function procurementFactsFrom(s: ProcurementSignals): ProcurementFacts {
  return {
    inAnnualList: s.inAnnualList,
    jointReviewPassed: ['form_pending', 'approved'].includes(s.stage),
    budgetApproved: s.budgetApproved,
    ndrcRequired: s.ndrcRequired,
    ndrcApproved: s.ndrcApproved,
    approved: s.stage === 'approved',
    decentralised: s.decentralised,
  };
}

/** What R-PROCURE (Art.18) asks of the record: listed, reviewed, budgeted, approved, ndrc-approved where needed. */
export function procurementFacts(r: ProjectRecord): ProcurementFacts {
  const p = r.project;
  return procurementFactsFrom({
    stage: p.stage,
    inAnnualList: isInAnnualList(p.planId),
    budgetApproved: p.approvedBudgetFen !== null,
    ndrcRequired: r.application?.ndrcRequired ?? false,
    ndrcApproved: Boolean(r.application?.ndrcApproval),
    decentralised: decentralisedFacts(r),
  });
}

/** R-PROCURE lets procurement go ahead (Art.18): before that, recording it is not yet anyone's work. */
export function procurementReady(s: ProcurementSignals, edition: Edition): boolean {
  return runRules('procurement', procurementFactsFrom(s), edition).every((f) => f.severity !== 'block');
}

/** The year's report becomes work waiting in the last quarter of its year (and stays once overdue, Art.33). */
export function isSelfEvaluationDueSoon(selfEvaluation: Pick<OpenSelfEvaluation, 'year'> | null, now: Date): boolean {
  return selfEvaluation !== null && shanghaiDateOf(now) >= `${selfEvaluation.year}-10-01`;
}

/** The record's side of todoActions(): control price recorded, supervision needed (R-SUPERVISION), R-PROCURE met. */
export function todoFactsOf(
  r: ProjectRecord,
  edition: Edition,
  more: { disbursed: boolean; selfEvaluation: OpenSelfEvaluation | null; now: Date } = {
    disbursed: false,
    selfEvaluation: null,
    now: new Date(0),
  },
): TodoFacts {
  const p = r.project;
  const procurement = procurementFacts(r);
  return {
    controlPriceRecorded: r.application?.controlPriceFen != null,
    supervisionNeeded: needsSupervision(p.approvedBudgetFen ?? p.totalFen, edition),
    procurementReady: runRules('procurement', procurement, edition).every((f) => f.severity !== 'block'),
    disbursed: more.disbursed,
    // The to-do list is for what is next, and until autumn the next thing is the construction itself.
    selfEvaluationDueSoon: isSelfEvaluationDueSoon(more.selfEvaluation, more.now),
  };
}

/** The project's self-evaluation to work on now (Art.33), from its construction start and acceptance. */
export async function openSelfEvaluationOf(
  db: Db | Tx,
  r: Pick<ProjectRecord, 'project' | 'contract' | 'acceptance'>,
  now: Date,
): Promise<OpenSelfEvaluation | null> {
  const started = r.contract?.constructionStartedAt;
  if (!started) return null;
  const acceptedOn = r.acceptance?.conclusion === 'pass' ? r.acceptance.acceptanceDate : null;
  const dues = selfEvaluationsDue(
    shanghaiDateOf(started),
    acceptedOn,
    shanghaiDateOf(now),
    editionOfProject(r.project),
  );
  if (!dues.length) return null;
  const rows = await db
    .select({
      year: selfEvaluations.year,
      filedAt: selfEvaluations.filedAt,
      declarantOpinion: selfEvaluations.declarantOpinion,
      supervisorOpinion: selfEvaluations.supervisorOpinion,
    })
    .from(selfEvaluations)
    .where(eq(selfEvaluations.projectId, r.project.id));
  return openSelfEvaluation(
    dues,
    rows.map((x) => ({
      ...x,
      declarantOpinion: x.declarantOpinion !== null,
      supervisorOpinion: x.supervisorOpinion !== null,
    })),
  );
}

/** What openSelfEvaluationsOf reads of a project: its edition, construction start and acceptance. */
export interface SelfEvaluationInput {
  project: Pick<ProjectRecord['project'], 'id' | 'editionId'>;
  contract: Pick<NonNullable<ProjectRecord['contract']>, 'constructionStartedAt'> | null;
  acceptance: Pick<NonNullable<ProjectRecord['acceptance']>, 'conclusion' | 'acceptanceDate'> | null;
}

/** The open self-evaluation of many projects, in one query (for lists: to-dos, dashboards). */
export async function openSelfEvaluationsOf(
  db: Db | Tx,
  records: readonly SelfEvaluationInput[],
  now: Date,
): Promise<Map<string, OpenSelfEvaluation | null>> {
  const out = new Map<string, OpenSelfEvaluation | null>();
  const started = records.filter((r) => r.contract?.constructionStartedAt);
  if (!started.length) return out;
  // One array parameter, not one bind parameter per project (thousands for a busy implementer).
  const ids = `{${started.map((r) => r.project.id).join(',')}}`;
  const rows = await db
    .select({
      projectId: selfEvaluations.projectId,
      year: selfEvaluations.year,
      filedAt: selfEvaluations.filedAt,
      declarantOpinion: selfEvaluations.declarantOpinion,
      supervisorOpinion: selfEvaluations.supervisorOpinion,
    })
    .from(selfEvaluations)
    .where(sql`${selfEvaluations.projectId} = ANY(${ids}::uuid[])`);
  const byProject = new Map<string, SelfEvaluationFacts[]>();
  for (const x of rows) {
    const facts = {
      year: x.year,
      filedAt: x.filedAt,
      declarantOpinion: x.declarantOpinion !== null,
      supervisorOpinion: x.supervisorOpinion !== null,
    };
    byProject.set(x.projectId, [...(byProject.get(x.projectId) ?? []), facts]);
  }
  const today = shanghaiDateOf(now);
  for (const r of started) {
    const acceptedOn = r.acceptance?.conclusion === 'pass' ? r.acceptance.acceptanceDate : null;
    const dues = selfEvaluationsDue(
      shanghaiDateOf(r.contract!.constructionStartedAt!),
      acceptedOn,
      today,
      editionOfProject(r.project),
    );
    out.set(r.project.id, openSelfEvaluation(dues, byProject.get(r.project.id) ?? []));
  }
  return out;
}

/** Which of these projects finance has disbursed to (Art.26), in one query. */
export async function disbursedProjects(db: Db | Tx, projectIds: readonly string[]): Promise<Set<string>> {
  if (!projectIds.length) return new Set();
  const rows = await db
    .selectDistinct({ id: projectPayments.projectId })
    .from(projectPayments)
    .where(and(eq(projectPayments.kind, 'disbursement'), inArray(projectPayments.projectId, [...projectIds])));
  return new Set(rows.map((r) => r.id));
}

/** Where a to-do's deadline comes from, when the Measures set one (Art.14, 25, 27, 33). */
export type TodoDueSource = 'revision' | 'self_evaluation' | 'trial' | 'acceptance_report';

/** The source of a to-do's deadline (GET /todo orders by it, in the database too: todo-query.ts). */
export function todoDueSource(action: ProjectAction): TodoDueSource | null {
  switch (action) {
    case 'submit_revision':
      return 'revision';
    case 'draft_self_evaluation':
    case 'self_evaluation_opinion':
    case 'self_evaluation_supervision':
    case 'file_self_evaluation':
      return 'self_evaluation';
    case 'submit_acceptance':
    case 'review_acceptance':
    case 'hold_acceptance':
      // The acceptance must be held within 6 months of the trial start (Art.25).
      return 'trial';
    case 'submit_acceptance_report':
      return 'acceptance_report';
    default:
      return null;
  }
}

/** The deadline of a to-do, when the Measures set one (Art.14, 25, 27, 33). */
export function todoDueAt(
  action: ProjectAction,
  r: Pick<ProjectRecord, 'application' | 'trial' | 'acceptance'>,
  selfEvaluation: OpenSelfEvaluation | null,
): Date | null {
  const source = todoDueSource(action);
  switch (source) {
    case 'revision':
      return r.application?.revisionDueAt ?? null;
    case 'self_evaluation':
      return selfEvaluation?.dueAt ?? null;
    case 'trial':
      return r.trial?.latestOn ? endOfShanghaiDay(r.trial.latestOn) : null;
    case 'acceptance_report':
      return r.acceptance?.reportDueDate ? endOfShanghaiDay(r.acceptance.reportDueDate) : null;
    case null:
      return null;
    default: {
      const never: never = source;
      return never;
    }
  }
}
