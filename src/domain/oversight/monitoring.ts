// Monthly monitoring of operating systems and the elimination list (统一监测, SPEC §4 R-MONITOR; Art.32
// "区大数据中心通过信息化手段对已建成运行的项目通过统一管理平台每月进行监测……对云资源使用率低、长期闲置、
// 无法正常使用、存在严重安全隐患等运行不正常的系统实行淘汰退出机制"). Pure: the flags come from one system's
// monthly history and the edition's thresholds; the rectification deadline from the decision day and
// the working calendar. No I/O, no clock.
import {
  addDays,
  CalendarYearNotCoveredError,
  compareIsoDate,
  deadlineAfterMonths,
  type IsoDate,
  type WorkingCalendar,
} from '../calendar/index.js';
import { meets } from '../editions/legal-number.js';
import type { Edition, SecurityFindingSeverity } from '../editions/types.js';

/** A calendar month, 'YYYY-MM'. */
export type MonthKey = string;

export function isMonthKey(m: unknown): m is MonthKey {
  if (typeof m !== 'string' || !/^\d{4}-\d{2}$/.test(m)) return false;
  const month = Number(m.slice(5, 7));
  return month >= 1 && month <= 12 && Number(m.slice(0, 4)) >= 1900;
}

const monthIndex = (m: MonthKey) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;

/** The month after m ('2026-12' → '2027-01'). */
export function nextMonth(m: MonthKey): MonthKey {
  const i = monthIndex(m) + 1;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
}

/** The month of a calendar date ('2026-05-31' → '2026-05'). */
export const monthOf = (d: IsoDate): MonthKey => d.slice(0, 7);

export const FINDING_SEVERITIES = {
  critical: { zh: '严重', en: 'Critical' },
  high: { zh: '高危', en: 'High' },
  medium: { zh: '中危', en: 'Medium' },
  low: { zh: '低危', en: 'Low' },
} as const satisfies Record<SecurityFindingSeverity, { zh: string; en: string }>;
export const FINDING_SEVERITY_CODES = Object.keys(FINDING_SEVERITIES) as SecurityFindingSeverity[];

/** One system's monitoring in one month, as the big data center reports it. */
export interface MonitoringMonth {
  month: MonthKey;
  vcpuAllocated: number;
  /** Average vCPU in use over the month. */
  vcpuUsed: number;
  memoryAllocatedGb: number;
  memoryUsedGb: number;
  storageAllocatedGb: number;
  storageUsedGb: number;
  /** Availability over the month, 0–100. */
  availabilityPercent: number;
  activeUsers: number;
  calls: number;
  /** Open (unresolved) security findings by severity at the month's end. */
  findings: Readonly<Record<SecurityFindingSeverity, number>>;
}

/** The four kinds of abnormal system of Art.32. */
export const MONITORING_FLAGS = {
  low_use: { zh: '云资源使用率低', en: 'Low cloud resource use', article: 'Art.32' },
  idle: { zh: '长期闲置', en: 'Idle for a long time', article: 'Art.32' },
  unusable: { zh: '无法正常使用', en: 'Cannot be used normally', article: 'Art.32' },
  serious_risk: { zh: '存在严重安全隐患', en: 'Serious security risk', article: 'Art.32' },
} as const;
export type MonitoringFlag = keyof typeof MONITORING_FLAGS;
export const MONITORING_FLAG_CODES = Object.keys(MONITORING_FLAGS) as [MonitoringFlag, ...MonitoringFlag[]];

/** Why a flag is raised: the months and the figures that raise it, with the line in force. */
export interface FlagEvidence {
  flag: MonitoringFlag;
  article: string;
  /** The months that raise it (a run of consecutive months, or the latest month). */
  months: MonthKey[];
  /** The figure per month (CPU %, users + calls, availability %, open high/critical findings). */
  values: number[];
  /** The line as the edition words it, e.g. '不足 5%（连续 3 个月）'. */
  threshold: string;
  message: string;
  messageEn: string;
}

/** CPU use of a month in percent (used / allocated × 100, two decimals for display); null when nothing is allocated. */
export function cpuUsePercent(m: Pick<MonitoringMonth, 'vcpuUsed' | 'vcpuAllocated'>): number | null {
  if (!(m.vcpuAllocated > 0)) return null;
  return Math.round((m.vcpuUsed / m.vcpuAllocated) * 10_000) / 100;
}

/**
 * Whether the month's CPU use is "<word> <line> %". Compared as used × 100 against line × allocated,
 * so no division rounds a month onto the wrong side of the line. Nothing allocated: not low use.
 */
export function isLowCpu(m: Pick<MonitoringMonth, 'vcpuUsed' | 'vcpuAllocated'>, edition: Edition): boolean {
  const line = edition.monitoring.lowUseCpuPercent;
  if (!(m.vcpuAllocated > 0)) return false;
  return meets(m.vcpuUsed * 100, { value: line.value * m.vcpuAllocated, word: line.word });
}

