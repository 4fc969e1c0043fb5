// What the client sees of a project: the record, its stage with its article, the chapter records
// of its current round, the actions the person may take now. The shape is the API's contract.
import { STAGES } from '../../domain/lifecycle/stages.js';
import { allowedActions, type ProjectAccess, type ProjectRow } from './access.js';
import type { ProjectRecord } from './record.js';
import type { ApprovalFields, DeliveryFields, Project, ProjectSummary } from './responses.js';

// Text columns hold codes the use cases wrote from a zod enum (the path of Art.12, the basis of
// Art.15, the decisions of Art.26); jsonb columns hold what form-schema.ts and the rules engine wrote.
type Acceptance = NonNullable<DeliveryFields['acceptance']>;

export function presentProjectSummary(p: ProjectRow, orgNames?: Map<string, string>): ProjectSummary {
  return {
    id: p.id,
    code: p.code,
    name: p.name,
    planYear: p.planYear,
    callId: p.callId,
    declaringOrgId: p.declaringOrgId,
    declaringOrgName: orgNames?.get(p.declaringOrgId) ?? null,
    category: p.category,
    kind: p.kind,
    classified: p.classified,
    totalFen: p.totalFen,
    stage: p.stage,
    stageName: STAGES[p.stage].zh,
    stageNameEn: STAGES[p.stage].en,
    round: p.round,
    urgent: p.urgent,
    approvedBudgetFen: p.approvedBudgetFen,
    submittedAt: p.submittedAt?.toISOString() ?? null,
    updatedAt: p.updatedAt.toISOString(),
    version: p.version,
  };
}

const iso = (d: Date | null | undefined) => d?.toISOString() ?? null;

/** The review-to-contract facts of the current round (Art.11–19), as the API has always named them. */
export function presentChapters(r: Pick<ProjectRecord, 'application' | 'contract' | 'decentral'>): ApprovalFields {
  const a = r.application;
  const c = r.contract;
  const d = r.decentral;
  return {
    applicationRound: a?.round ?? null,
    ndrcRequired: a?.ndrcRequired ?? false,
    approvalRoute: a
      ? {
          ...a.route,
          path: a.path as NonNullable<ApprovalFields['approvalRoute']>['path'],
          at: a.submittedAt.toISOString(),
          jointRound: a.round,
        }
      : null,
    ndrcApproval: a?.ndrcApproval ?? null,
    controlPriceFen: a?.controlPriceFen ?? null,
    recoveryFen: a?.recoveryFen ?? null,
    revisionDueAt: iso(a?.revisionDueAt),
    revisionSubmittedAt: iso(a?.revisionSubmittedAt),
    revisionOverdue: a?.revisionOverdue ?? false,
    formCode: a?.formCode ?? null,
    approvedAt: iso(a?.approvedAt),
    decentral: d
      ? {
          requested: true,
          basis: d.basis as NonNullable<ApprovalFields['decentral']>['basis'],
          reason: d.reason,
          consultationApproved: d.consultation !== null,
          governmentApproved: d.government !== null,
          ...(d.consultation ? { consultation: d.consultation } : {}),
          ...(d.government ? { government: d.government } : {}),
        }
      : null,
    procurement: c
      ? {
          method: c.procurementMethod,
          date: c.procurementDate,
          implementerOrgId: c.implementerOrgId,
          contractFen: c.contractFen,
          ...(c.contractDocumentId ? { contractDocumentId: c.contractDocumentId } : {}),
        }
      : null,
    contractFen: c?.contractFen ?? null,
    supervision: c?.supervisorOrgId
      ? {
          supervisorOrgId: c.supervisorOrgId,
          contractFen: c.supervisionFen,
          date: c.supervisionDate,
          ...(c.supervisionDocumentId ? { contractDocumentId: c.supervisionDocumentId } : {}),
        }
      : null,
    constructionStartedAt: iso(c?.constructionStartedAt),
    serviceEndOn: c?.serviceEndOn ?? null,
  };
}

/** The current trial run and acceptance attempt (Art.25–29), for the header; the detail is GET …/delivery. */
export function presentDelivery(r: Pick<ProjectRecord, 'trial' | 'acceptance'>): DeliveryFields {
  const t = r.trial;
  const a = r.acceptance;
  return {
    trial: t
      ? {
          attempt: t.attempt,
          startedOn: t.startedOn,
          softwareDevelopment: t.softwareDevelopment,
          earliest: t.earliestOn,
          latest: t.latestOn,
        }
      : null,
    acceptance: a
      ? {
          attempt: a.attempt,
          reviewDecision: a.reviewDecision as Acceptance['reviewDecision'],
          acceptanceDate: a.acceptanceDate,
          conclusion: a.conclusion as Acceptance['conclusion'],
          reportDueDate: a.reportDueDate,
          reportSubmittedAt: iso(a.reportSubmittedAt),
          reportOverdue: a.reportOverdue,
          warrantyEndOn: a.warrantyEndOn,
        }
      : null,
  };
}

export function presentProject(access: ProjectAccess, orgNames?: Map<string, string>): Project {
  const p = access.project;
  return {
    ...presentProjectSummary(p, orgNames),
    leadOrgId: p.leadOrgId,
    coOrgIds: p.coOrgIds,
    form: p.form as Project['form'],
    findings: p.findings as Project['findings'],
    stageArticle: STAGES[p.stage].article,
    stagePhase: STAGES[p.stage].phase,
    sharingFulfilled: p.sharingFulfilled,
    planId: p.planId,
    editionId: p.editionId,
    createdAt: p.createdAt.toISOString(),
    ...presentChapters(access),
    ...presentDelivery(access),
    implementerOrgId: p.implementerOrgId,
    supervisorOrgId: p.supervisorOrgId,
    actions: allowedActions(access),
  };
}
