// A regulation *edition*: every number, date and list the rules use, each with the article it
// comes from and the date it takes effect (OpenFisca-style parameters). Logic lives in
// src/domain/rules; another edition (the repealed 2023 measures, another district) is a new
// file implementing `Edition`, never an edit of rule logic.
import type { IsoDate } from '../calendar/dates.js';
import type { Fen } from '../money.js';
import type { JOINT_REVIEW_PARTIES } from '../organizations.js';

/** One parameter value with its legal source. */
export interface Param<T> {
  value: T;
  /** Citation, e.g. 'Art.10(1)4' = 第十条第（一）项第4点. */
  article: string;
  /** The date this value takes effect (Asia/Shanghai calendar date). */
  effective: IsoDate;
  /** The regulation's own words (zh-CN). */
  note: string;
  noteEn: string;
}

/**
 * Legal number words (SPEC §4): 超过 = strictly more than; 以上 / 以下 / 不超过 include the
 * number itself; 不少于 = at least; 不足 = strictly less than.
 */
export const LEGAL_NUMBER_WORDS = ['以上', '超过', '以下', '不超过', '不少于', '不足'] as const;
export type LegalNumberWord = (typeof LEGAL_NUMBER_WORDS)[number];

/** A money line, with the word that says on which side the line itself falls. */
export interface Threshold extends Param<Fen> {
  word: LegalNumberWord;
}

export type DurationUnit = 'working_day' | 'month' | 'year';

export interface Duration extends Param<number> {
  unit: DurationUnit;
  word?: LegalNumberWord;
}

/** A coded list item: the code used in data and APIs, and its labels. */
export interface Labelled<C extends string = string> {
  code: C;
  zh: string;
  en: string;
}

export type ListParam<C extends string> = Param<readonly Labelled<C>[]>;

/** Month-day (+ local time) in Asia/Shanghai; yearOffset relative to the plan year. */
export interface AnnualDate {
  month: number;
  day: number;
  /** 'HH:MM:SS', local time; the whole second is included. */
  time: string;
  /** Year of the date relative to the plan year: -1 = the year before (the call year). */
  yearOffset: number;
}

// Codes (SPEC §2, §8). A new edition may label them differently or use a subset.
export type CategoryCode = 'infrastructure' | 'data_system' | 'business_system' | 'service_system' | 'hardware';
export type KindCode = 'build' | 'operate' | 'service';
export type FundingSourceCode = 'fiscal' | 'soe' | 'joint';
export type DeploymentCode = 'gov_cloud' | 'assessed_cloud' | 'exempt';
export type BudgetItemCode = 'development' | 'implementation' | 'maintenance' | 'training' | 'supervision' | 'other';
export type ScenarioAreaCode = 'digital_economy' | 'digital_society' | 'digital_government' | 'smart_city';
export type CommonPlatformCode =
  | 'collaborative_office'
  | 'suxinban'
  | 'suhuiban'
  | 'elan_sucheng'
  | 'unified_identity'
  | 'gov_service_platform'
  | 'gov_website_platform';
export type JointReviewPartyCode = (typeof JOINT_REVIEW_PARTIES)[number];
export type ForbiddenItemCode = 'server_room' | 'video_conference' | 'mobile_app';
export type MaterialCode = 'declaration_form' | 'construction_plan' | 'basis_documents' | 'collective_decision';
export type PlanContentCode =
  | 'background_basis'
  | 'necessity_feasibility'
  | 'estimate_funding'
  | 'goals'
  | 'content'
  | 'schedule'
  | 'resource_catalogue'
  | 'security_system'
  | 'hw_sw_config'
  | 'compute_needs'
  | 'features'
  | 'innovation_scenario';
export type RequiredChapterCode = 'data_sharing_analysis' | 'network_security_analysis';
export type UrgentLevelCode = 'national' | 'provincial' | 'city' | 'district';

