// Where a finding's `field` lives: a step of the guided form, or the documents tab.
const STEPS: [string, number][] = [
  ['name', 0],
  ['category', 0],
  ['kind', 0],
  ['classified', 0],
  ['totalFen', 0],
  ['leadOrgId', 0],
  ['coOrgIds', 0],
  ['declaringOrg', 0],
  ['budgetBreakdown', 1],
  ['budget', 1],
  ['fundingSources', 1],
  ['yearlyBudgets', 1],
  ['dataResources', 2],
  ['sharingList', 2],
  ['deployment', 3],
  ['commonPlatforms', 3],
  ['declaredItems', 3],
  ['scenario', 4],
  ['mlpsLevel', 4],
  ['cryptoPlan', 4],
  ['secureReliableStatement', 4],
  ['classifiedSplitStatement', 4],
  ['planChapters', 4],
  ['performanceTargets', 5],
  ['predecessor', 5],
  ['urgentBasis', 5],
  ['submittedAt', 5],
  ['contactName', 5],
  ['contactPhone', 5],
];

export type FieldTarget = { tab: 'form'; step: number; elementId: string } | { tab: 'documents' };

export function targetOf(field: string | undefined): FieldTarget | null {
  if (!field) return null;
  const path = field.replace(/^form\./, '');
  const head = path.split('.')[0];
  if (head === 'materials') return { tab: 'documents' };
  const hit = STEPS.find(([k]) => k === head);
  if (!hit) return null;
  const elementId = path === 'totalFen' ? 'totalYuan' : path.replace(/^budgetBreakdown/, 'budget').replace(/\./g, '_');
  return { tab: 'form', step: hit[1], elementId };
}
