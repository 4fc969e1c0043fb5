// The acceptance part of the 验收运行 tab (Art.24–29), once it exists: the trial runs with their windows
// and where today lies in them (too early / open / overdue), and every acceptance attempt — material,
// the data bureau's review, the acceptance (date, experts, conclusion, minutes), the report (due,
// filed, overdue, archive acceptance, the attachment checklist), the assets and the warranty's end.
import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { Card, Descriptions, Space, Table, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AcceptanceRow, Delivery, TrialRow } from '../api/delivery-types';
import { formatDateTime, usePick } from '../i18n/format';
import { useCite } from '../plan/cite';
import { OverdueTag, WindowTag } from './DeliveryTags';
import { AssetTable } from './AssetTable';
import { downloadHref } from './useDelivery';

const card = { style: { marginBottom: 16 } };

export function AcceptanceSection({ data }: { data: Delivery }) {
  return (
    <>
      {data.trials.length > 0 && (
        <TrialsCard trials={data.trials} accepted={data.acceptances.some((a) => a.conclusion === 'pass')} />
      )}
      {data.acceptances.length > 0 && <AcceptancesCard data={data} />}
    </>
  );
}

function TrialsCard({ trials, accepted }: { trials: TrialRow[]; accepted: boolean }) {
  const { t } = useTranslation();
  const cite = useCite();
  return (
    <Card title={t('delivery.trial.section', { article: cite('Art.25') })} data-testid="trials-card" {...card}>
      <Table<TrialRow>
        size="small"
        rowKey="attempt"
        pagination={false}
        dataSource={[...trials].reverse()}
        columns={[
          {
            title: '#',
            dataIndex: 'attempt',
            width: 80,
            render: (n: number) => t('delivery.trial.attempt', { n }),
          },
          { title: t('delivery.trial.startedOn'), dataIndex: 'startedOn', width: 130 },
          {
            title: t('delivery.trial.softwareDevelopment'),
            dataIndex: 'softwareDevelopment',
            width: 150,
            render: (v: boolean) => (v ? t('delivery.trial.software') : t('delivery.trial.notSoftware')),
          },
          { title: t('delivery.trial.earliest'), dataIndex: 'earliest', width: 120 },
          {
            title: t('delivery.trial.latest'),
            dataIndex: 'latest',
            width: 120,
            render: (v: string | null) => v ?? t('delivery.trial.latestUnknown'),
          },
          {
            title: t('delivery.trial.position'),
            dataIndex: 'position',
            width: 150,
            // Where today lies matters until the acceptance is passed.
            render: (_: string, r) => (r.current && !accepted ? <WindowTag position={r.position} /> : '—'),
          },
          { title: t('delivery.trial.reason'), dataIndex: 'reason', render: (v: string) => v || '—' },
        ]}
      />
    </Card>
  );
}

function AcceptancesCard({ data }: { data: Delivery }) {
  const { t } = useTranslation();
  const cite = useCite();
  return (
    <Card
      title={t('delivery.acceptance.section', { article: cite('Art.24, 26, 27') })}
      data-testid="acceptance-card"
      {...card}
    >
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        {[...data.acceptances].reverse().map((a) => (
          <Attempt key={a.attempt} a={a} data={data} />
        ))}
      </Space>
    </Card>
  );
}

