// 项目退出 (Art.30 "已完成阶段性工作任务不再继续使用或经论证确无使用价值的项目，系统使用单位应及时按程序做好
// 数据移交、系统停用、云资源回收、备案注销等工作"): the owner unit or the data bureau starts an exit; the owner
// records each of the four steps with its evidence; R-EXIT refuses completion until all four are done.
// Then the system has exited and every project linked to it that is in operation (or completed) closes,
// written the way the action pipeline writes a stage (writeProject + recordProjectEvent).
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '../../db/client.js';
import { projects, systemExits, systemProjects, systems, type ExitStepRecord } from '../../db/schema.js';
import { EXIT_STEP_CODES, EXIT_STEPS, SYSTEM_STATUSES, type ExitStep } from '../../domain/delivery/systems.js';
import { editionForNew } from '../../domain/editions/resolve.js';
import { canTake, TRANSITIONS } from '../../domain/lifecycle/transitions.js';
import { runRules } from '../../domain/rules/index.js';
import { auditTx } from '../audit/record.js';
import { AppError } from '../errors.js';
import { recordProjectEvent } from '../projects/history.js';
import { ruleRefusal, writeProject } from '../projects/actions/take-action.js';
import type { ZApp } from '../zapp.js';
import { assertCapacity, writeSystem, type InfoSystemRow } from './access.js';
import { idParams } from './fields.js';
import { answerSystem, EXIT_FROM } from './present.js';
import { assertSystemEvidence, exitOf } from './repo.js';
import { InfoSystemSchema } from './responses.js';

const ARTICLE = 'Art.30';
const tags = ['systems'];
const text = (label: string) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .min(4, `${label}至少 4 个字`)
    .max(2000, `${label}不能超过 2000 字`);

const stepList = EXIT_STEP_CODES.map((s) => `${s}（${EXIT_STEPS[s].zh}）`).join('、');
const stepBody = z.object({
  step: z.enum(EXIT_STEP_CODES, { error: `退出步骤须为 ${stepList}` }),
  note: text('办理情况说明'),
  documentId: z.uuid('材料编号无效').optional(),
});

const wrongStatus = (s: InfoSystemRow, what: string, whatEn: string) =>
  new AppError(409, 'WRONG_STATUS', `系统当前为“${SYSTEM_STATUSES[s.status].zh}”，不能${what}`, {
    article: ARTICLE,
    messageEn: `The system is "${SYSTEM_STATUSES[s.status].en}"; cannot ${whatEn}`,
  });

const bumpStatus = (tx: Tx, id: string, status: InfoSystemRow['status'], now: Date) =>
  tx
    .update(systems)
    .set({ status, version: sql`${systems.version} + 1`, updatedAt: now })
    .where(eq(systems.id, id));

