import { describe, expect, it } from 'vitest';
import { asOfInstant, beforeHistory, documentsAsOf } from './as-of.js';
import { findingState, isDueDateAcceptable } from './findings.js';

// 2027-03-10 12:00 +08:00
const now = new Date('2027-03-10T04:00:00.000Z');
const endOf = (d: string) => new Date(`${d}T23:59:59.999+08:00`);

describe('asOfInstant (Art.34)', () => {
  it('today is allowed and means the end of the day in Asia/Shanghai', () => {
    const a = asOfInstant('2027-03-10', now);
    expect(a).toEqual({ ok: true, date: '2027-03-10', at: endOf('2027-03-10') });
  });
  it('tomorrow is refused (422), named with the article', () => {
    const a = asOfInstant('2027-03-11', now);
    expect(a.ok).toBe(false);
    if (!a.ok) expect([a.status, a.code, a.article]).toEqual([422, 'AS_OF_IN_FUTURE', 'Art.34']);
  });
  it('uses the Shanghai date of now: 2027-03-10 16:30 UTC is already 03-11 in Shanghai', () => {
    expect(asOfInstant('2027-03-11', new Date('2027-03-10T16:30:00.000Z')).ok).toBe(true);
    expect(asOfInstant('2027-03-11', new Date('2027-03-10T15:59:59.999Z')).ok).toBe(false);
  });
  it('a project created in the last millisecond of D exists on D; one created a millisecond later does not', () => {
    expect(asOfInstant('2027-03-01', now, endOf('2027-03-01')).ok).toBe(true);
    const a = asOfInstant('2027-03-01', now, new Date(endOf('2027-03-01').getTime() + 1));
    expect(a.ok).toBe(false);
    if (!a.ok) expect([a.status, a.code]).toEqual([404, 'AS_OF_BEFORE_CREATION']);
  });
  it('before the kept history: 404 naming the first kept date', () => {
    const a = beforeHistory('2027-01-01', new Date('2027-02-01T02:00:00.000Z'));
    expect(a.ok).toBe(false);
    if (!a.ok) expect(a.zh).toContain('2027-02-01');
  });
});

describe('documentsAsOf', () => {
  const at = endOf('2027-03-01');
  const t = (ms: number) => new Date(at.getTime() + ms);
  const doc = (version: number, uploaded: Date, extra: { submittedAt?: Date; withdrawnAt?: Date } = {}) => ({
    docType: 'construction_plan',
    version,
    uploadedAt: uploaded,
    submittedAt: extra.submittedAt ?? null,
    withdrawnAt: extra.withdrawnAt ?? null,
  });
  it('a version uploaded at the instant exists; one a millisecond later does not', () => {
    const r = documentsAsOf([doc(1, t(-5)), doc(2, t(0)), doc(3, t(1))], at);
    expect(r.map((d) => [d.version, d.current])).toEqual([
      [1, false],
      [2, true],
    ]);
  });
  it('withdrawn by then: gone; withdrawn later: still there, shown as not withdrawn', () => {
    const r = documentsAsOf(
      [doc(1, t(-9)), doc(2, t(-5), { withdrawnAt: t(0) }), doc(3, t(-4), { withdrawnAt: t(1) })],
      at,
    );
    expect(r.map((d) => [d.version, d.current, d.withdrawnAt])).toEqual([
      [1, false, null],
      [3, true, null],
    ]);
  });
  it('submitted only if submitted by then', () => {
    const r = documentsAsOf([doc(1, t(-9), { submittedAt: t(0) }), doc(2, t(-9), { submittedAt: t(1) })], at);
    expect(r.map((d) => d.submittedAt)).toEqual([t(0), null]);
  });
});

describe('audit findings', () => {
  it('is on time on the due date and overdue the day after, until answered', () => {
    expect(findingState({ answerDueOn: '2027-03-10', answeredAt: null }, '2027-03-10')).toBe('open');
    expect(findingState({ answerDueOn: '2027-03-10', answeredAt: null }, '2027-03-11')).toBe('overdue');
    expect(findingState({ answerDueOn: '2027-03-10', answeredAt: now }, '2027-03-11')).toBe('answered');
  });
  it('a due date may be today, not yesterday', () => {
    expect(isDueDateAcceptable('2027-03-10', '2027-03-10')).toBe(true);
    expect(isDueDateAcceptable('2027-03-09', '2027-03-10')).toBe(false);
  });
});
