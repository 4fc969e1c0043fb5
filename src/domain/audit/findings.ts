// 审计发现 (Art.34): what the audit bureau records on a project, and the declarant's answer (Art.31: 申报单位
// … 配合做好审计等监督管理工作，如实提供项目有关资料和情况). Pure: dates are parameters.
import type { IsoDate } from '../calendar/dates.js';

export const FINDING_SEVERITIES = {
  low: { zh: '一般', en: 'Minor' },
  medium: { zh: '较重', en: 'Significant' },
  high: { zh: '严重', en: 'Serious' },
} as const;
export type FindingSeverity = keyof typeof FINDING_SEVERITIES;
export const FINDING_SEVERITY_CODES = Object.keys(FINDING_SEVERITIES) as [FindingSeverity, ...FindingSeverity[]];

export interface FindingDates {
  answerDueOn: IsoDate;
  answeredAt: Date | null;
}

export type FindingState = 'open' | 'overdue' | 'answered';

/**
 * Open until answered; overdue from the day after the due date (Asia/Shanghai) while unanswered — the due
 * date itself is still on time (民法典 Art.203: the last day ends at 24:00).
 */
export function findingState(f: FindingDates, today: IsoDate): FindingState {
  if (f.answeredAt) return 'answered';
  return today > f.answerDueOn ? 'overdue' : 'open';
}

/** The due date must not be before the day the finding is recorded (Asia/Shanghai). */
export function isDueDateAcceptable(answerDueOn: IsoDate, today: IsoDate): boolean {
  return answerDueOn >= today;
}
