// Drizzle schema: the only description of the tables. Migrations in ./drizzle are generated
// from it (`npm run db:generate`) plus hand-written SQL where Drizzle has no words (triggers).
import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
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
  },
  (t) => [index('notifications_user_idx').on(t.userId, t.createdAt)],
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
