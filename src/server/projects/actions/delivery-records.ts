// Writes to the delivery records of a project's current trial run and acceptance attempt (Art.25–29).
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../../db/client.js';
import { projectAcceptances } from '../../../db/schema.js';
import { shanghaiDateOf } from '../../../domain/calendar/index.js';
import { AppError } from '../../errors.js';
import type { AcceptanceRow, ProjectRecord } from '../record.js';

export function currentAcceptance(r: Pick<ProjectRecord, 'acceptance'>): AcceptanceRow {
  if (!r.acceptance)
    throw new AppError(409, 'NO_ACCEPTANCE', '尚未提交竣工验收资料（第二十六条）', {
      article: 'Art.26',
      rule: 'R-ACCEPT-ORDER',
    });
  return r.acceptance;
}

export async function updateAcceptance(
  tx: Tx,
  a: Pick<AcceptanceRow, 'projectId' | 'attempt'>,
  set: Partial<typeof projectAcceptances.$inferInsert>,
): Promise<void> {
  await tx
    .update(projectAcceptances)
    .set(set)
    .where(and(eq(projectAcceptances.projectId, a.projectId), eq(projectAcceptances.attempt, a.attempt)));
}

/** A reported day must not lie in the future of the request's clock (it records what happened). */
export function notInFuture(day: string, now: Date, field: string): void {
  if (day > shanghaiDateOf(now))
    throw new AppError(400, 'DATE_IN_FUTURE', '日期不能晚于今天（登记的是已发生的事实）', {
      field,
      messageEn: 'The date cannot be in the future',
    });
}
