// 数据局驾驶舱 — review timeliness per party (issue 10; Art.10(2) pre-review, Art.13 joint review):
// working days from the moment a review was opened to the party's opinion, counted on the working
// calendar (holidays and 调休 are data). Pure: the database counts the opinions per party, review,
// Shanghai day the review opened and Shanghai day the opinion came (bounded by the calendar, not by
// the number of projects); this turns each pair of days into working days and folds per party.
// Only the timing is used: no decision is read, so the blind rule (Art.10(2), 13) is not touched.
import { CalendarYearNotCoveredError, workingDaysBetween, type WorkingCalendar } from '../calendar/index.js';
import type { IsoDate } from '../calendar/dates.js';
import { meets } from '../editions/legal-number.js';
import type { LegalNumberWord } from '../editions/types.js';
import { ORG_ROLES, type OrgRole } from '../organizations.js';

export const REVIEWS = {
  pre_review: { zh: '四方预审', en: 'Pre-review', article: 'Art.10(2)' },
  joint_review: { zh: '联审', en: 'Joint review', article: 'Art.13' },
} as const;
export type ReviewCode = keyof typeof REVIEWS;

/** Opinions of one party in one review, opened on one day and answered on another, counted by the database. */
export interface OpinionGroup {
  party: string;
  review: ReviewCode;
  openedOn: IsoDate;
  answeredOn: IsoDate;
  count: number;
}

/** A review's waiting time in working days, as the edition words it (e.g. "3个工作日内" = 不超过 3). */
export interface WaitLimit {
  value: number;
  word: LegalNumberWord;
  article: string;
}

/** How long a party took: every opinion weighs the same; days are working days (0 = answered the day it opened). */
export interface PartyTimeliness {
  party: string;
  zh: string;
  en: string;
  count: number;
  medianDays: number | null;
  avgDays: number | null;
  maxDays: number | null;
  /** Opinions later than the review's waiting time, when the edition sets one (otherwise null). */
  overdueCount: number | null;
  /** Opinions whose days the calendar cannot count (a year it does not cover): left out of the figures. */
  uncountedCount: number;
}

/** Weighted median of (value, weight) pairs: the middle value, or the mean of the two middle values. */
export function weightedMedian(pairs: readonly { value: number; weight: number }[]): number | null {
  const sorted = pairs.filter((p) => p.weight > 0).sort((a, b) => a.value - b.value);
  const n = sorted.reduce((s, p) => s + p.weight, 0);
  if (n === 0) return null;
  const at = (i: number) => {
    let seen = 0;
    for (const p of sorted) {
      seen += p.weight;
      if (i < seen) return p.value;
    }
    return sorted[sorted.length - 1]!.value;
  };
  return (at(Math.floor((n - 1) / 2)) + at(Math.floor(n / 2))) / 2;
}

/**
 * Per party (in the order of `parties`, then any other party that spoke): count, median, mean and
 * longest wait in working days; and, when the edition sets a waiting time, how many opinions missed it.
 */
export function reviewTimeliness(
  groups: readonly OpinionGroup[],
  cal: WorkingCalendar,
  parties: readonly string[],
  waitLimit: WaitLimit | null,
): PartyTimeliness[] {
  const per = new Map<string, { pairs: { value: number; weight: number }[]; uncounted: number; count: number }>();
  for (const p of parties) per.set(p, { pairs: [], uncounted: 0, count: 0 });
  for (const g of groups) {
    const acc = per.get(g.party) ?? { pairs: [], uncounted: 0, count: 0 };
    per.set(g.party, acc);
    acc.count += g.count;
    try {
      acc.pairs.push({ value: Math.max(0, workingDaysBetween(cal, g.openedOn, g.answeredOn)), weight: g.count });
    } catch (e) {
      if (!(e instanceof CalendarYearNotCoveredError)) throw e;
      acc.uncounted += g.count;
    }
  }
  return [...per].map(([party, acc]) => {
    const n = acc.pairs.reduce((s, p) => s + p.weight, 0);
    const label = ORG_ROLES[party as OrgRole] ?? { zh: party, en: party };
    return {
      party,
      zh: label.zh,
      en: label.en,
      count: acc.count,
      medianDays: weightedMedian(acc.pairs),
      avgDays: n ? Math.round((acc.pairs.reduce((s, p) => s + p.value * p.weight, 0) / n) * 10) / 10 : null,
      maxDays: n ? Math.max(...acc.pairs.map((p) => p.value)) : null,
      overdueCount:
        waitLimit === null
          ? null
          : acc.pairs.filter((p) => !meets(p.value, waitLimit)).reduce((s, p) => s + p.weight, 0),
      uncountedCount: acc.uncounted,
    };
  });
}
