// The demo district's recent past (issue 9): the previous plan year played through the API on a clock
// of its own, from 09-01 a year back up to `now` — a project in trial operation, one awaiting its
// acceptance, one in operation maintained by its O&M project, the system it replaced exiting — with
// every step in the projects' history and no recorded day after `now`.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessions } from '../../src/db/schema.js';
import { shanghaiDateOf } from '../../src/domain/calendar/index.js';
import { deliveryHistoryStart, seedDemoDelivery } from '../../src/server/seed/demo-delivery.js';
import { OLD_SYSTEM } from '../../src/server/seed/demo-history-cast.js';
import { CALL_YEAR, TEST_START } from '../helpers/clock.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

let ts: TestServer;
beforeAll(async () => {
  ts = await startTestServer();
});
afterAll(async () => {
  await ts?.close();
});

const PARK = '经开区企业服务一体化平台';

interface Project {
  id: string;
  name: string;
  stage: string;
}

describe('demo history', () => {
  it('starts on the 09-01 at least a year back (Asia/Shanghai)', () => {
    expect(deliveryHistoryStart(new Date(TEST_START))).toBe(`${CALL_YEAR - 1}-09-01`);
    expect(deliveryHistoryStart(new Date('2026-12-02T12:00:00+08:00'))).toBe('2025-09-01');
    expect(deliveryHistoryStart(new Date('2026-08-31T23:59:59+08:00'))).toBe('2024-09-01');
  });

  it('is not made before the Measures took effect (2024-12-02): no edition to make it under', async () => {
    const early = await seedDemoDelivery(ts.app, ts.database.db, new Date('2026-06-15T10:00:00+08:00'));
    expect(early).toEqual({ skipped: 'no edition of the Measures was in force on 2024-09-01' });
  });

  it('leaves projects in trial, awaiting acceptance, in operation and in service, and a system exiting', async () => {
    const now = ts.clock.now();
    const today = shanghaiDateOf(now);
    const report = await seedDemoDelivery(ts.app, ts.database.db, now);
    if ('skipped' in report) throw new Error(report.skipped);
    expect(report).toMatchObject({ planYear: CALL_YEAR, projects: 4, from: `${CALL_YEAR - 1}-09-01`, to: today });
    expect(ts.clock.now().getTime()).toBeGreaterThanOrEqual(now.getTime()); // the server's own clock was not moved

    const bureau = await ts.as('databureau');
    const list = (await bureau.get(`/api/v1/projects?year=${CALL_YEAR}&pageSize=50`)).body.items as Project[];
    const byName = Object.fromEntries(list.map((p) => [p.name, p]));
    expect(Object.fromEntries(list.map((p) => [p.name, p.stage]))).toEqual({
      智慧教育云平台: 'trial',
      项里街道网格化社会治理平台: 'acceptance_ready',
      经开区企业服务一体化平台: 'operation',
      经开区企业服务一体化平台运维服务: 'in_service',
    });
    const delivery = async (name: string) => (await bureau.get(`/api/v1/projects/${byName[name].id}/delivery`)).body;

    // Trial: the window (3 months for software development, at most 6) has not closed (Art.25); its
    // end is left open while its year is not in the calendar (2027 at TEST_START).
    const edu = await delivery('智慧教育云平台');
    expect(edu.trials[0].latest === null || edu.trials[0].latest > today).toBe(true);
    expect(edu.trials[0].position).toBe('too_early');
    // Awaiting acceptance: material approved, window open, not yet held (Art.25, 26).
    const street = await delivery('项里街道网格化社会治理平台');
    expect(street.trials[0].position).toBe('open');
    expect(street.acceptances[0]).toMatchObject({ review: { decision: 'approve' }, acceptanceDate: null });
    // Operation: accepted in its window, report on time with every attachment, money, 3-year warranty.
    const park = { id: byName[PARK].id, ...(await delivery(PARK)) };
    const a = park.acceptances[0];
    expect(a).toMatchObject({ conclusion: 'pass', report: { overdue: false, archiveAcceptancePassed: true } });
    expect(a.acceptanceDate >= park.trials[0].earliest && a.acceptanceDate <= park.trials[0].latest).toBe(true);
    expect(park.reportAttachments.every((x: { uploaded: boolean }) => x.uploaded)).toBe(true);
    expect(a.warrantyEndOn).toBe(`${Number(a.acceptanceDate.slice(0, 4)) + 3}${a.acceptanceDate.slice(4)}`);
    expect(park.payments.totalFen).toBe(park.contractFen);
    expect(park.disbursements.totalFen).toBeGreaterThan(0);
    expect(park.selfEvaluations.map((s: { state: string }) => s.state)).toEqual(['filed']);
    for (const d of [edu, street])
      expect(d.selfEvaluations.find((s: { year: number }) => s.year === CALL_YEAR - 1)).toMatchObject({
        state: 'filed',
      });
    const om = await delivery('经开区企业服务一体化平台运维服务');
    expect(om.service.ended).toBe(false);
    expect(om.systems).toEqual([expect.objectContaining({ relation: 'maintain', status: 'operating' })]);

    // The register: the new system operating with its two projects; the old one exiting, 2 of 4 steps.
    const operating = (await bureau.get('/api/v1/systems?status=operating')).body.items;
    expect(operating.map((s: { name: string }) => s.name)).toEqual(['经开区企业服务一体化平台']);
    const sys = (await bureau.get(`/api/v1/systems/${operating[0].id}`)).body;
    expect(sys.sharingFulfilled).toBe(true);
    expect(sys.projects.map((p: { relation: string }) => p.relation).sort()).toEqual(['build', 'maintain']);
    const exiting = (await bureau.get('/api/v1/systems?status=exiting')).body.items;
    expect(exiting.map((s: { name: string }) => s.name)).toEqual([OLD_SYSTEM]);
    const old = (await bureau.get(`/api/v1/systems/${exiting[0].id}`)).body;
    expect(old.exit.steps.filter((s: { done: boolean }) => s.done).map((s: { code: string }) => s.code)).toEqual([
      'data_handover',
      'shutdown',
    ]);

    // The park project's history, in order, from declaration to operation.
    const events = (await bureau.get(`/api/v1/projects/${park.id}/events`)).body.items as {
      action: string;
      at: string;
    }[];
    const milestones = [
      'project.submitted',
      'project.pre_review_concluded',
      'project.budget_reviewed',
      'plan.issued',
      'project.application_submitted',
      'project.joint_review_concluded',
      'project.revision_submitted',
      'project.approved',
      'project.procurement_recorded',
      'project.supervision_recorded',
      'project.construction_started',
      'project.self_evaluation_filed',
      'project.trial_started',
      'project.acceptance_submitted',
      'project.acceptance_reviewed',
      'project.acceptance_held',
      'project.acceptance_report_filed',
      'project.disbursement_recorded',
      'project.handover_recorded',
      'project.handover_confirmed',
    ];
    const seen = events.map((e) => e.action).filter((x) => milestones.includes(x));
    expect(seen).toEqual(milestones);
    expect(events.map((e) => e.at)).toEqual(events.map((e) => e.at).sort());

    // Nothing recorded after now: the history's instants and every reported day.
    for (const p of list) {
      const ev = (await bureau.get(`/api/v1/projects/${p.id}/events`)).body.items as { at: string }[];
      for (const e of ev) expect(new Date(e.at).getTime()).toBeLessThanOrEqual(now.getTime());
      const d = await delivery(p.name);
      const days: (string | null)[] = [
        ...d.payments.items.map((x: { paidOn: string }) => x.paidOn),
        ...d.disbursements.items.map((x: { paidOn: string }) => x.paidOn),
        ...d.trials.map((x: { startedOn: string }) => x.startedOn),
        ...d.acceptances.flatMap((x: { acceptanceDate: string | null; report: { issuedOn: string | null } }) => [
          x.acceptanceDate,
          x.report.issuedOn,
        ]),
        d.service?.startOn ?? null,
      ];
      for (const day of days.filter((x): x is string => x !== null)) expect(day <= today).toBe(true);
    }
    for (const step of old.exit.steps.filter((s: { at: string | null }) => s.at))
      expect(new Date(step.at).getTime()).toBeLessThanOrEqual(now.getTime());

    // Its own sessions, every one closed.
    const seed = await ts.database.db.select().from(sessions).where(eq(sessions.method, 'demo_seed'));
    expect(seed.length).toBe(report.sessions);
    expect(seed.every((s) => s.revokedAt !== null && s.createdAt.getTime() <= now.getTime())).toBe(true);
  }, 180_000); // a year of history through the API: ~15 s alone, several times that on a loaded 2-core machine
});
