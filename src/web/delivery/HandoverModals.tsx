// 资产移交与质保 (Art.28, 29): the implementer lists the assets it hands over (name, type, quantity,
// value in 元 → fen, location) and the warranty's end — at least three years from the acceptance
// (warrantyMin of the project's edition; R-WARRANTY on the server); the declarant confirms, registers
// them, and the system goes into operation.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, DatePicker, Form, Input, InputNumber, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { post } from '../api/client';
import type { Project } from '../api/plan-types';
import { useNotify } from '../app/useNotify';
import { useSubmit } from '../app/useSubmit';
import { useCite } from '../plan/cite';
import { sumYuanInputs, wanGrouped, yuanInputToFen, yuanRule } from '../plan/money';
import { YuanInput } from '../projects/form/YuanInput';
import { ActionModal, type DeliveryModalProps, isoDay } from './ActionModal';
import { useDeliveryPeriods } from './periods';
import { useDelivery } from './useDelivery';
import { AssetTable } from './AssetTable';

interface AssetValues {
  name: string;
  type: string;
  quantity: number;
  valueYuan: string;
  location: string;
}
interface Values {
  assets: AssetValues[];
  warrantyEndOn: Dayjs;
}

export function RecordHandoverModal({ project, onClose, onDone }: DeliveryModalProps) {
  const { t } = useTranslation();
  const cite = useCite();
  const notify = useNotify();
  const [form] = Form.useForm<Values>();
  const { busy, refused, run } = useSubmit(form);
  const periods = useDeliveryPeriods(project);
  // The first day the warranty may end, as R-WARRANTY counts it (the server's domain computation).
  const delivery = useDelivery(project.id);
  const min = delivery.data?.acceptances.find((a) => a.current)?.warrantyMinimumEnd ?? null;
  // The minimum arrives with the delivery record: offer it as the end unless one is chosen.
  useEffect(() => {
    if (min && !form.getFieldValue('warrantyEndOn')) form.setFieldValue('warrantyEndOn', dayjs(min));
  }, [min, form]);
  const assets = (Form.useWatch('assets', form) ?? []) as (AssetValues | undefined)[];
  const total = sumYuanInputs(assets.map((a) => a?.valueYuan));
  const required = (label: string) => [
    { required: true, whitespace: true, message: t('validation.required', { label }) },
  ];
  const submit = (v: Values) =>
    run(async () => {
      const p = await post<Project>(`/projects/${project.id}/handover`, {
        assets: v.assets.map((a) => ({
          name: a.name.trim(),
          type: a.type.trim(),
          quantity: a.quantity,
          valueFen: yuanInputToFen(a.valueYuan),
          location: a.location.trim(),
        })),
        warrantyEndOn: isoDay(v.warrantyEndOn),
      });
      notify.success(t('delivery.handover.recorded'));
      onDone(p);
    });
  const cell = { style: { marginBottom: 0 } };
  return (
    <ActionModal<Values>
      action="record_handover"
      form={form}
      busy={busy}
      refused={refused}
      width={1080}
      intro={t('delivery.handover.intro', { years: periods?.warrantyMin.value ?? '—', article: cite('Art.29') })}
      initialValues={{ assets: [{ name: '', type: '', quantity: 1, valueYuan: '', location: '' }] }}
      onFinish={submit}
      onClose={onClose}
    >
      <Typography.Title level={5}>{t('delivery.handover.assets')}</Typography.Title>
      <Form.List name="assets">
        {(fields, { add, remove }) => (
          <>
            <Table
              size="small"
              rowKey="key"
              pagination={false}
              dataSource={fields}
              data-testid="asset-table"
              columns={[
                {
                  title: t('delivery.handover.name'),
                  key: 'name',
                  render: (_, f) => (
                    <Form.Item {...cell} name={[f.name, 'name']} rules={required(t('delivery.handover.name'))}>
                      <Input id={`asset_${f.name}_name`} maxLength={200} />
                    </Form.Item>
                  ),
                },
                {
                  title: t('delivery.handover.type'),
                  key: 'type',
                  width: 150,
                  render: (_, f) => (
                    <Form.Item {...cell} name={[f.name, 'type']} rules={required(t('delivery.handover.type'))}>
                      <Input id={`asset_${f.name}_type`} maxLength={100} />
                    </Form.Item>
                  ),
                },
                {
                  title: t('delivery.handover.quantity'),
                  key: 'q',
                  width: 100,
                  render: (_, f) => (
                    <Form.Item
                      {...cell}
                      name={[f.name, 'quantity']}
                      rules={[{ required: true, message: t('delivery.handover.quantity') }]}
                    >
                      <InputNumber id={`asset_${f.name}_quantity`} min={1} precision={0} style={{ width: '100%' }} />
                    </Form.Item>
                  ),
                },
                {
                  title: t('delivery.handover.value'),
                  key: 'v',
                  width: 180,
                  render: (_, f) => (
                    <Form.Item
                      {...cell}
                      name={[f.name, 'valueYuan']}
                      rules={[...required(t('delivery.handover.value')), yuanRule(t)]}
                    >
                      <YuanInput id={`asset_${f.name}_value`} />
                    </Form.Item>
                  ),
                },
                {
                  title: t('delivery.handover.location'),
                  key: 'l',
                  width: 190,
                  render: (_, f) => (
                    <Form.Item {...cell} name={[f.name, 'location']} rules={required(t('delivery.handover.location'))}>
                      <Input id={`asset_${f.name}_location`} maxLength={200} />
                    </Form.Item>
                  ),
                },
                {
                  title: '',
                  key: 'x',
                  width: 48,
                  render: (_, f) =>
                    fields.length > 1 && (
                      <Button
                        type="text"
                        danger
                        icon={<DeleteOutlined />}
                        aria-label={t('delivery.handover.remove')}
                        onClick={() => remove(f.name)}
                      />
                    ),
                },
              ]}
            />
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              style={{ margin: '8px 0 4px' }}
              onClick={() => add({ name: '', type: '', quantity: 1, valueYuan: '', location: '' })}
              data-testid="asset-add"
            >
              {t('delivery.handover.add')}
            </Button>
            <Typography.Paragraph type="secondary" data-testid="asset-total">
              {t('delivery.handover.total', { count: fields.length, value: wanGrouped(total) })}
            </Typography.Paragraph>
          </>
        )}
      </Form.List>
      {min && periods && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="warranty-min"
          data-min={min}
          title={t('delivery.handover.warrantyMin', {
            date: project.acceptance?.acceptanceDate ?? '',
            years: periods.warrantyMin.value,
            min,
          })}
        />
      )}
      <Form.Item
        name="warrantyEndOn"
        label={t('delivery.handover.warrantyEnd')}
        rules={[
          { required: true, message: t('validation.required', { label: t('delivery.handover.warrantyEnd') }) },
          {
            validator: (_, v?: Dayjs) =>
              !v || !min || isoDay(v) >= min
                ? Promise.resolve()
                : Promise.reject(new Error(t('delivery.handover.warrantyShort', { min, article: cite('Art.29') }))),
          },
        ]}
      >
        <DatePicker id="warrantyEndOn" style={{ width: '100%' }} />
      </Form.Item>
    </ActionModal>
  );
}

