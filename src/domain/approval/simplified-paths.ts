// The simplified approval paths of Art.12(1)–(3) as data (rule R-NDRC-SIMPLE): when each is
// offered, what it files and how it is explained. approvalRoute() walks this table; the texts are
// rendered once, by renderPathText(). A path is offered only where R-NDRC applies (they simplify
// that 立项审批); its condition is a fact the declarant states or an amount line of the edition.
import type { Edition } from '../editions/types.js';
import { meets } from '../editions/legal-number.js';
import type { Fen } from '../money.js';
import { lineEn, lineZh, yuanEn, yuanZh } from '../rules/wording.js';
import type { DocCode } from './documents.js';

export type SimplifiedPathCode = 'in_plan' | 'urgent' | 'merge';

/** The declarant's statements a path can depend on (fields of ApprovalRouteInput). */
export type PathFlag = 'inPlan' | 'urgentMandate';
/** The edition's amount lines a path can depend on (the total must be "<word> <line>"). */
export type PathLine = 'simplifiedMergeLine';

/** When a path is offered: a stated fact, or the project total against an edition line. */
export type PathCondition = { flag: PathFlag } | { line: PathLine };

/** A text with placeholders {total} (the project total) and {line} (the condition's line in its word). */
export interface PathText {
  zh: string;
  en: string;
}

export interface SimplifiedPathRow {
  code: SimplifiedPathCode;
  article: string;
  /** The regulation's words. */
  quote: string;
  condition: PathCondition;
  /** The documents filed on this path: each slot is satisfied by any of its codes. */
  documents: readonly (readonly DocCode[])[];
  /** Why the path is offered. */
  offered: PathText;
  /** Said when the path is not offered (only where the reason is worth telling). */
  notOffered?: PathText;
}

export const SIMPLIFIED_PATHS: readonly SimplifiedPathRow[] = [
  {
    code: 'in_plan',
    article: 'Art.12(1)',
    quote: '对已经列入国家、省、市、区信息化建设规划的项目，可以直接编报可行性研究报告。',
    condition: { flag: 'inPlan' },
    documents: [['declaration_form'], ['feasibility_study'], ['preliminary_design']],
    offered: {
      zh: '项目已列入国家、省、市、区信息化建设规划，可以直接编报可行性研究报告（免编项目建议书）',
      en: 'Listed in a national/provincial/city/district informatisation plan: start directly from the feasibility study (no proposal)',
    },
  },
  {
    code: 'urgent',
    article: 'Art.12(2)',
    quote:
      '对于国家、省、市、区有明确要求，或者涉及国家重大战略、国家安全等特殊原因，情况紧急且前期工作深度达到规定要求的，可直接编报项目可行性研究报告、初步设计方案和投资概算。',
    condition: { flag: 'urgentMandate' },
    documents: [['declaration_form'], ['feasibility_study'], ['preliminary_design'], ['budget_estimate']],
    offered: {
      zh: '国家、省、市、区有明确要求或涉及国家重大战略、国家安全等特殊原因，情况紧急且前期工作深度达到规定要求的，可直接编报项目可行性研究报告、初步设计方案和投资概算',
      en: 'Mandated or urgent, with preparatory work deep enough: file the feasibility study, preliminary design and budget estimate directly',
    },
  },
  {
    code: 'merge',
    article: 'Art.12(3)',
    quote: '总投资800万元以下的项目，可以视情合并编报审批项目建议书、可行性研究报告、初步设计方案和投资概算。',
    // 以下 includes 800万 itself (the edition's word).
    condition: { line: 'simplifiedMergeLine' },
    documents: [['declaration_form'], ['combined_filing']],
    offered: {
      zh: '总投资{total}，属{line}，可以视情合并编报审批项目建议书、可行性研究报告、初步设计方案和投资概算',
      en: 'Total {total} is {line}: the proposal, feasibility study, preliminary design and budget estimate may be merged into one filing',
    },
    notOffered: {
      zh: '总投资{total}，不属于{line}，不可合并编报',
      en: 'Total {total} is not {line}: the documents cannot be merged',
    },
  },
];

/** What a condition is evaluated on. */
export interface PathFacts {
  totalFen: Fen;
  inPlan: boolean;
  urgentMandate: boolean;
}

/** Whether the row's condition holds for the project under the edition. */
export function isPathOffered(row: SimplifiedPathRow, facts: PathFacts, edition: Edition): boolean {
  const c = row.condition;
  return 'flag' in c ? facts[c.flag] : meets(facts.totalFen, edition.params[c.line]);
}

/** The input field a path's finding is about: its flag, or the total for an amount line. */
export function pathField(row: SimplifiedPathRow): string {
  return 'flag' in row.condition ? row.condition.flag : 'totalFen';
}

/** Renders a path text: {total} and {line} in the regulation's words (zh) or plainly (en). */
export function renderPathText(text: PathText, row: SimplifiedPathRow, facts: PathFacts, edition: Edition): PathText {
  const c = row.condition;
  const line = 'line' in c ? edition.params[c.line] : null;
  const fill = (s: string, total: string, lineText: string) =>
    s.replaceAll('{total}', total).replaceAll('{line}', lineText);
  return {
    zh: fill(text.zh, yuanZh(facts.totalFen), line ? lineZh(line) : ''),
    en: fill(text.en, yuanEn(facts.totalFen), line ? lineEn(line) : ''),
  };
}
