// The demo district's monthly monitoring (issue 10; Art.32), seeded after the delivery history: two
// more operating systems in the register (区民政局, 区市场监管局) and six months of rows, up to last month,
// for every operating system — one of them idle and barely using its cloud for the last three
// months, so the elimination list shows a pending entry with its evidence and the system page its
// charts on first start. Written as the big data center's submissions (source 'seed'), audited once.
import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { appendAudit } from '../../db/audit-repo.js';
import { organizations, systems, users } from '../../db/schema.js';
import { addMonths, shanghaiDateOf } from '../../domain/calendar/index.js';
import { editionInForce } from '../../domain/editions/index.js';
import { type MonthKey, monthOf } from '../../domain/oversight/monitoring.js';
import type { ParsedMonitoringRow } from '../monitoring/columns.js';
import { recomputeListing, upsertRows } from '../monitoring/repo.js';
import { insertSystem } from '../systems/register-system.js';

const EXTRA = [
  {
    org: 'sc-civil',
    name: '居家养老服务信息平台',
    description: '居家养老服务预约、补贴发放与服务商监管。',
    vcpu: 16,
    memory: 64,
    storage: 2000,
    idle: true,
  },
  {
    org: 'sc-market',
    name: '食品安全追溯监管平台',
    description: '食品生产经营主体追溯数据采集与监管。',
    vcpu: 8,
    memory: 32,
    storage: 1000,
    idle: false,
  },
] as const;

export async function seedDemoMonitoring(
  db: Db,
  now: Date,
): Promise<{ systems: number; rows: number } | { skipped: string }> {
  const edition = editionInForce(now);
  if (!edition) return { skipped: 'no edition in force' };
  const today = shanghaiDateOf(now);
  const [bigdata] = await db.select({ id: users.id }).from(users).where(eq(users.username, 'bigdata'));
  const [bureau] = await db.select({ id: users.id }).from(users).where(eq(users.username, 'databureau'));
  if (!bigdata || !bureau) return { skipped: 'no demo accounts' };
  const orgs = new Map(
    (
      await db
        .select({ id: organizations.id, code: organizations.code })
        .from(organizations)
        .where(
          inArray(
            organizations.code,
            EXTRA.map((e) => e.org),
          ),
        )
    ).map((o) => [o.code, o.id]),
  );
  // Six months up to last month (the current month is not over yet).
  const months: MonthKey[] = [6, 5, 4, 3, 2, 1].map((n) => monthOf(addMonths(`${monthOf(today)}-01`, -n)));
  return db.transaction(async (tx) => {
    const idle = new Set<string>();
    for (const e of EXTRA) {
      const ownerOrgId = orgs.get(e.org);
      if (!ownerOrgId) continue;
      const row = await insertSystem(
        tx,
        {
          name: e.name,
          ownerOrgId,
          description: e.description,
          status: 'operating',
          deployment: 'gov_cloud',
          cloudVcpu: e.vcpu,
          cloudMemoryGb: e.memory,
          cloudStorageGb: e.storage,
          mlpsLevel: 2,
          dataCollected: true,
          operationStartedOn: addMonths(today, -30),
          createdAt: now,
          updatedAt: now,
        },
        'register',
        bureau.id,
      );
      if (e.idle) idle.add(row.id);
    }
    const operating = await tx.select().from(systems).where(eq(systems.status, 'operating'));
    const rows: (ParsedMonitoringRow & { systemId: string })[] = [];
    operating.forEach((s, k) => {
      const vcpu = s.cloudVcpu ?? 8;
      const memory = s.cloudMemoryGb ?? 32;
      const storage = s.cloudStorageGb ?? 500;
      months.forEach((month, i) => {
        // The idle system falls silent for the last three months: no users, no calls, CPU about 2 %.
        const silent = idle.has(s.id) && i >= 3;
        const wave = ((i * 7 + k * 3) % 10) / 100; // a little variation month to month
        rows.push({
          systemId: s.id,
          system: s.code,
          month,
          vcpuAllocated: vcpu,
          vcpuUsed: Math.round(vcpu * (silent ? 0.02 : 0.35 + wave) * 100) / 100,
          memoryAllocatedGb: memory,
          memoryUsedGb: Math.round(memory * (silent ? 0.1 : 0.5 + wave) * 10) / 10,
          storageAllocatedGb: storage,
          storageUsedGb: Math.round(storage * (0.4 + i * 0.02)),
          availabilityPercent: silent ? 99.9 : Math.round((99.2 + wave * 5) * 100) / 100,
          activeUsers: silent ? 0 : 150 + k * 40 + i * 12,
          calls: silent ? 0 : 9000 + k * 1500 + i * 700,
          findings: { critical: 0, high: 0, medium: (i + k) % 3, low: 2 + ((i + k) % 4) },
        });
      });
    });
    const counts = await upsertRows(tx, rows, 'seed', bigdata.id, now);
    const listed = await recomputeListing(
      tx,
      null,
      operating.map((s) => s.id),
      edition,
      now,
    );
    await appendAudit(
      tx,
      {
        action: 'monitoring.submitted',
        outcome: 'success',
        actorUsername: 'system',
        actorUserId: null,
        actorOrgId: null,
        targetType: 'monitoring',
        targetId: null,
        detail: { source: 'seed', months, ...counts, listed: listed.map((l) => l.systemId), article: 'Art.32' },
      },
      now,
    );
    return { systems: operating.length, rows: rows.length };
  });
}
