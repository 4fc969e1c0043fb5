// The declaring units (系统使用单位 are the units that declare, Art.8–10): the owner filter of the
// register and the owner picker of a registration. Not fetched when `enabled` is false.
import type { OrgOption } from '../api/approval-types';
import { useApi } from '../api/useApi';

export function useDeclarantOrgs(enabled = true): OrgOption[] {
  return useApi<{ items: OrgOption[] }>(enabled ? '/organizations?role=declarant' : null).data?.items ?? [];
}
