// All rule cases, grouped by family.
import { acceptanceCases } from './acceptance.js';
import { applicationCases } from './application.js';
import { approvalCases } from './approval.js';
import { baselineCases } from './baseline-cases.js';
import { budgetCases } from './budget.js';
import { changeCases } from './change.js';
import { constructionCases } from './construction.js';
import { dataAndScenarioCases } from './data-and-scenario.js';
import { deadlineCases } from './deadline.js';
import { deploymentCases } from './deployment.js';
import { evaluationCases } from './evaluation.js';
import { exitCases } from './exit.js';
import { rectifyCases } from './rectify.js';
import { jointReviewCases } from './joint-review.js';
import { materialsCases } from './materials.js';
import { monitoringCases } from './monitoring.js';
import { planGateCases } from './plan-gates.js';
import { revisionCases } from './revision.js';
import { routingCases } from './routing.js';
import { scopeCases } from './scope.js';
import { securityCases } from './security.js';
import type { RuleCase } from './types.js';

export const CASE_GROUPS: Record<string, readonly RuleCase[]> = {
  baseline: baselineCases,
  scope: scopeCases,
  'data-and-scenario': dataAndScenarioCases,
  deployment: deploymentCases,
  deadline: deadlineCases,
  routing: routingCases,
  materials: materialsCases,
  budget: budgetCases,
  security: securityCases,
  'plan-gates': planGateCases,
  application: applicationCases,
  'joint-review': jointReviewCases,
  revision: revisionCases,
  approval: approvalCases,
  construction: constructionCases,
  change: changeCases,
  acceptance: acceptanceCases,
  evaluation: evaluationCases,
  exit: exitCases,
  monitoring: monitoringCases,
  rectify: rectifyCases,
};
