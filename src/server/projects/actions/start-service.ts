// 开始运维服务 (Art.24): an O&M or service project runs its service period after the contract; it is
// accepted after the period ("运维类项目应在运维服务期满后组织项目验收，并出具验收报告").
import { z } from 'zod';
import { AppError } from '../../errors.js';
import { linkProjectSystem } from '../../systems/links.js';
import { currentContract, updateContract } from './contract-round.js';
import { defineUseCase } from './take-action.js';

export const startService = defineUseCase({
  action: 'start_service',
  method: 'POST',
  url: '/projects/:id/start-service',
  summary: '开始运维服务（运维类、购买服务类项目，第二十四条）',
  tags: ['delivery'],
  body: z.object({ serviceStartOn: z.iso.date(), serviceEndOn: z.iso.date(), systemId: z.uuid().optional() }),
  async run({ tx, now, access, input }) {
    if (input.serviceEndOn <= input.serviceStartOn)
      throw new AppError(400, 'BAD_PERIOD', '运维服务期的结束日须晚于开始日', {
        field: 'serviceEndOn',
        article: 'Art.24',
      });
    const c = currentContract(access);
    await updateContract(tx, c, { serviceStartOn: input.serviceStartOn, serviceEndOn: input.serviceEndOn });
    // The system it maintains (Art.32, 33: O&M acts on systems).
    if (input.systemId) await linkProjectSystem(tx, access.project.id, input.systemId, 'maintain', now);
    return {
      event: {
        action: 'project.service_started',
        article: 'Art.24',
        detail: { serviceStartOn: input.serviceStartOn, serviceEndOn: input.serviceEndOn },
      },
    };
  },
});
