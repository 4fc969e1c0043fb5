// Deadline reminders (SPEC §5: "reminded before and after"): every open deadline of the Measures —
// the final version (Art.14), the end of the acceptance window (Art.25), the acceptance report
// (Art.27), the yearly self-evaluation and O&M report (Art.33) — is reminded once in its last stretch
// to whoever must act, and once overdue to them and the data bureau (src/domain/lifecycle/deadlines.ts
// says who and when). Each reminder is sent once per person (an advisory lock per link across
// instances); a timer runs this every few minutes.
import { and, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import {
  notifications,
  omReports,
  projectAcceptances,
  projectApplications,
  projects,
  projectTrials,
  systems,
} from '../../db/schema.js';
import { endOfShanghaiDay, shanghaiDateOf } from '../../domain/calendar/index.js';
import { endedOmPeriods } from '../../domain/delivery/om-report.js';
import { editionForNew } from '../../domain/editions/resolve.js';
import { DEADLINE_KINDS, type DeadlineKindCode, reminderFor, reminderTitle } from '../../domain/lifecycle/deadlines.js';
import { TRANSITIONS } from '../../domain/lifecycle/transitions.js';
import { articleZh } from '../../domain/rules/cite.js';
import { localDateTime } from '../exports/format.js';
import { calendarInForce } from '../platform/calendar.js';
import { openSelfEvaluationsOf } from './facts.js';
import { ownerRecipients, recipients } from './notify.js';
import { currentAcceptance, currentApplication, currentTrial, selectRecords, type ProjectRow } from './record.js';

interface OpenDeadline {
  kind: DeadlineKindCode;
  dueAt: Date;
  /** Which one, when there is one per year ("2026年度"). */
  which: string;
  link: string;
  subject: string;
  project?: ProjectRow;
  ownerOrgId?: string;
}

const forProject = (p: ProjectRow, kind: DeadlineKindCode, dueAt: Date, which = ''): OpenDeadline => ({
  kind,
  dueAt,
  which,
  link: `/projects/${p.id}`,
  subject: `${p.code} ${p.name}`,
  project: p,
});

async function finalVersions(db: Db): Promise<OpenDeadline[]> {
  const rows = await db
    .select({ p: projects, dueAt: projectApplications.revisionDueAt })
    .from(projects)
    .innerJoin(projectApplications, currentApplication)
    .where(
      and(
        eq(projects.stage, 'revision'),
        isNull(projectApplications.revisionSubmittedAt),
        isNotNull(projectApplications.revisionDueAt),
      ),
    );
  return rows.map((r) => forProject(r.p, 'final_version', r.dueAt!));
}

async function deliveryDeadlines(db: Db, now: Date): Promise<OpenDeadline[]> {
  const out: OpenDeadline[] = [];
  const windows = await db
    .select({ p: projects, latest: projectTrials.latestOn })
    .from(projects)
    .innerJoin(projectTrials, currentTrial)
    .where(
      and(
        inArray(projects.stage, ['trial', 'acceptance_review', 'acceptance_ready']),
        isNotNull(projectTrials.latestOn),
      ),
    );
  for (const r of windows) out.push(forProject(r.p, 'acceptance_window', endOfShanghaiDay(r.latest!)));
  const reports = await db
    .select({ p: projects, due: projectAcceptances.reportDueDate })
    .from(projects)
    .innerJoin(projectAcceptances, currentAcceptance)
    .where(and(eq(projects.stage, 'accepted'), isNotNull(projectAcceptances.reportDueDate)));
  for (const r of reports) out.push(forProject(r.p, 'acceptance_report', endOfShanghaiDay(r.due!)));
  const building = await selectRecords(db, inArray(projects.stage, [...TRANSITIONS.draft_self_evaluation.from]), {
    slim: true,
  });
  const open = await openSelfEvaluationsOf(db, building, now);
  for (const r of building) {
    const s = open.get(r.project.id);
    if (s) out.push(forProject(r.project, 'self_evaluation', s.dueAt, `${s.year}年度`));
  }
  return out;
}

async function omReportDeadlines(db: Db, now: Date): Promise<OpenDeadline[]> {
  const operating = await db
    .select({
      id: systems.id,
      code: systems.code,
      name: systems.name,
      ownerOrgId: systems.ownerOrgId,
      start: systems.operationStartedOn,
    })
    .from(systems)
    .where(and(eq(systems.status, 'operating'), isNotNull(systems.operationStartedOn)));
  if (!operating.length) return [];
  const filed = await db
    .select({ systemId: omReports.systemId, year: omReports.year })
    .from(omReports)
    .where(
      inArray(
        omReports.systemId,
        operating.map((s) => s.id),
      ),
    );
  const calendar = await calendarInForce(db);
  const edition = editionForNew(now);
  const out: OpenDeadline[] = [];
  for (const s of operating) {
    for (const period of endedOmPeriods(s.start!, shanghaiDateOf(now), edition, calendar)) {
      if (!period.dueDate || filed.some((f) => f.systemId === s.id && f.year === period.year)) continue;
      out.push({
        kind: 'om_report',
        dueAt: endOfShanghaiDay(period.dueDate),
        which: `${period.year}年度`,
        link: `/systems/${s.id}`,
        subject: `${s.code} ${s.name}`,
        ownerOrgId: s.ownerOrgId,
      });
    }
  }
  return out;
}

async function send(db: Db, d: OpenDeadline, now: Date): Promise<number> {
  const reminder = reminderFor(d.kind, d.dueAt, now);
  if (!reminder) return 0;
  const def = DEADLINE_KINDS[d.kind];
  const title = reminderTitle(d.kind, reminder, d.which);
  return db.transaction(async (tx: Tx) => {
    // Several instances may run this at once: one at a time per link, so each sees the other's messages.
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`govit.reminder:${d.link}`}))`);
    const already = new Set(
      (
        await tx
          .select({ userId: notifications.userId })
          .from(notifications)
          .where(and(eq(notifications.link, d.link), eq(notifications.title, title)))
      ).map((r) => r.userId),
    );
    const users = new Set<string>();
    const who = d.project
      ? def.actor === 'system_owner'
        ? []
        : await recipients(tx, def.actor, d.project)
      : await ownerRecipients(tx, d.ownerOrgId!);
    // Once overdue, the data bureau is told too (it follows up, Art.5).
    const bureau = reminder === 'overdue' && d.project ? await recipients(tx, 'data_bureau', d.project) : [];
    for (const u of [...who, ...bureau]) if (!already.has(u)) users.add(u);
    if (!users.size) return 0;
    const body = `${d.subject}：${d.which}${def.zh}期限 ${localDateTime(d.dueAt)}（北京时间；${articleZh(def.article)}）${
      reminder === 'overdue' ? '，已逾期，逾期将计入本单位统计' : ''
    }`;
    await tx
      .insert(notifications)
      .values([...users].map((userId) => ({ userId, title, body, link: d.link, createdAt: now })));
    return users.size;
  });
}

/** Sends the final-version reminders due now (Art.14); returns how many messages were written. */
export async function sendRevisionReminders(db: Db, now: Date): Promise<number> {
  let sent = 0;
  for (const d of await finalVersions(db)) sent += await send(db, d, now);
  return sent;
}

/** Sends every deadline reminder due now; returns how many messages were written. */
export async function sendDeadlineReminders(db: Db, now: Date): Promise<number> {
  let sent = 0;
  const all = [
    ...(await finalVersions(db)),
    ...(await deliveryDeadlines(db, now)),
    ...(await omReportDeadlines(db, now)),
  ];
  for (const d of all) sent += await send(db, d, now);
  return sent;
}
