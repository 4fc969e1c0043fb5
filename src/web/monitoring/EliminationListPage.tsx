// 淘汰退出清单 (Art.32): the flagged systems with their evidence; the data bureau decides — keep with a
// rectification deadline, or eliminate — and records the cloud reclaim and the shutdown. The buttons
// are the `actions` the server sent. The date pickers' bounds are the server's (today, the earliest and
// the latest rectification deadline on the calendar in force), not the browser's clock.
import { Button, Card, DatePicker, Form, Input, Modal, Radio, Segmented, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ELIMINATION_STATUSES, MONITORING_FLAGS } from '../../domain/oversight/monitoring';
import { post, qs } from '../api/client';
import { useApi } from '../api/useApi';
import { useNotify } from '../app/useNotify';
import { formatDateTime, usePick } from '../i18n/format';
import type { EliminationEntry, EliminationList } from './types';

type Open = { entry: EliminationEntry; kind: 'decide' | 'record_cloud_reclaim' | 'record_shutdown' } | null;
type Bounds = Pick<EliminationList, 'today' | 'earliestRectificationDueOn' | 'latestRectificationDueOn'>;
const STATUS_COLOR = { pending: 'orange', kept: 'blue', eliminated: 'red' } as const;

function DecideModal({
  entry,
  bounds,
  onClose,
  onDone,
}: {
  entry: EliminationEntry;
  bounds: Bounds;
  onClose: () => void;
  onDone: () => void;
}) {
  const latest = bounds.latestRectificationDueOn;
  const { t } = useTranslation();
  const notify = useNotify();
  const [form] = Form.useForm<{ decision: 'keep' | 'eliminate'; note: string; due?: dayjs.Dayjs }>();
  const decision = Form.useWatch('decision', form);
  const [busy, setBusy] = useState(false);
  const submit = async (v: { decision: 'keep' | 'eliminate'; note: string; due?: dayjs.Dayjs }) => {
    setBusy(true);
    try {
      await post(`/monitoring/eliminations/${entry.id}/decision`, {
        decision: v.decision,
        note: v.note,
        version: entry.version,
        ...(v.decision === 'keep' && v.due ? { rectificationDueOn: v.due.format('YYYY-MM-DD') } : {}),
      });
      notify.success(t('monitoring.saved'));
      onDone();
    } catch (e) {
      notify.error(e, onDone);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title={`${t('monitoring.decide')}：${entry.system.code} ${entry.system.name}`}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={busy}
    >
      <Form form={form} layout="vertical" initialValues={{ decision: 'keep' }} onFinish={submit}>
        <Form.Item name="decision" label={t('monitoring.decision')}>
          <Radio.Group>
            <Radio value="keep">{t('monitoring.keep')}</Radio>
            <Radio value="eliminate">{t('monitoring.eliminate')}</Radio>
          </Radio.Group>
        </Form.Item>
        {decision === 'keep' && (
          <Form.Item
            name="due"
            label={t('monitoring.rectificationDueOn')}
            extra={latest ? t('monitoring.dueHint', { date: latest }) : undefined}
          >
            <DatePicker
              data-testid="rectification-due-picker"
              disabledDate={(d) =>
                d.isBefore(dayjs(bounds.earliestRectificationDueOn), 'day') ||
                (latest !== null && d.isAfter(dayjs(latest), 'day'))
              }
              defaultPickerValue={dayjs(bounds.earliestRectificationDueOn)}
            />
          </Form.Item>
        )}
        <Form.Item name="note" label={t('monitoring.note')} rules={[{ required: true, min: 4 }]}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function StepModal({
  entry,
  step,
  today,
  onClose,
  onDone,
}: {
  entry: EliminationEntry;
  step: 'cloud_reclaim' | 'shutdown';
  /** The server's today: a step is not dated in the future. */
  today: string;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [form] = Form.useForm<{ on: dayjs.Dayjs; note: string }>();
  const [busy, setBusy] = useState(false);
  const submit = async (v: { on: dayjs.Dayjs; note: string }) => {
    setBusy(true);
    try {
      await post(`/monitoring/eliminations/${entry.id}/steps`, { step, on: v.on.format('YYYY-MM-DD'), note: v.note });
      notify.success(t('monitoring.saved'));
      onDone();
    } catch (e) {
      notify.error(e, onDone);
    } finally {
      setBusy(false);
    }
  };
  const title = step === 'cloud_reclaim' ? t('monitoring.recordReclaim') : t('monitoring.recordShutdown');
  return (
    <Modal
      open
      title={`${title}：${entry.system.code} ${entry.system.name}`}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={busy}
    >
      <Form form={form} layout="vertical" initialValues={{ on: dayjs(today) }} onFinish={submit}>
        <Form.Item name="on" label={t('monitoring.stepOn')} rules={[{ required: true }]}>
          <DatePicker disabledDate={(d) => d.isAfter(dayjs(today), 'day')} />
        </Form.Item>
        <Form.Item name="note" label={t('monitoring.stepNote')} rules={[{ required: true, min: 4 }]}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function EliminationListPage() {
  const { t } = useTranslation();
  const pick = usePick();
  const [status, setStatus] = useState<string>('');
  const { data, loading, reload } = useApi<EliminationList>(
    `/monitoring/eliminations${qs({ status: status || undefined })}`,
  );
  const [open, setOpen] = useState<Open>(null);
  const done = () => {
    setOpen(null);
    reload();
  };
  const statusOptions = [
    { label: t('monitoring.filterAll'), value: '' },
    ...(Object.keys(ELIMINATION_STATUSES) as (keyof typeof ELIMINATION_STATUSES)[]).map((s) => ({
      label: pick(ELIMINATION_STATUSES[s].zh, ELIMINATION_STATUSES[s].en),
      value: s,
    })),
  ];
  return (
    <Card title={t('monitoring.menuList')} data-testid="elimination-list">
      <Typography.Paragraph type="secondary">{t('monitoring.listIntro')}</Typography.Paragraph>
      <Segmented
        options={statusOptions}
        value={status}
        onChange={(v) => setStatus(String(v))}
        style={{ marginBottom: 16 }}
      />
      <Table<EliminationEntry>
        rowKey="id"
        loading={loading}
        dataSource={data?.items ?? []}
        locale={{ emptyText: t('monitoring.none') }}
        pagination={{ pageSize: 20 }}
        expandable={{
          expandedRowRender: (e) => (
            <div data-testid="elimination-evidence">
              {e.evidence.map((f) => (
                <Typography.Paragraph key={f.flag} style={{ marginBottom: 4 }}>
                  <Tag color="red">{pick(MONITORING_FLAGS[f.flag].zh, MONITORING_FLAGS[f.flag].en)}</Tag>
                  {pick(f.message, f.messageEn)}
                </Typography.Paragraph>
              ))}
              {e.decisionNote && (
                <Typography.Paragraph type="secondary">
                  {t('monitoring.decision')}：{e.decisionNote}（{e.decidedBy} {formatDateTime(e.decidedAt)}）
                </Typography.Paragraph>
              )}
            </div>
          ),
        }}
        columns={[
          {
            title: t('monitoring.system'),
            render: (_, e) => <Link to={`/systems/${e.system.id}`}>{`${e.system.code} ${e.system.name}`}</Link>,
          },
          { title: t('monitoring.owner'), render: (_, e) => e.system.owner },
          {
            title: t('monitoring.flags'),
            render: (_, e) => (
              <Space wrap>
                {e.flags.map((f) => (
                  <Tag color="red" key={f}>
                    {pick(MONITORING_FLAGS[f].zh, MONITORING_FLAGS[f].en)}
                  </Tag>
                ))}
              </Space>
            ),
          },
          { title: t('monitoring.throughMonth'), dataIndex: 'throughMonth' },
          {
            title: t('monitoring.status'),
            render: (_, e) => (
              <Tag color={STATUS_COLOR[e.status]}>
                {pick(ELIMINATION_STATUSES[e.status].zh, ELIMINATION_STATUSES[e.status].en)}
              </Tag>
            ),
          },
          {
            title: t('monitoring.rectificationDueOn'),
            render: (_, e) =>
              e.status === 'kept'
                ? e.rectificationDueOn
                : e.status === 'eliminated'
                  ? `${t('monitoring.cloudReclaimedOn')}：${e.cloudReclaimedOn ?? '—'}；${t('monitoring.shutdownOn')}：${e.shutdownOn ?? '—'}`
                  : '—',
          },
          { title: t('monitoring.listedAt'), render: (_, e) => formatDateTime(e.listedAt) },
          {
            title: '',
            render: (_, e) => (
              <Space>
                {e.actions.includes('decide') && (
                  <Button type="primary" size="small" onClick={() => setOpen({ entry: e, kind: 'decide' })}>
                    {t('monitoring.decide')}
                  </Button>
                )}
                {e.actions.includes('record_cloud_reclaim') && (
                  <Button size="small" onClick={() => setOpen({ entry: e, kind: 'record_cloud_reclaim' })}>
                    {t('monitoring.recordReclaim')}
                  </Button>
                )}
                {e.actions.includes('record_shutdown') && (
                  <Button size="small" onClick={() => setOpen({ entry: e, kind: 'record_shutdown' })}>
                    {t('monitoring.recordShutdown')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      {open?.kind === 'decide' && data && (
        <DecideModal entry={open.entry} bounds={data} onClose={() => setOpen(null)} onDone={done} />
      )}
      {open && open.kind !== 'decide' && data && (
        <StepModal
          entry={open.entry}
          step={open.kind === 'record_cloud_reclaim' ? 'cloud_reclaim' : 'shutdown'}
          today={data.today}
          onClose={() => setOpen(null)}
          onDone={done}
        />
      )}
    </Card>
  );
}
