// 工程监理 (Art.19): the supervision contract with a qualified supervision unit, who then sees the project.
import { z } from 'zod';
import { assertOrgRole, assertProjectDocument } from '../facts.js';
import { fen } from '../form-schema.js';
import { currentContract, updateContract } from './contract-round.js';
import { defineUseCase } from './take-action.js';

export const recordSupervision = defineUseCase({
  action: 'record_supervision',
  method: 'POST',
  url: '/projects/:id/supervision',
  summary: '登记工程监理合同（第十九条）',
  tags: ['construction'],
  body: z.object({
    supervisorOrgId: z.uuid(),
    contractFen: fen,
    date: z.iso.date(),
    contractDocumentId: z.uuid().optional(),
  }),
  async run({ tx, access, input }) {
    const p = access.project;
    const c = currentContract(access);
    await assertOrgRole(tx, input.supervisorOrgId, 'supervisor', '具备资质的监理单位', 'supervisorOrgId');
    await assertProjectDocument(
      tx,
      p.id,
      input.contractDocumentId,
      'supervision_contract',
      'contractDocumentId',
      '监理合同',
      'Art.19',
    );
    await updateContract(tx, c, {
      supervisorOrgId: input.supervisorOrgId,
      supervisionFen: input.contractFen,
      supervisionDate: input.date,
      supervisionDocumentId: input.contractDocumentId ?? null,
    });
    return {
      set: { supervisorOrgId: input.supervisorOrgId },
      event: { action: 'project.supervision_recorded', rule: 'R-SUPERVISION', article: 'Art.19', detail: input },
    };
  },
});
