// Publish or edit an annual call (区数据局, Art.8, 10(1)). The deadline is picked in Beijing time
// and sent as ISO with +08:00; left blank it defaults to 10-15 23:59:59 of the year before.
import { DatePicker, Form, Input, InputNumber, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { patch, post, ProblemError } from '../api/client';
import type { Call } from '../api/plan-types';
import { isConflict, problemText, useNotify } from '../app/useNotify';
import { formatDateTime } from '../i18n/format';
import { nextPlanYear } from '../plan/years';

interface Values {
  planYear: number;
  title: string;
  notice?: string;
  deadline?: Dayjs | null;
}

const toIso = (d: Dayjs) => `${d.format('YYYY-MM-DDTHH:mm:ss')}+08:00`;

export function CallFormModal({
  call,
  onClose,
  onSaved,
}: {
  call: Call | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t, i18n } = useTranslation();
  const notify = useNotify();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const year = Form.useWatch('planYear', form) ?? call?.planYear;
  const initial: Partial<Values> = call
    ? {
        planYear: call.planYear,
        title: call.title,
        notice: call.notice,
        deadline: dayjs(formatDateTime(call.deadlineAt, true)),
      }
    : { planYear: nextPlanYear(), title: t('calls.defaultTitle', { year: nextPlanYear() }) };

  const submit = async (v: Values) => {
    setBusy(true);
    try {
      const deadlineAt = v.deadline ? toIso(v.deadline) : undefined;
      if (call)
        await patch(`/calls/${call.id}`, { title: v.title, notice: v.notice ?? '', deadlineAt, version: call.version });
      else await post('/calls', { planYear: v.planYear, title: v.title, notice: v.notice ?? '', deadlineAt });
      notify.success(call ? t('common.saved') : t('calls.published'));
      onSaved();
    } catch (e) {
      if (isConflict(e))
        notify.error(e, () => {
          onClose();
          onSaved();
        });
      else if (e instanceof ProblemError && e.field === 'deadlineAt')
        form.setFields([{ name: 'deadline', errors: [problemText(e, i18n.language)] }]);
      else if (e instanceof ProblemError && e.field === 'planYear')
        form.setFields([{ name: 'planYear', errors: [problemText(e, i18n.language)] }]);
      else notify.error(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={call ? t('calls.edit') : t('calls.create')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={busy}
      okText={call ? t('common.save') : t('calls.publish')}
      okButtonProps={{ 'data-testid': 'call-save' }}
      destroyOnHidden
      width={640}
    >
      <Form<Values> form={form} layout="vertical" onFinish={submit} initialValues={initial} data-testid="call-form">
        <Form.Item
          name="planYear"
          label={t('calls.planYear')}
          extra={t('calls.planYearHelp')}
          rules={[{ required: true, message: t('validation.required', { label: t('calls.planYear') }) }]}
        >
          <InputNumber min={2025} max={2100} precision={0} disabled={!!call} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('calls.title')}
          rules={[{ required: true, min: 4, message: t('validation.min', { label: t('calls.title'), min: 4 }) }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="notice" label={t('calls.notice')}>
          <Input.TextArea rows={6} maxLength={20000} />
        </Form.Item>
        <Form.Item
          name="deadline"
          label={t('calls.deadline')}
          extra={t('calls.deadlineHelp', { year: year ? year - 1 : '—' })}
        >
          <DatePicker showTime format="YYYY-MM-DD HH:mm:ss" style={{ width: 240 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
