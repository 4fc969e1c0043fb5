// Who is told when a project reaches a stage (SPEC §5 "reminded"): whoever now has work waiting —
// the same to-dos the home page lists — and the declarant when the project's fate is decided.
import type { Stage } from './stages.js';
import { todoActions, TODO_ORDER, type TodoFacts } from './todo.js';
import { actionOpen, canTake, TRANSITIONS, type ActionFacts, type Actor, type ProjectAction } from './transitions.js';

export interface StageNotice {
  actor: Actor;
  action: ProjectAction | null;
}

/**
 * Stages the declarant is told of even when no platform action waits for it: the outcomes, and
 * 待上传签章的联合评审表 (its work there is a signed scan to upload, Art.14).
 */
export const DECLARANT_INFORMED: readonly Stage[] = [
  'pre_review_failed',
  'budget_refused',
  'listed',
  'joint_review_failed',
  'form_pending',
  'approved',
];

export function noticesOnStage(stage: Stage, actionFacts: ActionFacts, todoFacts: TodoFacts): StageNotice[] {
  const open = TODO_ORDER.filter((a) => canTake(a, stage) && actionOpen(a, actionFacts));
  const out: StageNotice[] = todoActions(open, todoFacts).map((a) => ({ actor: TRANSITIONS[a].actor, action: a }));
  if (DECLARANT_INFORMED.includes(stage) && !out.some((n) => n.actor === 'declarant'))
    out.push({ actor: 'declarant', action: null });
  return out;
}
