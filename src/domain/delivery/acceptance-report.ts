// The acceptance report and its attachments (竣工验收报告, Art.27; R-REPORT), the warranty (质保,
// Art.29; R-WARRANTY).
// Art.27: "申报单位和实施单位应在竣工验收结束后1个月内，通过信息化项目管理平台提交项目竣工验收报告。验收报告
// 一般应附上项目建设总结、财务报告、审计报告、安全风险评估报告（包括涉密信息系统分级保护测评报告或非涉密信息
// 系统网络安全等级保护测评报告、数据安全风险评估报告等）、密码应用安全性评估报告、安全可靠情况等材料。……未经
// 档案验收或档案验收不合格的，不得通过项目验收。"
import {
  addMonths,
  CalendarYearNotCoveredError,
  compareIsoDate,
  describeDeadline,
  type DeadlineRule,
  type IsoDate,
  type WorkingCalendar,
} from '../calendar/index.js';
import type { DocumentType } from '../documents.js';
import type { Edition } from '../editions/types.js';

/** The attachments of the report: 等保测评 for a non-classified system, 分保测评 for a classified one. */
export function reportAttachments(classified: boolean): DocumentType[] {
  return [
    'construction_summary',
    'financial_report',
    'audit_report',
    classified ? 'classified_protection_report' : 'mlps_test_report',
    'data_security_assessment',
    'crypto_assessment',
    'secure_reliable_report',
  ];
}

export interface ReportDeadline {
  acceptanceDate: IsoDate;
  /** Due: 1 month after the acceptance, moved to a working day; null while its year is not in the calendar. */
  dueDate: IsoDate | null;
  rule: DeadlineRule;
  article: string;
}

export function reportDeadline(
  acceptanceDate: IsoDate,
  edition: Edition,
  calendar: WorkingCalendar | null,
): ReportDeadline {
  const period = edition.params.acceptanceReportPeriod;
  const rule: DeadlineRule = { kind: 'months-after', n: period.value };
  let dueDate: IsoDate | null = null;
  if (calendar) {
    try {
      dueDate = describeDeadline(calendar, acceptanceDate, rule).date;
    } catch (err) {
      if (!(err instanceof CalendarYearNotCoveredError)) throw err;
    }
  }
  return { acceptanceDate, dueDate, rule, article: period.article };
}

/**
 * The first day a warranty may end on (Art.29 "自竣工验收通过之日起……不少于三年"): the period counts
 * from the day after the acceptance (民法典 Art.201) and ends on the same day three years later.
 */
export function warrantyMinimumEnd(acceptanceDate: IsoDate, edition: Edition): IsoDate {
  const w = edition.params.warrantyMin;
  return addMonths(acceptanceDate, w.unit === 'year' ? w.value * 12 : w.value);
}

export function warrantyLongEnough(acceptanceDate: IsoDate, warrantyEnd: IsoDate, edition: Edition): boolean {
  return compareIsoDate(warrantyEnd, warrantyMinimumEnd(acceptanceDate, edition)) >= 0;
}
