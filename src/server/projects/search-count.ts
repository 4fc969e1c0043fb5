// The total of a project list (issue 12). A list by its filters is counted exactly; a text search is
// counted up to SEARCH_COUNT_CAP matches, then said to be "1,000+" (`totalCapped`): a common word
// (养老, in ~7 % of the names at 100,000 projects) would otherwise have every match re-checked for the
// count on every page, while nobody pages through a thousand search hits — one narrows the search.
import { sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { projects } from '../../db/schema.js';

export const SEARCH_COUNT_CAP = 1000;

/** The projects matching `where`, counted exactly, or up to `cap` (then `capped`, and `total` is the cap). */
export async function countProjects(
  db: Db | Tx,
  where: SQL | undefined,
  cap: number | null,
): Promise<{ total: number; capped: boolean }> {
  if (cap === null) {
    const [{ total }] = await db.select({ total: sql<number>`count(*)::int` }).from(projects).where(where);
    return { total, capped: false };
  }
  const found = db
    .select({ one: sql`1` })
    .from(projects)
    .where(where)
    .limit(cap + 1)
    .as('found');
  const [{ total }] = await db.select({ total: sql<number>`count(*)::int` }).from(found);
  return total > cap ? { total: cap, capped: true } : { total, capped: false };
}