export interface EditionParams {
  /** Art.8 — declaration deadline of the annual call. */
  declarationDeadline: Param<AnnualDate>;
  /** Art.8 — levels whose explicit requirement allows a late declaration. */
  urgentLevels: ListParam<UrgentLevelCode>;
  /** Art.2 — hardware purchases are in scope from this amount. */
  hardwareScopeLine: Threshold;
  /** Art.3 — categories that are "systems" and need valid data. */
  systemCategories: Param<readonly CategoryCode[]>;
  /** Art.10(1)4 — build projects one organisation may declare per plan year (原则上). */
  buildProjectsPerOrgPerYear: Param<number>;
  /** Art.12 — 立项审批 by ndrc above this total. */
  ndrcLine: Threshold;
  /** Art.12(3) — may merge proposal, feasibility study and design at or below this total. */
  simplifiedMergeLine: Threshold;
  /** Art.19 — supervision required above this budget. */
  supervisionLine: Threshold;
  /** Art.17 — a change may be filed when the amount changed is within this line … */
  changeAmountLine: Threshold;
  /** Art.17 — … or within this percentage of the contract amount. */
  changeContractPercent: Param<number> & { word: LegalNumberWord };
  /** Art.14 — final plan revision after the opinions. */
  revisionPeriod: Duration;
  /** Art.25 — earliest acceptance after trial start; software development; latest. */
  trialMin: Duration;
  trialMinSoftware: Duration;
  trialMax: Duration;
  /** Art.27 — acceptance report after acceptance. */
  acceptanceReportPeriod: Duration;
  /** Art.29 — warranty from acceptance. */
  warrantyMin: Duration;
  /** Art.33 — yearly self-evaluation due date during construction. */
  selfEvaluationDue: Param<Omit<AnnualDate, 'yearOffset'>>;
  /**
   * Art.33 — the yearly O&M report "在每个运维期结束后" (after each O&M period). The Measures set no
   * number of days; this is the platform's reading, stated in its note (docs/rules.md).
   */
  omReportPeriod: Duration;
  /**
   * Art.33 — "限期整改": the period of a rectification order. The Measures set none; this is the
   * platform's reading (docs/rules.md, R-RECTIFY); the data bureau may name another deadline.
   */
  rectificationPeriod: Duration;
}

/** Severity of a security finding in the monthly monitoring (高危 etc.); Art.32 "严重安全隐患". */
export type SecurityFindingSeverity = 'critical' | 'high' | 'medium' | 'low';

/**
 * Art.32 — the monthly monitoring's thresholds (区大数据中心每月监测; 云资源使用率低、长期闲置、无法正常使用、
 * 存在严重安全隐患). The Measures set no numbers: these are the platform's readings, each stated in its note
 * (docs/rules.md, R-MONITOR).
 */
export interface EditionMonitoring {
  /** Low cloud use: a month's average CPU use (used / allocated vCPU) below this percentage … */
  lowUseCpuPercent: Param<number> & { word: LegalNumberWord };
  /** … in at least this many consecutive months (ending with the latest month reported). */
  lowUseMonths: Duration;
  /** Idle: no active users and no calls in at least this many consecutive months. */
  idleMonths: Duration;
  /** Unusable: the latest month's availability below this percentage. */
  unusableAvailabilityPercent: Param<number> & { word: LegalNumberWord };
  /** Serious security risk: an open finding of one of these severities in the latest month. */
  seriousRiskSeverities: Param<readonly SecurityFindingSeverity[]>;
  /** A system the data bureau keeps is rectified within this period of the decision (the latest date allowed). */
  rectificationPeriod: Duration;
}

// ——— Obligations and reminders (issue 10, "deadlines that remind"; src/domain/lifecycle/obligations.ts) ———

/** Every deadline the platform reminds of; a new one adds its code here (the compiler then asks for the rest). */
export type ObligationKindCode =
  | 'call_deadline'
  | 'final_version'
  | 'acceptance_window'
  | 'acceptance_report'
  | 'self_evaluation'
  | 'om_report'
  | 'review_opinion'
  | 'rectification';

/**
 * When people are reminded (SPEC §5 "reminded before and after"). The Measures set no lead times:
 * these are the platform's readings, each stated in its note.
 */
export interface EditionReminders {
  /** The "due soon" reminder goes out this many working days before the day a deadline falls due (0: on that day). */
  leadWorkingDays: Param<Readonly<Record<ObligationKindCode, number>>>;
  /** The waiting time of a review party: an opinion is expected within this many working days of the stage. */
  reviewOpinionPeriod: Duration;
}

export interface EditionLists {
  categories: ListParam<CategoryCode>;
  kinds: ListParam<KindCode>;
  fundingSources: ListParam<FundingSourceCode>;
  deploymentModes: ListParam<DeploymentCode>;
  budgetItems: ListParam<BudgetItemCode>;
  scenarioAreas: ListParam<ScenarioAreaCode>;
  commonPlatforms: ListParam<CommonPlatformCode>;
  jointReviewParties: ListParam<JointReviewPartyCode>;
  forbiddenItems: ListParam<ForbiddenItemCode>;
  requiredMaterials: ListParam<MaterialCode>;
  planContents: ListParam<PlanContentCode>;
  requiredChapters: ListParam<RequiredChapterCode>;
}

export interface Edition {
  id: string;
  title: string;
  titleEn: string;
  issuer: string;
  issued: IsoDate;
  /** First day in force (Asia/Shanghai). */
  effective: IsoDate;
  /** First day no longer in force, or null while in force. */
  repealed: IsoDate | null;
  timeZone: 'Asia/Shanghai';
  /** Fixed UTC offset of timeZone in minutes (China has no DST). */
  utcOffsetMinutes: number;
  params: EditionParams;
  lists: EditionLists;
  /** Art.32 — monthly monitoring thresholds (the elimination list). */
  monitoring: EditionMonitoring;
  /** SPEC §5 — when deadlines are reminded (obligations). */
  reminders: EditionReminders;
}
