// 调整变更 (Art.17): within the approved budget, a change of ≤ 400万 or ≤ 10% of the contract on one
// of the three grounds is filed (备案) and takes effect; otherwise the project is declared again
// ("应重新履行项目申报程序"): its current application round is closed (the form is void), the declaration
// reopens with the new total for the declarant to complete (resubmit-change.ts), and the next
// application opens a new round where every party speaks again.
import { z } from 'zod';
import { projectChanges } from '../../../db/schema.js';
import { CHANGE_GROUNDS, decideChange, type ChangeGround } from '../../../domain/approval/index.js';
import { AppError } from '../../errors.js';
import { fen } from '../form-schema.js';
import { updateRound } from './application-round.js';
import { defineUseCase } from './take-action.js';
import { ChangeDecidedSchema } from '../action-responses.js';

export const fileChange = defineUseCase({
  action: 'file_change',
  method: 'POST',
  url: '/projects/:id/changes',
  summary: '调整变更：符合条件的备案生效，否则重新申报（第十七条）',
  tags: ['construction'],
  status: 201,
  response: ChangeDecidedSchema,
  body: z.object({
    content: z.string().trim().min(4).max(5000),
    changeFen: fen,
    totalAfterFen: fen,
    ground: z.enum(Object.keys(CHANGE_GROUNDS) as [ChangeGround, ...ChangeGround[]]).nullable(),
  }),
  async run({ tx, now, access, edition, input, check }) {
    const p = access.project;
    if (p.approvedBudgetFen === null || !access.contract)
      throw new AppError(409, 'NO_CONTRACT', '尚无批复预算或合同金额，不能办理变更', { article: 'Art.17' });
    const request = {
      approvedBudgetFen: p.approvedBudgetFen,
      totalAfterFen: input.totalAfterFen,
      changeFen: input.changeFen,
      contractFen: access.contract.contractFen,
      ground: input.ground,
    };
    check('change', request);
    const decision = decideChange(request, edition);
    const [change] = await tx
      .insert(projectChanges)
      .values({
        createdAt: now,
        projectId: p.id,
        content: input.content,
        changeFen: input.changeFen,
        totalAfterFen: input.totalAfterFen,
        ground: input.ground,
        route: decision.route,
        reasons: decision.reasons,
        createdBy: access.auth.user.id,
      })
      .returning();
    const filed = decision.route === 'file';
    if (!filed && access.application) await updateRound(tx, access.application, { supersededAt: now });
    return {
      to: filed ? 'stay' : 'redeclaring',
      // Filed: the new total is the project's. Declared again: the form reopens with it, to be completed.
      set: { totalFen: input.totalAfterFen },
      event: {
        action: 'project.change_decided',
        rule: 'R-CHANGE',
        article: 'Art.17',
        note: decision.finding.message,
        detail: { changeId: change.id, route: decision.route },
      },
      respond: (project) => ({
        change: { ...change, createdAt: change.createdAt.toISOString() },
        decision,
        project,
      }),
    };
  },
});
