// What changed between two rounds of a declaration, for reviewers (Art.10(2): a returned project is
// revised and resubmitted; reviewers see what changed). Pure: compares plain JSON.

export interface FieldChange {
  /** Dotted path, e.g. form.budgetBreakdown.development or form.dataResources[2].costFen. */
  path: string;
  before: unknown;
  after: unknown;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

export function diffValues(before: unknown, after: unknown, path = ''): FieldChange[] {
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return keys.flatMap((k) => diffValues(before[k], after[k], path ? `${path}.${k}` : k));
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const n = Math.max(before.length, after.length);
    return Array.from({ length: n }, (_, i) => diffValues(before[i], after[i], `${path}[${i}]`)).flat();
  }
  const same = JSON.stringify(before ?? null) === JSON.stringify(after ?? null);
  return same ? [] : [{ path, before: before ?? null, after: after ?? null }];
}

export interface DocumentRef {
  id: string;
  docType: string;
  version: number;
  fileName: string;
}

export interface DocumentChange {
  docType: string;
  before: DocumentRef | null;
  after: DocumentRef | null;
}

/** Per document type: which version each round carried, where it differs. */
export function diffDocuments(before: DocumentRef[], after: DocumentRef[]): DocumentChange[] {
  const types = [...new Set([...before, ...after].map((d) => d.docType))].sort();
  return types.flatMap((t) => {
    const b = before.find((d) => d.docType === t) ?? null;
    const a = after.find((d) => d.docType === t) ?? null;
    return b?.id === a?.id ? [] : [{ docType: t, before: b, after: a }];
  });
}
