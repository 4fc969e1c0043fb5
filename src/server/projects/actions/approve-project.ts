// 批复 (Art.14): the data bureau approves once the 联合评审表, signed by the reviewers' leaders and
// stamped, is uploaded (R-FORM); a decentralised construction needs its two approvals first (R-DECENTRAL).
import { z } from 'zod';
import { decentralisedFacts, uploadedTypes } from '../facts.js';
import { currentRound, updateRound } from './application-round.js';
import { defineUseCase } from './take-action.js';

export const approveProject = defineUseCase({
  action: 'approve',
  method: 'POST',
  url: '/projects/:id/approve',
  summary: '审核签章扫描件并批复（第十四条；无扫描件拒绝 R-FORM）',
  tags: ['approval'],
  body: z.object({ note: z.string().max(2000).optional() }),
  async run({ tx, now, access, input, check }) {
    const a = currentRound(access);
    check('approval', {
      signedScanUploaded: (await uploadedTypes(tx, access.project.id)).has('joint_review_scan'),
      decentralised: decentralisedFacts(access),
    });
    await updateRound(tx, a, { approvedAt: now });
    return { event: { action: 'project.approved', rule: 'R-FORM', article: 'Art.14', note: input.note } };
  },
});
