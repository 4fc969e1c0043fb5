// The yearly self-evaluation during construction (自评价, Art.33; R-SELF-EVAL):
// "建设期内，实施单位应当对项目绩效目标执行情况进行自评价，并征求申报单位和监理单位的意见，形成项目绩效评价
// 报告，在建设期内每年年底前提交区数据局备案。项目绩效评价报告主要包括建设进度和投资计划执行情况。对于已投入
// 试运行的系统，还应当说明试运行效果及遇到的问题等。"
// Interpretation (docs/rules.md): a year's report is due when the project is still under construction
// at that year's end (construction started on or before 12-31 and not yet accepted); it is due by
// 12-31 23:59:59 (edition parameter) and overdue from 01-01.
import { type IsoDate, parseIsoDate } from '../calendar/index.js';
import { annualDateInstant } from '../editions/index.js';
import type { Edition } from '../editions/types.js';

export interface SelfEvaluationDue {
  year: number;
  /** The last instant it is on time (12-31 23:59:59.999 Asia/Shanghai by default). */
  dueAt: Date;
  article: string;
}

/**
 * The years a self-evaluation is (or will be, for the current year) due: from the year construction
 * started to the year of `today`, each whose year-end falls inside the construction period.
 */
export function selfEvaluationsDue(
  constructionStart: IsoDate,
  acceptedOn: IsoDate | null,
  today: IsoDate,
  edition: Edition,
): SelfEvaluationDue[] {
  const due = edition.params.selfEvaluationDue;
  const first = parseIsoDate(constructionStart).year;
  const last = parseIsoDate(today).year;
  const out: SelfEvaluationDue[] = [];
  for (let year = first; year <= last; year++) {
    const yearEnd = `${year}-${String(due.value.month).padStart(2, '0')}-${String(due.value.day).padStart(2, '0')}`;
    // Accepted on or before the year's end: construction ended that year, no report for it.
    if (acceptedOn !== null && acceptedOn <= yearEnd) break;
    out.push({ year, dueAt: annualDateInstant(due.value, year, edition), article: due.article });
  }
  return out;
}

export type SelfEvaluationState = 'filed' | 'filed_late' | 'open' | 'overdue';

export function selfEvaluationState(d: SelfEvaluationDue, filedAt: Date | null, now: Date): SelfEvaluationState {
  if (filedAt) return filedAt.getTime() > d.dueAt.getTime() ? 'filed_late' : 'filed';
  return now.getTime() > d.dueAt.getTime() ? 'overdue' : 'open';
}

/** A project's self-evaluation of one year as the action facts see it. */
export interface SelfEvaluationFacts {
  year: number;
  filedAt: Date | null;
  declarantOpinion: boolean;
  supervisorOpinion: boolean;
}

export interface OpenSelfEvaluation {
  /** The year being worked on: the earliest due year not yet filed. */
  year: number;
  dueAt: Date;
  state: 'none' | 'draft';
  row: SelfEvaluationFacts | null;
}

/** The self-evaluation to work on now, or null when every due year is filed (or none is due yet). */
export function openSelfEvaluation(
  dues: readonly SelfEvaluationDue[],
  rows: readonly SelfEvaluationFacts[],
): OpenSelfEvaluation | null {
  for (const d of dues) {
    const row = rows.find((r) => r.year === d.year) ?? null;
    if (row?.filedAt) continue;
    return { year: d.year, dueAt: d.dueAt, state: row ? 'draft' : 'none', row };
  }
  return null;
}
