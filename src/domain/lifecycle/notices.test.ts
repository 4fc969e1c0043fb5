import { describe, expect, it } from 'vitest';
import { noticesOnStage } from './notices.js';
import { NO_ACTION_FACTS } from './transitions.js';

const facts = {
  ...NO_ACTION_FACTS,
  ndrcRequired: false,
  ndrcApproved: false,
  decentralRequested: false,
  decentralApproved: false,
  supervised: false,
  spokePreReview: false,
  spokeJointReview: false,
};
const todo = {
  controlPriceRecorded: false,
  supervisionNeeded: true,
  procurementReady: false,
  disbursed: false,
  selfEvaluationDueSoon: false,
};

describe('who is told when a project reaches a stage', () => {
  it('the four parties and finance at the joint review; 区发改局 only where R-NDRC applies', () => {
    expect(noticesOnStage('joint_review', facts, todo)).toEqual([
      { actor: 'review_party', action: 'joint_review_opinion' },
      { actor: 'finance', action: 'record_control_price' },
    ]);
    expect(noticesOnStage('joint_review', { ...facts, ndrcRequired: true }, todo)[0]).toEqual({
      actor: 'ndrc',
      action: 'ndrc_approve',
    });
  });
  it('the declarant: its revision, the signed scan step, and the outcomes', () => {
    expect(noticesOnStage('revision', facts, { ...todo, controlPriceRecorded: true })).toEqual([
      { actor: 'declarant', action: 'submit_revision' },
    ]);
    expect(noticesOnStage('form_pending', facts, { ...todo, controlPriceRecorded: true })).toEqual([
      { actor: 'data_bureau', action: 'approve' },
      { actor: 'declarant', action: null },
    ]);
    expect(noticesOnStage('joint_review_failed', facts, todo)).toEqual([{ actor: 'declarant', action: null }]);
    expect(noticesOnStage('approved', facts, { ...todo, procurementReady: true })).toEqual([
      { actor: 'declarant', action: 'record_procurement' },
    ]);
  });
});
