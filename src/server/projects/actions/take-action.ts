// One way to take an action on a project (issue 8). Every use case in this folder runs through
// takeAction, which does the same steps in the same order for all of them:
//   load what the person may see (404) → may they act (403) → lock the project row → is the action
//   open at its stage (409; or the rule that explains why not, 422) → is the version the one they
//   read (412/409) → the use case: its rules (422) and its own chapter rows → the stage from the
//   transition table → history + audit + notifications in the same transaction → the answer.
// Any refusal (403/409/412/422) is written to the audit trail the same way, after the rollback.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Tx } from '../../../db/client.js';
import { projects } from '../../../db/schema.js';
import { recordProjectVersion } from '../../../db/project-versions-repo.js';
import type { AuditAction } from '../../../domain/audit/events.js';
import { editionOfProject } from '../../../domain/editions/resolve.js';
import type { Edition } from '../../../domain/editions/types.js';
import type { Stage } from '../../../domain/lifecycle/stages.js';
import {
  actionOpen,
  canTake,
  destination,
  TRANSITIONS,
  type ProjectAction,
  whyNotOpen,
} from '../../../domain/lifecycle/transitions.js';
import { runRules, type CheckedStage, type Finding, type StageInputs } from '../../../domain/rules/index.js';
import { audit } from '../../audit/record.js';
import { requireUser } from '../../auth/guard.js';
import { AppError } from '../../errors.js';
import { expectedVersion, setEtag, staleError } from '../../platform/versioning.js';
import { accessTo, actionFactsOf, assertActor, type ProjectAccess, wrongStage } from '../access.js';
import { type ProjectEventInput, recordProjectEvent } from '../history.js';
import { presentProject } from '../presenter.js';
import { syncBuiltSystems } from '../../systems/links.js';

export type ProjectPatch = Partial<
  Omit<typeof projects.$inferInsert, 'id' | 'stage' | 'version' | 'createdAt' | 'updatedAt'>
>;

/** A refusal by the rules: 422 naming the first blocking rule and its article, every finding in details. */
export function ruleRefusal(blocking: readonly Finding[], extra: Record<string, unknown> = {}): AppError {
  const f = blocking[0];
  return new AppError(
    422,
    f.code ?? 'RULE_BLOCKED',
    `${f.message}${blocking.length > 1 ? `（另有 ${blocking.length - 1} 项未满足）` : ''}`,
    { rule: f.rule, article: f.article, messageEn: f.messageEn, field: f.field, details: { blocking, ...extra } },
  );
}

export interface ActionContext<I> {
  req: FastifyRequest;
  tx: Tx;
  /** The request's instant (the services' clock). */
  now: Date;
  input: I;
  /** The project as locked for this action, with the person's capacities. */
  access: ProjectAccess;
  edition: Edition;
  /**
   * Runs the rules of a moment (src/domain/rules): blocking findings refuse the action (422,
   * audited); the others are returned to be kept or shown.
   */
  check<S extends CheckedStage>(stage: S, input: StageInputs[S]): Finding[];
}

export interface ActionOutcome {
  /** Where the project goes, when the transition table leaves a choice ('stay' = where it is). */
  to?: Stage | 'stay';
  /** Project columns the action changes (the stage and version are the pipeline's). */
  set?: ProjectPatch;
  /** The history entry (and audit row) of the action. */
  event: {
    action: AuditAction;
    note?: string | null;
    rule?: string | null;
    article?: string | null;
    detail?: Record<string, unknown>;
  };
  /** Further history entries after it, e.g. the review's conclusion. */
  more?: Omit<ProjectEventInput, 'projectId'>[];
  /** Fields added to the answer next to the project. */
  extra?: Record<string, unknown>;
  /** A different answer shape, built from the presented project. */
  respond?(project: ReturnType<typeof presentProject>): unknown;
}

export interface UseCase<B extends z.ZodType = z.ZodType> {
  action: ProjectAction;
  method: 'POST' | 'PATCH';
  url: string;
  summary: string;
  tags: string[];
  body: B;
  status?: 200 | 201;
  /**
   * What the action answers (issue 13): the presented project (ProjectSchema) unless said otherwise —
   * ProjectSchema.extend({...}) for an action with `extra` fields, its own shape for one with `respond`
   * (./action-responses.ts). The serializer checks every answer against it.
   */
  response?: z.ZodType;
  /** Optimistic concurrency: the caller names the version it read (If-Match or `version`). */
  version?: 'required' | 'optional';
  /**
   * When the stage does not allow the action, a rule of the Measures may say why better than
   * "wrong stage" (e.g. R-PRE-BEFORE-BUDGET: no budget for a project that failed pre-review).
   */
  whyNotNow?(ctx: Omit<ActionContext<z.infer<B>>, 'check'>): Promise<Finding[]> | Finding[];
  run(ctx: ActionContext<z.infer<B>>): Promise<ActionOutcome>;
}

/** Declares a use case with its body's type inferred. */
export function defineUseCase<B extends z.ZodType>(u: UseCase<B>): UseCase<B> {
  return u;
}

const REFUSALS = new Set([403, 409, 412, 422, 428]);

/**
 * Writes the action's stage and columns on the locked row (one concurrency discipline: the row lock), and
 * keeps the project as it now stands as a version for as-of reads (Art.34, docs/decisions/0004): call it
 * after the use case's chapter rows are written.
 */
