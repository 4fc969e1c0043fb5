// 待办: which of the actions open to a person on a project are work waiting for them, in the order
// of the lifecycle. Editing, withdrawing, a change or a meeting are things one *may* do; these are
// things the Measures expect someone to do next (a declaration to forward, an opinion to give, a
// final version due in 3 working days, a scan to check, a contract to record …).
import type { Stage } from './stages.js';
import { actionOpen, canTake, TRANSITIONS, type ActionFacts, type Actor, type ProjectAction } from './transitions.js';

export const TODO_ORDER: readonly ProjectAction[] = [
  'submit',
  'resubmit_change',
  'forward',
  'pre_review_opinion',
  'budget_review',
  'issue_plan',
  'submit_application',
  'ndrc_approve',
  'joint_review_opinion',
  'record_control_price',
  'submit_revision',
  'approve',
  'record_decentral',
  'record_procurement',
  'record_supervision',
  'start_construction',
  'start_service',
  // Delivery (Art.25–33): the year's self-evaluation first (due 12-31), then the road to operation.
  'draft_self_evaluation',
  'self_evaluation_opinion',
  'self_evaluation_supervision',
  'file_self_evaluation',
  'record_trial_start',
  'submit_acceptance',
  'review_acceptance',
  'hold_acceptance',
  'submit_acceptance_report',
  'record_handover',
  'confirm_handover',
  'record_disbursement',
];

export interface TodoFacts {
  /** Finance has recorded the reviewed tender control price (Art.13). */
  controlPriceRecorded: boolean;
  /** The budget is over the supervision line (R-SUPERVISION, Art.19). */
  supervisionNeeded: boolean;
  /** R-PROCURE lets procurement go ahead (Art.18): before that, recording it is not yet anyone's work. */
  procurementReady: boolean;
  /** Finance has disbursed something after the report (Art.26): the to-do is done. */
  disbursed: boolean;
  /** The year's self-evaluation is near its 12-31 deadline or overdue (Art.33): only then is it a to-do. */
  selfEvaluationDueSoon: boolean;
}

/** The yearly self-evaluation's steps (Art.33): a to-do only near its year's end (selfEvaluationDueSoon). */
export const SELF_EVALUATION_ACTIONS: readonly ProjectAction[] = [
  'draft_self_evaluation',
  'self_evaluation_opinion',
  'self_evaluation_supervision',
  'file_self_evaluation',
];

/** The to-dos among the open actions, lifecycle order: at most one per project is shown first. */
export function todoActions(open: readonly ProjectAction[], f: TodoFacts): ProjectAction[] {
  return TODO_ORDER.filter(
    (a) =>
      open.includes(a) &&
      !(a === 'record_control_price' && f.controlPriceRecorded) &&
      !(a === 'record_supervision' && !f.supervisionNeeded) &&
      !(a === 'record_procurement' && !f.procurementReady) &&
      !(a === 'record_disbursement' && f.disbursed) &&
      !(SELF_EVALUATION_ACTIONS.includes(a) && !f.selfEvaluationDueSoon),
  );
}

/**
 * The one to-do a person has on a project (the home page shows at most one per project): the first,
 * in lifecycle order, of the actions their capacities (`actors`) may take in the stage, that are open
 * (actionOpen) and are work waiting (todoActions). Null when nothing waits for them. The same
 * decision as filtering the project page's actions through todoActions, for a project whose
 * oversight state is not read (no sanction in force stops a to-do here: the action refuses later).
 */
export function firstTodo(
  stage: Stage,
  actors: ReadonlySet<Actor>,
  facts: ActionFacts,
  todo: TodoFacts,
): ProjectAction | null {
  const open = TODO_ORDER.filter((a) => actors.has(TRANSITIONS[a].actor) && canTake(a, stage) && actionOpen(a, facts));
  return todoActions(open, todo)[0] ?? null;
}

/** The stages where some to-do can wait: those the to-do actions start from (derived, not listed). */
export const TODO_STAGES: readonly Stage[] = [...new Set(TODO_ORDER.flatMap((a) => TRANSITIONS[a].from))];
