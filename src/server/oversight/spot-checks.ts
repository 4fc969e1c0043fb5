// 抽查复核 (Art.33 "区数据局对报表进行抽查复核"): the data bureau draws a random sample of a chosen size from
// the year's filed self-evaluations or O&M reports. The draw is the domain's (seeded, deterministic:
// src/domain/oversight/sampling.ts); the seed — the data bureau's, or 16 random hex digits — the
// population in canonical order and the ids drawn are stored, and reading a draw re-draws it to prove it.
import { randomBytes } from 'node:crypto';
import { and, desc, eq, inArray, isNotNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { omReports, projects, selfEvaluations, spotCheckDraws, systems } from '../../db/schema.js';
import { SPOT_CHECK_POPULATIONS, type SpotCheckPopulation } from '../../domain/oversight/requests.js';
import { drawSample, isReproducible } from '../../domain/oversight/sampling.js';
import { auditTx } from '../audit/record.js';
import { requirePermission } from '../auth/guard.js';
import { notFound } from '../errors.js';
import type { ZApp } from '../zapp.js';
import { presentDraw } from './present.js';
import { SpotCheckDrawListSchema, SpotCheckDrawResultSchema, SpotCheckPoolSchema } from './responses.js';

const POPULATIONS = Object.keys(SPOT_CHECK_POPULATIONS) as [SpotCheckPopulation, ...SpotCheckPopulation[]];
const population = z.enum(POPULATIONS, { error: `抽查对象须为 ${POPULATIONS.join(' / ')}` });
const year = z.coerce.number().int().min(2000).max(2100);

const drawBody = z.object({
  population,
  year,
  size: z.number().int('抽样数量须为整数').min(1, '抽样数量至少为1').max(1000),
  seed: z.string().trim().min(1).max(100).optional(),
});

interface Item {
  id: string;
  label: string;
  projectId: string | null;
  systemId: string | null;
}

/** The eligible reports of a year: filed self-evaluations, or O&M reports submitted. */
async function eligible(db: Db, pop: SpotCheckPopulation, y: number): Promise<Item[]> {
  if (pop === 'self_evaluation') {
    const rows = await db
      .select({ id: selfEvaluations.id, projectId: projects.id, code: projects.code, name: projects.name })
      .from(selfEvaluations)
      .innerJoin(projects, eq(projects.id, selfEvaluations.projectId))
      .where(and(eq(selfEvaluations.year, y), isNotNull(selfEvaluations.filedAt)));
    return rows.map((r) => ({ id: r.id, label: `${r.code} ${r.name}`, projectId: r.projectId, systemId: null }));
  }
  const rows = await db
    .select({ id: omReports.id, systemId: systems.id, code: systems.code, name: systems.name })
    .from(omReports)
    .innerJoin(systems, eq(systems.id, omReports.systemId))
    .where(eq(omReports.year, y));
  return rows.map((r) => ({ id: r.id, label: `${r.code} ${r.name}`, projectId: null, systemId: r.systemId }));
}

async function itemsOf(db: Db, pop: SpotCheckPopulation, ids: readonly string[]): Promise<Item[]> {
  if (ids.length === 0) return [];
  const byId = new Map<string, Item>();
  if (pop === 'self_evaluation') {
    const rows = await db
      .select({ id: selfEvaluations.id, projectId: projects.id, code: projects.code, name: projects.name })
      .from(selfEvaluations)
      .innerJoin(projects, eq(projects.id, selfEvaluations.projectId))
      .where(inArray(selfEvaluations.id, [...ids]));
    for (const r of rows)
      byId.set(r.id, { id: r.id, label: `${r.code} ${r.name}`, projectId: r.projectId, systemId: null });
  } else {
    const rows = await db
      .select({ id: omReports.id, systemId: systems.id, code: systems.code, name: systems.name })
      .from(omReports)
      .innerJoin(systems, eq(systems.id, omReports.systemId))
      .where(inArray(omReports.id, [...ids]));
    for (const r of rows)
      byId.set(r.id, { id: r.id, label: `${r.code} ${r.name}`, projectId: null, systemId: r.systemId });
  }
  return ids.map((id) => byId.get(id) ?? { id, label: id, projectId: null, systemId: null });
}

export async function spotCheckRoutes(app: ZApp) {
  const { db } = app.services;

  app.get(
    '/spot-checks/population',
    {
      schema: {
        tags: ['oversight'],
        summary: '抽查复核的可抽对象（某年度已报送的自评价报告或运维服务情况报表，第三十三条）',
        querystring: z.object({ population, year }),
        response: { 200: SpotCheckPoolSchema },
      },
    },
    async (req) => {
      await requirePermission(req, 'plan.issue');
      const items = await eligible(db, req.query.population, req.query.year);
      return {
        population: req.query.population,
        year: req.query.year,
        items: items.sort((a, b) => (a.id < b.id ? -1 : 1)),
      };
    },
  );

  app.post(
    '/spot-checks',
    {
      schema: {
        tags: ['oversight'],
        summary: '抽查复核随机抽样（指定数量，可指定随机种子；种子与抽中对象留存，可复现，第三十三条）',
        body: drawBody,
        response: { 201: SpotCheckDrawResultSchema },
      },
    },
    async (req, reply) => {
      const auth = await requirePermission(req, 'plan.issue');
      const b = req.body;
      const pool = await eligible(db, b.population, b.year);
      const seed = b.seed ?? randomBytes(8).toString('hex');
      const draw = drawSample(
        pool.map((i) => i.id),
        b.size,
        seed,
      );
      const row = await db.transaction(async (tx) => {
        const [saved] = await tx
          .insert(spotCheckDraws)
          .values({
            population: b.population,
            year: b.year,
            seed,
            size: b.size,
            populationIds: draw.population,
            drawnIds: draw.drawn,
            drawnBy: auth.user.id,
            drawnAt: req.now,
          })
          .returning();
        await auditTx(tx, req, {
          action: 'spot_check.drawn',
          outcome: 'success',
          targetType: 'spot_check',
          targetId: saved.id,
          detail: { population: b.population, year: b.year, size: b.size, seed, drawn: draw.drawn, article: 'Art.33' },
        });
        return saved;
      });
      return reply
        .status(201)
        .send({ ...presentDraw(row), reproducible: true, items: await itemsOf(db, b.population, draw.drawn) });
    },
  );

  app.get(
    '/spot-checks',
    {
      schema: {
        tags: ['oversight'],
        summary: '抽查复核抽样记录（第三十三条）',
        response: { 200: SpotCheckDrawListSchema },
      },
    },
    async (req) => {
      await requirePermission(req, 'plan.issue');
      const rows = await db.select().from(spotCheckDraws).orderBy(desc(spotCheckDraws.drawnAt)).limit(200);
      return { items: rows.map(presentDraw) };
    },
  );

  app.get(
    '/spot-checks/:drawId',
    {
      schema: {
        tags: ['oversight'],
        summary: '一次抽样及其复现校验（以留存的种子与对象重新抽样比对）',
        params: z.object({ drawId: z.uuid('无效的抽样编号') }),
        response: { 200: SpotCheckDrawResultSchema },
      },
    },
    async (req) => {
      await requirePermission(req, 'plan.issue');
      const [row] = await db.select().from(spotCheckDraws).where(eq(spotCheckDraws.id, req.params.drawId));
      if (!row) throw notFound('抽样记录', 'Draw');
      const reproducible = isReproducible({ seed: row.seed, population: row.populationIds, drawn: row.drawnIds });
      return { ...presentDraw(row), reproducible, items: await itemsOf(db, row.population, row.drawnIds) };
    },
  );
}
