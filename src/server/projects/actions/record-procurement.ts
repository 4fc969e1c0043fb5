// 采购与合同 (Art.16, 18): "未纳入年度区级信息化项目清单、未通过技术方案审核和概算审核、未获得立项批复的
// 项目，不得组织采购和建设" (R-PROCURE, every missing condition named). The implementer then sees the project.
import { z } from 'zod';
import { projectContracts } from '../../../db/schema.js';
import { assertOrgRole, assertProjectDocument, procurementFacts } from '../facts.js';
import { fen } from '../form-schema.js';
import { defineUseCase } from './take-action.js';

export const PROCUREMENT_METHODS = [
  'public_tender',
  'invited_tender',
  'competitive_negotiation',
  'competitive_consultation',
  'single_source',
  'inquiry',
  'framework',
] as const;

export const recordProcurement = defineUseCase({
  action: 'record_procurement',
  method: 'POST',
  url: '/projects/:id/procurement',
  summary: '登记采购与合同（第十六条、第十八条；不符合条件拒绝 R-PROCURE）',
  tags: ['construction'],
  body: z.object({
    method: z.enum(PROCUREMENT_METHODS),
    date: z.iso.date(),
    implementerOrgId: z.uuid(),
    contractFen: fen.refine((v) => v > 0, '合同金额须大于零'),
    contractDocumentId: z.uuid().optional(),
  }),
  async run({ tx, now, access, input, check }) {
    const p = access.project;
    check('procurement', procurementFacts(access));
    await assertOrgRole(tx, input.implementerOrgId, 'implementer', '实施单位', 'implementerOrgId');
    await assertProjectDocument(tx, p.id, input.contractDocumentId, 'contract', 'contractDocumentId', '合同', 'Art.16');
    await tx.insert(projectContracts).values({
      projectId: p.id,
      round: p.applicationRound,
      procurementMethod: input.method,
      procurementDate: input.date,
      implementerOrgId: input.implementerOrgId,
      contractFen: input.contractFen,
      contractDocumentId: input.contractDocumentId ?? null,
      recordedAt: now,
      recordedBy: access.auth.user.id,
    });
    return {
      set: { implementerOrgId: input.implementerOrgId },
      event: { action: 'project.procurement_recorded', rule: 'R-PROCURE', article: 'Art.18', detail: input },
    };
  },
});
