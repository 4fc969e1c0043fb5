// 登记上线试运行 (Art.25): the day the system went live on trial and whether the project is software
// development; the form says which acceptance window that opens — from the project's edition
// (trialMin / trialMinSoftware / trialMax), never typed here. A second record (after a trial overran
// its window) needs its reason; the earlier run stays on record.
import { Alert, DatePicker, Form, Input, Radio, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { post } from '../api/client';
import type { components } from '../api/openapi';
import { useNotify } from '../app/useNotify';
import { useSubmit } from '../app/useSubmit';
import { useCite } from '../plan/cite';
import { ActionModal, type DeliveryModalProps, isoDay } from './ActionModal';
import { useApi } from '../api/useApi';
import { useDeliveryPeriods } from './periods';

interface Values {
  startedOn?: Dayjs;
  softwareDevelopment: boolean;
  reason?: string;
}
type Answer = components['schemas']['TrialStarted'];

export function TrialModal({ project, onClose, onDone }: DeliveryModalProps) {
  const { t } = useTranslation();
  const cite = useCite();
  const notify = useNotify();
  const [form] = Form.useForm<Values>();
  const { busy, refused, run } = useSubmit(form);
  const periods = useDeliveryPeriods(project);
  const startedOn = Form.useWatch('startedOn', form);
  const software = Form.useWatch('softwareDevelopment', form) ?? true;
  const restart = project.trial ?? null;
  // The window as the server will store it: the domain's computation on the calendar in force (the
  // latest day moved off rest days, or unknown while its year is not in the calendar).
  const preview = useApi<{ earliest: string; latest: string | null }>(
    startedOn
      ? `/projects/${project.id}/trial/window?startedOn=${isoDay(startedOn)}&softwareDevelopment=${software}`
      : null,
  );
  const w =
    periods && startedOn && preview.data
      ? {
          earliest: preview.data.earliest,
          latest: preview.data.latest ?? t('delivery.trial.latestUnknown'),
          months: (software ? periods.trialMinSoftware : periods.trialMin).value,
          max: periods.trialMax.value,
        }
      : null;
  const submit = (v: Values) =>
    run(async () => {
      const p = await post<Answer>(`/projects/${project.id}/trial`, {
        startedOn: isoDay(v.startedOn!),
        softwareDevelopment: v.softwareDevelopment,
        reason: v.reason?.trim() ?? '',
      });
      notify.success(
        t('delivery.trial.done', {
          earliest: p.acceptanceWindow.earliest,
          latest: p.acceptanceWindow.latest ?? t('delivery.trial.latestUnknown'),
        }),
      );
      onDone(p);
    });
  const reasonLabel = t('delivery.trial.reason');
  return (
    <ActionModal<Values>
      action="record_trial_start"
      form={form}
      busy={busy}
      refused={refused}
      width={680}
      intro={
        periods
          ? t('delivery.trial.intro', {
              min: periods.trialMin.value,
              minSoftware: periods.trialMinSoftware.value,
              max: periods.trialMax.value,
              article: cite(periods.trialMax.article),
            })
          : undefined
      }
      initialValues={{ softwareDevelopment: true }}
      onFinish={submit}
      onClose={onClose}
    >
      {restart && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('delivery.trial.restart', {
            start: restart.startedOn,
            earliest: restart.earliest,
            latest: restart.latest ?? t('delivery.trial.latestUnknown'),
          })}
        />
      )}
      <Form.Item
        name="startedOn"
        label={t('delivery.trial.startedOn')}
        rules={[{ required: true, message: t('validation.required', { label: t('delivery.trial.startedOn') }) }]}
      >
        <DatePicker id="trialStartedOn" style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="softwareDevelopment" label={t('delivery.trial.softwareDevelopment')}>
        <Radio.Group id="trialSoftware">
          <Radio value>{t('delivery.trial.software')}</Radio>
          <Radio value={false}>{t('delivery.trial.notSoftware')}</Radio>
        </Radio.Group>
      </Form.Item>
      {restart && (
        <Form.Item
          name="reason"
          label={reasonLabel}
          rules={[
            { required: true, whitespace: true, min: 4, message: t('validation.min', { label: reasonLabel, min: 4 }) },
          ]}
        >
          <Input.TextArea id="trialReason" rows={2} maxLength={2000} placeholder={t('delivery.trial.reasonHint')} />
        </Form.Item>
      )}
      <Alert
        type={w ? 'success' : 'info'}
        data-testid="trial-window"
        title={t('delivery.trial.window')}
        description={
          w ? (
            <Typography.Text data-earliest={w.earliest}>
              {t('delivery.trial.windowText', { earliest: w.earliest, months: w.months, latest: w.latest, max: w.max })}
            </Typography.Text>
          ) : (
            t('delivery.trial.chooseDate')
          )
        }
      />
    </ActionModal>
  );
}
