// Header bell: unread count (polled every 60 s) and a popover list of recent messages.
import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Empty, List, Popover, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { get, post } from '../api/client';
import type { Notification, Notifications } from '../api/types';
import { formatDateTime, isEn } from '../i18n/format';

const POLL_MS = 60_000;

export function NotificationBell() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [data, setData] = useState<Notifications>();
  const [open, setOpen] = useState(false);

  const load = useCallback(async () => {
    try {
      setData(await get<Notifications>('/notifications'));
    } catch {
      // A failed poll keeps the last known list; session problems are routed by the client.
    }
  }, []);

  useEffect(() => {
    void load();
    const timer = window.setInterval(() => void load(), POLL_MS);
    return () => window.clearInterval(timer);
  }, [load]);

  const openItem = async (n: Notification) => {
    if (!n.readAt) {
      try {
        await post(`/notifications/${n.id}/read`);
      } catch {
        /* shown as unread until next poll */
      }
      void load();
    }
    if (n.link?.startsWith('/')) {
      setOpen(false);
      navigate(n.link);
    }
  };

  const emptyText = isEn(i18n.language) || !data?.emptyText ? t('notifications.empty') : data.emptyText;
  const content = (
    <div style={{ width: 340, maxHeight: 420, overflow: 'auto' }} data-testid="notification-list">
      <List<Notification>
        dataSource={data?.items ?? []}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} /> }}
        renderItem={(n) => (
          <List.Item onClick={() => void openItem(n)} style={{ cursor: 'pointer', opacity: n.readAt ? 0.6 : 1 }}>
            <List.Item.Meta
              title={
                <Badge dot={!n.readAt} offset={[6, 0]}>
                  {n.title}
                </Badge>
              }
              description={
                <>
                  <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ marginBottom: 0 }}>
                    {n.body}
                  </Typography.Paragraph>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {formatDateTime(n.createdAt)}
                  </Typography.Text>
                </>
              }
            />
          </List.Item>
        )}
      />
    </div>
  );

  return (
    <Popover
      content={content}
      title={t('notifications.title')}
      trigger="click"
      open={open}
      placement="bottomRight"
      onOpenChange={(o) => {
        setOpen(o);
        if (o) void load();
      }}
    >
      <Badge count={data?.unread ?? 0} size="small" data-testid="notification-count">
        <Button
          type="text"
          shape="circle"
          icon={<BellOutlined />}
          aria-label={t('notifications.title')}
          data-testid="notification-bell"
        />
      </Badge>
    </Popover>
  );
}
