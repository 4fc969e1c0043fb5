import { describe, expect, it } from 'vitest';
import {
  actionOpen,
  NO_ACTION_FACTS,
  canTake,
  destination,
  destinationsOf,
  PROJECT_ACTIONS,
  stageAfterOpinion,
  stagesWithoutExit,
  TRANSITIONS,
  type PreReviewDecision,
} from './transitions.js';
import { STAGE_CODES, STAGES, TERMINAL_STAGES, type Stage } from './stages.js';

describe('four-party pre-review outcome (Art.10(2))', () => {
  const P = 'pass',
    R = 'return',
    F = 'fail';
  const cases: [string, (PreReviewDecision | undefined)[], string][] = [
    ['nobody yet', [undefined, undefined, undefined, undefined], 'pre_review'],
    ['three pass, one silent', [P, P, P, undefined], 'pre_review'],
    ['an early fail does not end it (no early veto)', [F, undefined, undefined, undefined], 'pre_review'],
    ['all four pass', [P, P, P, P], 'pre_review_passed'],
    ['one return', [P, R, P, P], 'returned'],
    ['one fail', [P, P, P, F], 'pre_review_failed'],
    ['fail beats return', [R, F, R, P], 'pre_review_failed'],
    ['all return', [R, R, R, R], 'returned'],
    ['all fail', [F, F, F, F], 'pre_review_failed'],
  ];
  it.each(cases)('%s', (_name, decisions, expected) => {
    expect(stageAfterOpinion(decisions)).toBe(expected);
  });
  it('is independent of the order the opinions arrive in', () => {
    expect(stageAfterOpinion([R, P, P, P])).toBe(stageAfterOpinion([P, P, P, R]));
  });
});

describe('transition table', () => {
  it('every transition starts from known stages', () => {
    for (const t of Object.values(TRANSITIONS)) for (const s of t.from) expect(STAGE_CODES).toContain(s);
  });
  it('a project can be withdrawn only until review starts', () => {
    expect(canTake('withdraw', 'submitted')).toBe(true);
    expect(canTake('withdraw', 'pre_review')).toBe(false);
  });
  it('every destination is a known stage, and a choice of several is not a single stage in disguise', () => {
    for (const a of PROJECT_ACTIONS) {
      for (const d of destinationsOf(a)) if (d !== 'stay') expect(STAGE_CODES).toContain(d);
      const to = TRANSITIONS[a].to;
      if (typeof to !== 'string') expect(new Set(to).size).toBeGreaterThan(1);
    }
  });
  it('terminal stages are exactly the stages with no way on', () => {
    expect(stagesWithoutExit().sort()).toEqual([...TERMINAL_STAGES].sort());
    for (const s of TERMINAL_STAGES) expect(PROJECT_ACTIONS.filter((a) => canTake(a, s))).toEqual([]);
  });
  it('every stage can be reached from a draft', () => {
    const seen = new Set<Stage>(['draft']);
    for (let grew = true; grew; ) {
      grew = false;
      for (const a of PROJECT_ACTIONS)
        for (const from of TRANSITIONS[a].from)
          if (seen.has(from))
            for (const d of destinationsOf(a))
              if (d !== 'stay' && !seen.has(d)) {
                seen.add(d);
                grew = true;
              }
    }
    expect([...seen].sort()).toEqual([...STAGE_CODES].sort());
  });
  it('a destination outside the table is refused (a use case cannot invent one)', () => {
    expect(destination('approve', 'form_pending')).toBe('approved');
    expect(destination('file_change', 'construction', 'stay')).toBe('construction');
    expect(destination('file_change', 'construction', 'redeclaring')).toBe('redeclaring');
    expect(() => destination('file_change', 'construction', 'draft')).toThrow(/cannot go to draft/);
    expect(() => destination('budget_review', 'pre_review_passed')).toThrow(/must choose/);
  });
  it('stages of a phase follow the lifecycle order, drafts stay with their unit', () => {
    expect(STAGES.draft.visibility).toBe('unit');
    expect(STAGES.listed.phase).toBe('review');
    expect(STAGES.construction.phase).toBe('construction');
  });
  it('budget review only after pre-review passed (Art.10(3))', () => {
    expect(STAGE_CODES.filter((s) => canTake('budget_review', s))).toEqual(['pre_review_passed']);
  });
});

describe('actions still to be done (actionOpen)', () => {
  const base = {
    ...NO_ACTION_FACTS,
    ndrcRequired: false,
    ndrcApproved: false,
    decentralRequested: false,
    decentralApproved: false,
    supervised: false,
    spokePreReview: false,
    spokeJointReview: false,
  };
  it('ndrc approval only where R-NDRC applies, and once', () => {
    expect(actionOpen('ndrc_approve', base)).toBe(false);
    expect(actionOpen('ndrc_approve', { ...base, ndrcRequired: true })).toBe(true);
    expect(actionOpen('ndrc_approve', { ...base, ndrcRequired: true, ndrcApproved: true })).toBe(false);
  });
  it('decentralised construction: asked once, approved until both approvals are in', () => {
    expect(actionOpen('request_decentral', base)).toBe(true);
    expect(actionOpen('record_decentral', base)).toBe(false);
    expect(actionOpen('request_decentral', { ...base, decentralRequested: true })).toBe(false);
    expect(actionOpen('record_decentral', { ...base, decentralRequested: true })).toBe(true);
    expect(actionOpen('record_decentral', { ...base, decentralRequested: true, decentralApproved: true })).toBe(false);
  });
  it('each party speaks once; one supervision contract', () => {
    expect(actionOpen('joint_review_opinion', { ...base, spokeJointReview: true })).toBe(false);
    expect(actionOpen('pre_review_opinion', { ...base, spokePreReview: true })).toBe(false);
    expect(actionOpen('joint_review_opinion', { ...base, spokePreReview: true })).toBe(true);
    expect(actionOpen('record_supervision', { ...base, supervised: true })).toBe(false);
    expect(actionOpen('approve', base)).toBe(true);
  });
});
