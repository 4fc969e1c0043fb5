// 终稿修订 and 联合评审表 (Art.14): the final version within 3 working days (late ones are marked
// overdue, not blocked); the platform generates the form (.docx / PDF) with a verification code
// over the approved data; the signed, stamped scan is uploaded; the data bureau approves (R-FORM).
// Anyone can check a printed form's code (GET /verify/:code, public).
import { and, eq } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Db, Tx } from '../../db/client.js';
import { projects, reviewOpinions, users } from '../../db/schema.js';
import { approvalGate, JOINT_REVIEW_DIMENSIONS, jointRoundOf, revisionStatus } from '../../domain/approval/index.js';
import {
  approvedDataDigest,
  formShortCode,
  normalizeShortCode,
  verifyUrl,
  type JointReviewFormData,
} from '../../domain/approval/form-code.js';
import { CalendarYearNotCoveredError, shanghaiDateOf } from '../../domain/calendar/index.js';
import { calendarInForce } from '../platform/calendar.js';
import { ORG_ROLES } from '../../domain/organizations.js';
import type { CategoryCode, JointReviewPartyCode, KindCode } from '../../domain/editions/types.js';
import { STAGES, type Stage } from '../../domain/lifecycle/stages.js';
import { AppError } from '../errors.js';
import type { ZApp } from '../routes.js';
import { audit } from '../audit/record.js';
import { assertAction, loadProject, type ProjectRow } from '../projects/access.js';
import { orgNameMap } from '../projects/org-names.js';
import { recordProjectEvent } from '../projects/history.js';
import { presentProject } from '../projects/presenter.js';
import { buildJointReviewFormDocx } from '../exports/joint-review-form-docx.js';
import { buildJointReviewFormPdf } from '../exports/joint-review-form-pdf.js';
import { moveStage, refuseWith, uploadedTypes } from './shared.js';

const idParams = z.object({ id: z.uuid('无效的项目编号') });

/** The approved facts the 联合评审表 prints, read from the record. */
export async function formData(db: Db | Tx, p: ProjectRow): Promise<JointReviewFormData> {
  const ops = await db
    .select({ o: reviewOpinions, reviewer: users.displayName })
    .from(reviewOpinions)
    .innerJoin(users, eq(users.id, reviewOpinions.userId))
    .where(
      and(
        eq(reviewOpinions.projectId, p.id),
        eq(reviewOpinions.review, 'joint_review'),
        eq(reviewOpinions.round, jointRoundOf(p.approvalRoute)),
      ),
    );
  const names = await orgNameMap(db, [p.declaringOrgId]);
  return {
    project: {
      code: p.code,
      name: p.name,
      planYear: p.planYear,
      declaringOrg: names.get(p.declaringOrgId) ?? '',
      totalFen: p.totalFen,
      approvedBudgetFen: p.approvedBudgetFen,
      controlPriceFen: p.controlPriceFen,
      recoveryFen: p.recoveryFen,
      category: p.category as CategoryCode | null,
      kind: p.kind as KindCode | null,
    },
    round: jointRoundOf(p.approvalRoute),
    parties: ops.map(({ o, reviewer }) => ({
      party: o.party as JointReviewPartyCode,
      partyName: ORG_ROLES[o.party as JointReviewPartyCode].zh,
      conclusion: o.decision as 'pass' | 'return' | 'fail',
      dimensions: (o.dimensions as { code: string; opinion: string }[]).map((d) => ({
        code: d.code as never,
        zh: JOINT_REVIEW_DIMENSIONS.find((x) => x.code === d.code)?.zh ?? d.code,
        opinion: d.opinion,
      })),
      overall: o.text,
      reviewer,
      at: o.createdAt.toISOString(),
    })),
    meeting: null,
  };
}

