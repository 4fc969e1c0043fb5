// Who sees a system of the register (信息系统台账, SPEC §3; Art.2, 7, 30, 32, 33) and in which
// capacity they act on it. Visibility follows the projects' (src/server/projects/access.ts): the
// district's reviewers and oversight (project.view_all), the owner unit, and the units contracted on
// one of its projects (Art.16, 19). Anyone else gets 404, exactly as for a system that does not exist.
import { and, eq, or, sql, type SQL } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { Db, Tx } from '../../db/client.js';
import { systems } from '../../db/schema.js';
import type { AuthContext } from '../auth/context.js';
import { requireUser } from '../auth/guard.js';
import { AppError, forbidden, notFound } from '../errors.js';
import { auditRefusal } from '../projects/actions/take-action.js';

/** A row of the register (`InfoSystem`, so that it never meets the admin area `system` in one file). */
export type InfoSystemRow = typeof systems.$inferSelect;

export interface InfoSystemAccess {
  auth: AuthContext;
  system: InfoSystemRow;
  /** The data bureau keeps the register (permission system.manage). */
  isManager: boolean;
  /** A declaring person of the owner unit (系统使用单位). */
  isOwner: boolean;
}

/** The SQL form of "may see this system", for the list and the detail alike. */
export function visibleSystems(auth: AuthContext): SQL {
  const has = (p: string) => auth.permissions.has(p as never);
  if (has('project.view_all')) return sql`true`;
  const parts: SQL[] = [];
  if (has('project.view_own') || has('project.declare')) parts.push(eq(systems.ownerOrgId, auth.org.id));
  // The implementer and the supervisor of a project linked to the system (Art.16, 19), as in canSee.
  if (has('project.view_own'))
    parts.push(sql`EXISTS (SELECT 1 FROM system_projects sp JOIN projects p ON p.id = sp.project_id
      WHERE sp.system_id = ${systems.id}
        AND (p.implementer_org_id = ${auth.org.id} OR p.supervisor_org_id = ${auth.org.id}))`);
  return parts.length ? or(...parts)! : sql`false`;
}

/** The system as the person may see it (404 otherwise); `lock` takes the row lock of a write. */
export async function systemAccess(
  db: Db | Tx,
  auth: AuthContext,
  id: string,
  opts: { lock?: boolean } = {},
): Promise<InfoSystemAccess> {
  const q = db
    .select()
    .from(systems)
    .where(and(eq(systems.id, id), visibleSystems(auth)));
  const [system] = opts.lock ? await q.for('update') : await q;
  if (!system) throw notFound('信息系统', 'System');
  return {
    auth,
    system,
    isManager: auth.permissions.has('system.manage'),
    isOwner: system.ownerOrgId === auth.org.id && auth.permissions.has('project.declare'),
  };
}

export function loadSystem(db: Db | Tx, req: FastifyRequest, id: string, opts: { lock?: boolean } = {}) {
  return systemAccess(db, requireUser(req), id, opts);
}

export type Capacity = 'manager' | 'owner';

/** 403 unless the person acts in one of the capacities (the data bureau, the owner unit). */
export function assertCapacity(access: InfoSystemAccess, allowed: readonly Capacity[], what: string, whatEn: string) {
  const ok = (allowed.includes('manager') && access.isManager) || (allowed.includes('owner') && access.isOwner);
  if (ok) return;
  const who = allowed.map((c) => (c === 'manager' ? '区数据局' : '系统使用单位（责任单位）')).join('或');
  throw forbidden(`无权${what}：仅${who}可以办理`, `Not allowed: ${whatEn}`);
}

/** Nothing more is recorded on a system that has exited (Art.30), except by reading it. */
export function assertNotExited(s: InfoSystemRow): void {
  if (s.status === 'exited')
    throw new AppError(409, 'SYSTEM_EXITED', `系统“${s.name}”已退出，不能再办理`, {
      messageEn: 'The system has exited; nothing more can be recorded',
      article: 'Art.30',
    });
}

const REFUSALS = new Set([403, 409, 412, 422, 428]);

/** Runs a write; a refusal (403/409/412/422/428) goes on the audit trail the same way as a project action's. */
export async function auditedRefusals<T>(
  req: FastifyRequest,
  systemId: string,
  action: string,
  run: () => Promise<T>,
): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (err instanceof AppError && REFUSALS.has(err.status)) await auditRefusal(req, systemId, action, err, 'system');
    throw err;
  }
}

/**
 * One write on a system: 404 outside the person's scope (before anything else is said), then one
 * transaction on the locked row with the person's capacities read under the lock; refusals audited.
 */
export async function writeSystem<T>(
  req: FastifyRequest,
  id: string,
  action: string,
  run: (tx: Tx, access: InfoSystemAccess) => Promise<T>,
): Promise<T> {
  const { db } = req.server.services;
  const auth = requireUser(req);
  await systemAccess(db, auth, id);
  return auditedRefusals(req, id, action, () =>
    db.transaction(async (tx) => run(tx, await systemAccess(tx, auth, id, { lock: true }))),
  );
}
