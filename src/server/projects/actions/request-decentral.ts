// 分散建设 (Art.15 ¶3): a classified project, or one an upper level deploys, may ask to be built
// decentralised; the consultation mechanism and then the district government must approve it.
import { z } from 'zod';
import { projectDecentralisations } from '../../../db/schema.js';
import { decentralFindings } from '../../../domain/approval/index.js';
import { defineUseCase } from './take-action.js';
import { DecentralRequestedSchema } from '../action-responses.js';

export const requestDecentral = defineUseCase({
  action: 'request_decentral',
  method: 'POST',
  url: '/projects/:id/decentral',
  summary: '申请分散建设（第十五条，限涉密或上级统一部署项目）',
  tags: ['construction'],
  response: DecentralRequestedSchema,
  body: z.object({ basis: z.enum(['classified', 'upper_level']), reason: z.string().trim().min(4).max(2000) }),
  async run({ tx, now, access, input, check }) {
    const p = access.project;
    check('decentral_request', { basis: input.basis, classified: p.classified });
    await tx.insert(projectDecentralisations).values({
      projectId: p.id,
      basis: input.basis,
      reason: input.reason,
      requestedAt: now,
      requestedBy: access.auth.user.id,
      updatedAt: now,
    });
    const facts = { requested: true, consultationApproved: false, governmentApproved: false };
    return {
      event: {
        action: 'project.decentral_updated',
        rule: 'R-DECENTRAL',
        article: 'Art.15',
        note: input.reason,
        detail: { ...facts, ...input },
      },
      extra: { findings: decentralFindings(facts) },
    };
  },
});
