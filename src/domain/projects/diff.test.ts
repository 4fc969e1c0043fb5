import { describe, expect, it } from 'vitest';
import { diffDocuments, diffValues } from './diff.js';

describe('round diff', () => {
  it('names each changed leaf with its path', () => {
    const before = {
      totalFen: 100,
      form: { budgetBreakdown: { development: 60, other: 40 }, dataResources: [{ name: 'A', costFen: 1 }] },
    };
    const after = {
      totalFen: 101,
      form: {
        budgetBreakdown: { development: 61, other: 40 },
        dataResources: [
          { name: 'A', costFen: 1 },
          { name: 'B', costFen: 2 },
        ],
      },
    };
    expect(diffValues(before, after)).toEqual([
      { path: 'form.budgetBreakdown.development', before: 60, after: 61 },
      { path: 'form.dataResources[1]', before: null, after: { name: 'B', costFen: 2 } },
      { path: 'totalFen', before: 100, after: 101 },
    ]);
  });
  it('no change, no entries', () => expect(diffValues({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toEqual([]));
  it('documents: a new version of a type, and a type added', () => {
    const v1 = { id: '1', docType: 'construction_plan', version: 1, fileName: 'a.pdf' };
    const v2 = { id: '2', docType: 'construction_plan', version: 2, fileName: 'a2.pdf' };
    const f = { id: '3', docType: 'declaration_form', version: 1, fileName: 'f.pdf' };
    const basis = { id: '4', docType: 'basis_documents', version: 1, fileName: 'b.pdf' };
    expect(diffDocuments([v1, f], [v2, f, basis])).toEqual([
      { docType: 'basis_documents', before: null, after: basis },
      { docType: 'construction_plan', before: v1, after: v2 },
    ]);
  });
});
