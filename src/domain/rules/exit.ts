// Project exit (项目退出, SPEC §3 step 15; Art.30): R-EXIT. The four steps come from EXIT_STEPS
// (../delivery/systems.ts); each one not done is named in its own finding.
import { EXIT_STEP_CODES, EXIT_STEPS } from '../delivery/systems.js';
import { finding } from './cite.js';
import type { Rule } from './types.js';

/**
 * Art.30: "已完成阶段性工作任务不再继续使用或经论证确无使用价值的项目，系统使用单位应及时按程序做好数据移交、
 * 系统停用、云资源回收、备案注销等工作。" All four before the exit is completed; a step missing from
 * `done` counts as not done.
 */
export const ruleExit: Rule<'exit'> = {
  id: 'R-EXIT',
  article: 'Art.30',
  stage: 'exit',
  severity: 'block',
  effects: ['block'],
  title: '项目退出须完成数据移交、系统停用、云资源回收、备案注销',
  titleEn: 'Exit requires data handover, shutdown, cloud reclaim and record cancellation',
  params: () => ({}),
  check: (input) =>
    EXIT_STEP_CODES.filter((step) => input.done[step] !== true).map((step) =>
      finding(
        ruleExit,
        'block',
        `尚未完成${EXIT_STEPS[step].zh}：系统使用单位应及时按程序做好数据移交、系统停用、云资源回收、备案注销等工作`,
        `Step not done: ${EXIT_STEPS[step].en.toLowerCase()}; an exit needs data handover, shutdown, cloud reclaim and record cancellation`,
        `done.${step}`,
      ),
    ),
};
