// Drizzle schema: the only description of the tables. Migrations in ./drizzle are generated
// from it (`npm run db:generate`) plus hand-written SQL where Drizzle has no words (triggers).
import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { ApprovalRoute } from '../domain/approval/approval-route.js';
import type { ExitStep, SecurityRecordKind, SystemRelation, SystemStatus } from '../domain/delivery/systems.js';
import type { Stage } from '../domain/lifecycle/stages.js';
import type { DeadlineRule } from '../domain/calendar/deadlines.js';
import type { EvaluationKind, ScoredTarget } from '../domain/oversight/evaluation.js';
import type { OversightRequestKind, SpotCheckPopulation } from '../domain/oversight/requests.js';
import type { RectificationDecision, SanctionLevel } from '../domain/oversight/sanctions.js';
import type { EliminationStatus, FlagEvidence, MonitoringFlag } from '../domain/oversight/monitoring.js';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
// No database default for times: every row takes its time from the services' clock (Services.clock),
// so the compiler finds an insert that forgot it and tests can run on any date.
const createdAt = () => ts('created_at').notNull();
const updatedAt = () => ts('updated_at').notNull();

/** 组织机构 — every person acts for exactly one organisation (SPEC §1). */
export const organizations = pgTable(
  'organizations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    nameEn: text('name_en').notNull().default(''),
    /** Organisation roles of SPEC §1 (data_bureau, finance, declarant, sector_authority …). */
    roles: text('roles').array().notNull().default(sql`'{}'::text[]`),
    /** What sort of body it is (区级部门, 镇, 街道, 园区, 区属国企, 学校, 医院, 企业 …). */
    kind: text('kind').notNull(),
    /** The sector authority / parent SOE that forwards its declarations (扎口管理, Art.9). */
    parentId: uuid('parent_id'),
    disabled: boolean('disabled').notNull().default(false),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('organizations_code_uq').on(t.code)],
);

/** 角色 — named permission sets; the security admin edits them (三权分立). */
export const roles = pgTable('roles', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  nameEn: text('name_en').notNull(),
  /** 'admin' roles hold only administration permissions; 'business' roles only project ones. */
  area: text('area').notNull(),
  permissions: text('permissions').array().notNull().default(sql`'{}'::text[]`),
  builtin: boolean('builtin').notNull().default(false),
  version: integer('version').notNull().default(1),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/** 用户账号 */
export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    /** clerk (经办人) | leader (分管领导) */
    position: text('position').notNull().default('clerk'),
    roleCodes: text('role_codes').array().notNull().default(sql`'{}'::text[]`),
    email: text('email'),
    phone: text('phone'),
    passwordHash: text('password_hash'),
    passwordChangedAt: ts('password_changed_at'),
    mustChangePassword: boolean('must_change_password').notNull().default(true),
    failedAttempts: integer('failed_attempts').notNull().default(0),
    lockedUntil: ts('locked_until'),
    disabled: boolean('disabled').notNull().default(false),
    /** TOTP secret, SM4-encrypted with the instance key; pending until the first code is verified. */
    totpSecret: text('totp_secret'),
    totpPendingSecret: text('totp_pending_secret'),
    totpEnabled: boolean('totp_enabled').notNull().default(false),
    /** SM3 hashes of unused recovery codes. */
    recoveryCodes: text('recovery_codes').array().notNull().default(sql`'{}'::text[]`),
    /** The last TOTP time step (unix seconds / 30) that signed in or enrolled: a code is used once. */
    totpLastStep: integer('totp_last_step'),
    /** argon2id hashes of the previous passwords, newest first (policy passwordHistoryCount − 1). */
    passwordHistory: text('password_history').array().notNull().default(sql`'{}'::text[]`),
    /**
     * The second half of a one-time password, SM4-sealed, until the security admin hands it over
     * (三权分立: the system admin who created or reset the account sees only the first half).
     */
    passwordSecondHalf: text('password_second_half'),
    /** Subject at the district's unified identity system (统一身份认证, Art.6). */
    oidcSubject: text('oidc_subject'),
    isDemo: boolean('is_demo').notNull().default(false),
    lastLoginAt: ts('last_login_at'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('users_username_uq').on(t.username),
    uniqueIndex('users_oidc_subject_uq').on(t.oidcSubject),
    index('users_org_idx').on(t.orgId),
  ],
);

/** Server-side sessions: shared by every app instance behind a load balancer. */
export const sessions = pgTable(
  'sessions',
  {
    /** SM3 of the random token in the cookie; the token itself is never stored. */
    id: text('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    /** full | password_change | mfa_enrol — what the session may do before it is complete. */
    stage: text('stage').notNull().default('full'),
    method: text('method').notNull().default('password'),
    createdAt: createdAt(),
    lastSeenAt: ts('last_seen_at').notNull(),
    expiresAt: ts('expires_at').notNull(),
    revokedAt: ts('revoked_at'),
    revokedReason: text('revoked_reason'),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/** Settings the security admin maintains (password, lockout, session, MFA policy). */
export const settings = pgTable('settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  version: integer('version').notNull().default(1),
  updatedAt: updatedAt(),
  updatedBy: uuid('updated_by'),
});

/**
 * 审计日志 — append-only (Art.31, 34; 等保 安全审计). Each row carries
 * hash = HMAC-SM3(key, prevHash ‖ canonical(row)) under the audit key named by `key_id` (rows from
 * before keying have no key_id: hash = SM3(prevHash ‖ canonical(row))). UPDATE/DELETE/TRUNCATE are
 * refused by triggers; see src/domain/audit/chain.ts.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    id: uuid('id').notNull().defaultRandom(),
    at: ts('at').notNull(),
    actorUserId: uuid('actor_user_id'),
    actorUsername: text('actor_username'),
    actorOrgId: uuid('actor_org_id'),
    action: text('action').notNull(),
    targetType: text('target_type'),
    targetId: text('target_id'),
    outcome: text('outcome').notNull(),
    ip: text('ip'),
    requestId: text('request_id'),
    detail: jsonb('detail').notNull().default({}),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
    /** The audit key that keyed `hash` (`hmac-sm3:…`); null = written before keying (plain SM3). */
    keyId: text('key_id'),
  },
  (t) => [
    index('audit_events_at_idx').on(t.at),
    index('audit_events_actor_idx').on(t.actorUserId),
    index('audit_events_action_idx').on(t.action),
  ],
);

