// 绩效评价 (Art.33): the performance targets declared (绩效目标, SPEC §2; form.performanceTargets) are
// scored at evaluation — each met, partly met or not met — with a score of 0–100. A target partly or not
// met is "未实现批复的建设目标或未达到预期效果": the project owes a rectification (R-RECTIFY).
import { addDays, type IsoDate } from '../calendar/index.js';
import { describeDeadline, type DescribedDeadline, type WorkingCalendar } from '../calendar/index.js';
import type { Edition } from '../editions/types.js';

export const TARGET_RESULTS = {
  met: { zh: '已实现', en: 'Met' },
  partly: { zh: '部分实现', en: 'Partly met' },
  not_met: { zh: '未实现', en: 'Not met' },
} as const;
export type TargetResult = keyof typeof TARGET_RESULTS;

/** Who evaluated: the data bureau (督促检查, spot check) or a third-party organisation it assigned. */
export const EVALUATION_KINDS = {
  data_bureau: { zh: '区数据局绩效评价', en: 'Data bureau evaluation' },
  third_party: { zh: '第三方专项绩效评估', en: 'Third-party evaluation' },
} as const;
export type EvaluationKind = keyof typeof EVALUATION_KINDS;

export interface DeclaredTarget {
  indicator: string;
  target: string;
}
export interface ScoredTarget extends DeclaredTarget {
  result: TargetResult;
  note: string;
}

export const SCORE_MIN = 0;
export const SCORE_MAX = 100;

/** A suggested score: met = full, partly = half, not met = nothing, over the declared targets (rounded). */
export function suggestedScore(results: readonly TargetResult[]): number {
  if (results.length === 0) return SCORE_MAX;
  const points = results.reduce((s, r) => s + (r === 'met' ? 2 : r === 'partly' ? 1 : 0), 0);
  return Math.round((points * SCORE_MAX) / (2 * results.length));
}

/** Art.33 "未实现批复的建设目标或未达到预期效果": some target partly or not met. */
export function needsRectification(targets: readonly Pick<ScoredTarget, 'result'>[]): boolean {
  return targets.some((t) => t.result !== 'met');
}

export type ScoringProblem =
  | { code: 'TARGETS_MISMATCH'; zh: string; en: string }
  | { code: 'SCORE_OUT_OF_RANGE'; zh: string; en: string };

/**
 * The evaluation scores exactly the targets declared, in their order (matched by indicator), with a
 * whole score from 0 to 100. A project that declared none is scored on its score alone.
 */
export function checkScoring(
  declared: readonly DeclaredTarget[],
  scored: readonly ScoredTarget[],
  score: number,
): ScoringProblem | null {
  if (!Number.isInteger(score) || score < SCORE_MIN || score > SCORE_MAX)
    return {
      code: 'SCORE_OUT_OF_RANGE',
      zh: `评分应为${SCORE_MIN}至${SCORE_MAX}之间的整数`,
      en: `The score is a whole number from ${SCORE_MIN} to ${SCORE_MAX}`,
    };
  const same = declared.length === scored.length && declared.every((d, i) => d.indicator === scored[i].indicator);
  if (!same)
    return {
      code: 'TARGETS_MISMATCH',
      zh: '应对申报时设定的每项绩效目标逐项评价（指标须与申报一致）',
      en: 'Every performance target declared is scored, one by one (the indicators as declared)',
    };
  return null;
}

/**
 * The deadline of a rectification (Art.33 "限期整改"): the Measures set no period; the edition's
 * rectificationPeriod (months) after the order's date, moved forward off a rest day. A deadline the
 * data bureau names instead must be after the order's date.
 */
export function rectificationDeadline(
  orderedOn: IsoDate,
  edition: Edition,
  calendar: WorkingCalendar,
): DescribedDeadline {
  return describeDeadline(calendar, orderedOn, { kind: 'months-after', n: edition.params.rectificationPeriod.value });
}

/** Whether a deadline the data bureau names is acceptable: at least the day after the order. */
export function isValidNamedDeadline(orderedOn: IsoDate, deadline: IsoDate): boolean {
  return deadline >= addDays(orderedOn, 1);
}
