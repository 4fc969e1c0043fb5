// Art.8 declaration deadline, with its derogation for mandated urgent projects.
import { annualDateInstant, localDateOf } from '../editions/index.js';
import type { Edition } from '../editions/types.js';
import { finding, hasText } from './cite.js';
import type { UrgentBasis } from './declaration-input.js';
import type { Rule } from './types.js';

/**
 * The default deadline of the call for `planYear` (Art.8 "每年10月15日前……提交下一年度项目建设计划"):
 * 10-15 of the year before, end of 23:59:59 Asia/Shanghai — i.e. 23:59:59.999 +08:00.
 */
export function declarationDeadline(planYear: number, edition: Edition): Date {
  const d = edition.params.declarationDeadline.value;
  return annualDateInstant(d, planYear + d.yearOffset, edition);
}

/** 'YYYY-MM-DD HH:MM:SS' in the edition's time zone. */
export function formatLocalTime(instant: Date, edition: Edition): string {
  const local = new Date(instant.getTime() + edition.utcOffsetMinutes * 60_000);
  return `${localDateOf(instant, edition)} ${local.toISOString().slice(11, 19)}`;
}

/**
 * The derogation of Art.8 ("除国家、省、市、区有明确建设要求且必须在当年实施的项目外"): an explicit
 * exception to the general deadline rule, not an if/else ordering. It applies when the declarant
 * states the level of the requirement and the requirement itself.
 */
export function isUrgentDerogation(basis: UrgentBasis | null, edition: Edition): basis is UrgentBasis {
  return !!basis && edition.params.urgentLevels.value.some((l) => l.code === basis.level) && hasText(basis.text);
}

/**
 * Art.8: "申报单位应于每年10月15日前通过宿城区信息化项目管理平台，提交下一年度项目建设计划。除国家、省、
 * 市、区有明确建设要求且必须在当年实施的项目外，未在申报期内申报的项目，不列入年度计划。"
 * General rule: submittedAt ≤ deadline (the call's own, else the edition's default).
 * Exception: a late declaration with an urgent basis passes with a warning for the data bureau.
 */
export const ruleDeadline: Rule<'declare'> = {
  id: 'R-DEADLINE',
  article: 'Art.8',
  stage: 'declare',
  severity: 'block',
  effects: ['block', 'warn'],
  title: '申报单位应于每年10月15日前提交下一年度项目建设计划',
  titleEn: 'Declarations are due by 15 October for the next year',
  params: (ed) => ({ declarationDeadline: ed.params.declarationDeadline, urgentLevels: ed.params.urgentLevels }),
  check(input, ed) {
    const submitted = input.submittedAt.getTime();
    if (Number.isNaN(submitted)) throw new RangeError('R-DEADLINE: submittedAt is not a valid Date');
    const deadline = input.callDeadline ?? declarationDeadline(input.planYear, ed);
    if (submitted <= deadline.getTime()) return [];
    const due = formatLocalTime(deadline, ed);
    const at = formatLocalTime(input.submittedAt, ed);
    const basis = input.urgentBasis;
    if (isUrgentDerogation(basis, ed)) {
      const level = ed.params.urgentLevels.value.find((l) => l.code === basis.level)!;
      return [
        finding(
          ruleDeadline,
          'warn',
          `于${at}逾期申报（截止时间${due}，北京时间），已标注为${level.zh}有明确建设要求且必须在当年实施的项目：“${basis.text.trim()}”，由区数据局核实`,
          `Declared late at ${at} (deadline ${due}, Beijing time), marked as required by a ${level.en.toLowerCase()} mandate that must run this year: "${basis.text.trim()}". The data bureau verifies it`,
          'urgentBasis',
        ),
      ];
    }
    return [
      finding(
        ruleDeadline,
        'block',
        `申报时间${at}已过申报截止时间${due}（北京时间）；除国家、省、市、区有明确建设要求且必须在当年实施的项目外，未在申报期内申报的项目，不列入年度计划`,
        `Submitted at ${at}, after the deadline ${due} (Beijing time); late declarations are not put in the annual plan unless a national, provincial, city or district requirement makes them due this year`,
        'submittedAt',
      ),
    ];
  },
};
