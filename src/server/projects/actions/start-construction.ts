// 开始建设 (Art.15, 19): over the supervision line (超过50万) construction starts only with a
// supervision contract (R-SUPERVISION).
import { z } from 'zod';
import { ensureBuiltSystem } from '../../systems/links.js';
import { currentContract, updateContract } from './contract-round.js';
import { defineUseCase } from './take-action.js';

export const startConstruction = defineUseCase({
  action: 'start_construction',
  method: 'POST',
  url: '/projects/:id/start-construction',
  summary: '开始建设（超过50万元须先签订监理合同 R-SUPERVISION）',
  tags: ['construction'],
  body: z.object({}),
  async run({ tx, now, access, check }) {
    const p = access.project;
    const c = currentContract(access);
    check('construction', {
      budgetFen: p.approvedBudgetFen ?? p.totalFen,
      supervisionContract: c.supervisorOrgId !== null,
    });
    await updateContract(tx, c, { constructionStartedAt: now });
    // The system the project builds enters the register (Art.2, 7), status 建设中.
    await ensureBuiltSystem(tx, p, now, access.auth.user.id);
    return { event: { action: 'project.construction_started', rule: 'R-SUPERVISION', article: 'Art.19' } };
  },
});
