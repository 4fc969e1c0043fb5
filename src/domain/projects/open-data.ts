// 开放数据 (SPEC §7: "open data export of non-classified project data"): which projects and which
// facts are published. Only projects the district government put in an annual list (Art.10(4)) and
// not classified (Art.10(1)6: classified parts never reach the platform, and a classified project's
// existence is not published); only the public facts — no contacts, documents or opinions.
import type { Stage } from '../lifecycle/stages.js';
import type { Fen } from '../money.js';

export interface OpenDataSource {
  code: string;
  name: string;
  planYear: number;
  declaringOrg: string;
  category: string | null;
  kind: string | null;
  classified: boolean;
  planId: string | null;
  totalFen: Fen;
  approvedBudgetFen: Fen | null;
  contractFen: Fen | null;
  stage: Stage;
}

export interface OpenDataRow {
  code: string;
  name: string;
  planYear: number;
  declaringOrg: string;
  category: string | null;
  kind: string | null;
  totalFen: Fen;
  approvedBudgetFen: Fen | null;
  contractFen: Fen | null;
  stage: Stage;
}

export function isPublished(p: Pick<OpenDataSource, 'classified' | 'planId'>): boolean {
  return !p.classified && p.planId !== null;
}

export function openDataRow(p: OpenDataSource): OpenDataRow {
  return {
    code: p.code,
    name: p.name,
    planYear: p.planYear,
    declaringOrg: p.declaringOrg,
    category: p.category,
    kind: p.kind,
    totalFen: p.totalFen,
    approvedBudgetFen: p.approvedBudgetFen,
    contractFen: p.contractFen,
    stage: p.stage,
  };
}
