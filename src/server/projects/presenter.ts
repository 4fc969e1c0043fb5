// What the client sees of a project: the record, stage with its article, the actions the person
// may take now, and the opinions they may read.
import { STAGES, type Stage } from '../../domain/lifecycle/stages.js';
import { allowedActions, type ProjectAccess, type ProjectRow } from './access.js';

export function presentProjectSummary(p: ProjectRow, orgNames?: Map<string, string>) {
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
    stageName: STAGES[p.stage as Stage]?.zh ?? p.stage,
    stageNameEn: STAGES[p.stage as Stage]?.en ?? p.stage,
    round: p.round,
    urgent: p.urgent,
    approvedBudgetFen: p.approvedBudgetFen,
    submittedAt: p.submittedAt?.toISOString() ?? null,
    updatedAt: p.updatedAt.toISOString(),
    version: p.version,
  };
}

export function presentProject(access: ProjectAccess, orgNames?: Map<string, string>) {
  const p = access.project;
  return {
    ...presentProjectSummary(p, orgNames),
    leadOrgId: p.leadOrgId,
    coOrgIds: p.coOrgIds,
    form: p.form,
    findings: p.findings,
    stageArticle: STAGES[p.stage as Stage]?.article ?? null,
    sharingFulfilled: p.sharingFulfilled,
    planId: p.planId,
    createdAt: p.createdAt.toISOString(),
    // Review to contract (Art.11–19)
    ndrcRequired: p.ndrcRequired,
    approvalRoute: p.approvalRoute,
    ndrcApproval: p.ndrcApproval,
    controlPriceFen: p.controlPriceFen,
    recoveryFen: p.recoveryFen,
    revisionDueAt: p.revisionDueAt?.toISOString() ?? null,
    revisionSubmittedAt: p.revisionSubmittedAt?.toISOString() ?? null,
    revisionOverdue: p.revisionOverdue,
    formCode: p.formCode,
    approvedAt: p.approvedAt?.toISOString() ?? null,
    decentral: p.decentral,
    procurement: p.procurement,
    implementerOrgId: p.implementerOrgId,
    contractFen: p.contractFen,
    supervision: p.supervision,
    supervisorOrgId: p.supervisorOrgId,
    constructionStartedAt: p.constructionStartedAt?.toISOString() ?? null,
    actions: allowedActions(access),
  };
}
