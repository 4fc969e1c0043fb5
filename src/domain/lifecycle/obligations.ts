// Obligations (SPEC §5 "deadlines … are reminded before and after"; issue 10): every deadline the
// platform knows — the call deadline (Art.8), the final version (Art.14), the waiting time of a review
// party (Art.11, 13), the acceptance window (Art.25), the acceptance report (Art.27), the yearly
// self-evaluation and O&M report (Art.33) — as one catalogue: who must act, the rule and article, and
// when they are reminded (edition parameters, in working days). The server lists the open ones (one
// source per kind, src/server/obligations/sources.ts) and sends each reminder once; this decides which
// reminder is due. A new deadline adds its code to ObligationKindCode, a row here, a lead time in the
// edition and a source on the server (the rectification order, Art.33, came last that way).
import { addWorkingDays, deadlineAfterWorkingDays, type IsoDate, type WorkingCalendar } from '../calendar/index.js';
import { endOfShanghaiDay, shanghaiDateOf } from '../calendar/index.js';
import type { Edition, ObligationKindCode } from '../editions/types.js';
import type { RuleId } from '../rules/types.js';
import type { Actor } from './transitions.js';

export type { ObligationKindCode };

export interface ObligationKind {
  /** What is due, as the reminder names it. */
  zh: string;
  en: string;
  /** The rule that sets the deadline; null where the Measures set no period (a platform reading). */
  rule: RuleId | null;
  article: string;
  /** Who must act: a project actor, or the owner unit of a system. */
  actor: Actor | 'system_owner';
  /** Reminded again once past due (a closed call is not: nothing can be done then but an urgent declaration). */
  remindsOverdue: boolean;
}

export const OBLIGATION_KINDS = {
  call_deadline: {
    zh: '年度项目申报',
    en: 'The annual declaration',
    rule: 'R-DEADLINE',
    article: 'Art.8',
    actor: 'declarant',
    remindsOverdue: false,
  },
  final_version: {
    zh: '方案终稿',
    en: 'The final version',
    rule: 'R-REVISE-3WD',
    article: 'Art.14',
    actor: 'declarant',
    remindsOverdue: true,
  },
  review_opinion: {
    // Named with its review: "预审意见", "联审意见".
    zh: '意见',
    en: 'The review opinion',
    rule: null,
    article: 'Art.11, 13',
    actor: 'review_party',
    remindsOverdue: true,
  },
  acceptance_window: {
    zh: '竣工验收（试运行至验收最长6个月）',
    en: 'The completion acceptance (at most 6 months after the trial start)',
    rule: 'R-TRIAL',
    article: 'Art.25',
    actor: 'declarant',
    remindsOverdue: true,
  },
  acceptance_report: {
    zh: '竣工验收报告',
    en: 'The acceptance report',
    rule: 'R-REPORT',
    article: 'Art.27',
    actor: 'declarant',
    remindsOverdue: true,
  },
  self_evaluation: {
    // Named with its year: "2026年度自评价报告".
    zh: '自评价报告',
    en: 'The yearly self-evaluation',
    rule: 'R-SELF-EVAL',
    article: 'Art.33',
    actor: 'implementer',
    remindsOverdue: true,
  },
  om_report: {
    // Named with its year: "2026年度运维服务情况报表".
    zh: '运维服务情况报表',
    en: 'The yearly O&M report',
    rule: 'R-OM-REPORT',
    article: 'Art.33',
    actor: 'system_owner',
    remindsOverdue: true,
  },
  rectification: {
    // Named with its round: "第2轮整改报告". The owner (申报单位) answers, "会同实施单位" (Art.33); once
    // overdue the data bureau is told too — it may then judge 拒不整改 and take the next step of the ladder.
    zh: '整改报告',
    en: 'The rectification report',
    rule: 'R-RECTIFY',
    article: 'Art.33',
    actor: 'declarant',
    remindsOverdue: true,
  },
} as const satisfies Record<ObligationKindCode, ObligationKind>;

export type ReminderKind = 'due_soon' | 'overdue';

/**
 * The first day of the "due soon" reminder: the lead time's working days before the day the deadline
 * falls due (Asia/Shanghai), or that day itself when the lead is 0.
 */
export function remindFrom(kind: ObligationKindCode, dueAt: Date, edition: Edition, cal: WorkingCalendar): IsoDate {
  const lead = edition.reminders.leadWorkingDays.value[kind];
  const dueDay = shanghaiDateOf(dueAt);
  return lead > 0 ? addWorkingDays(cal, dueDay, -lead) : dueDay;
}

/**
 * The reminder an obligation needs now: 'due_soon' from the start of its remindFrom day up to and
 * including the deadline instant, 'overdue' from the next millisecond (when the kind reminds overdue).
 */
export function reminderFor(
  kind: ObligationKindCode,
  dueAt: Date,
  now: Date,
  edition: Edition,
  cal: WorkingCalendar,
): ReminderKind | null {
  if (now.getTime() > dueAt.getTime()) return OBLIGATION_KINDS[kind].remindsOverdue ? 'overdue' : null;
  return shanghaiDateOf(now) >= remindFrom(kind, dueAt, edition, cal) ? 'due_soon' : null;
}

/** The reminder's title: what, and which one (a year), so each is recognisable in the bell. */
export function reminderTitle(kind: ObligationKindCode, reminder: ReminderKind, which = ''): string {
  const what = `${which}${OBLIGATION_KINDS[kind].zh}`;
  return reminder === 'overdue' ? `提醒：${what}已逾期` : `提醒：${what}即将到期`;
}

export function reminderTitleEn(kind: ObligationKindCode, reminder: ReminderKind, which = ''): string {
  const what = `${OBLIGATION_KINDS[kind].en}${which ? ` (${which})` : ''}`;
  return reminder === 'overdue' ? `Reminder: ${what} is overdue` : `Reminder: ${what} is due soon`;
}

/**
 * When a review party's opinion is expected (the waiting time of a review): the end of the Nth working
 * day after the day the review opened (reviewOpinionPeriod, a platform reading; the Measures set none).
 */
export function reviewOpinionDueAt(openedAt: Date, edition: Edition, cal: WorkingCalendar): Date {
  const n = edition.reminders.reviewOpinionPeriod.value;
  return endOfShanghaiDay(deadlineAfterWorkingDays(cal, shanghaiDateOf(openedAt), n));
}

/**
 * When a rectification report is due (Art.33 限期整改): the end of the order's deadline day — the day
 * itself is still in time (R-RECTIFY refuses 拒不整改 only from the next day, rules/rectify.ts).
 */
export function rectificationDueAt(deadline: IsoDate): Date {
  return endOfShanghaiDay(deadline);
}

/**
 * An obligation's key: what is due, whose, and which one — stable while it is open, so a reminder is
 * claimed once per (key, person, reminder) and a notice carrying the key is settled when it closes.
 * Project obligations start `p:<projectId>:`, system ones `s:<systemId>:`.
 */
export function obligationKey(
  scope: { projectId: string } | { systemId: string },
  kind: ObligationKindCode | 'todo',
  ...which: (string | number)[]
): string {
  const head = 'projectId' in scope ? `p:${scope.projectId}` : `s:${scope.systemId}`;
  return [head, kind, ...which].join(':');
}

/** The key prefix of every obligation of a project (or system). */
export function obligationScopePrefix(scope: { projectId: string } | { systemId: string }): string {
  return 'projectId' in scope ? `p:${scope.projectId}:` : `s:${scope.systemId}:`;
}