export function ConfirmHandoverModal({ project, onClose, onDone }: DeliveryModalProps) {
  const { t } = useTranslation();
  const cite = useCite();
  const notify = useNotify();
  const [form] = Form.useForm<{ note?: string }>();
  const { busy, refused, run } = useSubmit(form);
  const current = useDelivery(project.id).data?.acceptances.find((a) => a.current);
  const submit = (v: { note?: string }) =>
    run(async () => {
      const p = await post<Project>(`/projects/${project.id}/handover/confirm`, { note: v.note?.trim() ?? '' });
      notify.success(t('delivery.handover.confirmed'));
      onDone(p);
    });
  return (
    <ActionModal<{ note?: string }>
      action="confirm_handover"
      form={form}
      busy={busy}
      refused={refused}
      width={860}
      intro={t('delivery.handover.confirmIntro', { article: cite('Art.28') })}
      onFinish={submit}
      onClose={onClose}
    >
      {current?.assets?.length ? (
        <AssetTable assets={current.assets} />
      ) : (
        <Alert type="warning" title={t('delivery.handover.noAssets')} />
      )}
      <Typography.Paragraph style={{ marginTop: 12 }}>
        {t('delivery.handover.warrantyEnd')}：
        <strong data-testid="warranty-end">{current?.warrantyEndOn ?? '—'}</strong>
      </Typography.Paragraph>
      <Form.Item name="note" label={t('delivery.handover.note')}>
        <Input.TextArea id="handoverNote" rows={2} maxLength={2000} />
      </Form.Item>
    </ActionModal>
  );
}
