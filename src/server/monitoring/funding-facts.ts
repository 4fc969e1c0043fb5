// The systems a project works on, with what decides its funding (R-MONITOR Art.32, R-NO-FUNDS Art.33):
// the system its form names as continued or maintained (or the one its named predecessor project
// built), and the systems linked to it as upgraded or maintained. Read here; judged by the rules.
import { and, desc, eq, inArray, ne, or } from 'drizzle-orm';
import { inTurn, type Db, type Tx } from '../../db/client.js';
import { eliminationEntries, projects, systemProjects, systemSecurityRecords, systems } from '../../db/schema.js';
import { shanghaiDateOf } from '../../domain/calendar/index.js';
import { type FundedSystemFacts, isAccepted, securityProblems } from '../../domain/oversight/funding.js';

interface ProjectRef {
  id: string;
  form?: unknown;
}

/** The ids of the systems the project continues, upgrades or maintains (not one it builds itself). */
async function systemIdsOf(db: Db | Tx, p: ProjectRef): Promise<string[]> {
  const pred = ((p.form ?? {}) as { predecessor?: { systemId?: string | null; projectId?: string | null } | null })
    .predecessor;
  const ids = new Set<string>();
  if (pred?.systemId) ids.add(pred.systemId);
  const linked = await db
    .select({ systemId: systemProjects.systemId, projectId: systemProjects.projectId })
    .from(systemProjects)
    .where(
      or(
        and(eq(systemProjects.projectId, p.id), ne(systemProjects.relation, 'build')),
        pred?.projectId && !pred.systemId
          ? and(eq(systemProjects.projectId, pred.projectId), eq(systemProjects.relation, 'build'))
          : undefined,
      ),
    );
  for (const l of linked) ids.add(l.systemId);
  return [...ids];
}

export async function fundedSystemsOf(db: Db | Tx, p: ProjectRef, now: Date): Promise<FundedSystemFacts[]> {
  const ids = await systemIdsOf(db, p);
  if (!ids.length) return [];
  const today = shanghaiDateOf(now);
  const [rows, builds, records, eliminated] = await inTurn(db, [
    () => db.select().from(systems).where(inArray(systems.id, ids)),
    () =>
      db
        .select({
          systemId: systemProjects.systemId,
          id: projects.id,
          code: projects.code,
          name: projects.name,
          stage: projects.stage,
        })
        .from(systemProjects)
        .innerJoin(projects, eq(projects.id, systemProjects.projectId))
        .where(and(inArray(systemProjects.systemId, ids), eq(systemProjects.relation, 'build'), ne(projects.id, p.id))),
    () => db.select().from(systemSecurityRecords).where(inArray(systemSecurityRecords.systemId, ids)),
    () =>
      db
        .select({ systemId: eliminationEntries.systemId, decidedAt: eliminationEntries.decidedAt })
        .from(eliminationEntries)
        .where(and(inArray(eliminationEntries.systemId, ids), eq(eliminationEntries.status, 'eliminated')))
        .orderBy(desc(eliminationEntries.decidedAt)),
  ]);
  return rows
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((s) => {
      const decided = eliminated.find((e) => e.systemId === s.id)?.decidedAt ?? null;
      // Eliminated by the list, or marked 已淘汰 in the register by the data bureau (Art.32).
      const eliminatedOn = decided
        ? shanghaiDateOf(decided)
        : s.status === 'eliminated'
          ? shanghaiDateOf(s.updatedAt)
          : null;
      return {
        code: s.code,
        name: s.name,
        eliminatedOn,
        unacceptedBuilds: builds
          .filter((b) => b.systemId === s.id && !isAccepted(b.stage))
          .map((b) => ({ code: b.code ?? '', name: b.name })),
        securityProblems: securityProblems(
          records
            .filter((r) => r.systemId === s.id)
            .map((r) => ({ kind: r.kind, date: r.date, result: r.result, nextDueOn: r.nextDueOn })),
          today,
        ),
      };
    });
}
