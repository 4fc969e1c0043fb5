// The deadlines the Measures set, as one catalogue (SPEC §5: "deadlines … are reminded before and
// after"): who must act, how long before the deadline they are reminded, the rule and article. The
// server finds the open ones and sends each reminder once; the domain decides which is due.
import type { Actor } from './transitions.js';

const DAY = 24 * 3_600_000;

export interface DeadlineKind {
  /** What is due, as the reminder names it. */
  zh: string;
  en: string;
  rule: string;
  article: string;
  /** Who must act: a project actor, or the owner unit of a system. */
  actor: Actor | 'system_owner';
  /** The "due soon" reminder goes out this long before the deadline. */
  dueSoonMs: number;
}

export const DEADLINE_KINDS = {
  final_version: {
    zh: '方案终稿',
    en: 'The final version',
    rule: 'R-REVISE-3WD',
    article: 'Art.14',
    actor: 'declarant',
    dueSoonMs: DAY,
  },
  acceptance_window: {
    zh: '竣工验收（试运行至验收最长6个月）',
    en: 'The completion acceptance (at most 6 months after the trial start)',
    rule: 'R-TRIAL',
    article: 'Art.25',
    actor: 'declarant',
    dueSoonMs: 14 * DAY,
  },
  acceptance_report: {
    zh: '竣工验收报告',
    en: 'The acceptance report',
    rule: 'R-REPORT',
    article: 'Art.27',
    actor: 'declarant',
    dueSoonMs: 7 * DAY,
  },
  self_evaluation: {
    // Named with its year: "2026年度自评价报告".
    zh: '自评价报告',
    en: 'The yearly self-evaluation',
    rule: 'R-SELF-EVAL',
    article: 'Art.33',
    actor: 'implementer',
    dueSoonMs: 30 * DAY,
  },
  om_report: {
    // Named with its year: "2026年度运维服务情况报表".
    zh: '运维服务情况报表',
    en: 'The yearly O&M report',
    rule: 'R-OM-REPORT',
    article: 'Art.33',
    actor: 'system_owner',
    dueSoonMs: 14 * DAY,
  },
} as const satisfies Record<string, DeadlineKind>;

export type DeadlineKindCode = keyof typeof DEADLINE_KINDS;

export type ReminderKind = 'due_soon' | 'overdue';

/** The reminder a deadline needs now: 'due_soon' in its last stretch (inclusive), 'overdue' once past. */
export function reminderFor(kind: DeadlineKindCode, dueAt: Date, now: Date): ReminderKind | null {
  if (now.getTime() > dueAt.getTime()) return 'overdue';
  return dueAt.getTime() - now.getTime() <= DEADLINE_KINDS[kind].dueSoonMs ? 'due_soon' : null;
}

/** The reminder's title: what, and which one (a year), so each is sent once per person. */
export function reminderTitle(kind: DeadlineKindCode, reminder: ReminderKind, which = ''): string {
  const what = `${which}${DEADLINE_KINDS[kind].zh}`;
  return reminder === 'overdue' ? `提醒：${what}已逾期` : `提醒：${what}即将到期`;
}
