// Helpers over the domain's stage table (src/domain/lifecycle/stages.ts): the stage filter grouped by
// phase, the order of stages, whether a declaration is still with its unit. Names: i18n/labels.ts. No stage list is kept here — groups come
// from `phase`, `terminal`, `visibility` and the transition table.
import { PHASE_ORDER, STAGE_CODES, isDeclared, stagesOf, type Stage } from '../../domain/lifecycle/stages';
import { EDITABLE_STAGES } from '../../domain/lifecycle/transitions';
import { phaseLabel, stageLabel } from '../i18n/labels';

/** The stage filter's options, one group per phase (计划编制, 项目审核, 建设管理 …), stages in lifecycle order. */
export function stageOptions(lang: string) {
  return PHASE_ORDER.map((phase) => ({ phase, stages: stagesOf(phase) }))
    .filter((g) => g.stages.length > 0)
    .map((g) => ({
      label: phaseLabel(g.phase, lang),
      title: phaseLabel(g.phase, lang),
      options: g.stages.map((s) => ({ value: s, label: stageLabel(s, lang) })),
    }));
}

/** Whether `stage` is `from` or comes after it in the table's lifecycle order. */
export function isAtOrAfter(stage: Stage, from: Stage): boolean {
  return STAGE_CODES.indexOf(stage) >= STAGE_CODES.indexOf(from);
}

/** The declaration is still with its unit: editable (draft, returned) or not yet declared to the district. */
export function isWithTheUnit(stage: Stage): boolean {
  return EDITABLE_STAGES.includes(stage) || !isDeclared(stage);
}
