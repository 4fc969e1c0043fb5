// 招标控制价 (Art.13, R-RECOVERY): finance records the reviewed tender control price; the budget above
// it is recovered — max(0, budget − control price), computed in the domain.
import { z } from 'zod';
import { recoveryFen } from '../../../domain/rules/later-stage-calcs.js';
import { fen } from '../form-schema.js';
import { currentRound, updateRound } from './application-round.js';
import { defineUseCase } from './take-action.js';
import { ControlPriceRecordedSchema } from '../action-responses.js';

export const recordControlPrice = defineUseCase({
  action: 'record_control_price',
  method: 'POST',
  url: '/projects/:id/control-price',
  summary: '录入审核确定的招标控制价，计算收回金额（第十三条）',
  tags: ['approval'],
  body: z.object({ controlPriceFen: fen }),
  response: ControlPriceRecordedSchema,
  async run({ tx, access, input, check }) {
    const p = access.project;
    const a = currentRound(access);
    const budgetFen = p.approvedBudgetFen ?? p.totalFen;
    const [finding] = check('control_price', { budgetFen, controlPriceFen: input.controlPriceFen });
    const recovered = recoveryFen(budgetFen, input.controlPriceFen);
    await updateRound(tx, a, { controlPriceFen: input.controlPriceFen, recoveryFen: recovered });
    return {
      event: {
        action: 'project.control_price_recorded',
        rule: 'R-RECOVERY',
        article: 'Art.13',
        note: finding?.message,
        detail: { budgetFen, controlPriceFen: input.controlPriceFen, recoveryFen: recovered },
      },
      extra: { recovery: { budgetFen, controlPriceFen: input.controlPriceFen, recoveryFen: recovered, finding } },
    };
  },
});