export async function writeProject(
  tx: Tx,
  id: string,
  to: Stage,
  set: ProjectPatch,
  now: Date,
  by: { action?: string; actorUserId?: string | null } = {},
) {
  const [row] = await tx
    .update(projects)
    .set({ ...set, stage: to, version: sql`${projects.version} + 1`, updatedAt: now })
    .where(and(eq(projects.id, id)))
    .returning({ version: projects.version });
  await recordProjectVersion(tx, id, {
    at: now,
    action: by.action ?? 'project.written',
    actorUserId: by.actorUserId ?? null,
  });
  return row;
}

export async function takeAction<B extends z.ZodType>(
  req: FastifyRequest,
  reply: FastifyReply,
  uc: UseCase<B>,
  projectId: string,
  input: z.infer<B>,
) {
  const { db } = req.server.services;
  const auth = requireUser(req);
  const now = req.now;
  // Seen at all? (404 outside the person's scope, before anything else is said.)
  const seen = await accessTo(db, auth, projectId, now);
  try {
    assertActor(seen, uc.action);
    const bodyVersion = (input as { version?: number } | undefined)?.version;
    const expected = uc.version ? optionalVersion(req, bodyVersion, uc.version === 'required') : null;
    const result = await db.transaction(async (tx) => {
      const access = await accessTo(tx, auth, projectId, now, { lock: true });
      const p = access.project;
      const edition = editionOfProject(p);
      const base = { req, tx, now, input, access, edition };
      // Art.33 (R-RECTIFY): a step of the sanction ladder in force (funds suspended, construction suspended,
      // terminated) refuses what it stops, citing its article, before anything is said about the stage.
      const sanctioned = runRules(
        'sanction',
        { action: uc.action, stage: p.stage, level: access.oversight?.sanction ?? null },
        edition,
      );
      if (sanctioned.length) throw ruleRefusal(sanctioned);
      if (!canTake(uc.action, p.stage)) {
        const why = uc.whyNotNow ? (await uc.whyNotNow(base)).filter((f) => f.severity === 'block') : [];
        throw why.length ? ruleRefusal(why) : wrongStage(p.stage, uc.action);
      }
      if (expected && expected.version !== p.version) throw staleError(expected.via);
      // Open at this stage, but already done or not for this project (actionOpen, the same as the buttons).
      const facts = actionFactsOf(access, access.spoke, access.selfEvaluation ?? null);
      if (!actionOpen(uc.action, facts)) {
        const why = whyNotOpen(uc.action, facts);
        throw new AppError(409, why.code, why.zh, { messageEn: why.en, article: TRANSITIONS[uc.action].article });
      }
      const check = <S extends CheckedStage>(stage: S, stageInput: StageInputs[S]) => {
        const findings = runRules(stage, stageInput, edition);
        const blocking = findings.filter((f) => f.severity === 'block');
        if (blocking.length) throw ruleRefusal(blocking, { findings });
        return findings;
      };
      const outcome = await uc.run({ ...base, check });
      const to = destination(uc.action, p.stage, outcome.to);
      const written = await writeProject(tx, p.id, to, outcome.set ?? {}, now, {
        action: outcome.event.action,
        actorUserId: auth.user.id,
      });
      const moved = to !== p.stage;
      // The systems this project builds move with it (building → trial → operating, Art.25, 29).
      if (moved) await syncBuiltSystems(tx, p.id, to, now);
      await recordProjectEvent(tx, req, {
        projectId: p.id,
        ...outcome.event,
        fromStage: moved ? p.stage : null,
        toStage: moved ? to : null,
        article: outcome.event.article ?? TRANSITIONS[uc.action].article,
      });
      for (const e of outcome.more ?? [])
        await recordProjectEvent(tx, req, { projectId: p.id, ...e }, { notify: false });
      const after = await accessTo(tx, auth, p.id, now);
      return { outcome, after, version: written.version };
    });
    setEtag(reply, result.version);
    const presented = presentProject(result.after);
    const body = result.outcome.respond ? result.outcome.respond(presented) : { ...presented, ...result.outcome.extra };
    return reply.status(uc.status ?? 200).send(body);
  } catch (err) {
    if (err instanceof AppError && REFUSALS.has(err.status)) await auditRefusal(req, projectId, uc.action, err);
    throw err;
  }
}

/** The version the caller read: required (428 without), or taken when given. */
function optionalVersion(req: FastifyRequest, bodyVersion: number | undefined, required: boolean) {
  if (!required && bodyVersion === undefined && !req.headers['if-match']) return null;
  return expectedVersion(req, bodyVersion);
}

/** Every refused action is on the audit trail the same way: who, which action, why (code, rules). */
export async function auditRefusal(
  req: FastifyRequest,
  targetId: string,
  action: string,
  err: AppError,
  targetType = 'project',
) {
  const blocking = (err.extras.details as { blocking?: Finding[] } | undefined)?.blocking;
  await audit(req, {
    action: 'project.action_refused',
    outcome: err.status === 403 ? 'denied' : 'failure',
    targetType,
    targetId,
    detail: {
      action,
      status: err.status,
      code: err.code,
      rules: blocking?.map((f) => f.rule) ?? (err.extras.rule ? [err.extras.rule] : []),
      route: `${req.method} ${req.routeOptions.url}`,
    },
  });
}
