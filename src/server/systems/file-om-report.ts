// 年度运维服务情况报表 (Art.33 "系统使用单位应在每个运维期结束后……通过信息化项目管理平台提交年度运维服务情况报表，
// 主要包括系统运行、安全管理、用户使用、经费支付、运营成效等内容"): the owner unit files one report per ended
// O&M period (endedOmPeriods) of an operating system; R-OM-REPORT marks a late one overdue.
import { settleNotices } from '../../db/obligations-repo.js';
import { obligationKey } from '../../domain/lifecycle/obligations.js';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { omReports } from '../../db/schema.js';
import { parseIsoDate, shanghaiDateOf } from '../../domain/calendar/index.js';
import { endedOmPeriods, OM_REPORT_SECTIONS, type OmReportSection } from '../../domain/delivery/om-report.js';
import { editionForNew } from '../../domain/editions/resolve.js';
import { runRules } from '../../domain/rules/index.js';
import { auditTx } from '../audit/record.js';
import { AppError } from '../errors.js';
import { calendarInForce } from '../platform/calendar.js';
import { ruleRefusal } from '../projects/actions/take-action.js';
import type { ZApp } from '../zapp.js';
import { assertCapacity, writeSystem } from './access.js';
import { idParams } from './fields.js';
import { presentOmReport } from './present.js';
import { assertSystemEvidence } from './repo.js';
import { FiledOmReportSchema } from './responses.js';

const ARTICLE = 'Art.33';

const sections = z.object(
  Object.fromEntries(
    OM_REPORT_SECTIONS.map((s) => [
      s.code,
      z
        .string({ error: `请填写“${s.zh}”` })
        .trim()
        .min(1, `请填写“${s.zh}”`)
        .max(5000, `“${s.zh}”不能超过 5000 字`),
    ]),
  ) as Record<OmReportSection, z.ZodString>,
  { error: `请按${OM_REPORT_SECTIONS.map((s) => s.zh).join('、')}五项填写` },
);

const omReportBody = z.object({
  year: z.number({ error: '请填写年度' }).int('年度须为整数').min(2000, '年度无效').max(2100, '年度无效'),
  sections,
  documentId: z.uuid('材料编号无效').optional(),
});

const refuse = (code: string, message: string, messageEn: string) =>
  new AppError(409, code, message, { article: ARTICLE, field: 'year', messageEn });

export async function fileOmReportRoutes(app: ZApp) {
  app.post(
    '/systems/:id/om-reports',
    {
      schema: {
        tags: ['systems'],
        summary: '提交年度运维服务情况报表（系统使用单位；第三十三条）',
        description: `每个运维期（自然年）结束后提交一次；五项内容：${OM_REPORT_SECTIONS.map((s) => `${s.code}（${s.zh}）`).join('、')}。`,
        params: idParams,
        body: omReportBody,
        response: { 201: FiledOmReportSchema },
      },
    },
    async (req, reply) => {
      const b = req.body;
      const id = req.params.id;
      const today = shanghaiDateOf(req.now);
      const edition = editionForNew(req.now);
      const out = await writeSystem(req, id, 'file_om_report', async (tx, a) => {
        assertCapacity(a, ['owner'], '提交年度运维服务情况报表', 'file the O&M report');
        const s = a.system;
        if (s.status !== 'operating')
          throw refuse(
            'SYSTEM_NOT_OPERATING',
            '只有运行中的系统提交年度运维服务情况报表',
            'Only an operating system files O&M reports',
          );
        if (!s.operationStartedOn)
          throw refuse(
            'OPERATION_START_MISSING',
            '系统未登记上线运行日期，无法确定运维期；请区数据局先补录',
            'The system has no operation start date, so its O&M periods are unknown',
          );
        const periods = endedOmPeriods(s.operationStartedOn, today, edition, await calendarInForce(tx));
        const period = periods.find((p) => p.year === b.year);
        if (!period) {
          const first = parseIsoDate(s.operationStartedOn).year;
          throw b.year < first
            ? refuse(
                'OM_PERIOD_UNKNOWN',
                `系统于${s.operationStartedOn}上线运行，${b.year}年度没有运维期`,
                `The system went into operation on ${s.operationStartedOn}: no O&M period in ${b.year}`,
              )
            : refuse(
                'OM_PERIOD_NOT_ENDED',
                `${b.year}年度运维期尚未结束（至${b.year}-12-31），应在运维期结束后提交年度运维服务情况报表`,
                `The ${b.year} O&M period has not ended (it runs to ${b.year}-12-31); file the report after it`,
              );
        }
        const [filed] = await tx
          .select({ id: omReports.id })
          .from(omReports)
          .where(and(eq(omReports.systemId, id), eq(omReports.year, b.year)));
        if (filed)
          throw refuse(
            'OM_REPORT_EXISTS',
            `${b.year}年度运维服务情况报表已提交`,
            `The ${b.year} report was filed already`,
          );
        await assertSystemEvidence(tx, id, b.documentId, ARTICLE);
        const findings = runRules('om_report', { year: b.year, dueDate: period.dueDate, submittedOn: today }, edition);
        const blocking = findings.filter((f) => f.severity === 'block');
        if (blocking.length) throw ruleRefusal(blocking, { findings });
        const overdue = findings.some((f) => f.rule === 'R-OM-REPORT');
        const [row] = await tx
          .insert(omReports)
          .values({
            systemId: id,
            year: b.year,
            sections: b.sections,
            documentId: b.documentId ?? null,
            dueDate: period.dueDate,
            overdue,
            submittedBy: a.auth.user.id,
            submittedAt: req.now,
          })
          .returning();
        await auditTx(tx, req, {
          action: 'system.om_report_filed',
          outcome: 'success',
          targetType: 'system',
          targetId: id,
          detail: {
            code: s.code,
            reportId: row.id,
            year: b.year,
            dueDate: period.dueDate,
            overdue,
            rule: 'R-OM-REPORT',
            article: ARTICLE,
            findings,
          },
        });
        // The year's reminders are done (issue 10: the bell no longer counts them).
        await settleNotices(tx, [obligationKey({ systemId: id }, 'om_report', b.year)], req.now);
        return { report: presentOmReport(row), findings };
      });
      return reply.status(201).send(out);
    },
  );
}