/** 消息通知 — the bell in the header. */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    title: text('title').notNull(),
    body: text('body').notNull().default(''),
    link: text('link'),
    readAt: ts('read_at'),
    createdAt: createdAt(),
    /** todo (待办) | reminder (提醒, a deadline) | notice (项目进展); the message centre filters by it (issue 10). */
    category: text('category').notNull().default('notice'),
    /** The obligation the message is about (src/domain/lifecycle/obligations.ts obligationKey), if any. */
    obligationKey: text('obligation_key'),
    /** Set when its obligation is fulfilled (the step is done): the bell no longer counts it. */
    resolvedAt: ts('resolved_at'),
  },
  (t) => [
    index('notifications_user_idx').on(t.userId, t.createdAt),
    index('notifications_open_obligation_idx').on(t.obligationKey).where(sql`resolved_at IS NULL`),
  ],
);

// ——— Annual plan (Measures chapter 2, Art.8–10) ———

const money = (name: string) => bigint(name, { mode: 'number' });

/** 年度计划申报通知 — the data bureau's call for next year's projects (Art.10(1)). */
export const annualCalls = pgTable(
  'annual_calls',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The plan year Y+1 the call is for. */
    planYear: integer('plan_year').notNull(),
    title: text('title').notNull(),
    notice: text('notice').notNull().default(''),
    /** The last instant a declaration is on time (default 10-15 23:59:59.999 Asia/Shanghai of Y, Art.8). */
    deadlineAt: ts('deadline_at').notNull(),
    editionId: text('edition_id').notNull(),
    /** open | closed */
    status: text('status').notNull().default('open'),
    createdBy: uuid('created_by').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('annual_calls_year_uq').on(t.planYear)],
);

/** 信息化项目 — one row per project; the declaration form lives in `form` (validated by zod). */
export const projects = pgTable(
  'projects',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Human-readable number, e.g. SC-2027-0007. */
    code: text('code').notNull(),
    callId: uuid('call_id')
      .notNull()
      .references(() => annualCalls.id),
    planYear: integer('plan_year').notNull(),
    name: text('name').notNull(),
    declaringOrgId: uuid('declaring_org_id')
      .notNull()
      .references(() => organizations.id),
    /** Cross-department projects: the lead and co-building units (Art.9 ¶2). */
    leadOrgId: uuid('lead_org_id').references(() => organizations.id),
    coOrgIds: uuid('co_org_ids').array().notNull().default(sql`'{}'::uuid[]`),
    category: text('category'),
    kind: text('kind'),
    classified: boolean('classified').notNull().default(false),
    totalFen: money('total_fen').notNull().default(0),
    /** The declaration form (SPEC §2): budget breakdown, data resources, sharing list, deployment … */
    form: jsonb('form').notNull().default({}),
    /** Lifecycle stage (src/domain/lifecycle). */
    stage: text('stage').$type<Stage>().notNull().default('draft'),
    /** Pre-review round: 1 at first submission, +1 at each resubmission after a return. */
    round: integer('round').notNull().default(0),
    /** Declared after the call's deadline on a mandated-urgent basis (Art.8 ¶2). */
    urgent: boolean('urgent').notNull().default(false),
    /** Findings kept at the last submission (warnings stay on the record for the reviewers). */
    findings: jsonb('findings').notNull().default([]),
    submittedAt: ts('submitted_at'),
    /** Whether this project's data-sharing duties are fulfilled (Art.7 "先共享再续建"). */
    sharingFulfilled: boolean('sharing_fulfilled').notNull().default(false),
    approvedBudgetFen: money('approved_budget_fen'),
    planId: uuid('plan_id'),
    /** The edition of the Measures the project runs under (its call's, Art.36): fixed for its whole life. */
    editionId: text('edition_id').notNull(),
    /**
     * The current application round (project_applications): 0 before the first application (Art.11);
     * +1 each time it applies again after a change that had to be declared again (Art.17 ¶3).
     */
    applicationRound: integer('application_round').notNull().default(0),
    /** The current trial run (project_trials) and acceptance attempt (project_acceptances): 0 before the first (Art.25, 26). */
    trialAttempt: integer('trial_attempt').notNull().default(0),
    acceptanceAttempt: integer('acceptance_attempt').notNull().default(0),
    /**
     * Who is contracted now (Art.16, 19), copied from the current project_contracts row: the
     * implementer and the supervisor see the project. Kept here because visibility is checked on
     * every list and read.
     */
    implementerOrgId: uuid('implementer_org_id'),
    supervisorOrgId: uuid('supervisor_org_id'),
    /**
     * When finance first recorded a disbursement (Art.26; project_payments holds every one). Kept here
     * because finance's to-do lasts until then: at 100k projects the to-do list finds the finished
     * projects still waiting by a partial index instead of a payment lookup per project (issue 12).
     */
    disbursedAt: timestamp('disbursed_at', { withTimezone: true }),
    createdBy: uuid('created_by').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('projects_code_uq').on(t.code),
    index('projects_year_stage_idx').on(t.planYear, t.stage, t.id),
    // Lists and to-dos at 100k projects (issue 12, docs/benchmarks): the default sort (newest change first),
    // one unit's projects in that order, the annual list by code, the to-dos by stage, and every way a unit
    // sees a project (declaring, lead, co-building, implementer, supervisor) so visibility is an index union.
    index('projects_updated_idx').on(t.updatedAt),
    index('projects_org_updated_idx').on(t.declaringOrgId, t.updatedAt),
    index('projects_year_code_idx').on(t.planYear, t.code),
    index('projects_stage_updated_idx').on(t.stage, t.updatedAt),
    index('projects_undisbursed_idx').on(t.stage).where(sql`${t.disbursedAt} IS NULL`),
    index('projects_lead_org_idx').on(t.leadOrgId),
    index('projects_co_orgs_idx').using('gin', t.coOrgIds),
    index('projects_implementer_idx').on(t.implementerOrgId),
    index('projects_supervisor_idx').on(t.supervisorOrgId),
    // Search by any two characters of the name or code (Chinese has no spaces to split words at): the
    // bigrams of the text, GIN-indexed; govit_bigrams() is defined in migration 0009 (core SQL, so the
    // embedded database has it too). pg_trgm (on both) gives LIKE '%养老%' no trigram: its index then
    // returns every row (measured, docs/benchmarks); it needs three characters.
    index('projects_search_idx').using('gin', sql`govit_bigrams(${t.name} || ' ' || ${t.code})`),
  ],
);

