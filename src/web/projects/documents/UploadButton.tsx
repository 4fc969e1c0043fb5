// Upload one document of a type: antd Upload with a customRequest that posts multipart
// (docType first, then the file). 413/415 problems carry Chinese messages; they are shown as is.
import { UploadOutlined } from '@ant-design/icons';
import { Button, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { postForm } from '../../api/client';
import { useNotify } from '../../app/useNotify';
import type { DocVersion } from '../../api/plan-types';

interface Props {
  projectId?: string;
  /** Where to post, when not the project's documents (a system's own documents). */
  path?: string;
  docType: string;
  accept: string;
  maxBytes: number;
  label?: string;
  /** Called with the new version (a form may select it at once). */
  onUploaded: (doc: DocVersion) => void;
}

export function UploadButton({ projectId, path, docType, accept, maxBytes, label, onUploaded }: Props) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  return (
    <span data-testid={`upload-${docType}`}>
      <Upload
        showUploadList={false}
        accept={accept}
        beforeUpload={(file) => {
          if (file.size > maxBytes) {
            notify.error(new Error(t('docs.tooLarge', { mb: Math.floor(maxBytes / 1048576) })));
            return Upload.LIST_IGNORE;
          }
          return true;
        }}
        customRequest={async ({ file, onSuccess, onError }) => {
          setBusy(true);
          const fd = new FormData();
          fd.append('docType', docType);
          fd.append('file', file as Blob, (file as File).name);
          try {
            const res = await postForm<DocVersion>(path ?? `/projects/${projectId}/documents`, fd);
            onSuccess?.(res);
            notify.success(t('docs.uploaded', { name: (file as File).name }));
            onUploaded(res);
          } catch (e) {
            onError?.(e as Error);
            notify.error(e);
          } finally {
            setBusy(false);
          }
        }}
      >
        <Button size="small" icon={<UploadOutlined />} loading={busy}>
          {label ?? t('docs.upload')}
        </Button>
      </Upload>
    </span>
  );
}
