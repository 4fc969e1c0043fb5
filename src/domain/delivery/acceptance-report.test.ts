// reportAttachments, reportDeadline (Art.27) and the warranty (Art.29).
import { describe, expect, it } from 'vitest';
import { createCalendar, defaultCalendar } from '../calendar/index.js';
import { DOCUMENT_TYPE_CODES } from '../documents.js';
import { defaultEdition } from '../editions/index.js';
import type { Edition } from '../editions/types.js';
import { reportAttachments, reportDeadline, warrantyLongEnough, warrantyMinimumEnd } from './acceptance-report.js';

const ed = defaultEdition;

describe('reportAttachments', () => {
  it('lists the attachments of Art.27, with 等保 for a non-classified system', () => {
    expect(reportAttachments(false)).toEqual([
      'construction_summary',
      'financial_report',
      'audit_report',
      'mlps_test_report',
      'data_security_assessment',
      'crypto_assessment',
      'secure_reliable_report',
    ]);
  });

  it('asks 分保 instead of 等保 for a classified system', () => {
    const c = reportAttachments(true);
    expect(c).toContain('classified_protection_report');
    expect(c).not.toContain('mlps_test_report');
    expect(c).toHaveLength(7);
  });

  it('names only document types that exist', () => {
    for (const t of [...reportAttachments(false), ...reportAttachments(true)]) expect(DOCUMENT_TYPE_CODES).toContain(t);
  });
});

describe('reportDeadline', () => {
  it('is 1 month after the acceptance, moved out of a holiday: 2026-09-01 → 10-01 → 10-08', () => {
    expect(reportDeadline('2026-09-01', ed, defaultCalendar)).toEqual({
      acceptanceDate: '2026-09-01',
      dueDate: '2026-10-08',
      rule: { kind: 'months-after', n: 1 },
      article: 'Art.27',
    });
  });

  it('clamps a month end and keeps a 调休 Saturday (2026-01-31 → 02-28, a working day)', () => {
    expect(reportDeadline('2026-01-31', ed, defaultCalendar).dueDate).toBe('2026-02-28');
  });

  it('is null when the due day falls outside the calendar, or with no calendar', () => {
    expect(reportDeadline('2026-12-15', ed, defaultCalendar).dueDate).toBeNull();
    expect(reportDeadline('2026-09-01', ed, null).dueDate).toBeNull();
    expect(reportDeadline('2026-09-01', ed, createCalendar({})).dueDate).toBeNull();
  });
});

describe('warranty (不少于三年)', () => {
  it('ends at the earliest three years after the acceptance day', () => {
    expect(warrantyMinimumEnd('2026-03-15', ed)).toBe('2029-03-15');
    expect(warrantyMinimumEnd('2026-08-31', ed)).toBe('2029-08-31');
  });

  it('from a leap day, ends on 02-28', () => {
    expect(warrantyMinimumEnd('2024-02-29', ed)).toBe('2027-02-28');
    expect(warrantyMinimumEnd('2028-02-29', ed)).toBe('2031-02-28');
  });

  it('is long enough on the minimum day (不少于 includes it), not one day before', () => {
    expect(warrantyLongEnough('2026-03-15', '2029-03-15', ed)).toBe(true);
    expect(warrantyLongEnough('2026-03-15', '2029-03-16', ed)).toBe(true);
    expect(warrantyLongEnough('2026-03-15', '2029-03-14', ed)).toBe(false);
    expect(warrantyLongEnough('2024-02-29', '2027-02-28', ed)).toBe(true);
    expect(warrantyLongEnough('2024-02-29', '2027-02-27', ed)).toBe(false);
  });

  it('takes its length and unit from the edition', () => {
    const months: Edition = {
      ...ed,
      params: { ...ed.params, warrantyMin: { ...ed.params.warrantyMin, value: 18, unit: 'month' } },
    };
    expect(warrantyMinimumEnd('2026-03-15', months)).toBe('2027-09-15');
  });
});
