import { describe, expect, it } from 'vitest';
import { isPublished, openDataRow } from './open-data.js';

describe('open data (SPEC §7)', () => {
  it('publishes listed, non-classified projects only', () => {
    expect(isPublished({ classified: false, planId: 'p' })).toBe(true);
    expect(isPublished({ classified: true, planId: 'p' })).toBe(false);
    expect(isPublished({ classified: false, planId: null })).toBe(false);
  });
  it('publishes the public facts and nothing else', () => {
    const row = openDataRow({
      code: 'SC-2028-0001',
      name: 'x',
      planYear: 2028,
      declaringOrg: 'u',
      category: 'business_system',
      kind: 'build',
      classified: false,
      planId: 'p',
      totalFen: 1,
      approvedBudgetFen: 1,
      contractFen: null,
      stage: 'listed',
      ...{ contactPhone: '0527' },
    } as never);
    expect(Object.keys(row).sort()).toEqual([
      'approvedBudgetFen',
      'category',
      'code',
      'contractFen',
      'declaringOrg',
      'kind',
      'name',
      'planYear',
      'stage',
      'totalFen',
    ]);
  });
});
