// The construction part of the 验收运行 tab (Art.16, 24): progress (the latest percentage and every
// report), payments against the contract with their totals and the disbursements (Art.26), and the
// service period of an O&M or service project.
import { Card, Descriptions, Empty, Progress, Space, Table, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Delivery, MoneyRecord } from '../api/delivery-types';
import { formatDateTime } from '../i18n/format';
import { useCite } from '../plan/cite';
import { wanGrouped } from '../plan/money';
import { downloadHref } from './useDelivery';
import { renderMoney } from '../ui/Money';

const card = { style: { marginBottom: 16 } };

/** Paid as a share of the contract, one decimal, in integer arithmetic (money is never a float). */
function shareOf(part: number, whole: number | null): string | null {
  if (!whole) return null;
  const tenths = (BigInt(part) * 1000n) / BigInt(whole);
  return `${tenths / 10n}.${tenths % 10n}`;
}

export function ProgressCard({ data }: { data: Delivery }) {
  const { t } = useTranslation();
  const cite = useCite();
  const latest = data.progress[0];
  return (
    <Card title={t('delivery.progress.section', { article: cite('Art.16') })} data-testid="progress-card" {...card}>
      {latest ? (
        <>
          <Space align="center" size={24} style={{ marginBottom: 16 }}>
            <Progress type="circle" size={88} percent={latest.percent} data-testid="progress-latest" />
            <div>
              <Typography.Text type="secondary">{t('delivery.progress.latest')}</Typography.Text>
              <Typography.Title level={5} style={{ margin: '4px 0' }}>
                {latest.milestone}
              </Typography.Title>
              <Typography.Text type="secondary">{formatDateTime(latest.reportedAt)}</Typography.Text>
            </div>
          </Space>
          <Timeline
            items={data.progress.map((p) => ({
              key: p.id,
              content: (
                <Space orientation="vertical" size={0}>
                  <span>
                    <Tag color="blue">{p.percent}%</Tag>
                    {p.milestone}
                    {p.documentId && (
                      <a href={downloadHref(p.documentId)} style={{ marginLeft: 8 }}>
                        {t('delivery.download')}
                      </a>
                    )}
                  </span>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {formatDateTime(p.reportedAt)}
                    {p.note ? ` · ${p.note}` : ''}
                  </Typography.Text>
                </Space>
              ),
            }))}
          />
        </>
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('delivery.none')} />
      )}
    </Card>
  );
}

export function PaymentsCard({ data }: { data: Delivery }) {
  const { t } = useTranslation();
  const cite = useCite();
  const share = shareOf(data.payments.totalFen, data.contractFen);
  const rows = [
    ...data.payments.items.map((x) => ({ ...x, kind: 'payment' as const })),
    ...data.disbursements.items.map((x) => ({ ...x, kind: 'disbursement' as const })),
  ].sort((a, b) => a.paidOn.localeCompare(b.paidOn));
  return (
    <Card title={t('delivery.payment.section', { article: cite('Art.16, 26') })} data-testid="payments-card" {...card}>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'c', label: t('delivery.payment.contract'), children: wanGrouped(data.contractFen) },
          {
            key: 'p',
            label: t('delivery.payment.paid'),
            children: (
              <span data-testid="paid-total">
                {wanGrouped(data.payments.totalFen)}
                {share && (
                  <Typography.Text type="secondary">
                    （{t('delivery.payment.ofContract', { percent: share })}）
                  </Typography.Text>
                )}
              </span>
            ),
          },
          {
            key: 'r',
            label: t('delivery.payment.remaining'),
            children: data.contractFen == null ? '—' : wanGrouped(data.contractFen - data.payments.totalFen),
          },
          {
            key: 'd',
            label: t('delivery.payment.disbursed'),
            children: <span data-testid="disbursed-total">{wanGrouped(data.disbursements.totalFen)}</span>,
          },
        ]}
      />
      <Table<MoneyRecord & { kind: 'payment' | 'disbursement' }>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={rows}
        locale={{ emptyText: t('delivery.none') }}
        style={{ marginTop: 12 }}
        columns={[
          { title: t('delivery.payment.date'), dataIndex: 'paidOn', width: 110 },
          {
            title: t('delivery.payment.kind'),
            dataIndex: 'kind',
            width: 100,
            render: (k: 'payment' | 'disbursement') => (
              <Tag color={k === 'payment' ? 'blue' : 'green'}>
                {t(k === 'payment' ? 'delivery.payment.payments' : 'delivery.payment.disbursements')}
              </Tag>
            ),
          },
          {
            title: t('delivery.payment.amountShort'),
            dataIndex: 'amountFen',
            width: 140,
            align: 'right',
            render: renderMoney,
          },
          { title: t('delivery.payment.note'), dataIndex: 'note', ellipsis: true },
          {
            title: '',
            dataIndex: 'documentId',
            width: 60,
            render: (id: string | null) => id && <a href={downloadHref(id)}>{t('delivery.download')}</a>,
          },
        ]}
      />
    </Card>
  );
}

export function ServiceCard({ service }: { service: NonNullable<Delivery['service']> }) {
  const { t } = useTranslation();
  const cite = useCite();
  return (
    <Card title={t('delivery.serviceCard', { article: cite('Art.24') })} data-testid="service-card" {...card}>
      <Descriptions
        size="small"
        column={3}
        items={[
          { key: 's', label: t('delivery.service.startOn'), children: service.startOn ?? '—' },
          { key: 'e', label: t('delivery.service.endOn'), children: service.endOn },
          {
            key: 'x',
            label: t('common.status'),
            children: (
              <Tag color={service.ended ? 'green' : 'blue'}>
                {t(service.ended ? 'delivery.service.ended' : 'delivery.service.running')}
              </Tag>
            ),
          },
        ]}
      />
    </Card>
  );
}
