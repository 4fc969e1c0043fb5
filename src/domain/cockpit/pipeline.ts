// 数据局驾驶舱 (issue 10, Art.31–34): the money pipeline of the district's projects, from what was
// declared to what was recovered. Pure: the database sums each figure per plan year × department ×
// category (one row per group however many projects there are); this folds the groups into the
// pipeline and its views by department, category and year. Funding sources come as their own groups
// (the declaration splits only the declared total by source, SPEC §2 资金来源).
import { sumFen, type Fen } from '../money.js';

/** The steps of the money pipeline, in order, with the article that produces each figure. */
export const PIPELINE_STEPS = {
  declared: { zh: '申报总投资', en: 'Declared', article: 'Art.10(1)' },
  budgeted: { zh: '审核预算', en: 'Budgeted', article: 'Art.10(3)' },
  control_price: { zh: '招标控制价', en: 'Control price', article: 'Art.13' },
  contracted: { zh: '合同金额', en: 'Contracted', article: 'Art.16' },
  disbursed: { zh: '资金拨付', en: 'Disbursed', article: 'Art.26' },
  // R-RECOVERY: "预算超过审核确定的招标控制价部分区财政予以收回" (project_applications.recovery_fen).
  recovered: { zh: '财政收回', en: 'Recovered', article: 'Art.13' },
} as const;

export type PipelineStep = keyof typeof PIPELINE_STEPS;
export const PIPELINE_STEP_CODES = Object.keys(PIPELINE_STEPS) as PipelineStep[];

/** Each step's sum, and how many projects have a figure at that step. */
export type Figures = Record<PipelineStep, { fen: Fen; count: number }>;

/** The projects of one plan year, department and category, summed by the database. */
export interface MoneyGroup {
  planYear: number;
  orgId: string;
  category: string | null;
  /** Projects in the group (all of them have a declared total). */
  count: number;
  budgetedFen: Fen;
  budgetedCount: number;
  controlPriceFen: Fen;
  controlPriceCount: number;
  contractedFen: Fen;
  contractedCount: number;
  disbursedFen: Fen;
  disbursedCount: number;
  declaredFen: Fen;
  recoveredFen: Fen;
  recoveredCount: number;
}

/** One funding source's lines of the declarations of a plan year (a project with two sources is in both). */
export interface SourceGroup {
  planYear: number;
  source: string;
  count: number;
  declaredFen: Fen;
}

export const UNSPECIFIED_CATEGORY = 'unspecified';

export function emptyFigures(): Figures {
  return Object.fromEntries(PIPELINE_STEP_CODES.map((s) => [s, { fen: 0, count: 0 }])) as Figures;
}

function figuresOf(g: MoneyGroup): Figures {
  return {
    declared: { fen: g.declaredFen, count: g.count },
    budgeted: { fen: g.budgetedFen, count: g.budgetedCount },
    control_price: { fen: g.controlPriceFen, count: g.controlPriceCount },
    contracted: { fen: g.contractedFen, count: g.contractedCount },
    disbursed: { fen: g.disbursedFen, count: g.disbursedCount },
    recovered: { fen: g.recoveredFen, count: g.recoveredCount },
  };
}

export function addFigures(a: Figures, b: Figures): Figures {
  const out = emptyFigures();
  for (const s of PIPELINE_STEP_CODES) out[s] = { fen: sumFen([a[s].fen, b[s].fen]), count: a[s].count + b[s].count };
  return out;
}

function foldBy<K extends string | number>(groups: readonly MoneyGroup[], key: (g: MoneyGroup) => K): Map<K, Figures> {
  const m = new Map<K, Figures>();
  for (const g of groups) m.set(key(g), addFigures(m.get(key(g)) ?? emptyFigures(), figuresOf(g)));
  return m;
}

/** The pipeline in step order: each step's sum and count, for the funnel and the cards. */
export function pipelineOf(f: Figures) {
  return PIPELINE_STEP_CODES.map((step) => ({ step, ...PIPELINE_STEPS[step], ...f[step] }));
}

const byDeclared = (a: { figures: Figures }, b: { figures: Figures }) =>
  b.figures.declared.fen - a.figures.declared.fen || b.figures.declared.count - a.figures.declared.count;

/** Folds the database's groups into the pipeline totals and the views by department, category, year and source. */
export function moneyPipeline(groups: readonly MoneyGroup[], sources: readonly SourceGroup[]) {
  const totals = foldBy(groups, () => 'all').get('all') ?? emptyFigures();
  const bySource = new Map<string, { count: number; declaredFen: Fen }>();
  for (const s of sources) {
    const b = bySource.get(s.source) ?? { count: 0, declaredFen: 0 };
    bySource.set(s.source, { count: b.count + s.count, declaredFen: sumFen([b.declaredFen, s.declaredFen]) });
  }
  return {
    totals,
    pipeline: pipelineOf(totals),
    byDepartment: [...foldBy(groups, (g) => g.orgId)].map(([orgId, figures]) => ({ orgId, figures })).sort(byDeclared),
    byCategory: [...foldBy(groups, (g) => g.category ?? UNSPECIFIED_CATEGORY)]
      .map(([category, figures]) => ({ category, figures }))
      .sort(byDeclared),
    byYear: [...foldBy(groups, (g) => g.planYear)]
      .map(([planYear, figures]) => ({ planYear, figures }))
      .sort((a, b) => a.planYear - b.planYear),
    bySource: [...bySource]
      .map(([source, b]) => ({ source, ...b }))
      .sort((a, b) => b.declaredFen - a.declaredFen || a.source.localeCompare(b.source)),
  };
}
