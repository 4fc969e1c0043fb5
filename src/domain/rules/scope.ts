// What may be declared at all: scope (Art.2), forbidden content (Art.10(1)4) and
// "one department, one system" (Art.3, 10(1)4).
import { meets } from '../editions/legal-number.js';
import { formatFen, formatWan, formatYuan } from '../money.js';
import { finding } from './cite.js';
import type { Rule } from './types.js';

/**
 * Art.2: "前款所称信息化项目是指……基础设施、数据系统、业务系统、服务系统以及50万元及以上的硬件设备采购项目。"
 * A hardware-only purchase (category 'hardware') whose total is not "50万元及以上" is outside the
 * Measures. 以上 includes the line: 500,000.00 元 is in scope, 499,999.99 元 is not.
 */
export const ruleScopeHw: Rule<'declare'> = {
  id: 'R-SCOPE-HW',
  article: 'Art.2',
  stage: 'declare',
  severity: 'warn',
  effects: ['warn'],
  title: '50万元以下的硬件设备采购不属于本办法管理范围',
  titleEn: 'Hardware-only purchases below 500,000 yuan are outside these Measures',
  params: (ed) => ({ hardwareScopeLine: ed.params.hardwareScopeLine }),
  check(input, ed) {
    const line = ed.params.hardwareScopeLine;
    if (input.category !== 'hardware' || meets(input.totalFen, line)) return [];
    return [
      finding(
        ruleScopeHw,
        'warn',
        `硬件设备采购项目总投资${formatYuan(input.totalFen)}，未达到“${line.note}”的标准（${formatWan(line.value)}），不属于本办法管理范围`,
        `A hardware-only purchase of ${formatFen(input.totalFen)} does not reach the scope line (${line.noteEn}); it is outside these Measures`,
        'totalFen',
        line.article,
      ),
    ];
  },
};

/**
 * Art.10(1)4: "不得申报未按要求使用政务云平台、新建或扩建机房、采购视频会议系统，以及新建APP、小程序、
 * 快应用等移动互联网应用的项目。" Every declared content item on the edition's forbidden list blocks.
 * (The government-cloud part of this sentence is R-CLOUD.)
 */
export const ruleForbidden: Rule<'declare'> = {
  id: 'R-FORBIDDEN',
  article: 'Art.10(1)4',
  stage: 'declare',
  severity: 'block',
  effects: ['block'],
  title: '不得申报新建或扩建机房、采购视频会议系统、新建APP/小程序/快应用的项目',
  titleEn: 'No server-room building, video-conference purchases or new mobile apps',
  params: (ed) => ({ forbiddenItems: ed.lists.forbiddenItems }),
  check(input, ed) {
    const list = ed.lists.forbiddenItems;
    return [...new Set(input.declaredItems)].flatMap((code) => {
      const item = list.value.find((f) => f.code === code);
      if (!item) return [];
      return [
        finding(
          ruleForbidden,
          'block',
          `项目内容含“${item.zh}”，属于不得申报的项目`,
          `The project includes "${item.en}", which may not be declared`,
          `declaredItems.${code}`,
          list.article,
        ),
      ];
    });
  },
};

/**
 * Art.10(1)4: "原则上同一部门不得同时申报多个建设类项目"; Art.3: "从‘一部门多系统’向‘一部门一系统’转变".
 * 原则上 = in principle: a warning, the data bureau decides.
 */
export const ruleOneSystem: Rule<'declare'> = {
  id: 'R-ONE-SYSTEM',
  article: 'Art.10(1)4, 3',
  stage: 'declare',
  severity: 'warn',
  effects: ['warn'],
  title: '原则上同一部门不得同时申报多个建设类项目',
  titleEn: 'In principle one department declares at most one build project a year',
  params: (ed) => ({ buildProjectsPerOrgPerYear: ed.params.buildProjectsPerOrgPerYear }),
  check(input, ed) {
    const limit = ed.params.buildProjectsPerOrgPerYear;
    if (input.kind !== 'build' || input.sameOrgBuildProjectsThisYear + 1 <= limit.value) return [];
    const n = input.sameOrgBuildProjectsThisYear + 1;
    return [
      finding(
        ruleOneSystem,
        'warn',
        `本单位${input.planYear}年度已申报${n}个建设类项目（含本项目）；${limit.note}，推动“一部门一系统”，由区数据局研究决定`,
        `This organisation has declared ${n} build projects for ${input.planYear} (including this one): ${limit.noteEn}; the data bureau decides`,
        'kind',
      ),
    ];
  },
};
