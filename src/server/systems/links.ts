// The systems register follows the projects (Art.2, 7, 32): a build project registers the system it
// builds when construction starts; the system's status follows that project's stage (building → trial
// → operating); an upgrade / continuation / O&M project names the system it works on.
import { and, count, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { systemProjects, systems } from '../../db/schema.js';
import { shanghaiDateOf } from '../../domain/calendar/index.js';
import { systemStatusForStage, type SystemRelation } from '../../domain/delivery/systems.js';
import type { Stage } from '../../domain/lifecycle/stages.js';
import type { ProjectRow } from '../projects/record.js';

/** The next register number, XT-0001 … (gap-free under the table lock of the insert's transaction). */
export async function nextSystemCode(tx: Tx): Promise<string> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(727403)`);
  const [{ n }] = await tx.select({ n: count() }).from(systems);
  return `XT-${String(n + 1).padStart(4, '0')}`;
}

export async function linkProjectSystem(
  tx: Tx,
  projectId: string,
  systemId: string,
  relation: SystemRelation,
  now: Date,
): Promise<void> {
  await tx
    .insert(systemProjects)
    .values({ systemId, projectId, relation, createdAt: now })
    .onConflictDoUpdate({ target: [systemProjects.systemId, systemProjects.projectId], set: { relation } });
}

/** The system a build project builds: registered when construction starts, if it has none yet. */
export async function ensureBuiltSystem(tx: Tx, p: ProjectRow, now: Date, by: string): Promise<string> {
  const [linked] = await tx
    .select({ id: systemProjects.systemId })
    .from(systemProjects)
    .where(and(eq(systemProjects.projectId, p.id), eq(systemProjects.relation, 'build')));
  if (linked) return linked.id;
  const form = (p.form ?? {}) as { deployment?: { mode?: string }; mlpsLevel?: number };
  const [row] = await tx
    .insert(systems)
    .values({
      code: await nextSystemCode(tx),
      // One unit cannot hold two systems of one name: a second build project of the same name gets its code.
      name: p.name,
      ownerOrgId: p.declaringOrgId,
      status: 'building',
      deployment: form.deployment?.mode ?? null,
      mlpsLevel: form.mlpsLevel ?? null,
      source: 'platform',
      registeredBy: by,
      createdAt: now,
      updatedAt: now,
    })
    .onConflictDoNothing({ target: [systems.ownerOrgId, systems.name] })
    .returning({ id: systems.id });
  const id =
    row?.id ??
    (
      await tx
        .select({ id: systems.id })
        .from(systems)
        .where(and(eq(systems.ownerOrgId, p.declaringOrgId), eq(systems.name, p.name)))
    )[0].id;
  await linkProjectSystem(tx, p.id, id, 'build', now);
  return id;
}

/** The systems a project builds move with it (building → trial → operating); exited or eliminated ones do not. */
export async function syncBuiltSystems(tx: Tx, projectId: string, stage: Stage, now: Date): Promise<void> {
  const status = systemStatusForStage(stage);
  if (!status) return;
  const built = tx
    .select({ id: systemProjects.systemId })
    .from(systemProjects)
    .where(and(eq(systemProjects.projectId, projectId), eq(systemProjects.relation, 'build')));
  await tx
    .update(systems)
    .set({
      status,
      updatedAt: now,
      ...(status === 'operating'
        ? { operationStartedOn: sql`coalesce(${systems.operationStartedOn}, ${shanghaiDateOf(now)})` }
        : {}),
    })
    .where(and(inArray(systems.id, built), inArray(systems.status, ['building', 'trial', 'operating'])));
}
