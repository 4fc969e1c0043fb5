// 竣工验收资料 (Art.26): "申报单位和实施单位应在竣工验收前，通过信息化项目管理平台提交竣工验收资料，经区数据局
// 审核通过后，由申报单位自行组织竣工验收。" The declarant uploads the material (here or on the documents tab)
// and submits it; the data bureau reads it and approves or returns it with its opinion.
import { Alert, Card, Form, Input, Radio, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { post } from '../api/client';
import type { DocumentsResult, Project } from '../api/plan-types';
import { useApi } from '../api/useApi';
import { useNotify } from '../app/useNotify';
import { useSubmit } from '../app/useSubmit';
import { formatDateTime } from '../i18n/format';
import { useCite } from '../plan/cite';
import { UploadButton } from '../projects/documents/UploadButton';
import { ActionModal, type DeliveryModalProps } from './ActionModal';
import { downloadHref } from './useDelivery';

/** The versions of one document type on the project, with download links, and an upload where allowed. */
export function DocTypeFiles({ projectId, docType, title }: { projectId: string; docType: string; title: string }) {
  const { t } = useTranslation();
  const { data, reload } = useApi<DocumentsResult>(`/projects/${projectId}/documents`);
  const versions = (data?.items ?? []).filter((d) => d.docType === docType).flatMap((d) => d.versions);
  const canUpload = !!data?.canUpload && data.docTypes.some((d) => d.code === docType);
  return (
    <Card size="small" title={title} style={{ marginBottom: 16 }} data-testid={`files-${docType}`}>
      <Space orientation="vertical" size={4}>
        {versions.length === 0 && (
          <Typography.Text type="danger" data-testid="files-none">
            {t('delivery.acceptance.materialMissing')}
          </Typography.Text>
        )}
        {versions.map((v) => (
          <Space key={v.id} size={8} wrap>
            <Tag>v{v.version}</Tag>
            <a href={downloadHref(v.id)}>{v.fileName}</a>
            <Typography.Text type="secondary">
              {formatDateTime(v.uploadedAt)}
              {v.uploadedByName ? ` · ${v.uploadedByName}` : ''}
            </Typography.Text>
          </Space>
        ))}
        {canUpload && data && (
          <UploadButton
            projectId={projectId}
            docType={docType}
            accept={data.allowedExtensions.map((e) => `.${e}`).join(',')}
            maxBytes={data.maxBytes}
            onUploaded={reload}
          />
        )}
      </Space>
    </Card>
  );
}

export function SubmitAcceptanceModal({ project, onClose, onDone }: DeliveryModalProps) {
  const { t } = useTranslation();
  const cite = useCite();
  const notify = useNotify();
  const [form] = Form.useForm<{ note?: string }>();
  const { busy, refused, run } = useSubmit(form);
  const submit = (v: { note?: string }) =>
    run(async () => {
      const p = await post<Project>(`/projects/${project.id}/acceptance`, { note: v.note?.trim() ?? '' });
      notify.success(t('delivery.acceptance.submitted'));
      onDone(p);
    });
  return (
    <ActionModal<{ note?: string }>
      action="submit_acceptance"
      form={form}
      busy={busy}
      refused={refused}
      width={680}
      intro={t('delivery.acceptance.submitIntro', { article: cite('Art.26') })}
      onFinish={submit}
      onClose={onClose}
    >
      <DocTypeFiles projectId={project.id} docType="acceptance_material" title={t('delivery.acceptance.material')} />
      <Form.Item name="note" label={t('delivery.acceptance.note')}>
        <Input.TextArea id="acceptanceNote" rows={2} maxLength={2000} />
      </Form.Item>
    </ActionModal>
  );
}

interface ReviewValues {
  decision: 'approve' | 'return';
  opinion: string;
}

export function ReviewAcceptanceModal({ project, onClose, onDone }: DeliveryModalProps) {
  const { t } = useTranslation();
  const cite = useCite();
  const notify = useNotify();
  const [form] = Form.useForm<ReviewValues>();
  const { busy, refused, run } = useSubmit(form);
  const decision = Form.useWatch('decision', form);
  const opinionLabel = t('delivery.acceptance.opinion');
  const submit = (v: ReviewValues) =>
    run(async () => {
      const p = await post<Project>(`/projects/${project.id}/acceptance/review`, {
        decision: v.decision,
        opinion: v.opinion.trim(),
      });
      notify.success(t('delivery.acceptance.reviewed'));
      onDone(p);
    });
  return (
    <ActionModal<ReviewValues>
      action="review_acceptance"
      form={form}
      busy={busy}
      refused={refused}
      width={680}
      intro={t('delivery.acceptance.reviewIntro', { article: cite('Art.26') })}
      initialValues={{ decision: 'approve' }}
      onFinish={submit}
      onClose={onClose}
    >
      <DocTypeFiles projectId={project.id} docType="acceptance_material" title={t('delivery.acceptance.material')} />
      <Form.Item name="decision" label={t('delivery.acceptance.decision')}>
        <Radio.Group id="reviewDecision">
          <Radio value="approve">{t('delivery.acceptance.approve')}</Radio>
          <Radio value="return">{t('delivery.acceptance.return')}</Radio>
        </Radio.Group>
      </Form.Item>
      {decision === 'return' && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('delivery.acceptance.returnHint')} />
      )}
      <Form.Item
        name="opinion"
        label={opinionLabel}
        rules={[
          { required: true, whitespace: true, min: 2, message: t('validation.min', { label: opinionLabel, min: 2 }) },
        ]}
      >
        <Input.TextArea id="reviewOpinion" rows={4} maxLength={5000} />
      </Form.Item>
    </ActionModal>
  );
}
