// Revision after the joint review (终稿修订, Art.14): R-REVISE-3WD. "一般应当" → a late final
// version is marked overdue (warn), never refused. SPEC §5: "N working days after" counts from the
// next day; the Nth working day is the last day (the deadline itself: ../approval/revision.ts).
import {
  CalendarYearNotCoveredError,
  daysBetween,
  shanghaiDateOf,
  workingDaysBetween,
  type WorkingCalendar,
} from '../calendar/index.js';
import type { RevisionDeadline } from '../approval/revision.js';
import type { Edition } from '../editions/types.js';
import { finding } from './cite.js';
import { formatLocalTime } from './deadline.js';
import type { Finding, Rule } from './types.js';

export interface OverdueBy {
  /** Calendar days after the due date. */
  days: number;
  /** Working days in (dueDate, that day]; 0 when only rest days have passed. */
  workingDays: number;
}

type Due = Pick<RevisionDeadline, 'dueDate' | 'dueAt' | 'deadlineRule'>;

/**
 * Art.14: "根据联审意见，申报单位一般应当在3个工作日内完成项目方案终稿修订，并在宿城区信息化项目管理平台同步
 * 修改完善项目申报信息、建设方案等材料。" Submitted after dueAt → overdue (warn). The calendar only adds how
 * many working days late; without one (year not covered) the instants are compared and the finding
 * says so.
 */
export const ruleRevise3wd: Rule<'revision'> = {
  id: 'R-REVISE-3WD',
  article: 'Art.14',
  stage: 'revision',
  severity: 'warn',
  effects: ['overdue'],
  title: '申报单位一般应当在3个工作日内完成项目方案终稿修订',
  titleEn: 'The final plan is revised within 3 working days of the opinions',
  params: (ed) => ({ revisionPeriod: ed.params.revisionPeriod }),
  check(input, ed) {
    const { due, submittedAt } = input;
    if (Number.isNaN(submittedAt.getTime())) throw new RangeError('R-REVISE-3WD: submittedAt is not a valid Date');
    if (!due || submittedAt.getTime() <= due.dueAt.getTime()) return [];
    if (input.calendar) {
      try {
        return [revisionOverdue(due, submittedAt, true, input.calendar).finding];
      } catch (err) {
        if (!(err instanceof CalendarYearNotCoveredError)) throw err;
      }
    }
    return [revisionOverdueWithoutCalendar(due, submittedAt, ed)];
  },
};

/**
 * The overdue finding of a final version due by `due`, at `at` (after dueAt): submitted late
 * (`late`) or still missing. Throws CalendarYearNotCoveredError when the calendar lacks the year.
 */
export function revisionOverdue(
  due: Due,
  at: Date,
  late: boolean,
  calendar: WorkingCalendar,
): { overdueBy: OverdueBy; finding: Finding } {
  const day = shanghaiDateOf(at);
  const overdueBy: OverdueBy = {
    days: daysBetween(due.dueDate, day),
    workingDays: workingDaysBetween(calendar, due.dueDate, day),
  };
  const n = due.deadlineRule.n;
  const f = finding(
    ruleRevise3wd,
    'warn',
    `项目方案终稿修订截止日为${due.dueDate}（联审意见反馈后${n}个工作日内），${late ? '已逾期提交' : '尚未提交，已逾期'}${overdueBy.days}天（${overdueBy.workingDays}个工作日），标记为逾期`,
    `The final version was due by ${due.dueDate} (${n} working days after the opinions); ${late ? 'submitted' : 'still missing,'} ${overdueBy.days} day(s) (${overdueBy.workingDays} working day(s)) late — marked overdue`,
    'finalVersion',
  );
  return { overdueBy, finding: f };
}

/** Submitted after dueAt with no working calendar for the year: the instants decide, and it says so. */
function revisionOverdueWithoutCalendar(due: Due, submittedAt: Date, ed: Edition): Finding {
  const n = due.deadlineRule.n;
  const dueAt = formatLocalTime(due.dueAt, ed);
  const at = formatLocalTime(submittedAt, ed);
  return finding(
    ruleRevise3wd,
    'warn',
    `项目方案终稿修订截止时间为${dueAt}（北京时间，联审意见反馈后${n}个工作日内），于${at}提交，晚于截止时间，标记为逾期；工作日历未覆盖该年度，仅按时刻比较，未计算逾期工作日数`,
    `The final version was due by ${dueAt} (Beijing time, ${n} working days after the opinions) and was submitted at ${at}: late, marked overdue. The working calendar does not cover the year, so only the instants were compared and no working days were counted`,
    'finalVersion',
  );
}
