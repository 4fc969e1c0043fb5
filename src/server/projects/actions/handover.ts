// 资产移交与质保 (Art.28, 29): "项目竣工验收通过后，实施单位应向申报单位移交资产，由申报单位登记管理";
// "项目自竣工验收通过之日起实施单位应提供不少于三年质保服务" (R-WARRANTY). The implementer records the assets
// and the warranty; the declarant confirms and registers them, and the system goes into operation.
import { z } from 'zod';
import { AppError } from '../../errors.js';
import { fen } from '../form-schema.js';
import { currentAcceptance, updateAcceptance } from './delivery-records.js';
import { defineUseCase } from './take-action.js';

const asset = z.object({
  name: z.string().trim().min(1, '请填写资产名称').max(200),
  type: z.string().trim().min(1, '请填写资产类型').max(100),
  quantity: z.number().int().min(1),
  valueFen: fen,
  location: z.string().trim().min(1, '请填写存放地点').max(200),
});

export const recordHandover = defineUseCase({
  action: 'record_handover',
  method: 'POST',
  url: '/projects/:id/handover',
  summary: '实施单位登记资产移交清单与质保期（第二十八条、第二十九条：质保不少于三年）',
  tags: ['delivery'],
  body: z.object({ assets: z.array(asset).min(1, '请列出移交的资产').max(500), warrantyEndOn: z.iso.date() }),
  async run({ tx, now, access, input, check }) {
    const a = currentAcceptance(access);
    if (!a.acceptanceDate) throw new AppError(409, 'NOT_ACCEPTED', '项目尚未竣工验收', { article: 'Art.28' });
    check('handover', { acceptanceDate: a.acceptanceDate, warrantyEndOn: input.warrantyEndOn });
    await updateAcceptance(tx, a, {
      assets: input.assets,
      warrantyEndOn: input.warrantyEndOn,
      handoverRecordedAt: now,
    });
    return {
      event: {
        action: 'project.handover_recorded',
        rule: 'R-WARRANTY',
        article: 'Art.28, 29',
        detail: { assets: input.assets.length, warrantyEndOn: input.warrantyEndOn },
      },
    };
  },
});

export const confirmHandover = defineUseCase({
  action: 'confirm_handover',
  method: 'POST',
  url: '/projects/:id/handover/confirm',
  summary: '申报单位确认资产移交并登记管理，系统转入运行（第二十八条）',
  tags: ['delivery'],
  body: z.object({ note: z.string().trim().max(2000).default('') }),
  async run({ tx, now, access, input }) {
    const a = currentAcceptance(access);
    await updateAcceptance(tx, a, { handoverConfirmedAt: now, handoverConfirmedBy: access.auth.user.id });
    return { event: { action: 'project.handover_confirmed', article: 'Art.28', note: input.note || null } };
  },
});
