// 安全策略 — password (length, classes, expiry, history), lockout, session and MFA policy; the
// security admin's area.
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { settings } from '../../db/schema.js';
import { readSecurityPolicy, SECURITY_POLICY_KEY } from '../../db/settings-repo.js';
import { passwordHistoryCountOf, securityPolicySchema } from '../../domain/security/policy.js';
import { auditTx } from '../audit/record.js';
import { requirePermission } from '../auth/guard.js';
import type { ZApp } from '../zapp.js';
import { expectedVersion, setEtag, staleError } from '../platform/versioning.js';
import { SecurityPolicySchema } from './responses.js';

export async function policyRoutes(app: ZApp) {
  const { db, config } = app.services;

  app.get(
    '/security-policy',
    { schema: { tags: ['security'], summary: '查看安全策略（安全管理员）', response: { 200: SecurityPolicySchema } } },
    async (req, reply) => {
      await requirePermission(req, 'policy.manage');
      const { policy, version } = await readSecurityPolicy(db, config.initialPolicy);
      setEtag(reply, version);
      // A policy stored before passwordHistoryCount existed (or none stored yet) shows the default in force.
      return { ...policy, passwordHistoryCount: passwordHistoryCountOf(policy), version };
    },
  );

  app.put(
    '/security-policy',
    {
      schema: {
        tags: ['security'],
        summary: '修改安全策略（安全管理员，需版本号）',
        body: securityPolicySchema.extend({ version: z.number().int().optional() }),
        response: { 200: SecurityPolicySchema },
      },
    },
    async (req, reply) => {
      await requirePermission(req, 'policy.manage');
      const { version: bodyVersion, ...policy } = req.body;
      const expected = expectedVersion(req, bodyVersion);
      const saved = await db.transaction(async (tx) => {
        const before = await readSecurityPolicy(tx, config.initialPolicy);
        if (before.version !== expected.version) throw staleError(expected.via);
        const next = before.version + 1;
        if (before.version === 0) {
          await tx.insert(settings).values({
            key: SECURITY_POLICY_KEY,
            value: policy,
            version: next,
            updatedBy: req.auth!.user.id,
            updatedAt: req.now,
          });
        } else {
          await tx
            .update(settings)
            .set({
              value: policy,
              version: sql`${settings.version} + 1`,
              updatedAt: req.now,
              updatedBy: req.auth!.user.id,
            })
            .where(eq(settings.key, SECURITY_POLICY_KEY));
        }
        await auditTx(tx, req, {
          action: 'policy.updated',
          outcome: 'success',
          targetType: 'settings',
          targetId: SECURITY_POLICY_KEY,
          detail: { from: before.policy, to: policy },
        });
        return next;
      });
      setEtag(reply, saved);
      return { ...policy, version: saved };
    },
  );
}
