// "Now" for the whole server. Every use case, job and audit row reads the time from the services'
// clock (per request: `req.now`, one instant for the whole request), never from the machine, so
// deadlines (Art.8, 14, 25, 27, 33 …) can be tested on any date and a test can move time forward.
import { performance } from 'node:perf_hooks';

export interface Clock {
  now(): Date;
}

/** The machine's clock: the only place the server reads it. */
export const systemClock: Clock = {
  // biome-ignore lint/plugin: this is the one sanctioned read of the machine clock
  now: () => new Date(),
};

/**
 * A clock that starts at a chosen instant and runs at real speed from there (so events keep their
 * order and sessions still age), and that a test can set or move forward.
 */
export class SettableClock implements Clock {
  private base: number;
  private startedAt = performance.now();

  constructor(start: Date | string) {
    this.base = new Date(start).getTime();
  }

  now(): Date {
    return new Date(this.base + (performance.now() - this.startedAt));
  }

  /** Jumps to `at` (and runs on from there). */
  set(at: Date | string): void {
    this.base = new Date(at).getTime();
    this.startedAt = performance.now();
  }

  /** Moves forward by `ms` milliseconds (negative moves back). */
  advance(ms: number): void {
    this.base += ms;
  }
}
