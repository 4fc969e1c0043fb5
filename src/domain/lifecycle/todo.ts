// 待办: which of the actions open to a person on a project are work waiting for them, in the order
// of the lifecycle. Editing, withdrawing, a change or a meeting are things one *may* do; these are
// things the Measures expect someone to do next (a declaration to forward, an opinion to give, a
// final version due in 3 working days, a scan to check, a contract to record …).
import type { ProjectAction } from './transitions.js';

export const TODO_ORDER: readonly ProjectAction[] = [
  'submit',
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
];

export interface TodoFacts {
  /** Finance has recorded the reviewed tender control price (Art.13). */
  controlPriceRecorded: boolean;
  /** The budget is over the supervision line (R-SUPERVISION, Art.19). */
  supervisionNeeded: boolean;
  /** R-PROCURE lets procurement go ahead (Art.18): before that, recording it is not yet anyone's work. */
  procurementReady: boolean;
}

/** The to-dos among the open actions, lifecycle order: at most one per project is shown first. */
export function todoActions(open: readonly ProjectAction[], f: TodoFacts): ProjectAction[] {
  return TODO_ORDER.filter(
    (a) =>
      open.includes(a) &&
      !(a === 'record_control_price' && f.controlPriceRecorded) &&
      !(a === 'record_supervision' && !f.supervisionNeeded) &&
      !(a === 'record_procurement' && !f.procurementReady),
  );
}
