// Filters of the audit trail: event type (from the catalogue), actor, outcome and period (days in
// Beijing time).
import { Button, DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { usePick } from '../../i18n/format';
import { useApi } from '../../api/useApi';
import type { ListOf } from '../../api/types';
import { shanghaiDayBound } from '../../i18n/format';
import type { AuditFilter } from './useAuditEvents';

interface Values {
  action?: string;
  actor?: string;
  outcome?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
}

export function AuditFilters({ initial, onChange }: { initial: AuditFilter; onChange: (f: AuditFilter) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const pick = usePick();
  const catalogue = useApi<ListOf<{ code: string; name: string; nameEn?: string }>>('/audit-events/catalogue');

  const apply = (v: Values) => {
    const [from, to] = v.range ?? [];
    onChange({
      action: v.action || undefined,
      actor: v.actor?.trim() || undefined,
      outcome: v.outcome || undefined,
      from: from ? shanghaiDayBound(from.format('YYYY-MM-DD'), false) : undefined,
      to: to ? shanghaiDayBound(to.format('YYYY-MM-DD'), true) : undefined,
    });
  };

  return (
    <Form<Values>
      form={form}
      layout="inline"
      onFinish={apply}
      initialValues={{ outcome: initial.outcome }}
      name="audit-filter"
      style={{ marginBottom: 16, rowGap: 8 }}
    >
      <Form.Item name="action">
        <Select
          allowClear
          placeholder={t('audit.allActions')}
          style={{ width: 240 }}
          showSearch={{ optionFilterProp: 'label' }}
          options={(catalogue.data?.items ?? []).map((c) => ({
            value: c.code,
            label: `${pick(c.name, c.nameEn)}（${c.code}）`,
          }))}
        />
      </Form.Item>
      <Form.Item name="actor">
        <Input allowClear placeholder={t('audit.actorPlaceholder')} style={{ width: 160 }} />
      </Form.Item>
      <Form.Item name="outcome">
        <Select
          allowClear
          placeholder={t('audit.allOutcomes')}
          style={{ width: 130 }}
          options={(['success', 'failure', 'denied'] as const).map((o) => ({ value: o, label: t(`audit.${o}`) }))}
        />
      </Form.Item>
      <Form.Item name="range">
        <DatePicker.RangePicker />
      </Form.Item>
      <Form.Item>
        <Button type="primary" htmlType="submit" data-testid="audit-search">
          {t('common.search')}
        </Button>
      </Form.Item>
      <Form.Item>
        <Button
          onClick={() => {
            form.resetFields();
            form.setFieldsValue({ outcome: undefined });
            apply({});
          }}
        >
          {t('common.reset')}
        </Button>
      </Form.Item>
    </Form>
  );
}
