// What the declaration-stage rules look at (SPEC §2 "A project", Art.2, 3, 6–10). Plain data:
// the use case assembles it from the draft, the attached documents and the call.
import type {
  BudgetItemCode,
  CategoryCode,
  CommonPlatformCode,
  DeploymentCode,
  FundingSourceCode,
  KindCode,
  ScenarioAreaCode,
  UrgentLevelCode,
} from '../editions/types.js';
import type { Fen } from '../money.js';
import type { FundedSystemFacts } from '../oversight/funding.js';

export interface FundingLine {
  source: FundingSourceCode;
  amountFen: Fen;
}

export interface YearlyBudget {
  year: number;
  amountFen: Fen;
}

/** An entry of the information resource catalogue (信息资源目录), Art.3, 10(1)2. */
export interface DataResource {
  name: string;
  /** Its cost (成本费用, Art.10(1)2); null when not stated. 0 is a stated cost. */
  costFen: Fen | null;
  /** Reference in the catalogue system, if any. */
  catalogueRef?: string | null;
  description?: string | null;
}

/** A line of the data sharing and opening list (数据共享开放清单, Art.10(1)5). */
export interface SharingItem {
  item: string;
  direction: 'provide' | 'consume' | 'open';
  /** Interface (接口), e.g. 'API via 市一体化公共数据平台'. */
  interface: string;
  /** Frequency (频率), e.g. '实时', '每日'. */
  frequency: string;
}

export interface Deployment {
  mode: DeploymentCode | null;
  /** assessed_cloud: the provider and its 云计算服务安全评估 reference. */
  provider?: string | null;
  assessmentRef?: string | null;
  /** exempt: the legal or secrecy basis (法律法规规定 / 保密要求). */
  exemptBasis?: string | null;
}

export interface UrgentBasis {
  level: UrgentLevelCode;
  /** The requirement, e.g. the document that mandates the project this year. */
  text: string;
}

export interface DeclarationInput {
  /** The plan year the call is for (Y+1; the call's deadline is in year Y). */
  planYear: number;
  category: CategoryCode;
  kind: KindCode;
  fundingSources: FundingLine[];
  totalFen: Fen;
  /** Art.10(1)2: 开发费, 实施费, 维护费, 培训费, 监理费, 其他费用 (0 where none). */
  budgetBreakdown: Record<BudgetItemCode, Fen>;
  /** Multi-year projects: per-year budgets; empty for a single-year project. */
  yearlyBudgets: YearlyBudget[];
  dataResources: DataResource[];
  sharingList: SharingItem[];
  deployment: Deployment;
  commonPlatforms: CommonPlatformCode[];
  /** Why no common platform is reused, when commonPlatforms is empty. */
  commonPlatformsNoneReason: string | null;
  scenario: { area: ScenarioAreaCode | null; description: string } | null;
  classified: boolean;
  /** Classified projects: how classified and non-classified parts are split (Art.10(1)6). */
  classifiedSplitStatement: string | null;
  /** 等级保护 level 1–5; null when not stated. */
  mlpsLevel: number | null;
  cryptoPlan: string | null;
  secureReliableStatement: string | null;
  /**
   * Codes of the content items the declarant ticked on the form's content checklist; they are
   * checked against the edition's forbidden list (Art.10(1)4). Other codes are ignored here.
   */
  declaredItems: string[];
  /** Codes of the construction plan's chapters/contents present (Art.10(1)1 and 10(1)5). */
  planChapters: string[];
  /** Document type codes attached (Art.10(1)). */
  materials: string[];
  /** The project this one continues (续建) or maintains (Art.7). */
  predecessor: { projectId: string; sharingFulfilled: boolean } | null;
  declaringOrg: { id: string; needsSectorAuthority: boolean; forwardedBySectorAuthority: boolean };
  /** The submission instant. */
  submittedAt: Date;
  /** The call's own deadline instant, or null for the edition's default (Art.8). */
  callDeadline: Date | null;
  urgentBasis: UrgentBasis | null;
  /** Other build-kind declarations by the same organisation for the same plan year (excl. this). */
  sameOrgBuildProjectsThisYear: number;
  /** The systems the project continues, upgrades or maintains (Art.32, 33): R-MONITOR, R-NO-FUNDS. */
  systems?: readonly FundedSystemFacts[];
}
