// The yearly O&M report of an operating system (运维服务情况报表, Art.33; R-OM-REPORT):
// "已完成建设并转入运维期的存量信息化项目，系统使用单位应在每个运维期结束后（一般一个自然年或合同签订之日起至
// 次年签订之日前一天为一个运维周期）通过信息化项目管理平台提交年度运维服务情况报表，主要包括系统运行、安全管理、
// 用户使用、经费支付、运营成效等内容。"
// Interpretation (docs/rules.md): the period is the calendar year (the Measures' "一般"), the first
// one starting when the system went into operation; the Measures set no days for "结束后", so the
// edition gives one month (omReportPeriod), counted as a deadline (moved to a working day).
import {
  CalendarYearNotCoveredError,
  describeDeadline,
  type IsoDate,
  parseIsoDate,
  type WorkingCalendar,
} from '../calendar/index.js';
import type { Edition } from '../editions/types.js';

/** What a report covers (Art.33): 系统运行、安全管理、用户使用、经费支付、运营成效. */
export const OM_REPORT_SECTIONS = [
  { code: 'operation', zh: '系统运行', en: 'System operation' },
  { code: 'security', zh: '安全管理', en: 'Security management' },
  { code: 'usage', zh: '用户使用', en: 'Use by users' },
  { code: 'funding', zh: '经费支付', en: 'Funds paid' },
  { code: 'results', zh: '运营成效', en: 'Results' },
] as const;
export type OmReportSection = (typeof OM_REPORT_SECTIONS)[number]['code'];

export interface OmPeriod {
  /** The period's year (calendar-year periods). */
  year: number;
  from: IsoDate;
  to: IsoDate;
  /** Due date (one month after the period, moved to a working day); null while its year is not in the calendar. */
  dueDate: IsoDate | null;
  article: string;
}

/** The O&M periods that have ended by `today`, from the year the system went into operation. */
export function endedOmPeriods(
  operationStart: IsoDate,
  today: IsoDate,
  edition: Edition,
  calendar: WorkingCalendar | null,
): OmPeriod[] {
  const period = edition.params.omReportPeriod;
  const out: OmPeriod[] = [];
  const start = parseIsoDate(operationStart).year;
  for (let year = start; `${year}-12-31` < today; year++) {
    const to = `${year}-12-31`;
    let dueDate: IsoDate | null = null;
    if (calendar) {
      try {
        dueDate = describeDeadline(calendar, to, { kind: 'months-after', n: period.value }).date;
      } catch (err) {
        if (!(err instanceof CalendarYearNotCoveredError)) throw err;
      }
    }
    out.push({ year, from: year === start ? operationStart : `${year}-01-01`, to, dueDate, article: period.article });
  }
  return out;
}
