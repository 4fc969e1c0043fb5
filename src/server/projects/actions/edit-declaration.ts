// 编辑申报信息 (Art.10(1)): the declarant saves the draft (autosave) — always naming the version it
// read, so two people editing never silently overwrite each other.
import { inArray } from 'drizzle-orm';
import { z } from 'zod';
import { organizations } from '../../../db/schema.js';
import { AppError } from '../../errors.js';
import { declarationFormSchema, projectFieldsSchema } from '../form-schema.js';
import { defineUseCase } from './take-action.js';

export const editDeclaration = defineUseCase({
  action: 'edit',
  method: 'PATCH',
  url: '/projects/:id',
  summary: '保存申报信息（草稿自动保存；需版本号，防止互相覆盖）',
  tags: ['projects'],
  body: projectFieldsSchema
    .partial()
    .extend({ form: declarationFormSchema.optional(), version: z.number().int().optional() }),
  version: 'required',
  async run({ tx, input }) {
    const { version: _version, ...changes } = input;
    const ids = [...(changes.coOrgIds ?? []), ...(changes.leadOrgId ? [changes.leadOrgId] : [])];
    if (ids.length) {
      const found = await tx.select({ id: organizations.id }).from(organizations).where(inArray(organizations.id, ids));
      if (found.length !== new Set(ids).size)
        throw new AppError(400, 'ORG_NOT_FOUND', '牵头单位或共建单位不存在', { field: 'coOrgIds' });
    }
    return { set: changes, event: { action: 'project.updated', detail: { fields: Object.keys(changes) } } };
  },
});