// ——— Chapter records, one row per project and application round (Art.11–19) ———
// A project declared again after a change (Art.17 ¶3) opens a new round; the earlier rounds stay
// as they were, for the history, the archive and the audit (nothing is cleared).

/** What the application stored of the approval route (R-NDRC / R-NDRC-SIMPLE, Art.12), with its reasons. */
export type StoredApprovalRoute = ApprovalRoute & {
  flags: { inPlan: boolean; urgentMandate: boolean; newCivilWorks: boolean; energyIntensive: boolean };
};
/** 区发改局 立项批复 (Art.12). */
export interface NdrcApproval {
  docNumber: string;
  date: string;
  userId: string;
  at: string;
}

/** 项目审核申报 → 联审 → 终稿 → 联合评审表 → 批复 (Art.11–14), per application round. */
export const projectApplications = pgTable(
  'project_applications',
  {
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    round: integer('round').notNull(),
    /** standard | in_plan | urgent | merge — the simplified path of Art.12(1)–(3) chosen, if any. */
    path: text('path').notNull(),
    route: jsonb('route').$type<StoredApprovalRoute>().notNull(),
    ndrcRequired: boolean('ndrc_required').notNull(),
    ndrcApproval: jsonb('ndrc_approval').$type<NdrcApproval>(),
    /** 招标控制价 reviewed by finance (Art.13) and the amount recovered (R-RECOVERY). */
    controlPriceFen: money('control_price_fen'),
    recoveryFen: money('recovery_fen'),
    /** R-REVISE-3WD (Art.14): when the final version is due (with the rule that produced it), and when it came. */
    revisionDueAt: ts('revision_due_at'),
    revisionDeadline: jsonb('revision_deadline').$type<RevisionDeadlineRecord>(),
    revisionSubmittedAt: ts('revision_submitted_at'),
    revisionOverdue: boolean('revision_overdue').notNull().default(false),
    /** 联合评审表: SM3 digest of the approved data and its short verification code. */
    formDigest: text('form_digest'),
    formCode: text('form_code'),
    approvedAt: ts('approved_at'),
    submittedAt: ts('submitted_at').notNull(),
    submittedBy: uuid('submitted_by').notNull(),
    /** Set when a change had to be declared again (Art.17 ¶3): the round is closed, its form void. */
    supersededAt: ts('superseded_at'),
  },
  (t) => [
    primaryKey({ columns: [t.projectId, t.round] }),
    uniqueIndex('project_applications_form_code_uq').on(t.formCode),
    index('project_applications_revision_due_idx').on(t.revisionDueAt),
  ],
);

export interface RevisionDeadlineRecord {
  basis: string;
  dueDate: string;
  rule: 'R-REVISE-3WD';
  article: string;
  deadlineRule: { kind: string; n: number };
}

/** 采购、合同、监理、开工 (Art.16, 18, 19), per application round. */
export const projectContracts = pgTable(
  'project_contracts',
  {
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    round: integer('round').notNull(),
    /** Procurement and contract (Art.16, 18). */
    procurementMethod: text('procurement_method').notNull(),
    procurementDate: text('procurement_date').notNull(),
    implementerOrgId: uuid('implementer_org_id').notNull(),
    contractFen: money('contract_fen').notNull(),
    contractDocumentId: uuid('contract_document_id'),
    /** Supervision (Art.19). */
    supervisorOrgId: uuid('supervisor_org_id'),
    supervisionFen: money('supervision_fen'),
    supervisionDate: text('supervision_date'),
    supervisionDocumentId: uuid('supervision_document_id'),
    constructionStartedAt: ts('construction_started_at'),
    /** O&M and service projects: the service period (Art.24 "运维服务期满后组织项目验收"). */
    serviceStartOn: text('service_start_on'),
    serviceEndOn: text('service_end_on'),
    recordedAt: ts('recorded_at').notNull(),
    recordedBy: uuid('recorded_by').notNull(),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.round] })],
);

/** An approval record of Art.15 (会商机制审核同意 / 区政府批准). */
export interface ApprovalRecord {
  docNumber: string;
  date: string;
}

/** 分散建设 (Art.15): asked once per project, approved by the consultation mechanism, then the government. */
export const projectDecentralisations = pgTable('project_decentralisations', {
  projectId: uuid('project_id')
    .primaryKey()
    .references(() => projects.id),
  /** classified | upper_level — 涉密项目 / 上级部门统一开发部署 (Art.15 ¶3). */
  basis: text('basis').notNull(),
  reason: text('reason').notNull(),
  consultation: jsonb('consultation').$type<ApprovalRecord>(),
  government: jsonb('government').$type<ApprovalRecord>(),
  requestedAt: ts('requested_at').notNull(),
  requestedBy: uuid('requested_by').notNull(),
  updatedAt: updatedAt(),
});

