// The O&M periods of a system with their yearly reports and due dates (Art.33; late ones red) and its
// exit with the four steps of Art.30, each with who did it, when and the evidence.
import { CheckCircleFilled, ClockCircleOutlined } from '@ant-design/icons';
import { Card, Descriptions, Space, Steps, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { InfoSystem, OmPeriod } from '../api/system-types';
import { downloadHref } from '../delivery/useDelivery';
import { formatDateTime, usePick } from '../i18n/format';
import { useCite } from '../plan/cite';

const card = { style: { marginBottom: 16 } };
const link = (id: string | null | undefined, text: string) => (id ? <a href={downloadHref(id)}>{text}</a> : '—');

export function OmCard({ system }: { system: InfoSystem }) {
  const { t } = useTranslation();
  const cite = useCite();
  return (
    <Card title={t('systems.om')} data-testid="system-om" {...card}>
      <Typography.Paragraph type="secondary">{t('systems.omIntro', { article: cite('Art.33') })}</Typography.Paragraph>
      <Table<OmPeriod>
        size="small"
        rowKey="year"
        pagination={false}
        dataSource={system.omPeriods}
        locale={{ emptyText: t('systems.noPeriods') }}
        rowClassName={(p) => (p.overdue && !p.report ? 'govit-row-overdue' : '')}
        expandable={{
          rowExpandable: (p) => !!p.report,
          expandedRowRender: (p) => (
            <Descriptions
              size="small"
              column={1}
              items={(p.report?.sections ?? []).map((s) => ({ key: s.code, label: s.zh, children: s.text }))}
            />
          ),
        }}
        columns={[
          { title: t('systems.year'), dataIndex: 'year', width: 90 },
          { title: t('systems.period'), key: 'p', render: (_, p) => `${p.from} ~ ${p.to}` },
          { title: t('systems.dueDate'), dataIndex: 'dueDate', width: 130, render: (v: string | null) => v ?? '—' },
          {
            title: t('systems.submittedAt'),
            key: 's',
            width: 160,
            render: (_, p) => (p.report ? formatDateTime(p.report.submittedAt) : t('systems.notSubmitted')),
          },
          {
            title: t('common.status'),
            key: 'o',
            width: 100,
            render: (_, p) => (
              <Tag color={p.overdue ? 'red' : p.report ? 'green' : 'blue'} data-testid="om-state">
                {p.overdue ? t('systems.omOverdue') : p.report ? t('systems.omOnTime') : t('systems.notSubmitted')}
              </Tag>
            ),
          },
        ]}
      />
    </Card>
  );
}

export function ExitCard({ system }: { system: InfoSystem }) {
  const { t } = useTranslation();
  const pick = usePick();
  const cite = useCite();
  const e = system.exit;
  return (
    <Card title={t('systems.exit')} data-testid="system-exit" {...card}>
      {!e ? (
        <Typography.Text type="secondary">
          {t('systems.noExit')}（{cite('Art.30')}）
        </Typography.Text>
      ) : (
        <>
          <Descriptions
            size="small"
            column={{ xs: 1, md: 3 }}
            style={{ marginBottom: 16 }}
            items={[
              { key: 'r', label: t('systems.reason'), children: e.reason },
              {
                key: 's',
                label: t('systems.startedAt'),
                children: `${formatDateTime(e.startedAt)} · ${e.startedByName ?? '—'}`,
              },
              { key: 'c', label: t('systems.completedAt'), children: formatDateTime(e.completedAt) },
            ]}
          />
          <Steps
            size="small"
            data-testid="exit-steps"
            items={e.steps.map((s) => ({
              key: s.code,
              status: s.done ? 'finish' : 'wait',
              icon: s.done ? <CheckCircleFilled /> : <ClockCircleOutlined />,
              title: pick(s.zh, s.en),
              content: s.done ? (
                <Space orientation="vertical" size={0}>
                  <span>{s.note}</span>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {formatDateTime(s.at)} · {s.byName ?? '—'}
                  </Typography.Text>
                  {s.documentId && link(s.documentId, t('delivery.download'))}
                </Space>
              ) : (
                t('systems.stepPending')
              ),
            }))}
          />
        </>
      )}
    </Card>
  );
}
