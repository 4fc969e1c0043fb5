// The annual-plan stages (names and articles from the domain's stage table) as filter options.
import { STAGES, type Stage } from '../../domain/lifecycle/stages';
import { pick } from '../i18n/format';

export const STAGE_CODES = Object.keys(STAGES) as Stage[];

export function stageOptions(lang: string) {
  return STAGE_CODES.map((s) => ({ value: s, label: pick(lang, STAGES[s].zh, STAGES[s].en) }));
}

export function stageInfo(stage: string): { zh: string; en: string; article: string } | undefined {
  return (STAGES as Record<string, { zh: string; en: string; article: string }>)[stage];
}

/** The Beijing-time calendar year now (the plan year of a new call is usually this + 1). */
export function shanghaiYear(now = new Date()): number {
  return Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(now));
}

/** The plan year a new call is for: next year, or the year after once this year's 10-15 deadline has passed (Art.8). */
export function nextPlanYear(now = new Date()): number {
  const y = shanghaiYear(now);
  const deadline = new Date(`${y}-10-15T23:59:59.999+08:00`);
  return now.getTime() > deadline.getTime() ? y + 2 : y + 1;
}
