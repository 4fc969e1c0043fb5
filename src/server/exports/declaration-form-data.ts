// The JSON a project's declaration form (申报表, Art.10(1)) holds: the declaration-stage rule
// input (src/domain/rules/declaration-input.ts) minus what the platform computes or keeps on the
// project row (plan year, category, kind, total, classified flag, materials, org, timing), plus
// the fields only the form has (predecessor name, performance targets, contact).
import type { BudgetItemCode } from '../../domain/editions/types.js';
import type { Fen } from '../../domain/money.js';
import type { DeclarationInput } from '../../domain/rules/declaration-input.js';

export type {
  DataResource,
  Deployment,
  FundingLine,
  SharingItem,
  UrgentBasis,
  YearlyBudget,
} from '../../domain/rules/declaration-input.js';

/** The predecessor (续建 / 运维) project; projectId null when it predates the platform. */
export interface PredecessorRef {
  projectId: string | null;
  name: string;
  sharingFulfilled: boolean;
}

/** One performance target (绩效目标, Art.33) set at declaration. */
export interface PerformanceTarget {
  indicator: string;
  target: string;
}

export type DeclarationFormData = Pick<
  DeclarationInput,
  | 'fundingSources'
  | 'yearlyBudgets'
  | 'dataResources'
  | 'sharingList'
  | 'deployment'
  | 'commonPlatforms'
  | 'commonPlatformsNoneReason'
  | 'scenario'
  | 'classifiedSplitStatement'
  | 'mlpsLevel'
  | 'cryptoPlan'
  | 'secureReliableStatement'
  | 'declaredItems'
  | 'planChapters'
  | 'urgentBasis'
> & {
  /** Drafts may leave items out; a complete form has all six (0 where none). */
  budgetBreakdown: Partial<Record<BudgetItemCode, Fen>>;
  predecessor: PredecessorRef | null;
  performanceTargets: PerformanceTarget[];
  contactName?: string | null;
  contactPhone?: string | null;
};
