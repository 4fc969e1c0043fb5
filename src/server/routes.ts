// Every API route under /api/v1, grouped by resource.
import type { FastifyBaseLogger, FastifyInstance, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
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

export type ZApp = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, ZodTypeProvider>;

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
}
