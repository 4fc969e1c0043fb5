// Project numbering (issue 12): SC-<plan year>-<number>, gap-free per year. The number comes from the
// year's counter row (project_code_counters), incremented with UPDATE … RETURNING inside the caller's
// transaction: the row stays locked until that transaction ends, so a rolled-back declaration gives
// its number back, and concurrent declarations wait only on their own year's row (no global lock, no
// count(*) over the year's projects).
import { eq, sql } from 'drizzle-orm';
import type { Tx } from './client.js';
import { projectCodeCounters, projects } from './schema.js';

/** The code of a project numbered `n` in `planYear`: SC-2027-0042 (four digits at least). */
export function projectCode(planYear: number, n: number): string {
  return `SC-${planYear}-${String(n).padStart(4, '0')}`;
}

async function bump(tx: Tx, planYear: number): Promise<number | null> {
  const [row] = await tx
    .update(projectCodeCounters)
    .set({ lastNumber: sql`${projectCodeCounters.lastNumber} + 1` })
    .where(eq(projectCodeCounters.planYear, planYear))
    .returning({ n: projectCodeCounters.lastNumber });
  return row?.n ?? null;
}

/** The next number of `planYear`, taken in `tx` (call it late in the transaction: the row is locked until commit). */
export async function nextProjectNumber(tx: Tx, planYear: number): Promise<number> {
  const n = await bump(tx, planYear);
  if (n !== null) return n;
  // The year's first project: its row starts where the year's projects so far leave it (rows written
  // without the counter, e.g. before migration 0011); ON CONFLICT lets a concurrent first one win.
  await tx
    .insert(projectCodeCounters)
    .values({
      planYear,
      lastNumber: sql`(SELECT count(*)::int FROM ${projects} WHERE ${projects.planYear} = ${planYear})`,
    })
    .onConflictDoNothing();
  const next = await bump(tx, planYear);
  if (next === null) throw new Error(`project_code_counters: no row for ${planYear}`);
  return next;
}
