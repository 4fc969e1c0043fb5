// 年度申报通知 (Art.8, 10(1)): the data bureau publishes and edits the call for next year; every
// unit sees the open call with its deadline in Beijing time and a countdown.
import { NotificationOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Descriptions, Empty, Popconfirm, Row, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { patch } from '../api/client';
import type { Call } from '../api/plan-types';
import { useApi } from '../api/useApi';
import { useAuth } from '../app/AuthContext';
import { problemText, useNotify } from '../app/useNotify';
import { PageHeader } from '../admin/shared/PageHeader';
import { formatDateTime } from '../i18n/format';
import { useCite } from '../plan/cite';
import { CallFormModal } from './CallFormModal';
import { Countdown } from './Countdown';
import { listPagination, STICKY } from '../ui/tables';

export function CallsPage() {
  const { t, i18n } = useTranslation();
  const { can } = useAuth();
  const cite = useCite();
  const notify = useNotify();
  const manage = can('call.manage');
  const { data, loading, error, reload } = useApi<{ items: Call[] }>('/calls');
  const [editing, setEditing] = useState<Call | 'new' | null>(null);
  const calls = data?.items ?? [];
  const open = calls.filter((c) => c.status === 'open');

  const toggle = async (c: Call) => {
    try {
      await patch(`/calls/${c.id}`, { status: c.status === 'open' ? 'closed' : 'open', version: c.version });
      notify.success(t('common.saved'));
      reload();
    } catch (e) {
      notify.error(e, reload);
    }
  };

  const columns: ColumnsType<Call> = [
    { title: t('calls.planYear'), dataIndex: 'planYear', width: 100 },
    { title: t('calls.title'), dataIndex: 'title' },
    { title: t('calls.deadline'), dataIndex: 'deadlineAt', width: 180, render: (v: string) => formatDateTime(v, true) },
    {
      title: t('calls.countdown'),
      key: 'left',
      width: 200,
      render: (_, c) => <Countdown deadlineAt={c.deadlineAt} serverNow={c.serverNow} />,
    },
    {
      title: t('common.status'),
      dataIndex: 'status',
      width: 100,
      render: (s: string) => <Tag color={s === 'open' ? 'green' : 'default'}>{t(`calls.status_${s}`)}</Tag>,
    },
    ...(manage
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 160,
            render: (_: unknown, c: Call) => (
              <Space size="small">
                <Button type="link" size="small" onClick={() => setEditing(c)} data-testid="call-edit">
                  {t('common.edit')}
                </Button>
                <Popconfirm
                  title={t(c.status === 'open' ? 'calls.confirmClose' : 'calls.confirmOpen')}
                  onConfirm={() => toggle(c)}
                >
                  <Button type="link" size="small" danger={c.status === 'open'}>
                    {t(c.status === 'open' ? 'calls.close' : 'calls.reopen')}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]
      : []),
  ];

  return (
    <div data-testid="calls-page">
      <Card style={{ marginBottom: 16 }}>
        <PageHeader
          title={t('calls.pageTitle')}
          intro={t('calls.intro')}
          extra={
            manage && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setEditing('new')}
                data-testid="call-create"
              >
                {t('calls.create')}
              </Button>
            )
          }
        />
        {error && <Alert type="error" showIcon title={problemText(error, i18n.language)} />}
        {!loading && !open.length && <Empty description={t('calls.noneOpen')} />}
        <Row gutter={[16, 16]}>
          {open.map((c) => (
            <Col xs={24} xl={12} key={c.id}>
              <Card
                type="inner"
                data-testid="open-call"
                title={
                  <Space>
                    <NotificationOutlined />
                    {c.title}
                  </Space>
                }
                extra={
                  can('project.declare') ? <Link to="/projects?create=1">{t('calls.declareNow')}</Link> : undefined
                }
              >
                <Descriptions
                  column={1}
                  size="small"
                  items={[
                    { key: 'y', label: t('calls.planYear'), children: t('calls.yearValue', { year: c.planYear }) },
                    {
                      key: 'd',
                      label: t('calls.deadline'),
                      children: (
                        <>
                          {formatDateTime(c.deadlineAt, true)}{' '}
                          <Typography.Text type="secondary">{t('calls.beijing')}</Typography.Text>
                        </>
                      ),
                    },
                    {
                      key: 'l',
                      label: t('calls.countdown'),
                      children: <Countdown deadlineAt={c.deadlineAt} serverNow={c.serverNow} />,
                    },
                    { key: 'a', label: t('calls.basis'), children: `${cite(c.article)} · ${t('calls.basisText')}` },
                  ]}
                />
                {c.notice && (
                  <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginTop: 12, marginBottom: 0 }}>
                    {c.notice}
                  </Typography.Paragraph>
                )}
                {c.deadlinePassed && (
                  <Alert type="warning" showIcon style={{ marginTop: 12 }} title={t('calls.lateHint')} />
                )}
              </Card>
            </Col>
          ))}
        </Row>
      </Card>
      <Card title={t('calls.all')}>
        <Table<Call>
          rowKey="id"
          size="middle"
          loading={loading}
          dataSource={calls}
          columns={columns}
          pagination={listPagination(t, 10)}
          sticky={STICKY}
          data-testid="calls-table"
        />
      </Card>
      {editing && (
        <CallFormModal
          call={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            reload();
          }}
        />
      )}
    </div>
  );
}
