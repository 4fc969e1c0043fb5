// "This project as of date D" (Art.34 区审计局负责对信息化项目的审计; issue 10): which instant a date
// means, which dates may be asked, and which document versions existed then. Pure: `now` is a parameter.
// The state itself is read from the project's versions (docs/decisions/0004-audit-as-of.md).
import { endOfShanghaiDay, type IsoDate, shanghaiDateOf } from '../calendar/dates.js';

export type AsOfAnswer =
  | { ok: true; date: IsoDate; at: Date }
  | { ok: false; status: 404 | 422; code: string; zh: string; en: string; article: string };

const ARTICLE = 'Art.34';

/**
 * The instant an as-of date stands for: the end of that day in Asia/Shanghai (23:59:59.999 +08:00), so
 * everything written that day is included. A date after today (Asia/Shanghai) is refused: the platform does
 * not know the future. `createdAt`: a date before the project existed answers 404.
 */
export function asOfInstant(date: IsoDate, now: Date, createdAt?: Date): AsOfAnswer {
  const today = shanghaiDateOf(now);
  if (date > today)
    return {
      ok: false,
      status: 422,
      code: 'AS_OF_IN_FUTURE',
      zh: `查看日期 ${date} 晚于今天（${today}），不能查看未来的状态`,
      en: `The date ${date} is after today (${today}): there is no state to show yet`,
      article: ARTICLE,
    };
  const at = endOfShanghaiDay(date);
  if (createdAt && at.getTime() < createdAt.getTime()) {
    const created = shanghaiDateOf(createdAt);
    return {
      ok: false,
      status: 404,
      code: 'AS_OF_BEFORE_CREATION',
      zh: `该项目于 ${created} 创建，${date} 时尚不存在`,
      en: `The project was created on ${created}; it did not exist on ${date}`,
      article: ARTICLE,
    };
  }
  return { ok: true, date, at };
}

/**
 * A project migrated with a baseline (migration 0012) has no versions before its baseline: the date is after
 * its creation, but what it looked like then was not kept. Said plainly rather than guessed.
 */
export function beforeHistory(date: IsoDate, firstKept: Date): AsOfAnswer {
  const from = shanghaiDateOf(firstKept);
  return {
    ok: false,
    status: 404,
    code: 'AS_OF_NOT_KEPT',
    zh: `该项目 ${date} 的状态未留存：版本记录自 ${from} 起保存`,
    en: `The project's state on ${date} was not kept: its versions start on ${from}`,
    article: ARTICLE,
  };
}

export interface DatedDocument {
  docType: string;
  version: number;
  uploadedAt: Date;
  submittedAt: Date | null;
  withdrawnAt: Date | null;
}

/**
 * The document versions that existed at `at`: uploaded by then and not withdrawn by then; `submittedAt`
 * only if the version had been submitted by then. The newest of a type is its current version then, the
 * others were superseded (SPEC §6: a new upload is a new version, nothing is overwritten).
 */
export function documentsAsOf<D extends DatedDocument>(docs: readonly D[], at: Date): (D & { current: boolean })[] {
  const t = at.getTime();
  const existed = docs
    .filter((d) => d.uploadedAt.getTime() <= t && !(d.withdrawnAt && d.withdrawnAt.getTime() <= t))
    .map((d) => ({
      ...d,
      submittedAt: d.submittedAt && d.submittedAt.getTime() <= t ? d.submittedAt : null,
      withdrawnAt: null,
    }));
  const newest = new Map<string, number>();
  for (const d of existed) newest.set(d.docType, Math.max(newest.get(d.docType) ?? 0, d.version));
  return existed.map((d) => ({ ...d, current: newest.get(d.docType) === d.version }));
}

/** Whether a record with this time existed at `at` (a null time: not yet). */
export function existedAt(time: Date | null | undefined, at: Date): boolean {
  return Boolean(time) && (time as Date).getTime() <= at.getTime();
}