/** What was submitted at each round, so reviewers see what changed between rounds. */
export const projectRounds = pgTable(
  'project_rounds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    round: integer('round').notNull(),
    name: text('name').notNull(),
    totalFen: money('total_fen').notNull(),
    form: jsonb('form').notNull(),
    /** Document version ids attached at submission. */
    documentIds: uuid('document_ids').array().notNull().default(sql`'{}'::uuid[]`),
    findings: jsonb('findings').notNull().default([]),
    submittedAt: ts('submitted_at').notNull(),
    submittedBy: uuid('submitted_by').notNull(),
  },
  (t) => [uniqueIndex('project_rounds_uq').on(t.projectId, t.round)],
);

/** 意见 — a party's opinion in a review (pre-review now; joint review later). */
export const reviewOpinions = pgTable(
  'review_opinions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    /** pre_review | joint_review */
    review: text('review').notNull(),
    round: integer('round').notNull(),
    /** The joint-review party (data_bureau, cyberspace, finance, bigdata_center). */
    party: text('party').notNull(),
    orgId: uuid('org_id').notNull(),
    userId: uuid('user_id').notNull(),
    /** pass | return | fail */
    decision: text('decision').notNull(),
    text: text('text').notNull(),
    /** Joint review (Art.13): the opinion on each dimension — 集约建设, 系统整合, 数据共享 … */
    dimensions: jsonb('dimensions').notNull().default([]),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('review_opinions_uq').on(t.projectId, t.review, t.round, t.party),
    // A party's opinions (its to-do list: what it has already spoken on).
    index('review_opinions_party_idx').on(t.party, t.projectId),
  ],
);

/** A project's history: every stage change with who, when, why and the rule behind it. */
export const projectEvents = pgTable(
  'project_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    at: ts('at').notNull(),
    actorUserId: uuid('actor_user_id'),
    actorOrgId: uuid('actor_org_id'),
    action: text('action').notNull(),
    fromStage: text('from_stage').$type<Stage>(),
    toStage: text('to_stage').$type<Stage>(),
    note: text('note'),
    rule: text('rule'),
    article: text('article'),
    detail: jsonb('detail').notNull().default({}),
  },
  (t) => [index('project_events_project_idx').on(t.projectId, t.at)],
);

/** 下达计划 — the district government's consent and the annual project list it issues (Art.10(4)). */
export const planIssues = pgTable('plan_issues', {
  id: uuid('id').primaryKey().defaultRandom(),
  planYear: integer('plan_year').notNull(),
  /** The government's consent document number, e.g. 宿区政复〔2026〕12号. */
  consentDocNumber: text('consent_doc_number').notNull(),
  consentDate: text('consent_date').notNull(),
  issuedBy: uuid('issued_by').notNull(),
  issuedAt: ts('issued_at').notNull(),
  note: text('note'),
});

/**
 * 文件 — every uploaded document version (SPEC §6): typed, versioned, SM3-hashed, stored outside the
 * web root. Rows are never updated: a new upload is a new version; a submitted version is frozen.
 */
export const documents = pgTable(
  'documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** project | call */
    ownerType: text('owner_type').notNull(),
    ownerId: uuid('owner_id').notNull(),
    /** Document type code (declaration_form, construction_plan, basis_documents, …). */
    docType: text('doc_type').notNull(),
    version: integer('version').notNull(),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull(),
    sm3: text('sm3').notNull(),
    /** Where the bytes are (local path relative to DATA_DIR/files, or an S3 key). */
    storageKey: text('storage_key').notNull(),
    uploadedBy: uuid('uploaded_by').notNull(),
    uploadedAt: ts('uploaded_at').notNull(),
    /** Set when the owner is submitted with this version: it can no longer be removed. */
    submittedAt: ts('submitted_at'),
    /** A draft version withdrawn by its uploader before submission (kept, hidden). */
    withdrawnAt: ts('withdrawn_at'),
  },
  (t) => [
    uniqueIndex('documents_version_uq').on(t.ownerId, t.docType, t.version),
    index('documents_owner_idx').on(t.ownerType, t.ownerId),
  ],
);

/** 调整变更 (Art.17): filed (备案) when within the lines and grounds, otherwise re-declared. */
export const projectChanges = pgTable(
  'project_changes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    content: text('content').notNull(),
    changeFen: money('change_fen').notNull(),
    totalAfterFen: money('total_after_fen').notNull(),
    /** mandate | optimisation | business_need (Art.17 (一)–(三)), or null. */
    ground: text('ground'),
    /** file | redeclare */
    route: text('route').notNull(),
    reasons: jsonb('reasons').notNull().default([]),
    createdBy: uuid('created_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('project_changes_project_idx').on(t.projectId)],
);

// ——— Delivery: from construction to exit (Art.2, 7, 16–33) ———

/** 信息系统台账 — the systems projects build, upgrade and maintain (Art.2, 6, 7). */
export const systems = pgTable(
  'systems',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Register number, e.g. XT-0007. */
    code: text('code').notNull(),
    name: text('name').notNull(),
    ownerOrgId: uuid('owner_org_id')
      .notNull()
      .references(() => organizations.id),
    description: text('description').notNull().default(''),
    /** building | trial | operating | eliminated | exiting | exited (src/domain/delivery/systems.ts). */
    status: text('status').$type<SystemStatus>().notNull(),
    /** gov_cloud | assessed_cloud | exempt (Art.6), and the 政务云 resources allocated. */
    deployment: text('deployment'),
    cloudVcpu: integer('cloud_vcpu'),
    cloudMemoryGb: integer('cloud_memory_gb'),
    cloudStorageGb: integer('cloud_storage_gb'),
    /** 等保 level and filing (Art.20). */
    mlpsLevel: integer('mlps_level'),
    mlpsFilingNumber: text('mlps_filing_number'),
    /** Its data are collected into the city's integrated public data platform (Art.7). */
    dataCollected: boolean('data_collected').notNull().default(false),
    /** Its data-sharing duties are met (Art.7 "先共享再续建"), with the evidence. */
    sharingFulfilled: boolean('sharing_fulfilled').notNull().default(false),
    sharingEvidence: jsonb('sharing_evidence').$type<SharingEvidence>(),
    /** The day it went into operation (the first O&M period starts then, Art.33). */
    operationStartedOn: text('operation_started_on'),
    /** platform (a project built it) | register (the data bureau registered an existing one) | import (.xlsx). */
    source: text('source').notNull(),
    registeredBy: uuid('registered_by').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('systems_code_uq').on(t.code),
    uniqueIndex('systems_owner_name_uq').on(t.ownerOrgId, t.name),
    index('systems_status_idx').on(t.status),
  ],
);

