// 全过程时间轴: the project's life in one list, from GET /projects/:id/timeline — every step of its
// history, every document version, every deadline the Measures set (met, missed, open or overdue)
// and every money figure. The server decides what this person may read (an open round stays blind)
// and each deadline's state; this panel only filters and shows.
import { Descriptions, Empty, Segmented, Skeleton, Space, Tag, Timeline, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Timeline as ProjectTimeline, TimelineItem } from '../api/delivery-types';
import { useApi } from '../api/useApi';
import { formatDateTime, usePick } from '../i18n/format';
import { yuanText } from '../plan/money';
import { useCite } from '../plan/cite';

type Filter = 'all' | TimelineItem['kind'];

const STATE_COLOR: Record<NonNullable<TimelineItem['state']>, string> = {
  met: 'green',
  missed: 'orange',
  open: 'blue',
  overdue: 'red',
};

const KIND_COLOR: Record<TimelineItem['kind'], string> = {
  event: 'blue',
  document: 'gray',
  deadline: 'orange',
  money: 'green',
};

export function TimelinePanel({ projectId, tick }: { projectId: string; tick: number }) {
  const { t } = useTranslation();
  const pick = usePick();
  const cite = useCite();
  const [filter, setFilter] = useState<Filter>('all');
  const { data, loading } = useApi<ProjectTimeline>(`/projects/${projectId}/timeline?t=${tick}`);
  const items = useMemo(() => (data?.items ?? []).filter((i) => filter === 'all' || i.kind === filter), [data, filter]);
  const overdue = (data?.items ?? []).filter((i) => i.state === 'overdue' || i.state === 'missed').length;

  if (loading && !data) return <Skeleton active paragraph={{ rows: 6 }} />;
  return (
    <div data-testid="timeline-panel">
      <Typography.Paragraph type="secondary">{t('delivery.timeline.intro')}</Typography.Paragraph>
      {data && (
        <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 4 }} style={{ marginBottom: 16 }}>
          <Descriptions.Item label={t('delivery.timeline.money.total')}>
            {yuanText(data.money.totalFen)}
          </Descriptions.Item>
          <Descriptions.Item label={t('delivery.timeline.money.budget')}>
            {yuanText(data.money.approvedBudgetFen)}
          </Descriptions.Item>
          <Descriptions.Item label={t('delivery.timeline.money.controlPrice')}>
            {yuanText(data.money.controlPriceFen)}
          </Descriptions.Item>
          <Descriptions.Item label={t('delivery.timeline.money.contract')}>
            {yuanText(data.money.contractFen)}
          </Descriptions.Item>
          <Descriptions.Item label={t('delivery.timeline.money.recovered')}>
            {yuanText(data.money.recoveryFen)}
          </Descriptions.Item>
          <Descriptions.Item label={t('delivery.timeline.money.paid')}>
            {yuanText(data.money.paidFen)}
          </Descriptions.Item>
          <Descriptions.Item label={t('delivery.timeline.money.disbursed')}>
            {yuanText(data.money.disbursedFen)}
          </Descriptions.Item>
          <Descriptions.Item label={t('delivery.timeline.lateDeadlines')}>
            {overdue ? <Tag color="red">{overdue}</Tag> : <Tag color="green">0</Tag>}
          </Descriptions.Item>
        </Descriptions>
      )}
      <Segmented<Filter>
        value={filter}
        onChange={setFilter}
        style={{ marginBottom: 16 }}
        options={(['all', 'event', 'document', 'deadline', 'money'] as const).map((k) => ({
          value: k,
          label: t(`delivery.timeline.kinds.${k}`),
        }))}
      />
      {items.length === 0 ? (
        <Empty description={t('delivery.timeline.empty')} />
      ) : (
        <Timeline
          items={items.map((i, n) => ({
            key: `${i.at}-${n}`,
            color: i.state ? STATE_COLOR[i.state] : KIND_COLOR[i.kind],
            children: (
              <div data-testid={`timeline-${i.kind}`}>
                <Space size={6} wrap>
                  <Typography.Text type="secondary">{formatDateTime(i.at)}</Typography.Text>
                  <Tag>{t(`delivery.timeline.kinds.${i.kind}`)}</Tag>
                  <Typography.Text strong>{pick(i.title, i.titleEn)}</Typography.Text>
                  {i.state && <Tag color={STATE_COLOR[i.state]}>{t(`delivery.timeline.states.${i.state}`)}</Tag>}
                  {i.amountFen !== undefined && <Typography.Text>{yuanText(i.amountFen)}</Typography.Text>}
                  {i.article && <Typography.Text type="secondary">{cite(i.article)}</Typography.Text>}
                </Space>
                {(i.detail || i.by) && (
                  <div>
                    <Typography.Text type="secondary">{[i.by, i.detail].filter(Boolean).join(' · ')}</Typography.Text>
                  </div>
                )}
              </div>
            ),
          }))}
        />
      )}
    </div>
  );
}
