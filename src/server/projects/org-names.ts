import { inArray } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { organizations } from '../../db/schema.js';

/** Names of the organisations a page shows, in one query. */
export async function orgNameMap(db: Db | Tx, ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .where(inArray(organizations.id, unique));
  return new Map(rows.map((r) => [r.id, r.name]));
}
