// The cockpit's oversight sections (数据局驾驶舱, issue 10): monitoring flags of the systems the
// projects built or maintain (Art.32, the elimination list: each system's latest entry) and
// evaluation scores (Art.33: each project's latest evaluation) with the rectification ladder (each
// project's current level). Four GROUP BY queries whatever the number of projects; each item's
// drill-down selects the projects behind it with the same subqueries.
import { and, desc, eq, isNotNull, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import {
  eliminationEntries,
  performanceEvaluations,
  projects,
  sanctionSteps,
  systemProjects,
} from '../../db/schema.js';
import {
  bandRange,
  flagItems,
  type FlagGroup,
  type Item,
  SCORE_BAND_CODES,
  type ScoreBand,
  scoreItems,
} from '../../domain/cockpit/oversight.js';
import type { EliminationStatus } from '../../domain/oversight/monitoring.js';
import type { SanctionLevel } from '../../domain/oversight/sanctions.js';

export interface OversightSection {
  /** Whether the records exist on this platform (they do since the monitoring and evaluation work of issue 10). */
  available: boolean;
  note: string;
  noteEn: string;
  items: Item[];
}

export interface OversightFigures {
  monitoringFlags: OversightSection;
  evaluationScores: OversightSection & { averageScore: number | null };
}

/** Each system's latest elimination-list entry. */
function latestEntries(db: Db) {
  return db
    .selectDistinctOn([eliminationEntries.systemId], {
      systemId: eliminationEntries.systemId,
      status: eliminationEntries.status,
      flags: eliminationEntries.flags,
    })
    .from(eliminationEntries)
    .orderBy(eliminationEntries.systemId, desc(eliminationEntries.listedAt))
    .as('latest_entry');
}

/** The systems linked to a project in scope (built, upgraded or maintained by it, Art.7, 32). */
function scopedSystems(db: Db, scope: SQL) {
  return db
    .selectDistinct({ systemId: systemProjects.systemId })
    .from(systemProjects)
    .innerJoin(projects, eq(projects.id, systemProjects.projectId))
    .where(scope)
    .as('scoped_systems');
}

/** Each project's latest evaluation (Art.33). */
function latestEvaluations(db: Db) {
  return db
    .selectDistinctOn([performanceEvaluations.projectId], {
      projectId: performanceEvaluations.projectId,
      score: performanceEvaluations.score,
      targetsUnmet: performanceEvaluations.targetsUnmet,
    })
    .from(performanceEvaluations)
    .orderBy(performanceEvaluations.projectId, desc(performanceEvaluations.evaluatedAt))
    .as('latest_evaluation');
}

/** Each project's level on the ladder after its latest step (null: none or lifted). */
function currentLevels(db: Db) {
  return db
    .selectDistinctOn([sanctionSteps.projectId], {
      projectId: sanctionSteps.projectId,
      level: sanctionSteps.levelAfter,
    })
    .from(sanctionSteps)
    .orderBy(sanctionSteps.projectId, desc(sanctionSteps.seq))
    .as('current_level');
}

/** The two oversight sections for the projects in scope. */
export async function oversightFigures(db: Db, scope: SQL): Promise<OversightFigures> {
  const latest = latestEntries(db);
  const ss = scopedSystems(db, scope);
  const ev = latestEvaluations(db);
  const lv = currentLevels(db);
  const [flags, statuses, scores, levels] = await Promise.all([
    db
      .select({
        flag: sql<string>`flag`,
        status: latest.status,
        systems: sql<number>`count(distinct ${latest.systemId})::int`,
      })
      .from(latest)
      .innerJoin(ss, eq(ss.systemId, latest.systemId))
      .crossJoin(sql`unnest(${latest.flags}) as flag`)
      .groupBy(sql`flag`, latest.status),
    db
      .select({ status: latest.status, systems: sql<number>`count(*)::int` })
      .from(latest)
      .innerJoin(ss, eq(ss.systemId, latest.systemId))
      .groupBy(latest.status),
    db
      .select({
        score: ev.score,
        projects: sql<number>`count(*)::int`,
        unmet: sql<number>`(count(*) filter (where ${ev.targetsUnmet}))::int`,
      })
      .from(ev)
      .innerJoin(projects, eq(projects.id, ev.projectId))
      .where(scope)
      .groupBy(ev.score),
    db
      .select({ level: lv.level, projects: sql<number>`count(*)::int` })
      .from(lv)
      .innerJoin(projects, eq(projects.id, lv.projectId))
      .where(and(scope, isNotNull(lv.level)))
      .groupBy(lv.level),
  ]);
  const scored = scoreItems(
    scores,
    scores.reduce((s, g) => s + g.unmet, 0),
    levels as { level: SanctionLevel; projects: number }[],
  );
  return {
    monitoringFlags: {
      available: true,
      note: '按项目所建设、运维的信息系统统计：各系统在淘汰退出清单中的最新记录（第三十二条），数字为系统数，穿透为相关项目。',
      noteEn:
        'Systems built or maintained by the projects: each system’s latest entry on the elimination list (Art.32). Figures count systems; the drill-down lists their projects.',
      items: flagItems(flags as FlagGroup[], statuses as { status: EliminationStatus; systems: number }[]),
    },
    evaluationScores: {
      available: true,
      note: '各项目最近一次绩效评价得分（第三十三条）；分档参照财政部《项目支出绩效评价管理办法》（财预〔2020〕10号），办法未规定分档。整改梯度为各项目当前所处层级。',
      noteEn:
        'Each project’s latest evaluation score (Art.33); the bands follow the national rules for project performance evaluation (财预〔2020〕10号), as the Measures grade none. The ladder shows each project’s current level.',
      items: scored.items,
      averageScore: scored.averageScore,
    },
  };
}

/** The projects behind a flag, a list status, a score band, "targets not met" or a ladder level; null = none. */
export function oversightFact(db: Db, figure: 'flag' | 'score', key: string | undefined): SQL | null {
  if (!key) return null;
  const [kind, code] = key.split(':') as [string, string | undefined];
  if (figure === 'flag') {
    const latest = latestEntries(db);
    const cond =
      kind === 'flag' && code
        ? sql`${code} = any(${latest.flags})`
        : kind === 'status' && code
          ? sql`${latest.status} = ${code}`
          : null;
    if (!cond) return null;
    const ids = db
      .select({ id: systemProjects.projectId })
      .from(systemProjects)
      .innerJoin(latest, eq(latest.systemId, systemProjects.systemId))
      .where(cond);
    return sql`${projects.id} in (${ids})`;
  }
  if (kind === 'band' && SCORE_BAND_CODES.includes(code as ScoreBand)) {
    const ev = latestEvaluations(db);
    const [lo, hi] = bandRange(code as ScoreBand);
    const ids = db.select({ id: ev.projectId }).from(ev).where(sql`${ev.score} between ${lo} and ${hi}`);
    return sql`${projects.id} in (${ids})`;
  }
  if (kind === 'unmet') {
    const ev = latestEvaluations(db);
    const ids = db.select({ id: ev.projectId }).from(ev).where(eq(ev.targetsUnmet, true));
    return sql`${projects.id} in (${ids})`;
  }
  if (kind === 'level' && code) {
    const lv = currentLevels(db);
    const ids = db.select({ id: lv.projectId }).from(lv).where(sql`${lv.level} = ${code}`);
    return sql`${projects.id} in (${ids})`;
  }
  return null;
}
