// Pickers the review and construction forms share: organisations of one role (实施单位, 监理单位)
// and the project's uploaded documents of one type (会议纪要, 合同, 监理合同, 验收纪要 …), with an upload
// beside it where the person may file that type now.
import { Flex, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OrgOption } from '../api/approval-types';
import type { DocumentsResult } from '../api/plan-types';
import { useApi } from '../api/useApi';
import { usePick } from '../i18n/format';
import { UploadButton } from '../projects/documents/UploadButton';

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

export function DocSelect({
  projectId,
  docType,
  upload = false,
  ...props
}: PickerProps & { projectId: string; docType: string; upload?: boolean }) {
  const { data: docs, reload } = useApi<DocumentsResult>(`/projects/${projectId}/documents`);
  const items = (docs?.items ?? []).filter((d) => d.docType === docType).flatMap((d) => d.versions);
  // Upload here too, when the person may file this type now (the server's `docTypes`): the new version is chosen.
  const canUpload = upload && !!docs?.canUpload && docs.docTypes.some((d) => d.code === docType);
  const select = (
    <Select
      {...props}
      allowClear
      style={canUpload ? { flex: 1, minWidth: 0 } : undefined}
      options={items.map((d) => ({ value: d.id, label: `${d.fileName}（v${d.version}）` }))}
    />
  );
  if (!canUpload) return select;
  return (
    <Flex gap={8} align="center">
      {select}
      <UploadButton
        projectId={projectId}
        docType={docType}
        accept={(docs?.allowedExtensions ?? []).map((e) => `.${e}`).join(',')}
        maxBytes={docs?.maxBytes ?? 0}
        onUploaded={(doc) => {
          reload();
          props.onChange?.(doc.id);
        }}
      />
    </Flex>
  );
}
