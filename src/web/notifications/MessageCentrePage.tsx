// 消息中心 (issue 10): every message of the person — 待办, 提醒 (deadlines before and after due) and
// 项目进展 — filtered (全部 / 未读 / 待办 / 提醒) and paged by the server, with "全部已读". A message
// whose step is done shows 已办结 and no longer counts as unread.
import { Badge, Button, Card, Segmented, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { post } from '../api/client';
import type { Notification, NotificationFilter, Notifications } from '../api/types';
import { useApi } from '../api/useApi';
import { PageHeader } from '../admin/shared/PageHeader';
import { useNotify } from '../app/useNotify';
import { formatDateTime } from '../i18n/format';
import { announceNotificationsChanged } from './changed';

const FILTERS: NotificationFilter[] = ['all', 'unread', 'todo', 'reminder'];
const CATEGORY_COLOR: Record<Notification['category'], string> = {
  todo: 'blue',
  reminder: 'orange',
  notice: 'default',
};

export function MessageCentrePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const notify = useNotify();
  const [filter, setFilter] = useState<NotificationFilter>('unread');
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const { data, loading, reload } = useApi<Notifications>(
    `/notifications?filter=${filter}&page=${page}&pageSize=${pageSize}`,
  );

  const open = async (n: Notification) => {
    if (!n.readAt) {
      await post(`/notifications/${n.id}/read`).catch(() => undefined);
      announceNotificationsChanged();
    }
    if (n.link?.startsWith('/')) navigate(n.link);
    else reload();
  };
  const readAll = async () => {
    try {
      const r = await post<{ updated: number }>('/notifications/read-all');
      notify.success(t('messageCentre.readAllDone', { count: r.updated }));
    } catch (e) {
      notify.error(e);
    }
    announceNotificationsChanged();
    reload();
  };

  const columns: ColumnsType<Notification> = [
    {
      title: t('messageCentre.columnTitle'),
      dataIndex: 'title',
      render: (_: string, n) => (
        <Space direction="vertical" size={0}>
          <Space>
            <Tag color={CATEGORY_COLOR[n.category]}>{t(`messageCentre.category.${n.category}`)}</Tag>
            <Typography.Text strong={!n.readAt && !n.resolvedAt}>{n.title}</Typography.Text>
          </Space>
          <Typography.Text type="secondary">{n.body}</Typography.Text>
        </Space>
      ),
    },
    {
      title: t('messageCentre.columnState'),
      width: 110,
      render: (_: unknown, n) =>
        n.resolvedAt ? (
          <Tag color="green">{t('messageCentre.resolved')}</Tag>
        ) : n.readAt ? (
          <Tag>{t('messageCentre.read')}</Tag>
        ) : (
          <Badge status="processing" text={t('messageCentre.unreadTag')} />
        ),
    },
    {
      title: t('messageCentre.columnTime'),
      dataIndex: 'createdAt',
      width: 170,
      render: (at: string) => formatDateTime(at),
    },
    {
      title: '',
      width: 80,
      render: (_: unknown, n) => (
        <Button type="link" onClick={() => void open(n)} data-testid="message-open">
          {t('messageCentre.open')}
        </Button>
      ),
    },
  ];

  const label = (f: NotificationFilter) => {
    const n =
      f === 'unread' ? data?.unread : f === 'todo' ? data?.unreadTodo : f === 'reminder' ? data?.unreadReminder : 0;
    return n ? `${t(`messageCentre.${f}`)} (${n})` : t(`messageCentre.${f}`);
  };

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <PageHeader
        title={t('messageCentre.title')}
        intro={t('messageCentre.intro')}
        extra={
          <Button onClick={() => void readAll()} disabled={!data?.unread} data-testid="messages-read-all">
            {t('messageCentre.readAll')}
          </Button>
        }
      />
      <Card>
        <Segmented<NotificationFilter>
          value={filter}
          options={FILTERS.map((f) => ({ value: f, label: label(f) }))}
          onChange={(f) => {
            setFilter(f);
            setPage(1);
          }}
          style={{ marginBottom: 16 }}
          data-testid="messages-filter"
        />
        <Table<Notification>
          rowKey="id"
          loading={loading}
          columns={columns}
          dataSource={data?.items ?? []}
          locale={{ emptyText: data?.emptyText }}
          pagination={{
            current: page,
            pageSize,
            total: data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (count) => t('messageCentre.total', { count }),
            onChange: (p, s) => {
              setPage(s === pageSize ? p : 1);
              setPageSize(s);
            },
          }}
          data-testid="messages-table"
        />
      </Card>
    </Space>
  );
}
