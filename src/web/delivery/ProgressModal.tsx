// 报告建设进度 (Art.16): the implementer reports a milestone and the percentage done, with its
// progress report if it has one; everyone on the project sees it on the 验收运行 tab.
import { Form, Input, InputNumber, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_TYPES } from '../../domain/documents';
import { post } from '../api/client';
import type { Project } from '../api/plan-types';
import { useNotify } from '../app/useNotify';
import { useSubmit } from '../app/useSubmit';
import { usePick } from '../i18n/format';
import { useCite } from '../plan/cite';
import { DocSelect } from '../plan/pickers';
import { ActionModal, type DeliveryModalProps } from './ActionModal';
import { useDelivery } from './useDelivery';

interface Values {
  milestone: string;
  percent: number;
  note?: string;
  documentId?: string;
}

export function ProgressModal({ project, onClose, onDone }: DeliveryModalProps) {
  const { t } = useTranslation();
  const pick = usePick();
  const cite = useCite();
  const notify = useNotify();
  const [form] = Form.useForm<Values>();
  const { busy, refused, run } = useSubmit(form);
  const last = useDelivery(project.id).data?.progress[0];
  const submit = (v: Values) =>
    run(async () => {
      const p = await post<Project>(`/projects/${project.id}/progress`, {
        milestone: v.milestone.trim(),
        percent: v.percent,
        note: v.note?.trim() ?? '',
        documentId: v.documentId,
      });
      notify.success(t('delivery.progress.done'));
      onDone(p);
    });
  return (
    <ActionModal<Values>
      action="record_progress"
      form={form}
      busy={busy}
      refused={refused}
      intro={t('delivery.progress.intro', { article: cite('Art.16') })}
      onFinish={submit}
      onClose={onClose}
    >
      {last && (
        <Typography.Paragraph type="secondary" data-testid="progress-last">
          {t('delivery.progress.last', { percent: last.percent, milestone: last.milestone })}
        </Typography.Paragraph>
      )}
      <Form.Item
        name="milestone"
        label={t('delivery.progress.milestone')}
        rules={[
          {
            required: true,
            whitespace: true,
            min: 2,
            message: t('validation.min', { label: t('delivery.progress.milestone'), min: 2 }),
          },
        ]}
      >
        <Input id="progressMilestone" maxLength={200} />
      </Form.Item>
      <Form.Item
        name="percent"
        label={t('delivery.progress.percent')}
        rules={[{ required: true, message: t('validation.required', { label: t('delivery.progress.percent') }) }]}
      >
        <InputNumber id="progressPercent" min={0} max={100} precision={0} suffix="%" style={{ width: 160 }} />
      </Form.Item>
      <Form.Item name="note" label={t('delivery.progress.note')}>
        <Input.TextArea id="progressNote" rows={3} maxLength={5000} />
      </Form.Item>
      <Form.Item
        name="documentId"
        label={t('delivery.progress.document')}
        extra={t('delivery.docHint', {
          type: pick(DOCUMENT_TYPES.progress_report.zh, DOCUMENT_TYPES.progress_report.en),
        })}
      >
        <DocSelect id="progressDocument" projectId={project.id} docType="progress_report" upload />
      </Form.Item>
    </ActionModal>
  );
}
