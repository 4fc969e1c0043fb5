// 联合评审表 (Art.14): the form the platform generates (.docx / PDF) with a verification code over the
// approved data, and the public check of a printed form's code (GET /verify/:code, no sign-in).
import { and, eq, isNull } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { projectApplications, projects } from '../../db/schema.js';
import { approvedDataDigest, formShortCode, normalizeShortCode, verifyUrl } from '../../domain/approval/form-code.js';
import { STAGES } from '../../domain/lifecycle/stages.js';
import { audit } from '../audit/record.js';
import { AppError } from '../errors.js';
import { formData } from '../exports/joint-review-form-data.js';
import { buildJointReviewFormDocx } from '../exports/joint-review-form-docx.js';
import { buildJointReviewFormPdf } from '../exports/joint-review-form-pdf.js';
import type { ZApp } from '../zapp.js';
import { loadProject } from './access.js';
import { orgNameMap } from './org-names.js';
import { type VerifyResult, VerifyResultSchema } from './approval-responses.js';
import { fileAnswer } from '../platform/api-schemas.js';

const idParams = z.object({ id: z.uuid('无效的项目编号') });

export async function jointReviewFormRoutes(app: ZApp) {
  const { db, config } = app.services;

  async function sendForm(req: FastifyRequest, reply: FastifyReply, id: string, kind: 'docx' | 'pdf') {
    const { project: p, application: a } = await loadProject(db, req, id);
    if (!a?.formCode)
      throw new AppError(409, 'FORM_NOT_READY', '方案终稿提交后方可生成联合评审表（第十四条）', { article: 'Art.14' });
    const input = {
      data: await formData(db, p, a),
      shortCode: a.formCode,
      verifyUrl: verifyUrl(config.publicUrl, a.formCode),
      generatedAt: req.now,
    };
    const buf =
      kind === 'docx'
        ? await buildJointReviewFormDocx(input)
        : await buildJointReviewFormPdf(input, { fontPath: config.pdfCjkFont });
    await audit(req, {
      action: 'project.form_generated',
      outcome: 'success',
      targetType: 'project',
      targetId: p.id,
      detail: { kind, code: a.formCode },
    });
    const name = `${p.code} 联合评审表.${kind}`;
    return reply
      .header(
        'content-type',
        kind === 'docx' ? 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' : 'application/pdf',
      )
      .header(
        'content-disposition',
        `attachment; filename="${p.code}-joint-review.${kind}"; filename*=UTF-8''${encodeURIComponent(name)}`,
      )
      .send(buf);
  }
  app.get(
    '/projects/:id/joint-review-form.docx',
    {
      schema: {
        tags: ['approval'],
        summary: '下载联合评审表 (.docx)',
        params: idParams,
        response: {
          200: fileAnswer(
            '联合评审表 (.docx) / Joint review form',
            'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          ),
        },
      },
    },
    (req, reply) => sendForm(req, reply, req.params.id, 'docx'),
  );
  app.get(
    '/projects/:id/joint-review-form.pdf',
    {
      schema: {
        tags: ['approval'],
        summary: '下载联合评审表 (PDF)',
        params: idParams,
        response: { 200: fileAnswer('联合评审表 (PDF) / Joint review form', 'application/pdf') },
      },
    },
    (req, reply) => sendForm(req, reply, req.params.id, 'pdf'),
  );

  app.get(
    '/verify/:code',
    {
      schema: {
        tags: ['approval'],
        summary: '核验联合评审表（公开）：核验码对应的批复数据是否仍一致',
        security: [],
        params: z.object({ code: z.string().max(40) }),
        response: { 200: VerifyResultSchema },
      },
    },
    async (req): Promise<VerifyResult> => {
      const code = normalizeShortCode(req.params.code);
      if (!code) throw new AppError(400, 'BAD_CODE', '核验码格式不正确，应形如 JR-XXXX-XXXX-XXXX', { field: 'code' });
      // A form of a round closed by a re-declared change (Art.17 ¶3) is void: it is not found.
      const [row] = await db
        .select({ p: projects, a: projectApplications })
        .from(projectApplications)
        .innerJoin(projects, eq(projects.id, projectApplications.projectId))
        .where(and(eq(projectApplications.formCode, code), isNull(projectApplications.supersededAt)));
      if (!row)
        throw new AppError(
          404,
          'NOT_FOUND',
          '未找到该核验码：请核对输入；若项目已因调整变更重新申报（第十七条），原联合评审表已失效',
          {
            messageEn:
              'Code not found: check it; a form is void once its project was declared again after a change (Art.17)',
            article: 'Art.14',
          },
        );
      const { p, a } = row;
      const current = formShortCode(approvedDataDigest(await formData(db, p, a)));
      const names = await orgNameMap(db, [p.declaringOrgId]);
      const matches = current === code;
      return {
        code,
        matches,
        project: {
          code: p.code,
          name: p.name,
          declaringOrg: names.get(p.declaringOrgId) ?? '',
          stage: p.stage,
          stageName: STAGES[p.stage].zh,
          approvedAt: a.approvedAt?.toISOString() ?? null,
        },
        message: matches
          ? '核验通过：联合评审表所载数据与平台记录一致'
          : '核验不一致：平台记录已在该表生成后发生变化，请以平台当前数据为准',
        messageEn: matches
          ? "Verified: the form's data match the platform's records"
          : "Does not match: the record changed after this form was generated; the platform's current data prevail",
      };
    },
  );
}
