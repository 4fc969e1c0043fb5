// 提交竣工验收报告 (Art.27): within 1 month of the acceptance, the report with its attachments — the
// checklist is the server's (GET …/delivery → reportAttachments), ticked as each is uploaded, with an
// upload per line — and the archive acceptance (passed / failed / not held: "未经档案验收或档案验收不合格
// 的，不得通过项目验收"). The due date and whether it is overdue are shown; lateness is recorded, never refused.
import type { components } from '../api/openapi';
import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { DatePicker, Descriptions, Form, Input, Radio, Space, Table, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { post } from '../api/client';
import type { Delivery } from '../api/delivery-types';
import type { DocumentsResult } from '../api/plan-types';
import { useApi } from '../api/useApi';
import { useNotify } from '../app/useNotify';
import { useSubmit } from '../app/useSubmit';
import { usePick } from '../i18n/format';
import { useCite } from '../plan/cite';
import { UploadButton } from '../projects/documents/UploadButton';
import { ActionModal, type DeliveryModalProps, isoDay } from './ActionModal';
import { OverdueTag } from './DeliveryTags';
import { useDeliveryPeriods } from './periods';
import { useDelivery } from './useDelivery';

type Archive = 'passed' | 'failed' | 'not_held';
const ARCHIVE_VALUE: Record<Archive, boolean | null> = { passed: true, failed: false, not_held: null };

interface Values {
  reportIssuedOn: Dayjs;
  archive: Archive;
  note?: string;
}

export function AcceptanceReportModal({ project, onClose, onDone }: DeliveryModalProps) {
  const { t } = useTranslation();
  const pick = usePick();
  const cite = useCite();
  const notify = useNotify();
  const [form] = Form.useForm<Values>();
  const { busy, refused, run } = useSubmit(form);
  const delivery = useDelivery(project.id);
  const docs = useApi<DocumentsResult>(`/projects/${project.id}/documents`);
  const periods = useDeliveryPeriods(project);
  const current = delivery.data?.acceptances.find((a) => a.current);
  const accept = (docs.data?.allowedExtensions ?? []).map((e) => `.${e}`).join(',');
  const mayUpload = (code: string) => !!docs.data?.canUpload && docs.data.docTypes.some((d) => d.code === code);
  const uploaded = () => {
    delivery.reload();
    docs.reload();
  };
  const upload = (code: string) =>
    mayUpload(code) && (
      <UploadButton
        projectId={project.id}
        docType={code}
        accept={accept}
        maxBytes={docs.data?.maxBytes ?? 0}
        onUploaded={uploaded}
      />
    );
  const submit = (v: Values) =>
    run(async () => {
      const p = await post<components['schemas']['FiledWithOverdueFinding']>(
        `/projects/${project.id}/acceptance/report`,
        {
          reportIssuedOn: isoDay(v.reportIssuedOn),
          archiveAcceptancePassed: ARCHIVE_VALUE[v.archive],
          note: v.note?.trim() ?? '',
        },
      );
      notify.success(t(p.overdueFinding ? 'delivery.acceptance.reportFiledLate' : 'delivery.acceptance.reportFiled'));
      onDone(p);
    });
  const rows: Delivery['reportAttachments'] = delivery.data?.reportAttachments ?? [];
  return (
    <ActionModal<Values>
      action="submit_acceptance_report"
      form={form}
      busy={busy}
      refused={refused}
      width={860}
      intro={t('delivery.acceptance.reportIntro', {
        months: periods?.acceptanceReportPeriod.value ?? '—',
        article: cite('Art.27'),
      })}
      initialValues={{ archive: 'passed' }}
      onFinish={submit}
      onClose={onClose}
    >
      <Descriptions
        size="small"
        column={3}
        style={{ marginBottom: 12 }}
        items={[
          {
            key: 'a',
            label: t('delivery.acceptance.acceptanceDate'),
            children: project.acceptance?.acceptanceDate ?? '—',
          },
          {
            key: 'd',
            label: t('delivery.acceptance.reportDue'),
            children: <span data-testid="report-due">{project.acceptance?.reportDueDate ?? '—'}</span>,
          },
          { key: 'o', label: t('common.status'), children: <OverdueTag overdue={!!current?.report.overdue} /> },
        ]}
      />
      <Table
        size="small"
        rowKey="code"
        pagination={false}
        loading={delivery.loading && !delivery.data}
        dataSource={rows}
        data-testid="report-checklist"
        title={() => t('delivery.acceptance.checklist')}
        style={{ marginBottom: 16 }}
        columns={[
          {
            title: t('docs.material'),
            key: 'name',
            render: (_, r) => (
              <Space data-testid={`attachment-${r.code}`} data-uploaded={String(r.uploaded)}>
                {r.uploaded ? (
                  <CheckCircleFilled style={{ color: '#52c41a' }} aria-label="✓" />
                ) : (
                  <CloseCircleFilled style={{ color: '#ff4d4f' }} aria-label="✗" />
                )}
                {pick(r.zh, r.en)}
              </Space>
            ),
          },
          {
            title: t('docs.status'),
            key: 'st',
            width: 110,
            render: (_, r) => (
              <Tag color={r.uploaded ? 'green' : 'red'}>
                {t(r.uploaded ? 'delivery.acceptance.uploaded' : 'delivery.acceptance.notUploaded')}
              </Tag>
            ),
          },
          { title: t('common.actions'), key: 'up', width: 140, render: (_, r) => upload(r.code) },
        ]}
      />
      <Form.Item
        name="reportIssuedOn"
        label={t('delivery.acceptance.reportIssuedOn')}
        rules={[
          { required: true, message: t('validation.required', { label: t('delivery.acceptance.reportIssuedOn') }) },
        ]}
      >
        <DatePicker id="reportIssuedOn" style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="archive" label={t('delivery.acceptance.archive')} extra={cite('Art.27')}>
        <Radio.Group id="archiveAcceptance">
          <Radio value="passed">{t('delivery.acceptance.archivePassed')}</Radio>
          <Radio value="failed">{t('delivery.acceptance.archiveFailed')}</Radio>
          <Radio value="not_held">{t('delivery.acceptance.archiveNotHeld')}</Radio>
        </Radio.Group>
      </Form.Item>
      {mayUpload('archive_acceptance') && (
        <Form.Item label={t('delivery.acceptance.archiveDoc')}>{upload('archive_acceptance')}</Form.Item>
      )}
      <Form.Item name="note" label={t('delivery.acceptance.note')}>
        <Input.TextArea id="reportNote" rows={2} maxLength={2000} />
      </Form.Item>
    </ActionModal>
  );
}
