// The rectification ladder (Art.33, R-RECTIFY): every step, in order, and what each stops.
import { describe, expect, it } from 'vitest';
import { PROJECT_ACTIONS } from '../lifecycle/transitions.js';
import { ACTION_SCOPE, blockingSanction, isAtLeast, nextSanction, SANCTION_LADDER } from './sanctions.js';

describe('the ladder of Art.33', () => {
  it('is 通报批评 → 暂缓拨付 → 暂停项目建设 → 项目终止', () => {
    expect(SANCTION_LADDER).toEqual(['criticism', 'funds_suspended', 'suspended', 'terminated']);
  });
  it('climbs one step per refused or failed rectification', () => {
    expect(nextSanction(null)).toBe('criticism');
    expect(nextSanction('criticism')).toBe('funds_suspended');
    expect(nextSanction('funds_suspended')).toBe('suspended');
    expect(nextSanction('suspended')).toBe('terminated');
  });
  it('has no step after termination', () => {
    expect(() => nextSanction('terminated')).toThrow(RangeError);
  });
  it('a higher step includes the lower ones', () => {
    expect(isAtLeast('suspended', 'funds_suspended')).toBe(true);
    expect(isAtLeast('funds_suspended', 'funds_suspended')).toBe(true);
    expect(isAtLeast('criticism', 'funds_suspended')).toBe(false);
    expect(isAtLeast(null, 'criticism')).toBe(false);
  });
});

describe('what each step stops', () => {
  it('no sanction and criticism stop nothing', () => {
    for (const a of PROJECT_ACTIONS) {
      expect(blockingSanction(null, 'construction', a)).toBeNull();
      expect(blockingSanction('criticism', 'construction', a)).toBeNull();
    }
  });
  it('funds suspended stops exactly the payments and disbursements', () => {
    const stopped = PROJECT_ACTIONS.filter((a) => blockingSanction('funds_suspended', 'operation', a) !== null);
    expect(stopped.sort()).toEqual(['record_disbursement', 'record_payment']);
  });
  it('suspended stops funds and every construction step, not reports nor the rectification', () => {
    const stopped = PROJECT_ACTIONS.filter((a) => blockingSanction('suspended', 'construction', a) !== null);
    expect(stopped).toEqual(PROJECT_ACTIONS.filter((a) => ACTION_SCOPE[a] !== 'oversight'));
    expect(stopped).toContain('record_trial_start');
    expect(stopped).not.toContain('answer_rectification');
    expect(stopped).not.toContain('file_self_evaluation');
    expect(blockingSanction('suspended', 'construction', 'record_payment')).toBe('suspended');
  });
  it('termination stops every action, whatever the recorded level', () => {
    for (const a of PROJECT_ACTIONS) {
      expect(blockingSanction('terminated', 'construction', a)).toBe('terminated');
      expect(blockingSanction(null, 'terminated', a)).toBe('terminated');
    }
  });
});
