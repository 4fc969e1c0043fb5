import { describe, expect, it } from 'vitest';
import { todoActions } from './todo.js';

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
});
