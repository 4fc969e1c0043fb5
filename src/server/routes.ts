// Every API route under /api/v1, grouped by resource.
import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { authRoutes } from './auth/routes.js';
import { oidcRoutes } from './auth/oidc.js';
import { healthRoutes } from './platform/health.js';
import { homeRoutes } from './home/routes.js';
import { organizationRoutes } from './admin/organizations.js';
import { userRoutes } from './admin/users.js';
import { roleRoutes } from './admin/roles.js';
import { policyRoutes } from './admin/policy.js';
import { auditRoutes } from './admin/audit.js';
import { rulesRoutes } from './platform/rules.js';
import { callRoutes } from './projects/calls.js';
import { projectRoutes } from './projects/projects.js';
import { submitRoutes } from './projects/submit.js';
import { preReviewRoutes } from './projects/pre-review.js';
import { budgetPlanRoutes } from './projects/budget-plan.js';
import { annualListRoutes } from './projects/annual-list.js';
import { declarationFormRoutes } from './projects/declaration-form.js';
import { applicationRoutes } from './approval/application.js';
import { jointReviewRoutes } from './approval/joint-review.js';
import { formRoutes } from './approval/form.js';
import { contractRoutes } from './approval/contract.js';
import { statisticsRoutes } from './approval/statistics.js';
import { todoRoutes } from './projects/todo.js';
import { dashboardRoutes } from './projects/dashboard.js';
import { openDataRoutes } from './projects/open-data.js';
import { calendarRoutes } from './platform/calendar.js';
import { documentRoutes } from './documents/routes.js';

export type ZApp = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

export async function apiRoutes(app: ZApp) {
  await app.register(healthRoutes);
  await app.register(authRoutes);
  await app.register(oidcRoutes);
  await app.register(homeRoutes);
  await app.register(organizationRoutes);
  await app.register(userRoutes);
  await app.register(roleRoutes);
  await app.register(policyRoutes);
  await app.register(auditRoutes);
  await app.register(rulesRoutes);
  await app.register(callRoutes);
  await app.register(projectRoutes);
  await app.register(submitRoutes);
  await app.register(preReviewRoutes);
  await app.register(budgetPlanRoutes);
  await app.register(annualListRoutes);
  await app.register(declarationFormRoutes);
  await app.register(applicationRoutes);
  await app.register(jointReviewRoutes);
  await app.register(formRoutes);
  await app.register(contractRoutes);
  await app.register(statisticsRoutes);
  await app.register(todoRoutes);
  await app.register(dashboardRoutes);
  await app.register(openDataRoutes);
  await app.register(calendarRoutes);
  await app.register(documentRoutes);
}
