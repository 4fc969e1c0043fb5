// The monitoring rows and the elimination list in the database (Art.32): a system's history as the
// domain reads it, the upsert of a month (a re-import replaces), and the listing that follows a
// fresh computation of the flags. The decisions are the domain's (src/domain/oversight/monitoring.ts).
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { Db, Tx } from '../../db/client.js';
import { eliminationEntries, monitoringRows, systems } from '../../db/schema.js';
import { shanghaiDateOf } from '../../domain/calendar/index.js';
import type { Edition } from '../../domain/editions/types.js';
import {
  listingAction,
  monitoringFlags,
  type MonitoringFlag,
  type MonitoringMonth,
  normaliseHistory,
} from '../../domain/oversight/monitoring.js';
import { auditTx } from '../audit/record.js';
import type { ParsedMonitoringRow } from './columns.js';

export type MonitoringRowRecord = typeof monitoringRows.$inferSelect;
export type EliminationEntryRow = typeof eliminationEntries.$inferSelect;

export const toMonth = (r: MonitoringRowRecord): MonitoringMonth => ({
  month: r.month,
  vcpuAllocated: r.vcpuAllocated,
  vcpuUsed: r.vcpuUsed,
  memoryAllocatedGb: r.memoryAllocatedGb,
  memoryUsedGb: r.memoryUsedGb,
  storageAllocatedGb: r.storageAllocatedGb,
  storageUsedGb: r.storageUsedGb,
  availabilityPercent: r.availabilityPercent,
  activeUsers: r.activeUsers,
  calls: r.calls,
  findings: { critical: r.findingsCritical, high: r.findingsHigh, medium: r.findingsMedium, low: r.findingsLow },
});

/** A system's monthly history, oldest first. */
export async function historyOf(db: Db | Tx, systemId: string): Promise<MonitoringMonth[]> {
  const rows = await db.select().from(monitoringRows).where(eq(monitoringRows.systemId, systemId));
  return normaliseHistory(rows.map(toMonth));
}

/** Writes the rows, one per (system, month): a month reported again replaces the earlier report. */
export async function upsertRows(
  tx: Tx,
  rows: readonly (ParsedMonitoringRow & { systemId: string })[],
  source: 'api' | 'xlsx' | 'csv' | 'seed',
  by: string,
  now: Date,
): Promise<{ created: number; replaced: number }> {
  let created = 0;
  let replaced = 0;
  for (const r of rows) {
    const values = {
      systemId: r.systemId,
      month: r.month,
      vcpuAllocated: r.vcpuAllocated,
      vcpuUsed: r.vcpuUsed,
      memoryAllocatedGb: r.memoryAllocatedGb,
      memoryUsedGb: r.memoryUsedGb,
      storageAllocatedGb: r.storageAllocatedGb,
      storageUsedGb: r.storageUsedGb,
      availabilityPercent: r.availabilityPercent,
      activeUsers: r.activeUsers,
      calls: r.calls,
      findingsCritical: r.findings.critical,
      findingsHigh: r.findings.high,
      findingsMedium: r.findings.medium,
      findingsLow: r.findings.low,
      source,
      submittedBy: by,
      submittedAt: now,
    };
    const { systemId: _s, month: _m, ...update } = values;
    const [res] = await tx
      .insert(monitoringRows)
      .values(values)
      .onConflictDoUpdate({ target: [monitoringRows.systemId, monitoringRows.month], set: update })
      // xmax = 0 on a fresh insert, the updating transaction's id on a replaced row.
      .returning({ inserted: sql<boolean>`(xmax = 0)` });
    if (res.inserted) created++;
    else replaced++;
  }
  return { created, replaced };
}

export async function latestEntryOf(db: Db | Tx, systemId: string): Promise<EliminationEntryRow | null> {
  const [e] = await db
    .select()
    .from(eliminationEntries)
    .where(eq(eliminationEntries.systemId, systemId))
    .orderBy(desc(eliminationEntries.listedAt), desc(eliminationEntries.createdAt))
    .limit(1);
  return e ?? null;
}

/**
 * After new rows: the flags of each system recomputed from its whole history; a newly flagged
 * system enters the list (pending) with its evidence, a pending entry takes the new evidence.
 * Returns the systems that entered.
 */
export async function recomputeListing(
  tx: Tx,
  req: FastifyRequest | null,
  systemIds: readonly string[],
  edition: Edition,
  now: Date,
): Promise<{ systemId: string; entryId: string; flags: MonitoringFlag[] }[]> {
  const entered: { systemId: string; entryId: string; flags: MonitoringFlag[] }[] = [];
  if (!systemIds.length) return entered;
  const codes = new Map(
    (
      await tx
        .select({ id: systems.id, code: systems.code })
        .from(systems)
        .where(inArray(systems.id, [...systemIds]))
    ).map((s) => [s.id, s.code]),
  );
  const today = shanghaiDateOf(now);
  for (const systemId of systemIds) {
    const history = await historyOf(tx, systemId);
    const flags = monitoringFlags(history, edition);
    const latest = await latestEntryOf(tx, systemId);
    const action = listingAction(flags, latest, today);
    if (action === 'none') continue;
    const through = history.at(-1)!.month;
    const set = { flags: flags.map((f) => f.flag), evidence: flags, throughMonth: through, updatedAt: now };
    let entryId: string;
    if (action === 'refresh' && latest) {
      await tx
        .update(eliminationEntries)
        .set({ ...set, version: sql`${eliminationEntries.version} + 1` })
        .where(and(eq(eliminationEntries.id, latest.id), eq(eliminationEntries.status, 'pending')));
      entryId = latest.id;
    } else {
      const [row] = await tx
        .insert(eliminationEntries)
        .values({ ...set, systemId, status: 'pending', listedAt: now, createdAt: now })
        .returning({ id: eliminationEntries.id });
      entryId = row.id;
      entered.push({ systemId, entryId, flags: set.flags });
    }
    if (req)
      await auditTx(tx, req, {
        action: 'elimination.listed',
        outcome: 'success',
        targetType: 'system',
        targetId: systemId,
        detail: {
          code: codes.get(systemId),
          entryId,
          refreshed: action === 'refresh',
          flags: set.flags,
          throughMonth: through,
          rule: 'R-MONITOR',
          article: 'Art.32',
        },
      });
  }
  return entered;
}
