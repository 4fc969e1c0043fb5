// Notifications when a project reaches a stage (SPEC §5: people are reminded): the domain says who
// has work waiting (noticesOnStage); this finds those people — by organisation and permission, as
// relationsOf does — and writes their messages in the same transaction as the stage change.
import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { notifications, organizations, type projects, users } from '../../db/schema.js';
import { editionOfProject } from '../../domain/editions/resolve.js';
import { noticesOnStage } from '../../domain/lifecycle/notices.js';
import { obligationKey } from '../../domain/lifecycle/obligations.js';
import { STAGES } from '../../domain/lifecycle/stages.js';
import { TRANSITIONS, type Actor } from '../../domain/lifecycle/transitions.js';
import { JOINT_REVIEW_PARTIES } from '../../domain/organizations.js';
import { articleZh } from '../../domain/rules/cite.js';
import { todoFactsOf } from './facts.js';
import { selectRecord } from './record.js';
import { actionFactsOf } from './access.js';

const PERMISSION: Record<Actor, string> = {
  declarant: 'project.declare',
  sector_authority: 'project.forward',
  review_party: 'review.opinion',
  finance: 'budget.review',
  data_bureau: 'plan.issue',
  ndrc: 'ndrc.approve',
  implementer: 'project.implement',
  supervisor: 'project.supervise',
  evaluator: 'project.evaluate',
};

/** Users holding `permission` through one of their roles, not disabled. */
const holds = (permission: string): SQL =>
  sql`EXISTS (SELECT 1 FROM roles r WHERE r.code = ANY(${users.roleCodes}) AND ${permission} = ANY(r.permissions))`;

/** The users who act as `actor` on project `p` (by organisation and permission). */
export async function recipients(tx: Tx, actor: Actor, p: typeof projects.$inferSelect): Promise<string[]> {
  let orgFilter: SQL | undefined;
  if (actor === 'declarant')
    orgFilter = inArray(users.orgId, [p.declaringOrgId, ...(p.leadOrgId ? [p.leadOrgId] : [])]);
  else if (actor === 'sector_authority')
    orgFilter = sql`${users.orgId} = (SELECT parent_id FROM organizations WHERE id = ${p.declaringOrgId})`;
  else if (actor === 'implementer') orgFilter = p.implementerOrgId ? eq(users.orgId, p.implementerOrgId) : sql`false`;
  else if (actor === 'supervisor') orgFilter = p.supervisorOrgId ? eq(users.orgId, p.supervisorOrgId) : sql`false`;
  // Evaluators are told of their assignments by the oversight routes, never by a stage (src/server/oversight).
  else if (actor === 'evaluator') orgFilter = sql`false`;
  else if (actor === 'review_party')
    orgFilter = sql`${organizations.roles} && ${sql.raw(`ARRAY[${JOINT_REVIEW_PARTIES.map((r) => `'${r}'`).join(',')}]::text[]`)}`;
  const rows = await tx
    .select({ id: users.id })
    .from(users)
    .innerJoin(organizations, eq(organizations.id, users.orgId))
    .where(and(eq(users.disabled, false), holds(PERMISSION[actor]), orgFilter));
  return rows.map((r) => r.id);
}

export async function notifyStageReached(
  tx: Tx,
  projectId: string,
  actingUserId: string | null,
  now: Date,
): Promise<void> {
  const record = await selectRecord(tx, projectId);
  if (!record) return;
  const p = record.project;
  // A stage just reached: nobody has spoken in its review yet.
  const notices = noticesOnStage(p.stage, actionFactsOf(record), todoFactsOf(record, editionOfProject(p)));
  const stage = STAGES[p.stage];
  const values: (typeof notifications.$inferInsert)[] = [];
  for (const n of notices) {
    const t = n.action ? TRANSITIONS[n.action] : null;
    const title = t ? `待办：${t.zh}` : `项目进展：${stage.zh}`;
    const body = `${p.code} ${p.name}：项目进入“${stage.zh}”阶段（${articleZh(t?.article ?? stage.article)}）`;
    // A to-do carries its obligation key, so it is settled (no longer counted) once done (obligations/settle.ts).
    const todo = n.action
      ? { category: 'todo', obligationKey: obligationKey({ projectId: p.id }, 'todo', n.action) }
      : { category: 'notice' };
    for (const userId of await recipients(tx, n.actor, p)) {
      if (userId !== actingUserId)
        values.push({ userId, title, body, link: `/projects/${p.id}`, createdAt: now, ...todo });
    }
  }
  if (values.length) await tx.insert(notifications).values(values);
}

/** The users of a system's owner unit who act for it (declare its projects, file its reports). */
export async function ownerRecipients(tx: Tx, ownerOrgId: string): Promise<string[]> {
  const rows = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.disabled, false), eq(users.orgId, ownerOrgId), holds('project.declare')));
  return rows.map((r) => r.id);
}

/** The users who give a review party's opinions (every unit with that role, holding review.opinion). */
export async function partyRecipients(tx: Tx, party: string): Promise<string[]> {
  const rows = await tx
    .select({ id: users.id })
    .from(users)
    .innerJoin(organizations, eq(organizations.id, users.orgId))
    .where(and(eq(users.disabled, false), holds('review.opinion'), sql`${party} = ANY(${organizations.roles})`));
  return rows.map((r) => r.id);
}
