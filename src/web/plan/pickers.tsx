// Pickers the review and construction forms share: organisations of one role (实施单位, 监理单位)
// and the project's uploaded documents of one type (会议纪要, 合同, 监理合同).
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OrgOption } from '../api/approval-types';
import type { DocumentsResult } from '../api/plan-types';
import { useApi } from '../api/useApi';
import { usePick } from '../i18n/format';

interface PickerProps {
  id?: string;
  value?: string;
  onChange?: (v: string | undefined) => void;
}

export function useOrgsWithRole(role: 'implementer' | 'supervisor') {
  return useApi<{ items: OrgOption[] }>(`/organizations?role=${role}`).data?.items ?? [];
}

export function OrgSelect({ orgRole, ...props }: PickerProps & { orgRole: 'implementer' | 'supervisor' }) {
  const { t } = useTranslation();
  const pick = usePick();
  const orgs = useOrgsWithRole(orgRole);
  return (
    <Select
      {...props}
      showSearch
      optionFilterProp="label"
      placeholder={t('contract.orgPlaceholder')}
      options={orgs.map((o) => ({ value: o.id, label: pick(o.name, o.nameEn) }))}
    />
  );
}

export function DocSelect({ projectId, docType, ...props }: PickerProps & { projectId: string; docType: string }) {
  const docs = useApi<DocumentsResult>(`/projects/${projectId}/documents`).data;
  const items = (docs?.items ?? []).filter((d) => d.docType === docType).flatMap((d) => d.versions);
  return (
    <Select
      {...props}
      allowClear
      options={items.map((d) => ({ value: d.id, label: `${d.fileName}（v${d.version}）` }))}
    />
  );
}
