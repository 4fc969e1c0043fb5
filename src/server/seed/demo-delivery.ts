// The demo district's recent past (issue 9; SPEC §3 steps 1–15; Art.8–33): on a first demo start the
// previous plan year is played through the real API as the demo accounts (demo-client.ts), on a second
// app over the same database — the platform's own clock stays the machine's — whose SettableClock
// starts about a year before `now` and is moved forward step by step, never past `now`; the seed's
// sessions are renewed at each jump (they idle out on clock time) and revoked at the end. It leaves:
//   智慧教育云平台 (区教育局)             trial operation, its acceptance window still open (Art.25);
//   项里街道网格化社会治理平台 (项里街道)  awaiting acceptance: material approved by the data bureau (Art.26);
//   经开区企业服务一体化平台 (经开区)      in operation after acceptance, report, disbursement and handover
//                                        with a 3-year warranty (Art.24–29), maintained by
//   经开区企业服务一体化平台运维服务        an O&M project in its service period (Art.24, 33);
//   经开区企业服务平台 (the old system)    replaced, exiting with 2 of its 4 steps recorded (Art.30).
// Every recorded day has passed on the clock. A day in a year the working-day calendar does not cover
// is not moved off rest days, and the server leaves such deadlines open itself: nothing is guessed and
// no calendar is entered here.
import type { Db } from '../../db/client.js';
import {
  addDays,
  addMonths,
  CalendarYearNotCoveredError,
  type IsoDate,
  nextWorkingDayOnOrAfter,
  parseIsoDate,
  shanghaiDateOf,
} from '../../domain/calendar/index.js';
import { acceptanceWindow } from '../../domain/delivery/acceptance-window.js';
import { warrantyMinimumEnd } from '../../domain/delivery/acceptance-report.js';
import { editionInForce } from '../../domain/editions/index.js';
import { buildApp, type App } from '../app.js';
import { SettableClock } from '../platform/clock.js';
import { calendarInForce } from '../platform/calendar.js';
import { createServices } from '../services.js';
import { DemoClient } from './demo-client.js';
import { castOf, type DemoHistory } from './demo-history-cast.js';
import { planDeliveries, planSelfEvaluations } from './demo-history-delivery.js';
import { planRound } from './demo-history-round.js';

export type DeliveryDemoReport =
  | { planYear: number; projects: number; from: IsoDate; to: IsoDate; sessions: number }
  | { skipped: string };

/** 09-01 of the latest year whose 09-01 lies at least 12 months before `now` (Asia/Shanghai). */
export function deliveryHistoryStart(now: Date): IsoDate {
  const limit = addMonths(shanghaiDateOf(now), -12);
  const y = parseIsoDate(limit).year;
  return `${y}-09-01` <= limit ? `${y}-09-01` : `${y - 1}-09-01`;
}

/** An instant on a Beijing day. */
const instant = (day: IsoDate, time: string) => new Date(`${day}T${time}:00+08:00`);

export async function seedDemoDelivery(app: App, db: Db, now: Date): Promise<DeliveryDemoReport> {
  const today = shanghaiDateOf(now);
  const from = deliveryHistoryStart(now);
  const calendar = await calendarInForce(db);
  /** The day itself or the next working day; a day of an uncovered year stays as it is. */
  const workday = (d: IsoDate): IsoDate => {
    try {
      return nextWorkingDayOnOrAfter(calendar, d);
    } catch (err) {
      if (err instanceof CalendarYearNotCoveredError) return d;
      throw err;
    }
  };
  const clock = new SettableClock(instant(workday(from), '09:00'));
  // A history before the Measures took effect would be made under no edition: none is made.
  const edition = editionInForce(clock.now());
  if (!edition) return { skipped: `no edition of the Measures was in force on ${from}` };
  const { config, dbKind, secrets } = app.services;
  const history = await buildApp(createServices({ ...config, logLevel: 'warn' }, db, dbKind, secrets, clock));
  const api = new DemoClient(history, db, () => clock.now());

  const steps: { on: IsoDate; time: string; run: () => Promise<void> }[] = [];
  const h: DemoHistory = {
    api,
    db,
    planYear: parseIsoDate(from).year + 1,
    today,
    workday,
    /** The last days stay before today, whatever a holiday moved. */
    late: (d) => {
      const w = workday(d);
      return w < today ? w : addDays(today, -1);
    },
    on: (day, time, run) => steps.push({ on: day, time, run }),
    earliestAcceptance: (trialStart) => acceptanceWindow(trialStart, true, edition, null).earliest,
    warrantyEnd: (acceptedOn) => warrantyMinimumEnd(acceptedOn, edition),
  };
  let sessions = 0;
  try {
    const cast = castOf(h);
    const started = planRound(cast, from);
    planSelfEvaluations(cast);
    planDeliveries(cast, started);
    // Day by day (stable: a day's steps keep their order); the clock jumps forward only.
    steps.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
    for (const s of steps) {
      const at = instant(s.on, s.time);
      if (at.getTime() > clock.now().getTime()) {
        if (at.getTime() >= now.getTime()) throw new Error(`demo history: ${s.on} is not before now`);
        await api.renew(); // the day's sessions end; fresh ones are opened at the new time
        clock.set(at);
      }
      await s.run();
    }
    if (clock.now().getTime() > now.getTime()) throw new Error('demo history ran past now');
  } finally {
    sessions = await api.close();
    await history.close();
  }
  return { planYear: h.planYear, projects: 4, from, to: today, sessions };
}
