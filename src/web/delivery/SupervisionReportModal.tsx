// 提交监理报告 (Art.19): the supervision unit files its report — the period, a summary of its opinion
// and the report itself (required: it is the report), uploaded here or on the documents tab.
import { Form, Input } from 'antd';
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

interface Values {
  period: string;
  summary: string;
  documentId: string;
}

export function SupervisionReportModal({ project, onClose, onDone }: DeliveryModalProps) {
  const { t } = useTranslation();
  const pick = usePick();
  const cite = useCite();
  const notify = useNotify();
  const [form] = Form.useForm<Values>();
  const { busy, refused, run } = useSubmit(form);
  const min = (label: string, n: number) => [
    { required: true, whitespace: true, min: n, message: t('validation.min', { label, min: n }) },
  ];
  const submit = (v: Values) =>
    run(async () => {
      const p = await post<Project>(`/projects/${project.id}/supervision-reports`, {
        period: v.period.trim(),
        summary: v.summary.trim(),
        documentId: v.documentId,
      });
      notify.success(t('delivery.supervisionReport.done'));
      onDone(p);
    });
  const docLabel = t('delivery.supervisionReport.document');
  return (
    <ActionModal<Values>
      action="file_supervision_report"
      form={form}
      busy={busy}
      refused={refused}
      intro={t('delivery.supervisionReport.intro', { article: cite('Art.19') })}
      onFinish={submit}
      onClose={onClose}
    >
      <Form.Item
        name="period"
        label={t('delivery.supervisionReport.period')}
        rules={min(t('delivery.supervisionReport.period'), 2)}
      >
        <Input id="supervisionPeriod" maxLength={100} placeholder={t('delivery.supervisionReport.periodPlaceholder')} />
      </Form.Item>
      <Form.Item
        name="summary"
        label={t('delivery.supervisionReport.summary')}
        rules={min(t('delivery.supervisionReport.summary'), 4)}
      >
        <Input.TextArea id="supervisionSummary" rows={4} maxLength={5000} />
      </Form.Item>
      <Form.Item
        name="documentId"
        label={docLabel}
        rules={[{ required: true, message: t('validation.select', { label: docLabel }) }]}
        extra={t('delivery.docHint', {
          type: pick(DOCUMENT_TYPES.supervision_report.zh, DOCUMENT_TYPES.supervision_report.en),
        })}
      >
        <DocSelect id="supervisionReportDocument" projectId={project.id} docType="supervision_report" upload />
      </Form.Item>
    </ActionModal>
  );
}
