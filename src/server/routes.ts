// Every API route under /api/v1, grouped by resource. A project's actions are in
// ./projects/actions (one use case per file, all through takeAction); the other project files read.
import type { ZApp } from './zapp.js';
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
import { calendarRoutes } from './platform/calendar.js';
import { callRoutes } from './projects/calls.js';
import { projectRoutes } from './projects/projects.js';
import { projectActionRoutes } from './projects/actions/index.js';
import { reviewRoutes } from './projects/reviews.js';
import { annualListRoutes } from './projects/annual-list.js';
import { declarationFormRoutes } from './projects/declaration-form.js';
import { approvalRouteRoutes } from './projects/approval-route.js';
import { jointReviewRoutes } from './projects/joint-review.js';
import { jointReviewFormRoutes } from './projects/joint-review-form.js';
import { changeRoutes } from './projects/changes.js';
import { deliveryRoutes } from './projects/delivery.js';
import { timelineRoutes } from './projects/timeline.js';
import { statisticsRoutes } from './projects/statistics.js';
import { todoRoutes } from './projects/todo.js';
import { dashboardRoutes } from './projects/dashboard.js';
import { openDataRoutes } from './projects/open-data.js';
import { documentRoutes } from './documents/routes.js';
import { systemRoutes } from './systems/routes.js';

export type { ZApp } from './zapp.js';

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
  await app.register(calendarRoutes);
  await app.register(callRoutes);
  await app.register(projectRoutes);
  await app.register(projectActionRoutes);
  await app.register(reviewRoutes);
  await app.register(annualListRoutes);
  await app.register(declarationFormRoutes);
  await app.register(approvalRouteRoutes);
  await app.register(jointReviewRoutes);
  await app.register(jointReviewFormRoutes);
  await app.register(changeRoutes);
  await app.register(deliveryRoutes);
  await app.register(timelineRoutes);
  await app.register(statisticsRoutes);
  await app.register(todoRoutes);
  await app.register(dashboardRoutes);
  await app.register(openDataRoutes);
  await app.register(documentRoutes);
  await app.register(systemRoutes);
}
