// 数据局驾驶舱 — the oversight sections (issue 10): monitoring flags of the systems the projects built
// or maintain (Art.32, the elimination list) and evaluation scores with the rectification ladder
// (Art.33). Pure: the database counts systems per flag and list status, and projects per score and
// ladder level; this folds them into labelled items in a fixed order. Keys name the drill-down.
import {
  ELIMINATION_STATUSES,
  MONITORING_FLAGS,
  type EliminationStatus,
  type MonitoringFlag,
} from '../oversight/monitoring.js';
import { SANCTION_LEVELS, type SanctionLevel } from '../oversight/sanctions.js';

/**
 * Score bands. The Measures grade no score (Art.33 says only that targets are evaluated); the bands
 * are those of the national rules for project performance evaluation (财政部《项目支出绩效评价管理办法》
 * 财预〔2020〕10号 第二十七条: 90（含）以上为“优”，80（含）—90为“良”，60（含）—80为“中”，60以下为“差”).
 */
export const SCORE_BANDS = {
  excellent: { zh: '优（90分及以上）', en: 'Excellent (90 and above)', min: 90 },
  good: { zh: '良（80–89分）', en: 'Good (80–89)', min: 80 },
  fair: { zh: '中（60–79分）', en: 'Fair (60–79)', min: 60 },
  poor: { zh: '差（60分以下）', en: 'Poor (below 60)', min: 0 },
} as const;
export type ScoreBand = keyof typeof SCORE_BANDS;
export const SCORE_BAND_CODES = Object.keys(SCORE_BANDS) as ScoreBand[];
export const SCORE_BASIS = '财预〔2020〕10号';

/** The band of a score: the first band whose minimum it reaches (以上 includes the line). */
export function scoreBand(score: number): ScoreBand {
  return SCORE_BAND_CODES.find((b) => score >= SCORE_BANDS[b].min) ?? 'poor';
}

/** A band's score range, for the drill-down's SQL: [min, max]. */
export function bandRange(band: ScoreBand): [number, number] {
  const i = SCORE_BAND_CODES.indexOf(band);
  const above = i > 0 ? SCORE_BANDS[SCORE_BAND_CODES[i - 1]!].min - 1 : 100;
  return [SCORE_BANDS[band].min, above];
}

export interface Item {
  key: string;
  zh: string;
  en: string;
  article: string;
  count: number;
}

/** Systems of the latest elimination-list entry, counted per flag and status by the database. */
export interface FlagGroup {
  flag: MonitoringFlag;
  status: EliminationStatus;
  systems: number;
}

/** One item per flag, then one per list status (keys `flag:…`, `status:…`); counts are distinct systems per group. */
export function flagItems(
  groups: readonly FlagGroup[],
  statusSystems: readonly { status: EliminationStatus; systems: number }[],
): Item[] {
  const flags = (Object.keys(MONITORING_FLAGS) as MonitoringFlag[]).map((f) => ({
    key: `flag:${f}`,
    ...MONITORING_FLAGS[f],
    count: groups.filter((g) => g.flag === f).reduce((s, g) => s + g.systems, 0),
  }));
  const statuses = (Object.keys(ELIMINATION_STATUSES) as EliminationStatus[]).map((s) => ({
    key: `status:${s}`,
    ...ELIMINATION_STATUSES[s],
    article: 'Art.32',
    count: statusSystems.filter((g) => g.status === s).reduce((n, g) => n + g.systems, 0),
  }));
  return [...flags, ...statuses];
}

/** Projects per latest score (bounded: 0–100) and per current ladder level, counted by the database. */
export function scoreItems(
  scores: readonly { score: number; projects: number }[],
  unmet: number,
  levels: readonly { level: SanctionLevel; projects: number }[],
): { items: Item[]; averageScore: number | null } {
  const n = scores.reduce((s, g) => s + g.projects, 0);
  const bands = SCORE_BAND_CODES.map((b) => ({
    key: `band:${b}`,
    zh: SCORE_BANDS[b].zh,
    en: SCORE_BANDS[b].en,
    article: 'Art.33',
    count: scores.filter((g) => scoreBand(g.score) === b).reduce((s, g) => s + g.projects, 0),
  }));
  const ladder = (Object.keys(SANCTION_LEVELS) as SanctionLevel[]).map((l) => ({
    key: `level:${l}`,
    zh: SANCTION_LEVELS[l].zh,
    en: SANCTION_LEVELS[l].en,
    article: SANCTION_LEVELS[l].article,
    count: levels.filter((g) => g.level === l).reduce((s, g) => s + g.projects, 0),
  }));
  return {
    items: [
      ...bands,
      { key: 'unmet', zh: '目标未实现（须整改）', en: 'Targets not met (to rectify)', article: 'Art.33', count: unmet },
      ...ladder,
    ],
    averageScore: n ? Math.round((scores.reduce((s, g) => s + g.score * g.projects, 0) / n) * 10) / 10 : null,
  };
}
