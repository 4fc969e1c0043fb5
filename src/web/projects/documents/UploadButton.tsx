// Upload one document of a type: antd Upload with a customRequest that posts multipart
// (docType first, then the file). 413/415 problems carry Chinese messages; they are shown as is,
// and a refusal's reason stays next to the button until an upload of that type succeeds (issue 13):
// a toast that vanishes after 3 s is gone before the clerk has read it.
import { UploadOutlined } from '@ant-design/icons';
import { Button, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { postForm } from '../../api/client';
import { problemText, useNotify } from '../../app/useNotify';
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
  const { t, i18n } = useTranslation();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const refuse = (reason: string) => setRefusal(t('ux.uploadRefused', { reason }));
  return (
    <span data-testid={`upload-${docType}`}>
      <Upload
        showUploadList={false}
        accept={accept}
        beforeUpload={(file) => {
          if (file.size > maxBytes) {
            const reason = t('docs.tooLarge', { mb: Math.floor(maxBytes / 1048576) });
            notify.error(new Error(reason));
            refuse(`${file.name}：${reason}`);
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
            setRefusal(null);
            notify.success(t('docs.uploaded', { name: (file as File).name }));
            onUploaded(res);
          } catch (e) {
            onError?.(e as Error);
            notify.error(e);
            const reason = problemText(e, i18n.language);
            refuse(`${(file as File).name}：${reason}`);
          } finally {
            setBusy(false);
          }
        }}
      >
        <Button size="small" icon={<UploadOutlined />} loading={busy}>
          {label ?? t('docs.upload')}
        </Button>
      </Upload>
      {refusal && (
        <Typography.Text type="danger" role="alert" style={{ marginLeft: 8 }} data-testid={`upload-refused-${docType}`}>
          {refusal}
        </Typography.Text>
      )}
    </span>
  );
}
