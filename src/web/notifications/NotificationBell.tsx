// Header bell: unread count (polled every 60 s; a message whose step is done no longer counts) and a
// popover list of recent messages, with 全部已读 and a link to the message centre (消息中心, issue 10).
import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Empty, Flex, List, Popover, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { get, post } from '../api/client';
import type { Notification, Notifications } from '../api/types';
import { formatDateTime, isEn } from '../i18n/format';
import { fetchTodo, type TodoPage } from '../home/todoStore';
import { onNotificationsChanged } from './changed';

const POLL_MS = 60_000;

export function NotificationBell() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [data, setData] = useState<Notifications>();
  const [open, setOpen] = useState(false);
  // The to-do count from the same source as the home page's 待办 (GET /todo, issue 13).
  const [todo, setTodo] = useState<TodoPage>();

  const load = useCallback(async () => {
    try {
      const [n, td] = await Promise.all([get<Notifications>('/notifications'), fetchTodo(1, 8).catch(() => undefined)]);
      setData(n);
      setTodo(td);
    } catch {
      // A failed poll keeps the last known list; session problems are routed by the client.
    }
  }, []);

  useEffect(() => {
    void load();
    const timer = window.setInterval(() => void load(), POLL_MS);
    // The message centre marked some read: the badge follows at once.
    const off = onNotificationsChanged(() => void load());
    return () => {
      window.clearInterval(timer);
      off();
    };
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

  const readAll = async () => {
    try {
      await post('/notifications/read-all');
    } catch {
      /* shown as unread until next poll */
    }
    void load();
  };

  const emptyText = isEn(i18n.language) || !data?.emptyText ? t('notifications.empty') : data.emptyText;
  const content = (
    <div style={{ width: 340, maxHeight: 420, overflow: 'auto' }} data-testid="notification-list">
      <List<Notification>
        dataSource={data?.items ?? []}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} /> }}
        renderItem={(n) => (
          <List.Item
            onClick={() => void openItem(n)}
            style={{ cursor: 'pointer', opacity: n.readAt || n.resolvedAt ? 0.6 : 1 }}
          >
            <List.Item.Meta
              title={
                <Badge dot={!n.readAt && !n.resolvedAt} offset={[6, 0]}>
                  {n.title}
                  {n.resolvedAt && (
                    <Tag color="green" style={{ marginLeft: 8 }}>
                      {t('messageCentre.resolved')}
                    </Tag>
                  )}
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
      <Flex justify="space-between" style={{ borderTop: '1px solid #f0f0f0', paddingTop: 8 }}>
        <Button size="small" type="link" onClick={() => void readAll()} disabled={!data?.unread}>
          {t('messageCentre.readAll')}
        </Button>
        <Button
          size="small"
          type="link"
          onClick={() => {
            setOpen(false);
            navigate('/messages');
          }}
          data-testid="notification-centre-link"
        >
          {t('messageCentre.viewAll')}
        </Button>
      </Flex>
    </div>
  );

  return (
    <Popover
      content={content}
      title={
        <span>
          {t('notifications.title')}
          {todo && (
            <Button
              type="link"
              size="small"
              data-testid="bell-todo"
              onClick={() => {
                setOpen(false);
                navigate('/');
              }}
            >
              {todo.total
                ? t(todo.overdue ? 'ux.bell.todoOverdue' : 'ux.bell.todo', { count: todo.total, overdue: todo.overdue })
                : t('ux.bell.noTodo')}
            </Button>
          )}
        </span>
      }
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
