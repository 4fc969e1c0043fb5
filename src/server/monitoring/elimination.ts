// The elimination list (淘汰退出清单, Art.32 "对云资源使用率低、长期闲置、无法正常使用、存在严重安全隐患等运行
// 不正常的系统实行淘汰退出机制，强制收回云资源，关停相关系统"): the data bureau reads the flagged systems with
// their evidence and decides — keep with a rectification deadline (the domain computes the latest day
// allowed and validates the one asked for), or eliminate (the system's status becomes 已淘汰) — then
// records the cloud reclaim and the shutdown with their dates. Every write cites R-MONITOR / Art.32.
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Tx } from '../../db/client.js';
import { eliminationEntries, systems, users } from '../../db/schema.js';
import { compareIsoDate, shanghaiDateOf } from '../../domain/calendar/index.js';
import { editionForNew } from '../../domain/editions/resolve.js';
import {
  ELIMINATION_STATUS_CODES,
  ELIMINATION_STATUSES,
  rectificationDue,
  rectificationDueBounds,
} from '../../domain/oversight/monitoring.js';
import { auditTx } from '../audit/record.js';
import { requirePermission } from '../auth/guard.js';
import { AppError, badRequest, notFound } from '../errors.js';
import { calendarInForce } from '../platform/calendar.js';
import { auditRefusal } from '../projects/actions/take-action.js';
import { orgNameMap } from '../projects/org-names.js';
import type { ZApp } from '../zapp.js';
import type { EliminationEntryRow } from './repo.js';
import {
  type EliminationEntry,
  EliminationEntrySchema,
  EliminationListSchema,
  presentThresholds,
} from './responses.js';
import type { SystemStatus } from '../../domain/delivery/systems.js';

const RULE = 'R-MONITOR';
const ARTICLE = 'Art.32';
const tags = ['monitoring'];

const isoDate = z.iso.date('日期格式应为 YYYY-MM-DD');
const note = (label: string) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .min(4, `${label}至少 4 个字`)
    .max(2000, `${label}不能超过 2000 字`);
const idParams = z.object({ id: z.uuid('无效的清单编号') });

export const ELIMINATION_STEPS = {
  cloud_reclaim: { zh: '强制收回云资源', en: 'Cloud resources reclaimed' },
  shutdown: { zh: '关停相关系统', en: 'System shut down' },
} as const;
type EliminationStep = keyof typeof ELIMINATION_STEPS;

const decisionBody = z.object({
  decision: z.enum(['keep', 'eliminate'], { error: '决定须为 keep（保留整改）或 eliminate（淘汰）' }),
  note: note('决定理由'),
  /** keep: the last day of the rectification; by default the latest allowed. */
  rectificationDueOn: isoDate.optional(),
  version: z.number().int().min(1).optional(),
});

const stepBody = z.object({
  step: z.enum(['cloud_reclaim', 'shutdown'], { error: '步骤须为 cloud_reclaim（云资源回收）或 shutdown（系统关停）' }),
  on: isoDate,
  note: note('办理情况说明'),
});

const listQuery = z.object({
  status: z.enum(ELIMINATION_STATUS_CODES, { error: `状态须为 ${ELIMINATION_STATUS_CODES.join(' / ')}` }).optional(),
});

type Entry = EliminationEntryRow;

function presentEntry(
  e: Entry,
  s: { code: string; name: string; status: SystemStatus; ownerOrgId: string },
  owners: Map<string, string>,
  names: Map<string, string>,
  canDecide: boolean,
): EliminationEntry {
  const actions: EliminationEntry['actions'] = [];
  if (canDecide && e.status === 'pending') actions.push('decide');
  if (canDecide && e.status === 'eliminated') {
    if (!e.cloudReclaimedOn) actions.push('record_cloud_reclaim');
    if (!e.shutdownOn) actions.push('record_shutdown');
  }
  return {
    id: e.id,
    system: { id: e.systemId, code: s.code, name: s.name, status: s.status, owner: owners.get(s.ownerOrgId) ?? null },
    status: e.status,
    statusLabel: ELIMINATION_STATUSES[e.status],
    flags: e.flags,
    evidence: e.evidence,
    throughMonth: e.throughMonth,
    listedAt: e.listedAt.toISOString(),
    decidedAt: e.decidedAt?.toISOString() ?? null,
    decidedBy: e.decidedBy ? (names.get(e.decidedBy) ?? null) : null,
    decisionNote: e.decisionNote,
    rectificationDueOn: e.rectificationDueOn,
    cloudReclaimedOn: e.cloudReclaimedOn,
    cloudReclaimNote: e.cloudReclaimNote,
    shutdownOn: e.shutdownOn,
    shutdownNote: e.shutdownNote,
    version: e.version,
    rule: RULE,
    article: ARTICLE,
    actions,
  };
}