export interface SharingEvidence {
  note: string;
  documentId: string | null;
  by: string;
  at: string;
}

/** Which projects built, upgrade or maintain a system (Art.7, 32). */
export const systemProjects = pgTable(
  'system_projects',
  {
    systemId: uuid('system_id')
      .notNull()
      .references(() => systems.id),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    /** build | upgrade | maintain */
    relation: text('relation').$type<SystemRelation>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.systemId, t.projectId] }), index('system_projects_project_idx').on(t.projectId)],
);

/** 等保 filing and tests, 密评, risk assessments of a system, dated, with the next one due (Art.20, 21). */
export const systemSecurityRecords = pgTable(
  'system_security_records',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    systemId: uuid('system_id')
      .notNull()
      .references(() => systems.id),
    kind: text('kind').$type<SecurityRecordKind>().notNull(),
    /** The day of the filing / test / assessment. */
    date: text('date').notNull(),
    /** pass | fail | filed */
    result: text('result').notNull(),
    reference: text('reference').notNull().default(''),
    /** When the next one is due (tests and assessments are periodic, Art.20 "定期", Art.21 "定期评估"). */
    nextDueOn: text('next_due_on'),
    documentId: uuid('document_id'),
    recordedBy: uuid('recorded_by').notNull(),
    recordedAt: ts('recorded_at').notNull(),
  },
  (t) => [index('system_security_records_system_idx').on(t.systemId, t.kind, t.date)],
);

/** 年度运维服务情况报表 of an operating system, per O&M period (Art.33). */
export const omReports = pgTable(
  'om_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    systemId: uuid('system_id')
      .notNull()
      .references(() => systems.id),
    year: integer('year').notNull(),
    /** 系统运行、安全管理、用户使用、经费支付、运营成效 (src/domain/delivery/om-report.ts). */
    sections: jsonb('sections').$type<Record<string, string>>().notNull(),
    documentId: uuid('document_id'),
    dueDate: text('due_date'),
    overdue: boolean('overdue').notNull().default(false),
    submittedBy: uuid('submitted_by').notNull(),
    submittedAt: ts('submitted_at').notNull(),
  },
  (t) => [uniqueIndex('om_reports_system_year_uq').on(t.systemId, t.year)],
);

export interface ExitStepRecord {
  at: string;
  by: string;
  note: string;
  documentId: string | null;
}

/** 项目退出 (Art.30): the four steps, each with its evidence; the system is exited when all are done. */
export const systemExits = pgTable('system_exits', {
  systemId: uuid('system_id')
    .primaryKey()
    .references(() => systems.id),
  reason: text('reason').notNull(),
  startedBy: uuid('started_by').notNull(),
  startedAt: ts('started_at').notNull(),
  steps: jsonb('steps').$type<Partial<Record<ExitStep, ExitStepRecord>>>().notNull().default({}),
  completedAt: ts('completed_at'),
});

/** 建设进度 reported by the implementer (Art.16). */
export const progressReports = pgTable(
  'progress_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    milestone: text('milestone').notNull(),
    percent: integer('percent').notNull(),
    note: text('note').notNull().default(''),
    documentId: uuid('document_id'),
    reportedBy: uuid('reported_by').notNull(),
    reportedAt: ts('reported_at').notNull(),
  },
  (t) => [index('progress_reports_project_idx').on(t.projectId, t.reportedAt)],
);

/**
 * Money moving on a project: payments the declarant makes against the contract (Art.16) and the
 * funds finance disburses after the acceptance report (Art.26).
 */
export const projectPayments = pgTable(
  'project_payments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    /** payment (合同付款, by the declarant) | disbursement (资金拨付, by finance) */
    kind: text('kind').$type<'payment' | 'disbursement'>().notNull(),
    amountFen: money('amount_fen').notNull(),
    paidOn: text('paid_on').notNull(),
    note: text('note').notNull().default(''),
    documentId: uuid('document_id'),
    recordedBy: uuid('recorded_by').notNull(),
    recordedAt: ts('recorded_at').notNull(),
  },
  (t) => [index('project_payments_project_idx').on(t.projectId, t.kind)],
);

/** 监理报告 filed by the supervision unit (Art.19). */
export const supervisionReports = pgTable(
  'supervision_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    period: text('period').notNull(),
    summary: text('summary').notNull(),
    documentId: uuid('document_id'),
    filedBy: uuid('filed_by').notNull(),
    filedAt: ts('filed_at').notNull(),
  },
  (t) => [index('supervision_reports_project_idx').on(t.projectId, t.filedAt)],
);

/** 年度自评价 during construction (Art.33): drafted by the implementer, opined on, filed by year end. */
export const selfEvaluations = pgTable(
  'self_evaluations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    year: integer('year').notNull(),
    /** 建设进度, 投资计划执行情况, and for a system in trial 试运行效果及遇到的问题 (Art.33). */
    progress: text('progress').notNull(),
    investment: text('investment').notNull(),
    trialEffects: text('trial_effects').notNull().default(''),
    documentId: uuid('document_id'),
    declarantOpinion: text('declarant_opinion'),
    declarantOpinionBy: uuid('declarant_opinion_by'),
    supervisorOpinion: text('supervisor_opinion'),
    supervisorOpinionBy: uuid('supervisor_opinion_by'),
    filedAt: ts('filed_at'),
    filedLate: boolean('filed_late').notNull().default(false),
    createdBy: uuid('created_by').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('self_evaluations_project_year_uq').on(t.projectId, t.year)],
);

