// 竣工验收资料 (Art.26): "申报单位和实施单位应在竣工验收前，通过信息化项目管理平台提交竣工验收资料，经区数据局
// 审核通过后，由申报单位自行组织竣工验收。" Each submission opens an acceptance attempt.
import { z } from 'zod';
import { projectAcceptances } from '../../../db/schema.js';
import { finding } from '../../../domain/rules/cite.js';
import { getRuleMeta } from '../../../domain/rules/index.js';
import { uploadedTypes } from '../facts.js';
import { defineUseCase, ruleRefusal } from './take-action.js';

export const submitAcceptance = defineUseCase({
  action: 'submit_acceptance',
  method: 'POST',
  url: '/projects/:id/acceptance',
  summary: '提交竣工验收资料（第二十六条）',
  tags: ['delivery'],
  body: z.object({ note: z.string().trim().max(2000).default('') }),
  async run({ tx, now, access, input }) {
    const p = access.project;
    if (!(await uploadedTypes(tx, p.id)).has('acceptance_material'))
      throw ruleRefusal([
        finding(
          getRuleMeta('R-ACCEPT-ORDER'),
          'block',
          '须先上传竣工验收资料，再提交区数据局审核',
          'Upload the acceptance material before submitting it to the data bureau',
          'documents',
        ),
      ]);
    const attempt = p.acceptanceAttempt + 1;
    await tx.insert(projectAcceptances).values({
      projectId: p.id,
      attempt,
      materialSubmittedAt: now,
      materialSubmittedBy: access.auth.user.id,
      serviceEndOn: access.contract?.serviceEndOn ?? null,
    });
    return {
      set: { acceptanceAttempt: attempt },
      event: {
        action: 'project.acceptance_submitted',
        rule: 'R-ACCEPT-ORDER',
        article: 'Art.26',
        note: input.note || null,
        detail: { attempt },
      },
    };
  },
});
