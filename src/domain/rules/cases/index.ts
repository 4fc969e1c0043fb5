// All rule cases, grouped by family.
import { baselineCases } from './baseline-cases.js';
import { budgetCases } from './budget.js';
import { dataAndScenarioCases } from './data-and-scenario.js';
import { deadlineCases } from './deadline.js';
import { deploymentCases } from './deployment.js';
import { materialsCases } from './materials.js';
import { planGateCases } from './plan-gates.js';
import { routingCases } from './routing.js';
import { scopeCases } from './scope.js';
import { securityCases } from './security.js';
import type { RuleCase } from './types.js';

export const CASE_GROUPS: Record<string, RuleCase[]> = {
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
};