/** 上线试运行 (Art.25): each start of a trial run; a restart after an overrun is a new attempt. */
export const projectTrials = pgTable(
  'project_trials',
  {
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    attempt: integer('attempt').notNull(),
    startedOn: text('started_on').notNull(),
    softwareDevelopment: boolean('software_development').notNull(),
    /** The window of Art.25 as computed when recorded: earliest (not moved) and latest (moved, or null). */
    earliestOn: text('earliest_on').notNull(),
    latestOn: text('latest_on'),
    reason: text('reason').notNull().default(''),
    recordedBy: uuid('recorded_by').notNull(),
    recordedAt: ts('recorded_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.attempt] })],
);

export interface AssetItem {
  name: string;
  type: string;
  quantity: number;
  valueFen: number;
  location: string;
}

/**
 * 竣工验收 (Art.24–29), one row per attempt: material submitted → data bureau's review → acceptance
 * held → report with its attachments → assets handed over with the warranty.
 */
export const projectAcceptances = pgTable(
  'project_acceptances',
  {
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    attempt: integer('attempt').notNull(),
    materialSubmittedAt: ts('material_submitted_at').notNull(),
    materialSubmittedBy: uuid('material_submitted_by').notNull(),
    /** O&M and service projects: the end of the service period (Art.24). */
    serviceEndOn: text('service_end_on'),
    /** approve | return, with the data bureau's opinion (Art.26). */
    reviewDecision: text('review_decision'),
    reviewOpinion: text('review_opinion'),
    reviewedAt: ts('reviewed_at'),
    reviewedBy: uuid('reviewed_by'),
    /** The acceptance held by the declarant (Art.26 "由申报单位自行组织竣工验收"). */
    acceptanceDate: text('acceptance_date'),
    experts: text('experts'),
    /** pass | fail */
    conclusion: text('conclusion'),
    minutesDocumentId: uuid('minutes_document_id'),
    heldRecordedAt: ts('held_recorded_at'),
    /** The report (Art.27): due 1 month after the acceptance; filed when; issued on; late or not. */
    reportDueDate: text('report_due_date'),
    reportSubmittedAt: ts('report_submitted_at'),
    reportIssuedOn: text('report_issued_on'),
    reportOverdue: boolean('report_overdue').notNull().default(false),
    archiveAcceptancePassed: boolean('archive_acceptance_passed'),
    /** Handover and warranty (Art.28, 29). */
    assets: jsonb('assets').$type<AssetItem[]>(),
    warrantyEndOn: text('warranty_end_on'),
    handoverRecordedAt: ts('handover_recorded_at'),
    handoverConfirmedAt: ts('handover_confirmed_at'),
    handoverConfirmedBy: uuid('handover_confirmed_by'),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.attempt] })],
);

// ── Scale and safe retries (issue 12) ─────────────────────────────────────────────────────────────

/**
 * Idempotency keys (`Idempotency-Key` header, src/server/platform/idempotency.ts): the first answer
 * to a create, per person and key, so that a retried request gets it again instead of creating twice.
 * `status` is null while the first request is still running. Kept until `expires_at` (IDEMPOTENCY_TTL_HOURS).
 */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    key: text('key').notNull(),
    method: text('method').notNull(),
    path: text('path').notNull(),
    /** SHA-256 of method, path and body: the same key with another request is refused (422). */
    fingerprint: text('fingerprint').notNull(),
    status: integer('status'),
    /** content-type, etag, location of the first answer. */
    responseHeaders: jsonb('response_headers').$type<Record<string, string>>(),
    responseBody: text('response_body'),
    createdAt: createdAt(),
    expiresAt: ts('expires_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.key] }), index('idempotency_keys_expires_idx').on(t.expiresAt)],
);

/**
 * The last project number given in each plan year (code SC-<year>-<number>): taken with
 * UPDATE … RETURNING in the transaction that creates the project, so numbers are gap-free and
 * concurrent declarations wait only on their year's row (src/db/project-code-repo.ts).
 */
export const projectCodeCounters = pgTable('project_code_counters', {
  planYear: integer('plan_year').primaryKey(),
  lastNumber: integer('last_number').notNull(),
});

// ——— Audit as of a date and audit findings (Art.34; issue 10, docs/decisions/0004) ———

/**
 * 项目版本 — the project as it stood after each write (Art.34 "this project as of date D"): its row and
 * its mutable chapter records (applications, contracts, decentralisation, trials, acceptances,
 * self-evaluations), as JSON with the database's column names. Written in the transaction of every
 * project write (writeProject, creation); append-only. `at`: from when this state held (the write's
 * clock); a migrated project's first row is its `baseline`, valid from its last change (`updated_at`).
 */
