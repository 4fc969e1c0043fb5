// R-SELF-EVAL (Art.33): the 2026 self-evaluation is due 2026-12-31 23:59:59.999 +08:00 and needs the
// declarant's opinion and, where a supervisor is contracted, the supervisor's. R-OM-REPORT (Art.33):
// the 2025 O&M report is due 2026-01-31 (a Saturday) → 2026-02-02. Late is overdue (warn), never refused.
import { x, type RuleCase } from './types.js';

const at = (iso: string) => new Date(iso);
const SE = (field: 'declarantOpinion' | 'supervisorOpinion') => x('R-SELF-EVAL', 'block', field);
const SE_LATE = x('R-SELF-EVAL', 'warn', 'filedAt');
const OM_LATE = x('R-OM-REPORT', 'warn', 'submittedOn');

export const evaluationCases: RuleCase[] = [
  // ——— R-SELF-EVAL ———
  { stage: 'self_evaluation', name: 'filed 12-20 with both opinions', input: {}, expect: [] },
  {
    stage: 'self_evaluation',
    name: "the due instant's last millisecond: on time",
    input: { filedAt: at('2026-12-31T23:59:59.999+08:00') },
    expect: [],
  },
  {
    stage: 'self_evaluation',
    name: 'one millisecond later: overdue',
    input: { filedAt: at('2027-01-01T00:00:00+08:00') },
    expect: [SE_LATE],
    says: [
      '项目绩效评价报告（2026年度）提交截止时间为2026-12-31 23:59:59（北京时间，在建设期内每年年底前提交区数据局备案），于2027-01-01 00:00:00提交，已逾期1天，标记为逾期（第三十三条）',
    ],
  },
  {
    stage: 'self_evaluation',
    name: 'the due instant in UTC: 15:59:59.999Z is on time',
    input: { filedAt: at('2026-12-31T15:59:59.999Z') },
    expect: [],
  },
  {
    stage: 'self_evaluation',
    name: 'the due instant in UTC: 16:00:00Z is late',
    input: { filedAt: at('2026-12-31T16:00:00Z') },
    expect: [SE_LATE],
  },
  {
    stage: 'self_evaluation',
    name: 'late is never blocking',
    input: { filedAt: at('2027-03-01T09:00:00+08:00') },
    expect: 'none-blocking',
    says: ['已逾期60天'],
  },
  {
    stage: 'self_evaluation',
    name: "no declarant's opinion",
    input: { declarantOpinion: false },
    expect: [SE('declarantOpinion')],
    says: [
      '项目绩效评价报告（2026年度）未附申报单位意见：实施单位应当对项目绩效目标执行情况进行自评价，并征求申报单位和监理单位的意见',
    ],
  },
  {
    stage: 'self_evaluation',
    name: "a supervisor contracted, no supervisor's opinion",
    input: { supervisorOpinion: false },
    expect: [SE('supervisorOpinion')],
    says: ['未附监理单位意见'],
  },
  {
    stage: 'self_evaluation',
    name: "no supervisor contracted: no supervisor's opinion needed",
    input: { supervisorAssigned: false, supervisorOpinion: false },
    expect: [],
  },
  {
    stage: 'self_evaluation',
    name: 'both opinions missing and late: each named',
    input: { declarantOpinion: false, supervisorOpinion: false, filedAt: at('2027-01-02T09:00:00+08:00') },
    expect: [SE('declarantOpinion'), SE('supervisorOpinion'), SE_LATE],
  },

  // ——— R-OM-REPORT ———
  { stage: 'om_report', name: 'filed 01-20, before the due date', input: {}, expect: [] },
  {
    stage: 'om_report',
    name: 'filed 01-31 (the unmoved date, a Saturday)',
    input: { submittedOn: '2026-01-31' },
    expect: [],
  },
  { stage: 'om_report', name: 'filed on the moved due date 02-02', input: { submittedOn: '2026-02-02' }, expect: [] },
  {
    stage: 'om_report',
    name: 'filed 02-03: one day late',
    input: { submittedOn: '2026-02-03' },
    expect: [OM_LATE],
    says: [
      '年度运维服务情况报表（2025年度）提交截止日为2026-02-02',
      '办法未规定天数，平台按运维期结束后1个月内',
      '于2026-02-03提交，已逾期1天，标记为逾期（第三十三条）',
    ],
  },
  { stage: 'om_report', name: 'late is never blocking', input: { submittedOn: '2026-06-30' }, expect: 'none-blocking' },
  {
    stage: 'om_report',
    name: 'no due date (calendar not covering the year): nothing',
    input: { year: 2026, dueDate: null, submittedOn: '2027-06-30' },
    expect: [],
  },
];
