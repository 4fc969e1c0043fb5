// 开始运维服务 (Art.24): an O&M or service project records its service period (and the system it
// maintains, from the register); it is accepted after the period.
import { DatePicker, Form, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { post, qs } from '../api/client';
import type { Project } from '../api/plan-types';
import type { InfoSystemSummary } from '../api/system-types';
import { useApi } from '../api/useApi';
import { useNotify } from '../app/useNotify';
import { useSubmit } from '../app/useSubmit';
import { useCite } from '../plan/cite';
import { ActionModal, type DeliveryModalProps, isoDay } from './ActionModal';

interface Values {
  serviceStartOn: Dayjs;
  serviceEndOn: Dayjs;
  systemId?: string;
}

export function ServiceModal({ project, onClose, onDone }: DeliveryModalProps) {
  const { t } = useTranslation();
  const cite = useCite();
  const notify = useNotify();
  const [form] = Form.useForm<Values>();
  const { busy, refused, run } = useSubmit(form);
  const systems =
    useApi<{ items: InfoSystemSummary[] }>(`/systems${qs({ ownerOrgId: project.declaringOrgId, pageSize: 200 })}`).data
      ?.items ?? [];
  const required = (label: string) => [{ required: true, message: t('validation.required', { label }) }];
  const submit = (v: Values) =>
    run(async () => {
      const p = await post<Project>(`/projects/${project.id}/start-service`, {
        serviceStartOn: isoDay(v.serviceStartOn),
        serviceEndOn: isoDay(v.serviceEndOn),
        systemId: v.systemId,
      });
      notify.success(t('delivery.service.done'));
      onDone(p);
    });
  return (
    <ActionModal<Values>
      action="start_service"
      form={form}
      busy={busy}
      refused={refused}
      intro={t('delivery.service.intro', { article: cite('Art.24') })}
      onFinish={submit}
      onClose={onClose}
    >
      <Form.Item
        name="serviceStartOn"
        label={t('delivery.service.startOn')}
        rules={required(t('delivery.service.startOn'))}
      >
        <DatePicker id="serviceStartOn" style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        name="serviceEndOn"
        label={t('delivery.service.endOn')}
        dependencies={['serviceStartOn']}
        rules={[
          ...required(t('delivery.service.endOn')),
          ({ getFieldValue }) => ({
            validator: (_, end?: Dayjs) => {
              const start = getFieldValue('serviceStartOn') as Dayjs | undefined;
              return !end || !start || end.isAfter(start, 'day')
                ? Promise.resolve()
                : Promise.reject(new Error(t('delivery.service.endAfterStart')));
            },
          }),
        ]}
      >
        <DatePicker id="serviceEndOn" style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="systemId" label={t('delivery.service.system')} extra={t('delivery.service.systemHint')}>
        <Select
          id="serviceSystem"
          allowClear
          showSearch
          optionFilterProp="label"
          options={systems.map((s) => ({ value: s.id, label: `${s.code} ${s.name}` }))}
        />
      </Form.Item>
    </ActionModal>
  );
}
