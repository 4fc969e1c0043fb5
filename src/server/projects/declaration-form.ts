import { z } from 'zod';
import { editionOfProject } from '../../domain/editions/resolve.js';
import type { CategoryCode, KindCode } from '../../domain/editions/types.js';
import { buildDeclarationFormDocx } from '../exports/declaration-form-docx.js';
import type { DeclarationFormData } from '../exports/declaration-form-data.js';
import { fileAnswer } from '../platform/api-schemas.js';
import type { ZApp } from '../zapp.js';
import { loadProject } from './access.js';
import { orgNameMap } from './org-names.js';

export async function declarationFormRoutes(app: ZApp) {
  const { db } = app.services;

  app.get(
    '/projects/:id/declaration-form.docx',
    {
      schema: {
        tags: ['projects'],
        summary: '下载预填的项目申报表 (.docx)',
        params: z.object({ id: z.uuid() }),
        response: {
          200: fileAnswer(
            '预填的项目申报表 (.docx) / the pre-filled declaration form',
            'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          ),
        },
      },
    },
    async (req, reply) => {
      const { project: p } = await loadProject(db, req, req.params.id);
      const names = await orgNameMap(db, [p.declaringOrgId, ...(p.leadOrgId ? [p.leadOrgId] : []), ...p.coOrgIds]);
      const buf = await buildDeclarationFormDocx({
        project: {
          code: p.code,
          name: p.name,
          planYear: p.planYear,
          declaringOrg: names.get(p.declaringOrgId) ?? '',
          leadOrg: p.leadOrgId ? (names.get(p.leadOrgId) ?? null) : null,
          coOrgs: p.coOrgIds.map((id) => names.get(id) ?? id),
          category: p.category as CategoryCode | null,
          kind: p.kind as KindCode | null,
          classified: p.classified,
          totalFen: p.totalFen,
          form: p.form as Partial<DeclarationFormData>,
        },
        generatedAt: req.now,
        edition: editionOfProject(p),
      });
      const name = `${p.code} ${p.name} 申报表.docx`;
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
        .header(
          'content-disposition',
          `attachment; filename="${p.code}.docx"; filename*=UTF-8''${encodeURIComponent(name)}`,
        )
        .send(buf);
    },
  );
}
