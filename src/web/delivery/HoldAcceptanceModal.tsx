// 登记竣工验收 (Art.24–26): the declarant records the acceptance it held — date, experts, conclusion,
// minutes. The form shows the acceptance window of the trial run (R-TRIAL, Art.25) or, for an O&M or
// service project, the end of its service period (R-OM-ACCEPT, Art.24); the server judges the date.
import type { components } from '../api/openapi';
import { DatePicker, Descriptions, Form, Input, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_TYPES } from '../../domain/documents';
import { post } from '../api/client';
import { useNotify } from '../app/useNotify';
import { useSubmit } from '../app/useSubmit';
import { usePick } from '../i18n/format';
import { useCite } from '../plan/cite';
import { DocSelect } from '../plan/pickers';
import { ActionModal, type DeliveryModalProps, isoDay } from './ActionModal';
import { WindowTag } from './DeliveryTags';
import { useDelivery } from './useDelivery';

interface Values {
  acceptanceDate: Dayjs;
  experts: string;
  conclusion: 'pass' | 'fail';
  minutesDocumentId: string;
}
type Answer = components['schemas']['AcceptanceHeld'];

export function HoldAcceptanceModal({ project, onClose, onDone }: DeliveryModalProps) {
  const { t } = useTranslation();
  const pick = usePick();
  const cite = useCite();
  const notify = useNotify();
  const [form] = Form.useForm<Values>();
  const { busy, refused, run } = useSubmit(form);
  const trial = useDelivery(project.id).data?.trials.find((x) => x.current);
  const isBuild = (project.kind ?? 'build') === 'build';
  const submit = (v: Values) =>
    run(async () => {
      const p = await post<Answer>(`/projects/${project.id}/acceptance/held`, {
        acceptanceDate: isoDay(v.acceptanceDate),
        experts: v.experts.trim(),
        conclusion: v.conclusion,
        minutesDocumentId: v.minutesDocumentId,
      });
      const due = p.reportDeadline?.dueDate;
      notify.success(
        v.conclusion === 'fail'
          ? t('delivery.acceptance.failed')
          : due
            ? t('delivery.acceptance.heldReport', { due })
            : t('delivery.acceptance.held'),
      );
      onDone(p);
    });
  const expertsLabel = t('delivery.acceptance.experts');
  const minutesLabel = t('delivery.acceptance.minutes');
  return (
    <ActionModal<Values>
      action="hold_acceptance"
      form={form}
      busy={busy}
      refused={refused}
      width={720}
      intro={
        isBuild
          ? t('delivery.acceptance.holdIntro', { article: cite('Art.25, 26') })
          : t('delivery.acceptance.omHoldIntro', { article: cite('Art.24') })
      }
      initialValues={{ conclusion: 'pass' }}
      onFinish={submit}
      onClose={onClose}
    >
      <Descriptions
        size="small"
        bordered
        column={2}
        style={{ marginBottom: 16 }}
        data-testid="acceptance-window"
        items={
          isBuild
            ? [
                { key: 's', label: t('delivery.trial.startedOn'), children: project.trial?.startedOn ?? '—' },
                {
                  key: 'p',
                  label: t('delivery.trial.position'),
                  children: trial ? <WindowTag position={trial.position} /> : '—',
                },
                { key: 'e', label: t('delivery.trial.earliest'), children: project.trial?.earliest ?? '—' },
                {
                  key: 'l',
                  label: t('delivery.trial.latest'),
                  children: project.trial?.latest ?? t('delivery.trial.latestUnknown'),
                },
              ]
            : [{ key: 'e', label: t('delivery.acceptance.serviceEnd'), children: project.serviceEndOn ?? '—' }]
        }
      />
      <Form.Item
        name="acceptanceDate"
        label={t('delivery.acceptance.acceptanceDate')}
        rules={[
          { required: true, message: t('validation.required', { label: t('delivery.acceptance.acceptanceDate') }) },
        ]}
      >
        <DatePicker id="acceptanceDate" style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        name="experts"
        label={expertsLabel}
        rules={[
          { required: true, whitespace: true, min: 2, message: t('validation.min', { label: expertsLabel, min: 2 }) },
        ]}
      >
        <Input.TextArea
          id="acceptanceExperts"
          rows={2}
          maxLength={2000}
          placeholder={t('delivery.acceptance.expertsPlaceholder')}
        />
      </Form.Item>
      <Form.Item name="conclusion" label={t('delivery.acceptance.conclusion')}>
        <Radio.Group id="acceptanceConclusion">
          <Radio value="pass">{t('delivery.acceptance.pass')}</Radio>
          <Radio value="fail">{t('delivery.acceptance.fail')}</Radio>
        </Radio.Group>
      </Form.Item>
      <Form.Item
        name="minutesDocumentId"
        label={minutesLabel}
        rules={[{ required: true, message: t('validation.select', { label: minutesLabel }) }]}
        extra={t('delivery.docHint', {
          type: pick(DOCUMENT_TYPES.acceptance_minutes.zh, DOCUMENT_TYPES.acceptance_minutes.en),
        })}
      >
        <DocSelect id="acceptanceMinutes" projectId={project.id} docType="acceptance_minutes" upload />
      </Form.Item>
    </ActionModal>
  );
}
