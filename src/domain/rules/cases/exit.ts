// R-EXIT (Art.30): data handed over, system stopped, cloud reclaimed, record cancelled — each step
// not done is named in its own blocking finding.
import { EXIT_STEP_CODES, EXIT_STEPS, type ExitStep } from '../../delivery/systems.js';
import type { ExitInput } from '../stage-inputs.js';
import { x, type RuleCase } from './types.js';

const STEP = (s: ExitStep) => x('R-EXIT', 'block', `done.${s}`);
const allDone = (): Record<ExitStep, boolean> => ({
  data_handover: true,
  shutdown: true,
  cloud_reclaim: true,
  record_cancellation: true,
});

export const exitCases: RuleCase[] = [
  { stage: 'exit', name: 'all four steps done', input: {}, expect: [] },
  ...EXIT_STEP_CODES.map(
    (s): RuleCase => ({
      stage: 'exit',
      name: `${s} not done`,
      input: { done: { ...allDone(), [s]: false } },
      expect: [STEP(s)],
      says: [
        `尚未完成${EXIT_STEPS[s].zh}：系统使用单位应及时按程序做好数据移交、系统停用、云资源回收、备案注销等工作（第三十条）`,
      ],
    }),
  ),
  {
    stage: 'exit',
    name: 'nothing done: each step named',
    input: { done: { data_handover: false, shutdown: false, cloud_reclaim: false, record_cancellation: false } },
    expect: EXIT_STEP_CODES.map(STEP),
  },
  {
    stage: 'exit',
    name: 'a step missing from the record counts as not done',
    input: { done: { data_handover: true, shutdown: true, cloud_reclaim: true } as ExitInput['done'] },
    expect: [STEP('record_cancellation')],
  },
];