export async function exitRoutes(app: ZApp) {
  const { db } = app.services;

  app.post(
    '/systems/:id/exit',
    {
      schema: {
        tags,
        summary: '发起系统退出（系统使用单位或区数据局；第三十条）',
        params: idParams,
        body: z.object({ reason: text('退出原因') }),
        response: { 200: InfoSystemSchema },
      },
    },
    async (req, reply) => {
      const id = req.params.id;
      await writeSystem(req, id, 'start_exit', async (tx, a) => {
        assertCapacity(a, ['owner', 'manager'], '发起系统退出', 'start the exit');
        if (!EXIT_FROM.includes(a.system.status)) throw wrongStatus(a.system, '发起退出', 'start an exit');
        await tx
          .insert(systemExits)
          .values({ systemId: id, reason: req.body.reason, startedBy: a.auth.user.id, startedAt: req.now, steps: {} });
        await bumpStatus(tx, id, 'exiting', req.now);
        await auditTx(tx, req, {
          action: 'system.exit_started',
          outcome: 'success',
          targetType: 'system',
          targetId: id,
          detail: { code: a.system.code, reason: req.body.reason, from: a.system.status, article: ARTICLE },
        });
      });
      return answerSystem(db, req, reply, id);
    },
  );

  app.post(
    '/systems/:id/exit/steps',
    {
      schema: {
        tags,
        summary: '登记退出步骤及其证明材料（数据移交、系统停用、云资源回收、备案注销；第三十条）',
        params: idParams,
        body: stepBody,
        response: { 200: InfoSystemSchema },
      },
    },
    async (req, reply) => {
      const id = req.params.id;
      const b = req.body;
      await writeSystem(req, id, 'record_exit_step', async (tx, a) => {
        assertCapacity(a, ['owner'], '登记退出步骤', 'record an exit step');
        const exit = await exitOf(tx, id);
        if (a.system.status !== 'exiting' || !exit) throw wrongStatus(a.system, '登记退出步骤', 'record an exit step');
        if (exit.steps[b.step])
          throw new AppError(409, 'EXIT_STEP_DONE', `“${EXIT_STEPS[b.step].zh}”已登记`, {
            field: 'step',
            article: ARTICLE,
            messageEn: `${EXIT_STEPS[b.step].en}: recorded already`,
          });
        await assertSystemEvidence(tx, id, b.documentId, ARTICLE);
        const record: ExitStepRecord = {
          at: req.now.toISOString(),
          by: a.auth.user.id,
          note: b.note,
          documentId: b.documentId ?? null,
        };
        await tx
          .update(systemExits)
          .set({ steps: { ...exit.steps, [b.step]: record } })
          .where(eq(systemExits.systemId, id));
        await auditTx(tx, req, {
          action: 'system.exit_step_recorded',
          outcome: 'success',
          targetType: 'system',
          targetId: id,
          detail: { code: a.system.code, step: b.step, note: b.note, documentId: record.documentId, article: ARTICLE },
        });
      });
      return answerSystem(db, req, reply, id);
    },
  );

  app.post(
    '/systems/:id/exit/complete',
    {
      schema: {
        tags,
        summary: '完成系统退出（四项步骤均已办结；关联的运行中项目随之退出；第三十条）',
        params: idParams,
        response: { 200: InfoSystemSchema },
      },
    },
    async (req, reply) => {
      const id = req.params.id;
      await writeSystem(req, id, 'complete_exit', async (tx, a) => {
        assertCapacity(a, ['owner'], '完成系统退出', 'complete the exit');
        const exit = await exitOf(tx, id);
        if (a.system.status !== 'exiting' || !exit) throw wrongStatus(a.system, '完成退出', 'complete an exit');
        const done = Object.fromEntries(EXIT_STEP_CODES.map((s) => [s, Boolean(exit.steps[s])])) as Record<
          ExitStep,
          boolean
        >;
        const findings = runRules('exit', { done }, editionForNew(req.now));
        const blocking = findings.filter((f) => f.severity === 'block');
        if (blocking.length) throw ruleRefusal(blocking, { findings });
        await tx.update(systemExits).set({ completedAt: req.now }).where(eq(systemExits.systemId, id));
        await bumpStatus(tx, id, 'exited', req.now);
        const closed = await closeLinkedProjects(tx, req, a.system, exit.reason);
        await auditTx(tx, req, {
          action: 'system.exited',
          outcome: 'success',
          targetType: 'system',
          targetId: id,
          detail: { code: a.system.code, rule: 'R-EXIT', article: ARTICLE, closedProjects: closed },
        });
      });
      return answerSystem(db, req, reply, id);
    },
  );
}

/** Every linked project the close action may take (operation, completed) moves to 'closed' (Art.30). */
async function closeLinkedProjects(
  tx: Tx,
  req: Parameters<typeof recordProjectEvent>[1],
  s: InfoSystemRow,
  reason: string,
): Promise<string[]> {
  const linked = await tx
    .select({ id: projects.id, code: projects.code, stage: projects.stage })
    .from(projects)
    .innerJoin(systemProjects, eq(systemProjects.projectId, projects.id))
    .where(eq(systemProjects.systemId, s.id))
    .orderBy(projects.code)
    .for('update', { of: projects });
  const closed: string[] = [];
  for (const p of linked) {
    if (!canTake('close', p.stage)) continue;
    await writeProject(tx, p.id, 'closed', {}, req.now, { action: 'project.closed', actorUserId: req.auth?.user.id });
    await recordProjectEvent(tx, req, {
      projectId: p.id,
      action: 'project.closed',
      fromStage: p.stage,
      toStage: 'closed',
      note: reason,
      rule: 'R-EXIT',
      article: TRANSITIONS.close.article,
      detail: { systemId: s.id, systemCode: s.code },
    });
    closed.push(p.code);
  }
  return closed;
}
