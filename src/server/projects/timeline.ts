// GET /projects/:id/timeline — the project's life from the call to today in one list (issue 9): every
// step of its history, every document version, every deadline the Measures set with whether it was
// met, missed or is still open, and every money figure (declared, budget, control price, recovery,
// contract, paid, disbursed). What the person may not read (an open round's decisions) stays hidden.
import { and, asc, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import {
  annualCalls,
  documents,
  projectAcceptances,
  projectApplications,
  projectEvents,
  projectPayments,
  projectTrials,
  users,
} from '../../db/schema.js';
import { AUDIT_EVENTS, AUDIT_EVENTS_EN, type AuditAction } from '../../domain/audit/events.js';
import { endOfShanghaiDay } from '../../domain/calendar/index.js';
import { DOCUMENT_TYPES, isDocumentType } from '../../domain/documents.js';
import type { ZApp } from '../zapp.js';
import { inTurn, type Db, type Tx } from '../../db/client.js';
import { loadProject, type ProjectAccess } from './access.js';
import { blindEvent } from './blind.js';
import { openSelfEvaluationOf } from './facts.js';
import { type Timeline, type TimelineItem, TimelineSchema } from './delivery-responses.js';

const idParams = z.object({ id: z.uuid('无效的项目编号') });

type DeadlineState = NonNullable<TimelineItem['state']>;
type Item = TimelineItem;

/** A deadline's state: done on or before it, done after it, not done and still ahead, not done and past. */
function deadlineState(due: Date, doneAt: Date | null, now: Date): DeadlineState {
  if (doneAt) return doneAt.getTime() <= due.getTime() ? 'met' : 'missed';
  return now.getTime() <= due.getTime() ? 'open' : 'overdue';
}

export async function timelineRoutes(app: ZApp) {
  const { db } = app.services;

  app.get(
    '/projects/:id/timeline',
    {
      schema: {
        tags: ['projects'],
        summary: '项目全过程时间轴：办理记录、材料版本、期限（按期/逾期/未到期）与资金',
        params: idParams,
        response: { 200: TimelineSchema },
      },
    },
    async (req) => projectTimeline(db, await loadProject(db, req, req.params.id), req.now),
  );
}

/** The project's timeline (steps, documents, deadlines, money), as GET …/timeline answers and the project file keeps. */
export async function projectTimeline(db: Db | Tx, access: ProjectAccess, now: Date): Promise<Timeline> {
  const p = access.project;
  const [events, docs, [call], rounds, trials, acceptances, money] = await inTurn(db, [
    () =>
      db
        .select({ e: projectEvents, actor: users.displayName })
        .from(projectEvents)
        .leftJoin(users, eq(users.id, projectEvents.actorUserId))
        .where(eq(projectEvents.projectId, p.id))
        .orderBy(asc(projectEvents.at)),
    () =>
      db
        .select({ d: documents, by: users.displayName })
        .from(documents)
        .leftJoin(users, eq(users.id, documents.uploadedBy))
        .where(and(eq(documents.ownerId, p.id), isNull(documents.withdrawnAt))),
    () => db.select({ deadlineAt: annualCalls.deadlineAt }).from(annualCalls).where(eq(annualCalls.id, p.callId)),
    () => db.select().from(projectApplications).where(eq(projectApplications.projectId, p.id)),
    () => db.select().from(projectTrials).where(eq(projectTrials.projectId, p.id)),
    () => db.select().from(projectAcceptances).where(eq(projectAcceptances.projectId, p.id)),
    () => db.select().from(projectPayments).where(eq(projectPayments.projectId, p.id)),
  ]);
  const items: Item[] = [];
  for (const { e: raw, actor } of events) {
    const e = blindEvent(raw, access);
    items.push({
      at: e.at.toISOString(),
      kind: 'event',
      title: AUDIT_EVENTS[e.action as AuditAction] ?? e.action,
      titleEn: AUDIT_EVENTS_EN[e.action as AuditAction] ?? e.action,
      detail: e.note,
      rule: e.rule,
      article: e.article,
      by: actor,
    });
  }
  for (const { d, by } of docs) {
    const label = isDocumentType(d.docType) ? DOCUMENT_TYPES[d.docType] : { zh: d.docType, en: d.docType };
    items.push({
      at: d.uploadedAt.toISOString(),
      kind: 'document',
      title: `${label.zh}（第${d.version}版）`,
      titleEn: `${label.en} (version ${d.version})`,
      detail: d.fileName,
      by,
    });
  }
  const deadline = (due: Date, doneAt: Date | null, zh: string, en: string, rule: string, article: string) =>
    items.push({
      at: due.toISOString(),
      kind: 'deadline',
      title: zh,
      titleEn: en,
      rule,
      article,
      state: deadlineState(due, doneAt, now),
    });
  if (call) deadline(call.deadlineAt, p.submittedAt, '申报截止', 'Declaration deadline', 'R-DEADLINE', 'Art.8');
  for (const a of rounds) {
    if (a.revisionDueAt)
      deadline(
        a.revisionDueAt,
        a.revisionSubmittedAt,
        `方案终稿（第${a.round}轮）`,
        `Final version (round ${a.round})`,
        'R-REVISE-3WD',
        'Art.14',
      );
    if (a.controlPriceFen !== null)
      items.push({
        at: a.submittedAt.toISOString(),
        kind: 'money',
        title: '招标控制价',
        titleEn: 'Tender control price',
        amountFen: a.controlPriceFen,
        article: 'Art.13',
      });
    if (a.recoveryFen)
      items.push({
        at: a.submittedAt.toISOString(),
        kind: 'money',
        title: '收回金额',
        titleEn: 'Recovered',
        amountFen: a.recoveryFen,
        rule: 'R-RECOVERY',
        article: 'Art.13',
      });
  }
  for (const t of trials) {
    const held = acceptances.find(
      (x) => x.acceptanceDate && x.conclusion === 'pass' && x.acceptanceDate >= t.startedOn,
    );
    if (t.latestOn)
      deadline(
        endOfShanghaiDay(t.latestOn),
        held?.acceptanceDate ? endOfShanghaiDay(held.acceptanceDate) : null,
        `竣工验收最迟（试运行第${t.attempt}次）`,
        `Acceptance at the latest (trial ${t.attempt})`,
        'R-TRIAL',
        'Art.25',
      );
  }
  for (const x of acceptances)
    if (x.reportDueDate)
      deadline(
        endOfShanghaiDay(x.reportDueDate),
        x.reportSubmittedAt,
        '竣工验收报告',
        'Acceptance report',
        'R-REPORT',
        'Art.27',
      );
  const open = await openSelfEvaluationOf(db, access, now);
  if (open)
    deadline(open.dueAt, null, `${open.year}年度自评价报告`, `Self-evaluation ${open.year}`, 'R-SELF-EVAL', 'Art.33');
  items.push({
    at: p.createdAt.toISOString(),
    kind: 'money',
    title: '申报总投资',
    titleEn: 'Declared total',
    amountFen: p.totalFen,
    article: 'Art.10(1)2',
  });
  if (access.contract)
    items.push({
      at: access.contract.recordedAt.toISOString(),
      kind: 'money',
      title: '合同金额',
      titleEn: 'Contract',
      amountFen: access.contract.contractFen,
      article: 'Art.16',
    });
  for (const m of money)
    items.push({
      at: m.recordedAt.toISOString(),
      kind: 'money',
      title: m.kind === 'payment' ? `合同付款（${m.paidOn}）` : `资金拨付（${m.paidOn}）`,
      titleEn: m.kind === 'payment' ? `Payment (${m.paidOn})` : `Disbursement (${m.paidOn})`,
      amountFen: m.amountFen,
      article: m.kind === 'payment' ? 'Art.16' : 'Art.26',
    });
  items.sort((a, b) => a.at.localeCompare(b.at));
  return {
    items,
    money: {
      totalFen: p.totalFen,
      approvedBudgetFen: p.approvedBudgetFen,
      controlPriceFen: access.application?.controlPriceFen ?? null,
      recoveryFen: access.application?.recoveryFen ?? null,
      contractFen: access.contract?.contractFen ?? null,
      paidFen: money.filter((m) => m.kind === 'payment').reduce((s, m) => s + m.amountFen, 0),
      disbursedFen: money.filter((m) => m.kind === 'disbursement').reduce((s, m) => s + m.amountFen, 0),
    },
  };
}
