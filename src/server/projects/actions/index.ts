// Every action on a project, one use case per file, all taken through takeAction. The map is
// exhaustive over the transition table's actions: a new action does not compile until it has its
// use case here. Two actions move projects without a route of their own: the plan issue moves many
// at once (its own route below), and a project closes with its system's exit (src/server/systems).
import { z } from 'zod';
import type { ProjectAction } from '../../../domain/lifecycle/transitions.js';
import type { ZApp } from '../../zapp.js';
import { PlanIssuedSchema } from '../action-responses.js';
import { ProjectSchema } from '../responses.js';
import { approveProject } from './approve-project.js';
import { editDeclaration } from './edit-declaration.js';
import { fileChange } from './file-change.js';
import { resubmitChange } from './resubmit-change.js';
import { forwardDeclaration } from './forward-declaration.js';
import { giveJointReviewOpinion } from './give-joint-review-opinion.js';
import { givePreReviewOpinion } from './give-pre-review-opinion.js';
import { issuePlan, issuePlanBody } from './issue-plan.js';
import { recordControlPrice } from './record-control-price.js';
import { recordDecentralApprovals } from './record-decentral-approvals.js';
import { recordNdrcApproval } from './record-ndrc-approval.js';
import { recordProcurement } from './record-procurement.js';
import { recordReviewMeeting } from './record-review-meeting.js';
import { recordSupervision } from './record-supervision.js';
import { requestDecentral } from './request-decentral.js';
import { returnToUnit } from './return-to-unit.js';
import { reviewBudget } from './review-budget.js';
import { startConstruction } from './start-construction.js';
import { submitApplication } from './submit-application.js';
import { submitDeclaration } from './submit-declaration.js';
import { submitFinalVersion } from './submit-final-version.js';
import { takeAction, type UseCase } from './take-action.js';
import { withdrawDeclaration } from './withdraw-declaration.js';
import { startService } from './start-service.js';
import { recordProgress } from './record-progress.js';
import { recordPayment } from './record-payment.js';
import { fileSupervisionReport } from './file-supervision-report.js';
import {
  draftSelfEvaluation,
  fileSelfEvaluation,
  giveSelfEvaluationOpinion,
  giveSelfEvaluationSupervision,
} from './self-evaluation.js';
import { recordTrialStart } from './record-trial-start.js';
import { submitAcceptance } from './submit-acceptance.js';
import { reviewAcceptance } from './review-acceptance.js';
import { holdAcceptance } from './hold-acceptance.js';
import { submitAcceptanceReport } from './submit-acceptance-report.js';
import { recordDisbursement } from './record-disbursement.js';
import { confirmHandover, recordHandover } from './handover.js';
import { answerRectification, judgeRectification, orderRectification } from './rectification.js';

export const USE_CASES: Record<Exclude<ProjectAction, 'issue_plan' | 'close'>, UseCase> = {
  edit: editDeclaration,
  submit: submitDeclaration,
  withdraw: withdrawDeclaration,
  forward: forwardDeclaration,
  sector_return: returnToUnit,
  pre_review_opinion: givePreReviewOpinion,
  budget_review: reviewBudget,
  submit_application: submitApplication,
  ndrc_approve: recordNdrcApproval,
  joint_review_opinion: giveJointReviewOpinion,
  record_control_price: recordControlPrice,
  record_meeting: recordReviewMeeting,
  submit_revision: submitFinalVersion,
  approve: approveProject,
  request_decentral: requestDecentral,
  record_decentral: recordDecentralApprovals,
  record_procurement: recordProcurement,
  record_supervision: recordSupervision,
  start_construction: startConstruction,
  file_change: fileChange,
  resubmit_change: resubmitChange,
  start_service: startService,
  record_progress: recordProgress,
  record_payment: recordPayment,
  file_supervision_report: fileSupervisionReport,
  draft_self_evaluation: draftSelfEvaluation,
  self_evaluation_opinion: giveSelfEvaluationOpinion,
  self_evaluation_supervision: giveSelfEvaluationSupervision,
  file_self_evaluation: fileSelfEvaluation,
  record_trial_start: recordTrialStart,
  submit_acceptance: submitAcceptance,
  review_acceptance: reviewAcceptance,
  hold_acceptance: holdAcceptance,
  submit_acceptance_report: submitAcceptanceReport,
  record_disbursement: recordDisbursement,
  record_handover: recordHandover,
  confirm_handover: confirmHandover,
  order_rectification: orderRectification,
  answer_rectification: answerRectification,
  judge_rectification: judgeRectification,
};

const idParams = z.object({ id: z.uuid('无效的项目编号') });

/** The action's operationId: record_procurement → recordProcurement. */
const camel = (action: string) => action.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

export async function projectActionRoutes(app: ZApp) {
  for (const uc of Object.values(USE_CASES)) {
    app.route({
      method: uc.method,
      url: uc.url,
      schema: {
        tags: uc.tags,
        summary: uc.summary,
        operationId: camel(uc.action),
        params: idParams,
        body: uc.body,
        response: { [uc.status ?? 200]: uc.response ?? ProjectSchema },
      },
      handler: (req, reply) => takeAction(req, reply, uc, (req.params as { id: string }).id, req.body),
    });
  }
  app.post(
    '/plans',
    {
      schema: {
        tags: ['annual plan'],
        summary: '下达年度计划（经区政府同意，第十条第（四）项）',
        body: issuePlanBody,
        response: { 201: PlanIssuedSchema },
      },
    },
    (req, reply) => issuePlan(req, reply, req.body),
  );
}
