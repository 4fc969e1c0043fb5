// R-NO-FUNDS facts (Art.33 ¶4): which security records fail or are overdue, and which stages are accepted.
import { describe, expect, it } from 'vitest';
import { isAccepted, securityProblems } from './funding.js';

describe('security problems of a system', () => {
  it('the latest record per kind decides: a failed test, then a pass, is no problem', () => {
    const recs = [
      { kind: 'mlps_test' as const, date: '2025-01-10', result: 'fail', nextDueOn: null },
      { kind: 'mlps_test' as const, date: '2026-01-10', result: 'pass', nextDueOn: '2027-01-10' },
    ];
    expect(securityProblems(recs, '2026-06-01')).toEqual([]);
    expect(securityProblems([...recs].reverse().slice(1), '2026-06-01')).toMatchObject([{ problem: 'fail' }]);
  });
  it('overdue from the day after the next one was due', () => {
    const recs = [{ kind: 'crypto_assessment' as const, date: '2025-03-01', result: 'pass', nextDueOn: '2026-03-01' }];
    expect(securityProblems(recs, '2026-03-01')).toEqual([]);
    expect(securityProblems(recs, '2026-03-02')).toMatchObject([{ kind: 'crypto_assessment', problem: 'overdue' }]);
  });
  it('a filing has no result that fails; no record is no problem', () => {
    expect(
      securityProblems([{ kind: 'mlps_filing', date: '2025-01-01', result: 'filed', nextDueOn: null }], '2026-01-01'),
    ).toEqual([]);
    expect(securityProblems([], '2026-01-01')).toEqual([]);
  });
  it('accepted from the completion acceptance on', () => {
    expect(isAccepted('acceptance_ready')).toBe(false);
    expect(isAccepted('accepted')).toBe(true);
    expect(isAccepted('operation')).toBe(true);
  });
});
