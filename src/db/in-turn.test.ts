// inTurn: side by side on the pool, one after another in a transaction (one connection).
import { PgTransaction } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import { inTurn, type Db, type Tx } from './client.js';

/** Two statements that record when each starts and ends. */
function statements() {
  const log: string[] = [];
  const stmt = (name: string, value: number) => async () => {
    log.push(`start ${name}`);
    await new Promise((r) => setTimeout(r, 5));
    log.push(`end ${name}`);
    return value;
  };
  return { log, work: [stmt('a', 1), stmt('b', 2)] as const };
}

describe('inTurn', () => {
  it('runs the statements of a transaction one after another, in order', async () => {
    const { log, work } = statements();
    const tx = Object.create(PgTransaction.prototype) as Tx; // what db.transaction() hands its callback
    expect(await inTurn(tx, [...work])).toEqual([1, 2]);
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b']);
  });

  it('runs them side by side on the pool', async () => {
    const { log, work } = statements();
    expect(await inTurn({} as Db, [...work])).toEqual([1, 2]);
    expect(log.slice(0, 2)).toEqual(['start a', 'start b']);
  });
});
