// Tests run on the services' clock, started at a fixed instant, never on the machine's date: the
// plan year, the call deadline and every date a test writes are derived from TEST_START, so the
// suite passes whatever the machine's date is (issue 8; checked under faketime in .ci/run).
import { SettableClock } from '../../src/server/platform/clock.js';

/** A Tuesday, a working day, six weeks before the annual deadline of Art.8 (10-15). */
export const TEST_START = '2026-09-01T10:00:00+08:00';

/** The plan year a call opened at TEST_START is for (Art.8: "提交下一年度项目建设计划"). */
export const PLAN_YEAR = Number(TEST_START.slice(0, 4)) + 1;

/** The year the call is issued and the plan is agreed in (Y of Art.8). */
export const CALL_YEAR = PLAN_YEAR - 1;

/** The default deadline of that call: 10-15 23:59:59.999 Asia/Shanghai of Y (Art.8), in UTC. */
export const CALL_DEADLINE_UTC = `${CALL_YEAR}-10-15T15:59:59.999Z`;

export function testClock(start: string = TEST_START): SettableClock {
  return new SettableClock(start);
}
