// 采购与建设 tab (Art.15–19): decentralised construction, procurement and contract (the implementer),
// supervision, the start of construction, and every change with its decision and reasons.
import { Card, Descriptions, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ChangeRecord } from '../api/approval-types';
import type { Project } from '../api/plan-types';
import { useApi } from '../api/useApi';
import { CHANGE_GROUNDS } from '../../domain/approval/change';
import { formatDateTime, usePick } from '../i18n/format';
import { useCite } from '../plan/cite';
import { useOrgsWithRole } from '../plan/pickers';
import { Money, renderMoney } from '../ui/Money';

export function ContractSection({ project, tick }: { project: Project; tick: number }) {
  const { t } = useTranslation();
  const pick = usePick();
  const cite = useCite();
  const implementers = useOrgsWithRole('implementer');
  const supervisors = useOrgsWithRole('supervisor');
  const changes = useApi<{ items: ChangeRecord[] }>(`/projects/${project.id}/changes?t=${tick}`).data?.items ?? [];
  const orgName = (list: { id: string; name: string; nameEn?: string }[], id?: string | null) => {
    const o = list.find((x) => x.id === id);
    return o ? pick(o.name, o.nameEn) : '—';
  };
  const money = (fen?: number | null) => <Money fen={fen} />;
  const d = project.decentral;
  const p = project.procurement;
  const s = project.supervision;
  const none = <Typography.Text type="secondary">{t('contract.none')}</Typography.Text>;
  return (
    <div data-testid="contract-section">
      {d?.requested && (
        <Card
          title={t('contract.decentral.section', { article: cite('Art.15') })}
          style={{ marginBottom: 16 }}
          data-testid="decentral-card"
        >
          <Descriptions
            size="small"
            column={{ xs: 1, md: 3 }}
            items={[
              {
                key: 'basis',
                label: t('contract.decentral.basis'),
                children: `${t(`contract.decentral.${d.basis ?? 'upper_level'}`)}：${d.reason ?? ''}`,
              },
              {
                key: 'c',
                label: t('contract.decentral.consultation'),
                children: d.consultationApproved ? (
                  <Tag color="green">
                    {d.consultation?.docNumber}（{d.consultation?.date}）
                  </Tag>
                ) : (
                  <Tag>{t('contract.decentral.pending')}</Tag>
                ),
              },
              {
                key: 'g',
                label: t('contract.decentral.government'),
                children: d.governmentApproved ? (
                  <Tag color="green">
                    {d.government?.docNumber}（{d.government?.date}）
                  </Tag>
                ) : (
                  <Tag>{t('contract.decentral.pending')}</Tag>
                ),
              },
            ]}
          />
        </Card>
      )}
      <Card
        title={t('contract.procurement.section', { article: cite('Art.16, 18') })}
        style={{ marginBottom: 16 }}
        data-testid="procurement-card"
      >
        {!p ? (
          none
        ) : (
          <Descriptions
            size="small"
            column={{ xs: 1, md: 2 }}
            items={[
              {
                key: 'm',
                label: t('contract.procurement.method'),
                children: t(`contract.procurement.methods.${p.method}`),
              },
              { key: 'd', label: t('contract.procurement.date'), children: p.date },
              {
                key: 'i',
                label: t('contract.procurement.implementer'),
                children: <span data-testid="implementer-name">{orgName(implementers, p.implementerOrgId)}</span>,
              },
              { key: 'a', label: t('contract.contractAmount'), children: money(p.contractFen) },
            ]}
          />
        )}
      </Card>
      <Card
        title={t('contract.supervision.section', { article: cite('Art.19') })}
        style={{ marginBottom: 16 }}
        data-testid="supervision-card"
      >
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            {
              key: 's',
              label: t('contract.supervision.supervisor'),
              children: s ? orgName(supervisors, s.supervisorOrgId) : none,
            },
            { key: 'a', label: t('contract.supervision.amount'), children: s ? money(s.contractFen) : '—' },
            { key: 'd', label: t('contract.supervision.date'), children: s?.date ?? '—' },
            {
              key: 'st',
              label: t('contract.start.startedAt'),
              children: formatDateTime(project.constructionStartedAt),
            },
          ]}
        />
      </Card>
      <Card title={t('contract.change.section', { article: cite('Art.17') })} data-testid="changes-card">
        <Table<ChangeRecord>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={changes}
          locale={{ emptyText: t('contract.change.empty') }}
          expandable={{
            expandedRowRender: (c) => (
              <Space orientation="vertical" size={2}>
                {c.reasons.map((r) => (
                  <span key={r.condition}>
                    <Tag color={r.met ? 'green' : 'red'}>
                      {t(r.met ? 'contract.change.met' : 'contract.change.notMet')}
                    </Tag>
                    {pick(r.zh, r.en)}
                  </span>
                ))}
              </Space>
            ),
          }}
          columns={[
            {
              title: t('contract.change.time'),
              dataIndex: 'createdAt',
              width: 150,
              render: (v: string) => formatDateTime(v),
            },
            { title: t('contract.change.content'), dataIndex: 'content' },
            {
              title: t('contract.change.amount'),
              dataIndex: 'changeFen',
              width: 140,
              align: 'right',
              render: renderMoney,
            },
            {
              title: t('contract.change.ground'),
              dataIndex: 'ground',
              width: 200,
              render: (g: string | null) => {
                const x = g ? CHANGE_GROUNDS[g as keyof typeof CHANGE_GROUNDS] : undefined;
                return x ? `${cite(x.article)}` : t('contract.change.noGround');
              },
            },
            {
              title: t('contract.change.route'),
              dataIndex: 'route',
              width: 150,
              render: (r: 'file' | 'redeclare') => (
                <Tag color={r === 'file' ? 'green' : 'orange'}>
                  {t(r === 'file' ? 'contract.change.file' : 'contract.change.redeclare')}
                </Tag>
              ),
            },
          ]}
        />
      </Card>
    </div>
  );
}