export const isIdleMonth = (m: Pick<MonitoringMonth, 'activeUsers' | 'calls'>): boolean =>
  m.activeUsers === 0 && m.calls === 0;

export function isUnusable(m: Pick<MonitoringMonth, 'availabilityPercent'>, edition: Edition): boolean {
  const line = edition.monitoring.unusableAvailabilityPercent;
  return meets(m.availabilityPercent, line);
}

export function seriousFindings(m: Pick<MonitoringMonth, 'findings'>, edition: Edition): number {
  return edition.monitoring.seriousRiskSeverities.value.reduce((n, s) => n + (m.findings[s] ?? 0), 0);
}

/** Sorted by month; a month reported twice keeps its last report (a re-import replaces). */
export function normaliseHistory(history: readonly MonitoringMonth[]): MonitoringMonth[] {
  const byMonth = new Map<MonthKey, MonitoringMonth>();
  for (const m of history) byMonth.set(m.month, m);
  return [...byMonth.values()].sort((a, b) => monthIndex(a.month) - monthIndex(b.month));
}

/** The run of consecutive months ending with the latest month in which `test` holds (a gap ends the run). */
export function trailingRun(
  history: readonly MonitoringMonth[],
  test: (m: MonitoringMonth) => boolean,
): MonitoringMonth[] {
  const sorted = normaliseHistory(history);
  const run: MonitoringMonth[] = [];
  for (let i = sorted.length - 1; i >= 0; i--) {
    const m = sorted[i];
    if (!test(m)) break;
    if (run.length && nextMonth(m.month) !== run[0].month) break;
    run.unshift(m);
  }
  return run;
}

/**
 * The Art.32 flags of a system from its monthly history, each with its evidence. Low use and idle
 * need a run of consecutive months ending with the latest month reported ("连续"; a missing month
 * restarts the count); unusable and serious risk look at the latest month only (the state now).
 */
export function monitoringFlags(history: readonly MonitoringMonth[], edition: Edition): FlagEvidence[] {
  const sorted = normaliseHistory(history);
  const latest = sorted.at(-1);
  if (!latest) return [];
  const p = edition.monitoring;
  const out: FlagEvidence[] = [];

  const low = trailingRun(sorted, (m) => isLowCpu(m, edition));
  if (low.length >= p.lowUseMonths.value) {
    const months = low.map((m) => m.month);
    out.push({
      flag: 'low_use',
      article: p.lowUseCpuPercent.article,
      months,
      values: low.map((m) => cpuUsePercent(m) ?? 0),
      threshold: `CPU 使用率${p.lowUseCpuPercent.word} ${p.lowUseCpuPercent.value}%，连续 ${p.lowUseMonths.value} 个月`,
      message: `${months[0]} 至 ${months.at(-1)} 连续 ${months.length} 个月平均 CPU 使用率${p.lowUseCpuPercent.word}${p.lowUseCpuPercent.value}%（${low.map((m) => `${cpuUsePercent(m)}%`).join('、')}），属云资源使用率低（第三十二条）`,
      messageEn: `Average CPU use under ${p.lowUseCpuPercent.value} % for ${months.length} consecutive months (${months[0]} to ${months.at(-1)}): low cloud use (Art.32)`,
    });
  }

  const idle = trailingRun(sorted, isIdleMonth);
  if (idle.length >= p.idleMonths.value) {
    const months = idle.map((m) => m.month);
    out.push({
      flag: 'idle',
      article: p.idleMonths.article,
      months,
      values: idle.map((m) => m.activeUsers + m.calls),
      threshold: `无活跃用户且无调用，连续 ${p.idleMonths.value} 个月`,
      message: `${months[0]} 至 ${months.at(-1)} 连续 ${months.length} 个月无活跃用户且无调用，属长期闲置（第三十二条）`,
      messageEn: `No active users and no calls for ${months.length} consecutive months (${months[0]} to ${months.at(-1)}): idle (Art.32)`,
    });
  }

  if (isUnusable(latest, edition)) {
    const line = p.unusableAvailabilityPercent;
    out.push({
      flag: 'unusable',
      article: line.article,
      months: [latest.month],
      values: [latest.availabilityPercent],
      threshold: `可用率${line.word} ${line.value}%`,
      message: `${latest.month} 可用率 ${latest.availabilityPercent}%，${line.word}${line.value}%，属无法正常使用（第三十二条）`,
      messageEn: `Availability ${latest.availabilityPercent} % in ${latest.month}, under ${line.value} %: cannot be used normally (Art.32)`,
    });
  }

  const serious = seriousFindings(latest, edition);
  if (serious > 0) {
    const sev = p.seriousRiskSeverities.value;
    const parts = sev
      .filter((s) => latest.findings[s] > 0)
      .map((s) => `${FINDING_SEVERITIES[s].zh} ${latest.findings[s]} 项`);
    out.push({
      flag: 'serious_risk',
      article: p.seriousRiskSeverities.article,
      months: [latest.month],
      values: [serious],
      threshold: `未整改的${sev.map((s) => FINDING_SEVERITIES[s].zh).join('或')}安全问题`,
      message: `${latest.month} 仍有未整改的安全问题（${parts.join('、')}），属存在严重安全隐患（第三十二条）`,
      messageEn: `${serious} unresolved high or critical security finding(s) in ${latest.month}: serious security risk (Art.32)`,
    });
  }
  return out;
}

