// R-REVISE-3WD (Art.14): the final version is due on the 3rd working day after the opinions
// (2026-09-30 → 2026-10-10, the 调休 Saturday), until 23:59:59.999 +08:00. "一般应当": late is
// marked overdue (warn), never refused. Without a calendar for the year the instants decide.
import { createCalendar } from '../../calendar/index.js';
import { REVISION_DUE } from './baseline.js';
import { x, type StageCase } from './types.js';

const STAGE = 'revision' as const;
const at = (iso: string) => new Date(iso);
const LATE = x('R-REVISE-3WD', 'warn', 'finalVersion');
const NO_CALENDAR = '工作日历未覆盖该年度，仅按时刻比较';

export const revisionCases: StageCase<'revision'>[] = [
  { stage: STAGE, name: 'the day before the due day: on time', input: {}, expect: [] },
  {
    stage: STAGE,
    name: "the due day's last millisecond: on time",
    input: { submittedAt: at('2026-10-10T23:59:59.999+08:00') },
    expect: [],
  },
  {
    stage: STAGE,
    name: 'the next millisecond (a Sunday): 1 day, 0 working days late',
    input: { submittedAt: at('2026-10-11T00:00:00+08:00') },
    expect: [LATE],
    says: ['项目方案终稿修订截止日为2026-10-10（联审意见反馈后3个工作日内），已逾期提交1天（0个工作日），标记为逾期'],
  },
  {
    stage: STAGE,
    name: 'the Monday after: 2 days, 1 working day late',
    input: { submittedAt: at('2026-10-12T09:00:00+08:00') },
    expect: [LATE],
    says: ['已逾期提交2天（1个工作日）'],
  },
  {
    stage: STAGE,
    name: 'the due instant in UTC: 15:59:59.999Z is on time',
    input: { submittedAt: at('2026-10-10T15:59:59.999Z') },
    expect: [],
  },
  {
    stage: STAGE,
    name: 'late is never blocking',
    input: { submittedAt: at('2026-11-30T09:00:00+08:00') },
    expect: 'none-blocking',
  },
  {
    stage: STAGE,
    name: "no calendar: the due day's last millisecond is on time",
    input: { calendar: null, submittedAt: at('2026-10-10T23:59:59.999+08:00') },
    expect: [],
  },
  {
    stage: STAGE,
    name: 'no calendar: the next millisecond is late, and it says the instants decided',
    input: { calendar: null, submittedAt: at('2026-10-11T00:00:00+08:00') },
    expect: [LATE],
    says: [
      `截止时间为2026-10-10 23:59:59（北京时间`,
      '于2026-10-11 00:00:00提交，晚于截止时间，标记为逾期',
      NO_CALENDAR,
    ],
  },
  {
    stage: STAGE,
    name: 'a calendar without the year counts as none',
    input: { calendar: createCalendar({}), submittedAt: at('2026-10-11T00:00:00+08:00') },
    expect: [LATE],
    says: [NO_CALENDAR],
  },
  {
    stage: STAGE,
    name: 'no deadline could be set: nothing to flag',
    input: { due: null, submittedAt: at('2027-01-30T09:00:00+08:00'), calendar: null },
    expect: [],
  },
  {
    stage: STAGE,
    name: 'with a calendar, the working days are counted',
    input: { due: REVISION_DUE, submittedAt: at('2026-10-17T09:00:00+08:00') },
    expect: [LATE],
    says: ['已逾期提交7天（5个工作日）'],
    saysNot: [NO_CALENDAR],
  },
];
