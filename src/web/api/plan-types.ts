// Shapes of the annual-plan API (Measures chapter 2: calls, projects, findings, documents,
// pre-review, budget review, plan issue, annual list). Money is always integer fen. The codes the
// domain owns (actions, stages, phases, severities) are the domain's types, not copies. A stage's or
// an action's name and article are read from STAGES / TRANSITIONS (i18n/labels.ts): the copies the
// server also sends (stageName, stageNameEn, stageArticle) are left out here so the web cannot use them.
import type { Phase, Stage } from '../../domain/lifecycle/stages';
import type { ProjectAction } from '../../domain/lifecycle/transitions';
import type { Severity } from '../../domain/rules/types';
import type { ApprovalFields } from './approval-types';
import type { DeliveryFields } from './delivery-types';

export type { ProjectAction, Severity, Stage };
export interface Labelled {
  code: string;
  zh: string;
  en: string;
}
export interface ListParam {
  value: Labelled[];
  article: string;
  note: string;
  noteEn?: string;
}

export interface RuleEntry {
  id: string;
  article: string;
  stage: string;
  severity: Severity;
  effects: string[];
  title: string;
  titleEn: string;
  params: Record<string, unknown>;
  checked: boolean;
}

export interface RulesCatalogue {
  edition: { id: string; title: string; titleEn?: string; issuer?: string; issued: string; effective: string };
  rules: RuleEntry[];
  parameters: Record<string, unknown>;
  lists: Record<
    | 'categories'
    | 'kinds'
    | 'fundingSources'
    | 'deploymentModes'
    | 'budgetItems'
    | 'scenarioAreas'
    | 'commonPlatforms'
    | 'jointReviewParties'
    | 'forbiddenItems'
    | 'requiredMaterials'
    | 'planContents'
    | 'requiredChapters',
    ListParam
  >;
}

export interface Call {
  id: string;
  planYear: number;
  title: string;
  notice: string;
  deadlineAt: string;
  status: 'open' | 'closed';
  deadlinePassed: boolean;
  serverNow: string;
  article: string;
  version: number;
  defaultDeadlineAt?: string;
}

export interface ProjectSummary {
  id: string;
  code: string;
  name: string;
  planYear: number;
  callId: string;
  declaringOrgId: string;
  declaringOrgName: string | null;
  category: string | null;
  kind: string | null;
  classified: boolean;
  totalFen: number;
  stage: Stage;
  round: number;
  urgent: boolean;
  approvedBudgetFen: number | null;
  submittedAt: string | null;
  updatedAt: string;
  version: number;
}

export interface Finding {
  rule: string;
  article: string;
  severity: Severity;
  message: string;
  messageEn: string;
  field?: string;
}

export interface DeclarationForm {
  fundingSources: { source: string; amountFen: number }[];
  budgetBreakdown: Record<string, number | undefined>;
  yearlyBudgets: { year: number; amountFen: number }[];
  dataResources: { name: string; costFen: number | null; catalogueRef?: string | null; description?: string | null }[];
  sharingList: { item: string; direction: 'provide' | 'consume' | 'open'; interface: string; frequency: string }[];
  deployment: {
    mode: string | null;
    provider?: string | null;
    assessmentRef?: string | null;
    exemptBasis?: string | null;
  };
  commonPlatforms: string[];
  commonPlatformsNoneReason: string | null;
  scenario: { area: string | null; description: string } | null;
  classifiedSplitStatement: string | null;
  mlpsLevel: number | null;
  cryptoPlan: string | null;
  secureReliableStatement: string | null;
  declaredItems: string[];
  planChapters: string[];
  predecessor: { projectId: string | null; name: string; sharingFulfilled: boolean } | null;
  urgentBasis: { level: string; text: string } | null;
  performanceTargets: { indicator: string; target: string }[];
  contactName?: string | null;
  contactPhone?: string | null;
}

export interface Project extends ProjectSummary, Partial<ApprovalFields>, Partial<DeliveryFields> {
  leadOrgId: string | null;
  coOrgIds: string[];
  form: Partial<DeclarationForm>;
  findings: Finding[];
  /** STAGES[stage].phase: the chapter of the Measures the project is in. */
  stagePhase: Phase;
  /** The application round (Art.11–19 records) the chapter fields below belong to; null before the application. */
  applicationRound: number | null;
  /** The edition of the Measures the project is judged by for life (Art.36). */
  editionId: string;
  /** The actions the person may take now, in the transition table's order: the page offers these and only these. */
  actions: ProjectAction[];
  createdAt?: string;
}

export interface FindingsResult {
  findings: Finding[];
  blocking: number;
  route: Extract<Stage, 'submitted' | 'sector_review'> | null;
  urgent: boolean;
  checkedAt?: string;
}

export interface DocVersion {
  id: string;
  docType: string;
  docTypeName: string;
  docTypeNameEn?: string;
  version: number;
  fileName: string;
  sizeBytes: number;
  sm3: string;
  uploadedAt: string;
  uploadedByName?: string | null;
  submittedAt?: string | null;
  withdrawable?: boolean;
}
export interface DocItem extends DocVersion {
  versions: DocVersion[];
  withdrawable: boolean;
}
export interface DocumentsResult {
  items: DocItem[];
  requiredTypes: (Labelled & { uploaded: boolean })[];
  requiredArticle?: string;
  docTypes: Labelled[];
  canUpload: boolean;
  maxBytes: number;
  allowedExtensions: string[];
}

export interface OpinionsResult {
  round: number;
  roundOpen: boolean;
  myParty: string | null;
  myOpinionGiven: boolean;
  parties: { party: string; name: string; nameEn?: string; spoke: boolean }[];
  items: {
    id?: string;
    round: number;
    party: string;
    partyName: string;
    decision: 'pass' | 'return' | 'fail';
    decisionName: string;
    text: string;
    createdAt: string;
  }[];
  hiddenCount: number;
}

export interface ReviewTodo {
  party: string | null;
  items: (ProjectSummary & { waitingSince: string | null; waitingHours: number })[];
}

export interface Round {
  round: number;
  name: string;
  totalFen: number;
  submittedAt: string;
}
export interface RoundDiff {
  from: number;
  to: number;
  fields: { path: string; before: unknown; after: unknown }[];
  documents: {
    docType: string;
    before: { version: number; fileName: string } | null;
    after: { version: number; fileName: string } | null;
  }[];
}

export interface AnnualListRow {
  id: string;
  code: string;
  name: string;
  declaringOrg: string;
  category: string | null;
  kind: string | null;
  totalFen: number;
  currentYearBudgetFen: number;
  fundingSources: { source: string; amountFen: number }[];
  period: string;
  preReviewConclusion: string;
  approvedBudgetFen: number | null;
  urgent: boolean;
  consentDocNumber: string | null;
}
export interface AnnualList {
  /** One page of the list; `total` rows in all, and the totals are the whole list's. */
  items: AnnualListRow[];
  total: number;
  page: number;
  pageSize: number;
  totals: { totalFen: number; currentYearBudgetFen: number; approvedBudgetFen: number };
  plans: { id?: string; consentDocNumber: string; consentDate: string; issuedAt: string }[];
}

export interface Paged<T> {
  items: T[];
  total: number;
}