async function loadEntry(tx: Tx, id: string): Promise<Entry> {
  const [e] = await tx.select().from(eliminationEntries).where(eq(eliminationEntries.id, id)).for('update');
  if (!e) throw notFound('淘汰退出清单记录', 'Elimination entry');
  return e;
}

/** A refused decision or step goes on the audit trail like a refused project action. */
async function auditedRefusal<T>(req: FastifyRequest, id: string, action: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (err instanceof AppError && [400, 409, 422].includes(err.status))
      await auditRefusal(req, id, action, err, 'elimination_entry');
    throw err;
  }
}

const wrongStatus = (e: Entry, what: string, whatEn: string) =>
  new AppError(409, 'WRONG_STATUS', `该记录当前为“${ELIMINATION_STATUSES[e.status].zh}”，不能${what}`, {
    rule: RULE,
    article: ARTICLE,
    messageEn: `The entry is "${ELIMINATION_STATUSES[e.status].en}"; cannot ${whatEn}`,
  });

export async function eliminationRoutes(app: ZApp) {
  const { db } = app.services;

  async function answer(ids: string[], canDecide: boolean) {
    const rows = ids.length
      ? await db
          .select({ e: eliminationEntries, s: systems })
          .from(eliminationEntries)
          .innerJoin(systems, eq(systems.id, eliminationEntries.systemId))
          .where(inArray(eliminationEntries.id, ids))
      : [];
    const owners = await orgNameMap(
      db,
      rows.map((r) => r.s.ownerOrgId),
    );
    const deciders = rows.map((r) => r.e.decidedBy).filter((x): x is string => !!x);
    const names = new Map(
      deciders.length
        ? (
            await db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, deciders))
          ).map((u) => [u.id, u.name])
        : [],
    );
    const byId = new Map(rows.map((r) => [r.e.id, r]));
    return ids
      .map((id) => byId.get(id))
      .filter((r) => r !== undefined)
      .map((r) => presentEntry(r.e, r.s, owners, names, canDecide));
  }

  app.get(
    '/monitoring/eliminations',
    {
      schema: {
        tags,
        summary: '淘汰退出清单：月度监测发现运行不正常的系统及其证据、决定与办理情况（第三十二条）',
        querystring: listQuery,
        response: { 200: EliminationListSchema },
      },
    },
    async (req) => {
      const auth = await requirePermission(req, 'monitoring.decide', 'monitoring.submit', 'project.view_all');
      const rows = await db
        .select({ id: eliminationEntries.id })
        .from(eliminationEntries)
        .where(req.query.status ? eq(eliminationEntries.status, req.query.status) : undefined)
        .orderBy(
          // Pending first, then the latest listed.
          asc(sql`CASE ${eliminationEntries.status} WHEN 'pending' THEN 0 ELSE 1 END`),
          desc(eliminationEntries.listedAt),
        )
        .limit(500);
      const edition = editionForNew(req.now);
      const today = shanghaiDateOf(req.now);
      // The keep form's bounds come from here (the services' clock and the calendar in force), never
      // from the browser's clock: a decision today may set a deadline from the day after to the latest.
      const bounds = rectificationDueBounds(today, await calendarInForce(db), edition);
      return {
        items: await answer(
          rows.map((r) => r.id),
          auth.permissions.has('monitoring.decide'),
        ),
        thresholds: presentThresholds(edition.monitoring),
        /** Today in Asia/Shanghai on the services' clock: the last day a cloud reclaim or shutdown may be dated. */
        today,
        /** For the keep form: the earliest rectification deadline allowed for a decision today (the day after). */
        earliestRectificationDueOn: bounds.earliest,
        /** For the keep form: the latest allowed (null when the calendar does not cover its year). */
        latestRectificationDueOn: bounds.latest,
      };
    },
  );

  app.post(
    '/monitoring/eliminations/:id/decision',
    {
      schema: {
        tags,
        summary: '淘汰退出决定：保留整改（附整改期限）或淘汰（区数据局；第三十二条）',
        params: idParams,
        body: decisionBody,
        response: { 200: EliminationEntrySchema },
      },
    },
    async (req) => {
      const auth = await requirePermission(req, 'monitoring.decide');
      const b = req.body;
      const edition = editionForNew(req.now);
      const today = shanghaiDateOf(req.now);
      await auditedRefusal(req, req.params.id, 'decide_elimination', () =>
        db.transaction(async (tx) => {
          const e = await loadEntry(tx, req.params.id);
          if (e.status !== 'pending') throw wrongStatus(e, '再次决定', 'decide again');
          if (b.version !== undefined && b.version !== e.version)
            throw new AppError(409, 'VERSION_CONFLICT', '清单记录已更新（有新的监测证据），请刷新后重试', {
              messageEn: 'The entry changed (new evidence); reload and retry',
            });
          const [s] = await tx.select().from(systems).where(eq(systems.id, e.systemId)).for('update');
          let dueOn: string | null = null;
          if (b.decision === 'keep') {
            const due = rectificationDue(today, b.rectificationDueOn ?? null, await calendarInForce(tx), edition);
            if (due.problem)
              throw badRequest(due.problem.code, due.problem.zh, {
                field: 'rectificationDueOn',
                rule: RULE,
                article: ARTICLE,
                messageEn: due.problem.en,
              });
            dueOn = due.dueOn;
          } else if (b.rectificationDueOn !== undefined) {
            throw badRequest('NO_DUE_FOR_ELIMINATION', '淘汰的系统不设整改期限', { field: 'rectificationDueOn' });
          }
          const status = b.decision === 'keep' ? 'kept' : 'eliminated';
          await tx
            .update(eliminationEntries)
            .set({
              status,
              decidedBy: auth.user.id,
              decidedAt: req.now,
              decisionNote: b.note,
              rectificationDueOn: dueOn,
              version: sql`${eliminationEntries.version} + 1`,
              updatedAt: req.now,
            })
            .where(eq(eliminationEntries.id, e.id));
          if (status === 'eliminated')
            await tx
              .update(systems)
              .set({ status: 'eliminated', version: sql`${systems.version} + 1`, updatedAt: req.now })
              .where(eq(systems.id, e.systemId));
          await auditTx(tx, req, {
            action: 'elimination.decided',
            outcome: 'success',
            targetType: 'system',
            targetId: e.systemId,
            detail: {
              code: s.code,
              entryId: e.id,
              decision: b.decision,
              note: b.note,
              rectificationDueOn: dueOn,
              flags: e.flags,
              systemStatus: { from: s.status, to: status === 'eliminated' ? 'eliminated' : s.status },
              rule: RULE,
              article: ARTICLE,
            },
          });
        }),
      );
      const [item] = await answer([req.params.id], true);
      return item;
    },
  );

  app.post(
    '/monitoring/eliminations/:id/steps',
    {
      schema: {
        tags,
        summary: '登记淘汰系统的云资源回收或系统关停及其日期（区数据局；第三十二条）',
        params: idParams,
        body: stepBody,
        response: { 200: EliminationEntrySchema },
      },
    },
    async (req) => {
      const auth = await requirePermission(req, 'monitoring.decide');
      const b = req.body;
      const step: EliminationStep = b.step;
      const today = shanghaiDateOf(req.now);
      if (compareIsoDate(b.on, today) > 0)
        throw badRequest('DATE_IN_FUTURE', `办理日期不能晚于今天（${today}）`, { field: 'on', article: ARTICLE });
      await auditedRefusal(req, req.params.id, 'record_elimination_step', () =>
        db.transaction(async (tx) => {
          const e = await loadEntry(tx, req.params.id);
          if (e.status !== 'eliminated') throw wrongStatus(e, `登记${ELIMINATION_STEPS[step].zh}`, 'record this step');
          const decidedOn = shanghaiDateOf(e.decidedAt!);
          if (compareIsoDate(b.on, decidedOn) < 0)
            throw badRequest('DATE_BEFORE_DECISION', `办理日期不能早于淘汰决定之日（${decidedOn}）`, {
              field: 'on',
              article: ARTICLE,
            });
          const done = step === 'cloud_reclaim' ? e.cloudReclaimedOn : e.shutdownOn;
          if (done)
            throw new AppError(409, 'STEP_DONE', `“${ELIMINATION_STEPS[step].zh}”已于${done}登记`, {
              field: 'step',
              article: ARTICLE,
              messageEn: `${ELIMINATION_STEPS[step].en}: recorded already`,
            });
          await tx
            .update(eliminationEntries)
            .set({
              ...(step === 'cloud_reclaim'
                ? { cloudReclaimedOn: b.on, cloudReclaimNote: b.note, cloudReclaimRecordedBy: auth.user.id }
                : { shutdownOn: b.on, shutdownNote: b.note, shutdownRecordedBy: auth.user.id }),
              version: sql`${eliminationEntries.version} + 1`,
              updatedAt: req.now,
            })
            .where(and(eq(eliminationEntries.id, e.id)));
          await auditTx(tx, req, {
            action: 'elimination.step_recorded',
            outcome: 'success',
            targetType: 'system',
            targetId: e.systemId,
            detail: { entryId: e.id, step, on: b.on, note: b.note, rule: RULE, article: ARTICLE },
          });
        }),
      );
      const [item] = await answer([req.params.id], true);
      return item;
    },
  );
}
