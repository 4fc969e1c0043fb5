// Yearly reports of Art.33 (SPEC §3 steps 11 and 14): R-SELF-EVAL, the self-evaluation during
// construction; R-OM-REPORT, the O&M report after each O&M period. Their due dates come computed
// (../delivery/self-evaluation.ts, ../delivery/om-report.ts); late is marked overdue, never refused.
import { compareIsoDate, daysBetween } from '../calendar/index.js';
import { localDateOf } from '../editions/index.js';
import { finding } from './cite.js';
import { formatLocalTime } from './deadline.js';
import type { Finding, Rule } from './types.js';

/**
 * Art.33: "建设期内，实施单位应当对项目绩效目标执行情况进行自评价，并征求申报单位和监理单位的意见，形成项目
 * 绩效评价报告，在建设期内每年年底前提交区数据局备案。" A report without the opinions it must ask is
 * refused (the supervisor's only where one is contracted, Art.19); one filed after dueAt (12-31
 * 23:59:59.999 Asia/Shanghai) is marked overdue.
 */
export const ruleSelfEval: Rule<'self_evaluation'> = {
  id: 'R-SELF-EVAL',
  article: 'Art.33',
  stage: 'construction',
  severity: 'block',
  effects: ['overdue'],
  title: '建设期内每年年底前提交项目绩效评价报告（自评价，征求申报单位和监理单位意见）',
  titleEn: "Yearly self-evaluation (with the declarant's and supervisor's opinions) by year end",
  params: (ed) => ({ selfEvaluationDue: ed.params.selfEvaluationDue }),
  check(input, edition) {
    const { year, dueAt, filedAt } = input;
    if (Number.isNaN(filedAt.getTime())) throw new RangeError('R-SELF-EVAL: filedAt is not a valid Date');
    const out: Finding[] = [];
    const opinions = '实施单位应当对项目绩效目标执行情况进行自评价，并征求申报单位和监理单位的意见';
    if (!input.declarantOpinion)
      out.push(
        finding(
          ruleSelfEval,
          'block',
          `项目绩效评价报告（${year}年度）未附申报单位意见：${opinions}`,
          `The ${year} self-evaluation lacks the declarant's opinion`,
          'declarantOpinion',
        ),
      );
    if (input.supervisorAssigned && !input.supervisorOpinion)
      out.push(
        finding(
          ruleSelfEval,
          'block',
          `项目绩效评价报告（${year}年度）未附监理单位意见：${opinions}`,
          `The ${year} self-evaluation lacks the supervision unit's opinion`,
          'supervisorOpinion',
        ),
      );
    if (filedAt.getTime() > dueAt.getTime()) {
      const days = daysBetween(localDateOf(dueAt, edition), localDateOf(filedAt, edition));
      const due = formatLocalTime(dueAt, edition);
      const at = formatLocalTime(filedAt, edition);
      out.push(
        finding(
          ruleSelfEval,
          'warn',
          `项目绩效评价报告（${year}年度）提交截止时间为${due}（北京时间，在建设期内每年年底前提交区数据局备案），于${at}提交，已逾期${days}天，标记为逾期`,
          `The ${year} self-evaluation was due by ${due} (Beijing time, by the end of each year of construction) and was filed at ${at}: ${days} day(s) late, marked overdue`,
          'filedAt',
        ),
      );
    }
    return out;
  },
};

/**
 * Art.33: "已完成建设并转入运维期的存量信息化项目，系统使用单位应在每个运维期结束后……通过信息化项目管理平台
 * 提交年度运维服务情况报表". The Measures set no number of days; the edition's omReportPeriod gives the
 * due date. Filed after it → overdue (warn); no due date (calendar not covering the year) → nothing.
 */
export const ruleOmReport: Rule<'om_report'> = {
  id: 'R-OM-REPORT',
  article: 'Art.33',
  stage: 'operation',
  severity: 'warn',
  effects: ['overdue'],
  title: '每个运维期结束后提交年度运维服务情况报表',
  titleEn: 'Yearly O&M report after each O&M period',
  params: (ed) => ({ omReportPeriod: ed.params.omReportPeriod }),
  check(input, edition) {
    const { year, dueDate, submittedOn } = input;
    if (dueDate === null || compareIsoDate(submittedOn, dueDate) <= 0) return [];
    const n = edition.params.omReportPeriod.value;
    const days = daysBetween(dueDate, submittedOn);
    return [
      finding(
        ruleOmReport,
        'warn',
        `年度运维服务情况报表（${year}年度）提交截止日为${dueDate}（系统使用单位应在每个运维期结束后提交；办法未规定天数，平台按运维期结束后${n}个月内、遇法定节假日顺延至工作日计），于${submittedOn}提交，已逾期${days}天，标记为逾期`,
        `The ${year} O&M report was due by ${dueDate} (${n} month(s) after the O&M period, moved to a working day: the platform's reading, the Measures set no days) and was filed on ${submittedOn}: ${days} day(s) late, marked overdue`,
        'submittedOn',
      ),
    ];
  },
};
