// The labels the domain tables own, picked by language: an action's from TRANSITIONS (buttons, form
// titles, to-dos, the menu), a stage's from STAGES, a phase's from PHASES. The i18n files never type
// them again (CODE_STYLE.md, src/web), so the button, the to-do and the bell say the same words.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { PHASES, STAGES, isStage, type Phase } from '../../domain/lifecycle/stages';
import { TRANSITIONS, type ProjectAction } from '../../domain/lifecycle/transitions';
import { pick } from './format';

export function actionLabel(action: ProjectAction, lang: string): string {
  return pick(lang, TRANSITIONS[action].zh, TRANSITIONS[action].en);
}

/** A stage's name; a code the table does not know (an old history row) is shown as it is. */
export function stageLabel(stage: string, lang: string): string {
  return isStage(stage) ? pick(lang, STAGES[stage].zh, STAGES[stage].en) : stage;
}

export function phaseLabel(phase: Phase, lang: string): string {
  return pick(lang, PHASES[phase].zh, PHASES[phase].en);
}

/** Hook form of actionLabel() bound to the current language. */
export function useActionLabel(): (action: ProjectAction) => string {
  const { i18n } = useTranslation();
  const lang = i18n.language;
  return useCallback((action: ProjectAction) => actionLabel(action, lang), [lang]);
}

/** Hook form of stageLabel() bound to the current language. */
export function useStageLabel(): (stage: string) => string {
  const { i18n } = useTranslation();
  const lang = i18n.language;
  return useCallback((stage: string) => stageLabel(stage, lang), [lang]);
}