export const projectVersions = pgTable(
  'project_versions',
  {
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    version: integer('version').notNull(),
    at: ts('at').notNull(),
    /** The write that produced it: an audit action (project.approved …) or `baseline`. */
    action: text('action').notNull(),
    actorUserId: uuid('actor_user_id'),
    /** The projects row (column names as in the database). */
    project: jsonb('project').$type<Record<string, unknown>>().notNull(),
    /** The mutable chapter rows by table name (project_applications: [...], …). */
    chapters: jsonb('chapters').$type<Record<string, Record<string, unknown>[]>>().notNull(),
    recordedAt: ts('recorded_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.version] }), index('project_versions_at_idx').on(t.projectId, t.at)],
);

/** 审计发现 — a finding of the audit bureau on a project (Art.34), and the declarant's answer (Art.31). */
export const auditFindings = pgTable(
  'audit_findings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    text: text('text').notNull(),
    /** low | medium | high (src/domain/audit/findings.ts). */
    severity: text('severity').notNull(),
    /** The article of the Measures the finding concerns, e.g. Art.16. */
    article: text('article').notNull(),
    /** The date an answer is due (Asia/Shanghai). */
    answerDueOn: text('answer_due_on').notNull(),
    recordedBy: uuid('recorded_by').notNull(),
    recordedOrgId: uuid('recorded_org_id').notNull(),
    recordedAt: ts('recorded_at').notNull(),
    answer: text('answer'),
    answerDocumentId: uuid('answer_document_id'),
    answeredBy: uuid('answered_by'),
    answeredAt: ts('answered_at'),
  },
  (t) => [index('audit_findings_project_idx').on(t.projectId, t.recordedAt)],
);

// ——— Obligations: reminders claimed once, e-mail outbox (issue 10, "deadlines that remind") ———

/**
 * 提醒记录 — one row per (obligation, person, reminder): claimed with INSERT … ON CONFLICT DO NOTHING
 * before the message is written, so each reminder goes out exactly once however many instances sweep.
 */
export const obligationReminders = pgTable(
  'obligation_reminders',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    obligationKey: text('obligation_key').notNull(),
    /** The obligation kind (ObligationKindCode). */
    kind: text('kind').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    /** due_soon | overdue */
    reminder: text('reminder').notNull(),
    dueAt: ts('due_at').notNull(),
    notificationId: uuid('notification_id'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('obligation_reminders_claim_uq').on(t.obligationKey, t.userId, t.reminder)],
);

/** 邮件发件箱 — e-mails to send over SMTP, retried with backoff, each sent by one instance (a lease). */
export const emailOutbox = pgTable(
  'email_outbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** What the mail is for (a reminder claim's id): never two mails for one reminder. */
    dedupeKey: text('dedupe_key').notNull(),
    userId: uuid('user_id').references(() => users.id),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    /** pending | sending | sent | failed (given up after the last attempt) */
    status: text('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    nextAttemptAt: ts('next_attempt_at').notNull(),
    /** While sending: another instance may take the mail over only after this instant. */
    leaseUntil: ts('lease_until'),
    sentAt: ts('sent_at'),
    messageId: text('message_id'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('email_outbox_dedupe_uq').on(t.dedupeKey),
    index('email_outbox_due_idx').on(t.status, t.nextAttemptAt),
  ],
);

// ——— Monthly monitoring and the elimination list (Art.32; issue 10, src/domain/oversight/monitoring.ts) ———

/**
 * 月度监测 — one operating system's monitoring in one month, as the big data center reports it (batch
 * JSON or an .xlsx/.csv upload). One row per (system, month): a re-import of the month replaces it.
 */
export const monitoringRows = pgTable(
  'monitoring_rows',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    systemId: uuid('system_id')
      .notNull()
      .references(() => systems.id),
    /** 'YYYY-MM'. */
    month: text('month').notNull(),
    vcpuAllocated: integer('vcpu_allocated').notNull(),
    /** Average vCPU in use over the month. */
    vcpuUsed: doublePrecision('vcpu_used').notNull(),
    memoryAllocatedGb: doublePrecision('memory_allocated_gb').notNull(),
    memoryUsedGb: doublePrecision('memory_used_gb').notNull(),
    storageAllocatedGb: doublePrecision('storage_allocated_gb').notNull(),
    storageUsedGb: doublePrecision('storage_used_gb').notNull(),
    /** 0–100. */
    availabilityPercent: doublePrecision('availability_percent').notNull(),
    activeUsers: integer('active_users').notNull(),
    calls: bigint('calls', { mode: 'number' }).notNull(),
    /** Open (unresolved) security findings by severity at the month's end. */
    findingsCritical: integer('findings_critical').notNull().default(0),
    findingsHigh: integer('findings_high').notNull().default(0),
    findingsMedium: integer('findings_medium').notNull().default(0),
    findingsLow: integer('findings_low').notNull().default(0),
    /** api | xlsx | csv | seed */
    source: text('source').notNull(),
    submittedBy: uuid('submitted_by').notNull(),
    submittedAt: ts('submitted_at').notNull(),
  },
  (t) => [uniqueIndex('monitoring_rows_system_month_uq').on(t.systemId, t.month)],
);

/**
 * 淘汰退出清单 — a flagged system awaiting the data bureau's decision (pending), kept with a
 * rectification deadline (kept), or eliminated with its cloud reclaim and shutdown recorded
 * (Art.32 "强制收回云资源，关停相关系统"). The flags and their evidence are a snapshot of the months
 * that raised them. At most one pending entry per system.
 */
export const eliminationEntries = pgTable(
  'elimination_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    systemId: uuid('system_id')
      .notNull()
      .references(() => systems.id),
    status: text('status').$type<EliminationStatus>().notNull(),
    flags: text('flags').array().$type<MonitoringFlag[]>().notNull(),
    evidence: jsonb('evidence').$type<FlagEvidence[]>().notNull(),
    /** The latest month the flags were computed through. */
    throughMonth: text('through_month').notNull(),
    listedAt: ts('listed_at').notNull(),
    decidedBy: uuid('decided_by'),
    decidedAt: ts('decided_at'),
    decisionNote: text('decision_note'),
    /** kept: the last day of the rectification (Art.32; edition monitoring.rectificationPeriod). */
    rectificationDueOn: text('rectification_due_on'),
    /** eliminated: 强制收回云资源, the day and who recorded it. */
    cloudReclaimedOn: text('cloud_reclaimed_on'),
    cloudReclaimNote: text('cloud_reclaim_note'),
    cloudReclaimRecordedBy: uuid('cloud_reclaim_recorded_by'),
    /** eliminated: 关停相关系统, the day and who recorded it. */
    shutdownOn: text('shutdown_on'),
    shutdownNote: text('shutdown_note'),
    shutdownRecordedBy: uuid('shutdown_recorded_by'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('elimination_entries_system_idx').on(t.systemId, t.listedAt),
    index('elimination_entries_status_idx').on(t.status),
    uniqueIndex('elimination_entries_one_pending_uq').on(t.systemId).where(sql`status = 'pending'`),
  ],
);