export async function formRoutes(app: ZApp) {
  const { db, config } = app.services;

  app.post(
    '/projects/:id/revision',
    {
      schema: {
        tags: ['approval'],
        summary: '提交方案终稿（第十四条，3个工作日内；逾期标记不阻断）',
        params: idParams,
        body: z.object({ note: z.string().max(2000).optional() }),
      },
    },
    async (req) => {
      const access = await loadProject(db, req, req.params.id);
      assertAction(access, 'submit_revision');
      const p = access.project;
      const now = req.now;
      const calendar = await calendarInForce(db);
      let status: ReturnType<typeof revisionStatus> | null = null;
      try {
        status = p.revisionDueAt
          ? revisionStatus(
              {
                dueDate: shanghaiDateOf(p.revisionDueAt),
                dueAt: p.revisionDueAt,
                deadlineRule: { kind: 'working-days-after', n: 3 },
              },
              now,
              now,
              calendar,
            )
          : null;
      } catch (err) {
        if (!(err instanceof CalendarYearNotCoveredError)) throw err;
      }
      // Overdue is a comparison of instants; the calendar only adds how many working days late.
      const overdue = status?.overdue ?? (p.revisionDueAt !== null && now.getTime() > p.revisionDueAt.getTime());
      const row = await db.transaction(async (tx) => {
        const data = await formData(tx, p);
        const digest = approvedDataDigest(data);
        const r = await moveStage(tx, req.now, p, 'form_pending', {
          revisionSubmittedAt: now,
          revisionOverdue: overdue,
          formDigest: digest,
          formCode: formShortCode(digest),
        });
        await recordProjectEvent(tx, req, {
          projectId: p.id,
          action: 'project.revision_submitted',
          fromStage: p.stage,
          toStage: 'form_pending',
          rule: 'R-REVISE-3WD',
          article: 'Art.14',
          note: req.body.note,
          detail: { overdue, finding: status?.finding ?? null },
        });
        return r;
      });
      return {
        ...presentProject({ ...access, project: row }),
        revisionOverdue: overdue,
        overdueFinding: status?.finding ?? null,
      };
    },
  );

  async function sendForm(req: FastifyRequest, reply: FastifyReply, id: string, kind: 'docx' | 'pdf') {
    const { project: p } = await loadProject(db, req, id);
    if (!p.formCode)
      throw new AppError(409, 'FORM_NOT_READY', '方案终稿提交后方可生成联合评审表（第十四条）', { article: 'Art.14' });
    const data = await formData(db, p);
    const input = {
      data,
      shortCode: p.formCode,
      verifyUrl: verifyUrl(config.publicUrl, p.formCode),
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
      detail: { kind, code: p.formCode },
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
    { schema: { tags: ['approval'], summary: '下载联合评审表 (.docx)', params: idParams } },
    (req, reply) => sendForm(req, reply, req.params.id, 'docx'),
  );
  app.get(
    '/projects/:id/joint-review-form.pdf',
    { schema: { tags: ['approval'], summary: '下载联合评审表 (PDF)', params: idParams } },
    (req, reply) => sendForm(req, reply, req.params.id, 'pdf'),
  );

  app.post(
    '/projects/:id/approve',
    {
      schema: {
        tags: ['approval'],
        summary: '审核签章扫描件并批复（第十四条；无扫描件拒绝 R-FORM）',
        params: idParams,
        body: z.object({ note: z.string().max(2000).optional() }),
      },
    },
    async (req) => {
      const access = await loadProject(db, req, req.params.id);
      assertAction(access, 'approve');
      const p = access.project;
      const decentral = p.decentral as {
        requested: boolean;
        consultationApproved: boolean;
        governmentApproved: boolean;
      } | null;
      const blocking = approvalGate({
        signedScanUploaded: (await uploadedTypes(db, p.id)).has('joint_review_scan'),
        decentralised: decentral ?? undefined,
      }).filter((f) => f.severity === 'block');
      if (blocking.length) return refuseWith(req, p, blocking);
      const row = await db.transaction(async (tx) => {
        const r = await moveStage(tx, req.now, p, 'approved', { approvedAt: req.now });
        await recordProjectEvent(tx, req, {
          projectId: p.id,
          action: 'project.approved',
          fromStage: p.stage,
          toStage: 'approved',
          rule: 'R-FORM',
          article: 'Art.14',
          note: req.body.note,
        });
        return r;
      });
      return presentProject({ ...access, project: row });
    },
  );

  app.get(
    '/verify/:code',
    {
      schema: {
        tags: ['approval'],
        summary: '核验联合评审表（公开）：核验码对应的批复数据是否仍一致',
        security: [],
        params: z.object({ code: z.string().max(40) }),
      },
    },
    async (req) => {
      const code = normalizeShortCode(req.params.code);
      if (!code) throw new AppError(400, 'BAD_CODE', '核验码格式不正确，应形如 JR-XXXX-XXXX-XXXX', { field: 'code' });
      const [p] = await db.select().from(projects).where(eq(projects.formCode, code));
      if (!p)
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
      const current = formShortCode(approvedDataDigest(await formData(db, p)));
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
          stageName: STAGES[p.stage as Stage]?.zh ?? p.stage,
          approvedAt: p.approvedAt?.toISOString() ?? null,
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
