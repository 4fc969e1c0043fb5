// The organisation directory as select options and an id → name lookup, plus the labels of
// organisation roles and kinds (SPEC §1).
import { useMemo } from 'react';
import type { TFunction } from 'i18next';
import { useApi } from '../../api/useApi';
import type { ListOf, Organization } from '../../api/types';
import { usePick } from '../../i18n/format';

export const ORG_ROLE_CODES = [
  'data_bureau',
  'cyberspace',
  'finance',
  'bigdata_center',
  'ndrc',
  'public_security',
  'secrecy_crypto',
  'audit',
  'declarant',
  'sector_authority',
  'implementer',
  'supervisor',
  'evaluator',
] as const;
export const ORG_KIND_CODES = [
  'district_dept',
  'town',
  'street',
  'park',
  'soe',
  'sub_enterprise',
  'school',
  'hospital',
  'public_institution',
  'company',
] as const;

export const orgRoleOptions = (t: TFunction) => ORG_ROLE_CODES.map((c) => ({ value: c, label: t(`orgRole.${c}`) }));
export const orgKindOptions = (t: TFunction) => ORG_KIND_CODES.map((c) => ({ value: c, label: t(`orgKind.${c}`) }));

export function useOrgDirectory() {
  const state = useApi<ListOf<Organization>>('/organizations');
  const pick = usePick();
  const items = state.data?.items;
  return useMemo(() => {
    const list = items ?? [];
    const byId = new Map(list.map((o) => [o.id, o]));
    const name = (id: string | null | undefined) => {
      const o = id ? byId.get(id) : undefined;
      return o ? pick(o.name, o.nameEn) : '—';
    };
    const options = list.map((o) => ({
      value: o.id,
      label: `${pick(o.name, o.nameEn)}（${o.code}）`,
      disabled: o.disabled,
    }));
    return { list, byId, name, options, reload: state.reload, loading: state.loading };
  }, [items, pick, state.reload, state.loading]);
}