// ——— Oversight: performance evaluation, spot checks, the rectification ladder, oversight requests (Art.22, 31, 33) ———

/** 绩效评价 (Art.33): the declared targets scored one by one with a score 0–100, by the data bureau or a third party. */
export const performanceEvaluations = pgTable(
  'performance_evaluations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    /** data_bureau | third_party (src/domain/oversight/evaluation.ts). */
    kind: text('kind').$type<EvaluationKind>().notNull(),
    assignmentId: uuid('assignment_id'),
    year: integer('year').notNull(),
    targets: jsonb('targets').$type<ScoredTarget[]>().notNull(),
    score: integer('score').notNull(),
    summary: text('summary').notNull().default(''),
    documentId: uuid('document_id'),
    /** Some target partly or not met: a rectification is owed (Art.33). */
    targetsUnmet: boolean('targets_unmet').notNull(),
    evaluatorOrgId: uuid('evaluator_org_id').notNull(),
    evaluatedBy: uuid('evaluated_by').notNull(),
    evaluatedAt: ts('evaluated_at').notNull(),
  },
  (t) => [index('performance_evaluations_project_idx').on(t.projectId, t.evaluatedAt)],
);

/** 抽查复核 (Art.33): a seeded random sample of self-evaluations or O&M reports, kept to be re-drawn. */
export const spotCheckDraws = pgTable('spot_check_draws', {
  id: uuid('id').primaryKey().defaultRandom(),
  /** self_evaluation | om_report */
  population: text('population').$type<SpotCheckPopulation>().notNull(),
  year: integer('year').notNull(),
  seed: text('seed').notNull(),
  size: integer('size').notNull(),
  /** The eligible ids in canonical (sorted) order, and the ids drawn in draw order. */
  populationIds: jsonb('population_ids').$type<string[]>().notNull(),
  drawnIds: jsonb('drawn_ids').$type<string[]>().notNull(),
  drawnBy: uuid('drawn_by').notNull(),
  drawnAt: ts('drawn_at').notNull(),
});

/** 第三方专项绩效评估 (Art.33): the data bureau assigns a key project to an evaluator organisation. */
export const evaluationAssignments = pgTable(
  'evaluation_assignments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    evaluatorOrgId: uuid('evaluator_org_id')
      .notNull()
      .references(() => organizations.id),
    year: integer('year').notNull(),
    note: text('note').notNull().default(''),
    assignedBy: uuid('assigned_by').notNull(),
    assignedAt: ts('assigned_at').notNull(),
    evaluationId: uuid('evaluation_id'),
    completedAt: ts('completed_at'),
  },
  (t) => [
    index('evaluation_assignments_org_idx').on(t.evaluatorOrgId),
    uniqueIndex('evaluation_assignments_project_year_uq').on(t.projectId, t.year),
  ],
);

/** 限期整改 (Art.33): the order, the owner's report, the data bureau's judgement; each failure opens the next round. */
export const rectificationOrders = pgTable(
  'rectification_orders',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    round: integer('round').notNull(),
    evaluationId: uuid('evaluation_id'),
    reason: text('reason').notNull(),
    orderedOn: text('ordered_on').notNull(),
    deadline: text('deadline').notNull(),
    /** The rule that produced the deadline (edition rectificationPeriod), or null when the data bureau named it. */
    deadlineRule: jsonb('deadline_rule').$type<DeadlineRule | null>(),
    orderedBy: uuid('ordered_by').notNull(),
    orderedAt: ts('ordered_at').notNull(),
    answer: text('answer'),
    answerDocumentId: uuid('answer_document_id'),
    answeredBy: uuid('answered_by'),
    answeredAt: ts('answered_at'),
    decision: text('decision').$type<RectificationDecision>(),
    decisionNote: text('decision_note'),
    decidedBy: uuid('decided_by'),
    decidedAt: ts('decided_at'),
  },
  (t) => [
    uniqueIndex('rectification_orders_project_round_uq').on(t.projectId, t.round),
    uniqueIndex('rectification_orders_one_open_uq').on(t.projectId).where(sql`decision IS NULL`),
  ],
);

/** 通报批评 → 暂缓拨付 → 暂停项目建设 → 项目终止, and their lifting: each step, who decided it and when (Art.33). */
export const sanctionSteps = pgTable(
  'sanction_steps',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    orderId: uuid('order_id').notNull(),
    /** The step taken: a level of the ladder, or lifted (the rectification accepted). */
    step: text('step').$type<SanctionLevel | 'lifted'>().notNull(),
    /** The project's level after the step (null: none). */
    levelAfter: text('level_after').$type<SanctionLevel>(),
    reason: text('reason').notNull(),
    decidedBy: uuid('decided_by').notNull(),
    decidedByOrgId: uuid('decided_by_org_id').notNull(),
    decidedAt: ts('decided_at').notNull(),
  },
  (t) => [index('sanction_steps_project_idx').on(t.projectId, t.seq)],
);

/** 过程指导与监督 (Art.22, 31): an oversight bureau's request for information or guidance note, and the owner's answer. */
export const oversightRequests = pgTable(
  'oversight_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    fromOrgId: uuid('from_org_id')
      .notNull()
      .references(() => organizations.id),
    /** information (情况说明/资料) | guidance (指导意见) */
    kind: text('kind').$type<OversightRequestKind>().notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    answerDue: text('answer_due'),
    sentBy: uuid('sent_by').notNull(),
    sentAt: ts('sent_at').notNull(),
    answer: text('answer'),
    answerDocumentId: uuid('answer_document_id'),
    answeredBy: uuid('answered_by'),
    answeredAt: ts('answered_at'),
  },
  (t) => [
    index('oversight_requests_project_idx').on(t.projectId, t.sentAt),
    index('oversight_requests_from_idx').on(t.fromOrgId),
  ],
);
