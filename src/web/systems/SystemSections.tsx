// The cards of a system's page: its projects (Art.7, 32), data sharing with its evidence (Art.7) and
// security records with the overdue ones marked (Art.20, 21). The O&M periods and the exit are in
// OmExitCards, the system's own documents in SystemDocumentsCard.
import { Card, Descriptions, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SECURITY_RECORD_KINDS } from '../../domain/delivery/systems';
import type { InfoSystem, SecurityRecord } from '../api/system-types';
import { downloadHref } from '../delivery/useDelivery';
import { formatDateTime, usePick } from '../i18n/format';
import { useCite } from '../plan/cite';
import { StageTag } from '../plan/tags';

const card = { style: { marginBottom: 16 } };
const link = (id: string | null | undefined, text: string) => (id ? <a href={downloadHref(id)}>{text}</a> : '—');

export function ProjectsCard({ system }: { system: InfoSystem }) {
  const { t } = useTranslation();
  return (
    <Card title={t('systems.projects')} data-testid="system-projects" {...card}>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={system.projects}
        locale={{ emptyText: t('delivery.none') }}
        columns={[
          {
            title: t('projects.code'),
            dataIndex: 'code',
            width: 150,
            render: (code: string, p) => <Link to={`/projects/${p.id}`}>{code}</Link>,
          },
          {
            title: t('form.name'),
            dataIndex: 'name',
            render: (n: string, p) => <Link to={`/projects/${p.id}`}>{n}</Link>,
          },
          {
            title: t('systems.relation'),
            dataIndex: 'relation',
            width: 150,
            render: (r: string) => t(`systems.relations.${r}`),
          },
          {
            title: t('systems.stage'),
            dataIndex: 'stage',
            width: 260,
            render: (_: string, p) => <StageTag stage={p.stage} />,
          },
        ]}
      />
    </Card>
  );
}

export function SharingCard({ system }: { system: InfoSystem }) {
  const { t } = useTranslation();
  const e = system.sharingEvidence;
  return (
    <Card title={t('systems.sharingSection')} data-testid="system-sharing" {...card}>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          {
            key: 'f',
            label: t('systems.fulfilled'),
            children: (
              <Tag color={system.sharingFulfilled ? 'green' : 'default'} data-testid="sharing-fulfilled">
                {t(system.sharingFulfilled ? 'systems.sharingYes' : 'systems.sharingNo')}
              </Tag>
            ),
          },
          { key: 'a', label: t('systems.at'), children: e ? `${formatDateTime(e.at)} · ${e.byName ?? '—'}` : '—' },
          { key: 'n', label: t('systems.note'), children: e?.note ?? '—' },
          { key: 'd', label: t('systems.evidenceDoc'), children: link(e?.documentId, t('delivery.download')) },
        ]}
      />
    </Card>
  );
}

export function SecurityCard({ system }: { system: InfoSystem }) {
  const { t } = useTranslation();
  const pick = usePick();
  const cite = useCite();
  return (
    <Card title={t('systems.security')} data-testid="system-security" {...card}>
      <Table<SecurityRecord>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={system.securityRecords}
        locale={{ emptyText: t('delivery.none') }}
        rowClassName={(r) => (r.overdue ? 'govit-row-overdue' : '')}
        columns={[
          {
            title: t('systems.kind'),
            dataIndex: 'kind',
            render: (k: SecurityRecord['kind']) => (
              <span>
                {pick(SECURITY_RECORD_KINDS[k].zh, SECURITY_RECORD_KINDS[k].en)}
                <Typography.Text type="secondary">（{cite(SECURITY_RECORD_KINDS[k].article)}）</Typography.Text>
              </span>
            ),
          },
          { title: t('systems.date'), dataIndex: 'date', width: 120 },
          {
            title: t('systems.result'),
            dataIndex: 'result',
            width: 90,
            render: (r: SecurityRecord['result']) => (
              <Tag color={r === 'fail' ? 'red' : 'green'}>{t(`systems.results.${r}`)}</Tag>
            ),
          },
          { title: t('systems.reference'), dataIndex: 'reference', width: 200 },
          {
            title: t('systems.nextDueOn'),
            dataIndex: 'nextDueOn',
            width: 200,
            render: (v: string | null, r) => (
              <Space size={4}>
                <span>{v ?? '—'}</span>
                {r.overdue && (
                  <Tag color="red" data-testid="security-overdue">
                    {t('systems.overdue')}
                  </Tag>
                )}
                {r.superseded && <Tag>{t('systems.superseded')}</Tag>}
              </Space>
            ),
          },
          {
            title: t('systems.recordedBy'),
            dataIndex: 'recordedByName',
            width: 110,
            render: (v: string | null) => v ?? '—',
          },
          {
            title: '',
            dataIndex: 'documentId',
            width: 60,
            render: (id: string | null) => link(id, t('delivery.download')),
          },
        ]}
      />
    </Card>
  );
}