function Attempt({ a, data }: { a: AcceptanceRow; data: Delivery }) {
  const { t } = useTranslation();
  const pick = usePick();
  const cite = useCite();
  const link = (id: string | null, text: string) => (id ? <a href={downloadHref(id)}>{text}</a> : '—');
  const archive = (v: boolean | null): ReactNode =>
    v === true ? (
      <Tag color="green">{t('delivery.acceptance.archivePassed')}</Tag>
    ) : v === false ? (
      <Tag color="red">{t('delivery.acceptance.archiveFailed')}</Tag>
    ) : (
      <Tag>{t('delivery.acceptance.archiveNotHeld')}</Tag>
    );
  const items = [
    { key: 'm', label: t('delivery.acceptance.materialSubmittedAt'), children: formatDateTime(a.materialSubmittedAt) },
    {
      key: 'r',
      label: t('delivery.acceptance.review'),
      children: a.review ? (
        <Space size={4} wrap>
          <Tag color={a.review.decision === 'approve' ? 'green' : 'orange'}>
            {t(a.review.decision === 'approve' ? 'delivery.acceptance.approve' : 'delivery.acceptance.return')}
          </Tag>
          <span>{a.review.opinion}</span>
          <Typography.Text type="secondary">{formatDateTime(a.review.at)}</Typography.Text>
        </Space>
      ) : (
        '—'
      ),
    },
    { key: 'd', label: t('delivery.acceptance.acceptanceDate'), children: a.acceptanceDate ?? '—' },
    { key: 'e', label: t('delivery.acceptance.experts'), children: a.experts ?? '—' },
    {
      key: 'c',
      label: t('delivery.acceptance.conclusion'),
      children: a.conclusion ? (
        <Tag color={a.conclusion === 'pass' ? 'green' : 'red'} data-testid="acceptance-conclusion">
          {t(a.conclusion === 'pass' ? 'delivery.acceptance.pass' : 'delivery.acceptance.fail')}
        </Tag>
      ) : (
        '—'
      ),
    },
    {
      key: 'min',
      label: t('delivery.acceptance.minutesDoc'),
      children: link(a.minutesDocumentId, t('delivery.download')),
    },
    ...(a.conclusion === 'pass'
      ? [
          {
            key: 'due',
            label: t('delivery.acceptance.reportDue'),
            children: (
              <Space size={4}>
                <span>{a.report.dueDate ?? '—'}</span>
                <OverdueTag overdue={a.report.overdue} />
              </Space>
            ),
          },
          {
            key: 'rs',
            label: t('delivery.acceptance.reportSubmittedAt'),
            children: formatDateTime(a.report.submittedAt),
          },
          { key: 'ri', label: t('delivery.acceptance.reportIssuedOn'), children: a.report.issuedOn ?? '—' },
          {
            key: 'ar',
            label: t('delivery.acceptance.archive'),
            children: a.report.submittedAt ? archive(a.report.archiveAcceptancePassed) : '—',
          },
        ]
      : []),
    ...(a.warrantyEndOn
      ? [
          {
            key: 'w',
            label: t('delivery.handover.warrantyEnd'),
            children: <span data-testid="warranty-end-on">{a.warrantyEndOn}</span>,
          },
          { key: 'hr', label: t('delivery.handover.recordedAt'), children: formatDateTime(a.handoverRecordedAt) },
          { key: 'hc', label: t('delivery.handover.confirmedAt'), children: formatDateTime(a.handoverConfirmedAt) },
        ]
      : []),
  ];
  return (
    <div data-testid={`acceptance-attempt-${a.attempt}`}>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('delivery.acceptance.attempt', { n: a.attempt })}
        {a.current && data.acceptances.length > 1 && (
          <Tag color="blue" style={{ marginLeft: 8 }}>
            {t('delivery.acceptance.current')}
          </Tag>
        )}
      </Typography.Title>
      <Descriptions size="small" bordered column={{ xs: 1, lg: 2 }} items={items} />
      {a.current && a.conclusion === 'pass' && (
        <div style={{ marginTop: 12 }}>
          <Typography.Text strong>
            {t('delivery.acceptance.checklist')}（{cite('Art.27')}）
          </Typography.Text>
          <div style={{ marginTop: 6 }}>
            <Space size={[8, 8]} wrap data-testid="report-attachments">
              {data.reportAttachments.map((r) => (
                <Tag
                  key={r.code}
                  color={r.uploaded ? 'green' : 'default'}
                  icon={r.uploaded ? <CheckCircleFilled /> : <CloseCircleFilled />}
                >
                  {pick(r.zh, r.en)}
                </Tag>
              ))}
            </Space>
          </div>
        </div>
      )}
      {a.assets && a.assets.length > 0 && (
        <div style={{ marginTop: 12 }}>
          <Typography.Text strong>
            {t('delivery.handover.assets')}（{cite('Art.28')}）
          </Typography.Text>
          <AssetTable assets={a.assets} />
        </div>
      )}
    </div>
  );
}
