import { describe, expect, it } from 'vitest';
import { firstTodo, todoActions } from './todo.js';
import { NO_ACTION_FACTS } from './transitions.js';

describe('to-dos among the open actions', () => {
  const f = {
    controlPriceRecorded: false,
    supervisionNeeded: true,
    procurementReady: true,
    disbursed: false,
    selfEvaluationDueSoon: false,
  };
  it('keeps work waiting, drops what one merely may do, in lifecycle order', () => {
    expect(todoActions(['edit', 'withdraw', 'submit'], f)).toEqual(['submit']);
    expect(todoActions(['file_change', 'record_supervision', 'start_construction'], f)).toEqual([
      'record_supervision',
      'start_construction',
    ]);
    expect(todoActions(['record_meeting', 'request_decentral'], f)).toEqual([]);
  });
  it('a recorded control price is no longer a to-do; supervision only over the line (R-SUPERVISION)', () => {
    expect(todoActions(['record_control_price'], { ...f, controlPriceRecorded: true })).toEqual([]);
    expect(todoActions(['record_supervision', 'start_construction'], { ...f, supervisionNeeded: false })).toEqual([
      'start_construction',
    ]);
  });
  it('procurement is a to-do only once R-PROCURE lets it go ahead', () => {
    expect(todoActions(['record_procurement'], { ...f, procurementReady: false })).toEqual([]);
    expect(todoActions(['record_procurement'], f)).toEqual(['record_procurement']);
  });
  it('a disbursement is finance’s to-do until one is recorded (Art.26)', () => {
    expect(todoActions(['record_disbursement'], f)).toEqual(['record_disbursement']);
    expect(todoActions(['record_disbursement'], { ...f, disbursed: true })).toEqual([]);
  });
  it('the self-evaluation is a to-do only in its year (Art.33), and before the trial start in order', () => {
    expect(todoActions(['record_trial_start', 'draft_self_evaluation'], f)).toEqual(['record_trial_start']);
    expect(todoActions(['record_trial_start', 'draft_self_evaluation'], { ...f, selfEvaluationDueSoon: true })).toEqual(
      ['draft_self_evaluation', 'record_trial_start'],
    );
  });
  it('firstTodo: the first open to-do of the person’s capacities, or none', () => {
    const bureau = new Set(['data_bureau', 'review_party'] as const);
    // joint_review: the party's opinion comes before recording the decentralised-construction approvals.
    const requested = { ...NO_ACTION_FACTS, decentralRequested: true };
    expect(firstTodo('joint_review', bureau, requested, f)).toBe('joint_review_opinion');
    expect(firstTodo('joint_review', bureau, { ...requested, spokeJointReview: true }, f)).toBe('record_decentral');
    expect(firstTodo('joint_review', bureau, { ...NO_ACTION_FACTS, spokeJointReview: true }, f)).toBeNull();
    // Not the person's capacity: nothing, whatever the stage offers.
    expect(firstTodo('budgeted', new Set(['finance'] as const), NO_ACTION_FACTS, f)).toBeNull();
    expect(firstTodo('budgeted', bureau, NO_ACTION_FACTS, f)).toBe('issue_plan');
    // A to-do the facts hold back is no to-do (supervision under the line, Art.19).
    const owner = new Set(['declarant'] as const);
    expect(firstTodo('contracted', owner, NO_ACTION_FACTS, f)).toBe('record_supervision');
    expect(firstTodo('contracted', owner, NO_ACTION_FACTS, { ...f, supervisionNeeded: false })).toBe(
      'start_construction',
    );
  });
});