// ——— The elimination list (淘汰退出, Art.32) ———

export const ELIMINATION_STATUSES = {
  pending: { zh: '待决定', en: 'Awaiting decision' },
  kept: { zh: '保留整改', en: 'Kept, to rectify' },
  eliminated: { zh: '已淘汰', en: 'Eliminated' },
} as const;
export type EliminationStatus = keyof typeof ELIMINATION_STATUSES;
export const ELIMINATION_STATUS_CODES = Object.keys(ELIMINATION_STATUSES) as [
  EliminationStatus,
  ...EliminationStatus[],
];

/** What the list already holds for a system: its latest entry. */
export interface LatestEntry {
  status: EliminationStatus;
  /** For a kept system: the last day of its rectification. */
  rectificationDueOn: IsoDate | null;
}

/**
 * What a fresh computation of the flags does to the list: nothing (no flag, or already listed and
 * awaiting a decision, or kept and still within its rectification period, or eliminated), `refresh`
 * (a pending entry takes the new evidence), or `enter` (a new pending entry). A kept system whose
 * rectification period has ended and that is still flagged enters again.
 */
export function listingAction(
  flags: readonly FlagEvidence[],
  latest: LatestEntry | null,
  today: IsoDate,
): 'none' | 'refresh' | 'enter' {
  if (flags.length === 0) return 'none';
  if (!latest) return 'enter';
  switch (latest.status) {
    case 'pending':
      return 'refresh';
    case 'eliminated':
      return 'none';
    case 'kept':
      return latest.rectificationDueOn !== null && compareIsoDate(today, latest.rectificationDueOn) > 0
        ? 'enter'
        : 'none';
    default: {
      const never: never = latest.status;
      throw new Error(`Unknown elimination status ${String(never)}`);
    }
  }
}

/** The latest rectification deadline allowed: the period after the decision, moved off a rest day. */
export function latestRectificationDue(decidedOn: IsoDate, cal: WorkingCalendar, edition: Edition): IsoDate {
  return deadlineAfterMonths(cal, decidedOn, edition.monitoring.rectificationPeriod.value);
}

/** The earliest rectification deadline allowed: the day after the decision (it must fall after it). */
export function earliestRectificationDue(decidedOn: IsoDate): IsoDate {
  return addDays(decidedOn, 1);
}

/**
 * The days a deadline decided on `decidedOn` may take, for the keep form's date picker (the web takes
 * both bounds from here through the list's answer, not from the browser's clock). `latest` is null when
 * the calendar does not cover its year: the server then refuses to guess and the form names no bound.
 */
export function rectificationDueBounds(
  decidedOn: IsoDate,
  cal: WorkingCalendar,
  edition: Edition,
): { earliest: IsoDate; latest: IsoDate | null } {
  let latest: IsoDate | null = null;
  try {
    latest = latestRectificationDue(decidedOn, cal, edition);
  } catch (err) {
    if (!(err instanceof CalendarYearNotCoveredError)) throw err;
  }
  return { earliest: earliestRectificationDue(decidedOn), latest };
}

export type RectificationDueProblem = { code: 'DUE_NOT_AFTER_DECISION' | 'DUE_TOO_LATE'; zh: string; en: string };

/**
 * The rectification deadline of a kept system: the one asked for, or by default the latest allowed.
 * It must fall after the decision day and not after the latest allowed (不超过 the period).
 */
export function rectificationDue(
  decidedOn: IsoDate,
  asked: IsoDate | null,
  cal: WorkingCalendar,
  edition: Edition,
): { dueOn: IsoDate; problem: null } | { dueOn: null; problem: RectificationDueProblem } {
  const latest = latestRectificationDue(decidedOn, cal, edition);
  if (asked === null) return { dueOn: latest, problem: null };
  const n = edition.monitoring.rectificationPeriod.value;
  if (compareIsoDate(asked, earliestRectificationDue(decidedOn)) < 0)
    return {
      dueOn: null,
      problem: {
        code: 'DUE_NOT_AFTER_DECISION',
        zh: `整改期限${asked}须晚于决定之日${decidedOn}`,
        en: `The rectification deadline ${asked} must be after the decision day ${decidedOn}`,
      },
    };
  if (compareIsoDate(asked, latest) > 0)
    return {
      dueOn: null,
      problem: {
        code: 'DUE_TOO_LATE',
        zh: `整改期限${asked}晚于${latest}：整改期限自决定之日起不超过${n}个月（遇法定节假日顺延至工作日）`,
        en: `The rectification deadline ${asked} is after ${latest}: at most ${n} months from the decision (moved to a working day)`,
      },
    };
  return { dueOn: asked, problem: null };
}
