// Writes to the contract of the current round (project_contracts) — the chapter record of Art.16–19.
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../../db/client.js';
import { projectContracts } from '../../../db/schema.js';
import { AppError } from '../../errors.js';
import type { ContractRow, ProjectRecord } from '../record.js';

export function currentContract(r: Pick<ProjectRecord, 'contract'>): ContractRow {
  if (!r.contract)
    throw new AppError(409, 'NO_CONTRACT', '尚未登记采购与合同（第十六条、第十八条）', { article: 'Art.16, 18' });
  return r.contract;
}

export async function updateContract(
  tx: Tx,
  c: Pick<ContractRow, 'projectId' | 'round'>,
  set: Partial<typeof projectContracts.$inferInsert>,
): Promise<void> {
  await tx
    .update(projectContracts)
    .set(set)
    .where(and(eq(projectContracts.projectId, c.projectId), eq(projectContracts.round, c.round)));
}
