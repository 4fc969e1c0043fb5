// 信息系统台账 (Art.2, 7, 32): the systems the person may see (the server answers only those), filtered
// by status, owner unit and a search, paged; the data bureau registers existing systems one by one
// or imports them from the .xlsx template.
import { ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Input, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { SYSTEM_STATUS_CODES, SYSTEM_STATUSES } from '../../domain/delivery/systems';
import { qs } from '../api/client';
import type { Paged } from '../api/plan-types';
import type { InfoSystemSummary } from '../api/system-types';
import { useApi } from '../api/useApi';
import { PageHeader } from '../admin/shared/PageHeader';
import { useAuth } from '../app/AuthContext';
import { usePick } from '../i18n/format';
import { ImportSystemsModal } from './ImportSystemsModal';
import { RegisterSystemModal } from './SystemFormModals';
import { SystemStatusTag } from './SystemStatusTag';
import { useDeclarantOrgs } from './useDeclarantOrgs';

export function SystemsPage() {
  const { t } = useTranslation();
  const pick = usePick();
  const { can } = useAuth();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [open, setOpen] = useState<'register' | 'import' | null>(null);
  const status = params.get('status') ?? undefined;
  const ownerOrgId = params.get('ownerOrgId') ?? undefined;
  const q = params.get('q') ?? undefined;
  const manager = can('system.manage');
  const owners = useDeclarantOrgs(can('project.view_all'));
  const { data, loading, reload } = useApi<Paged<InfoSystemSummary>>(
    `/systems${qs({ status, ownerOrgId, q, page, pageSize })}`,
  );
  const setParam = (k: string, v: string | undefined) => {
    const next = new URLSearchParams(params);
    if (v) next.set(k, v);
    else next.delete(k);
    setParams(next, { replace: true });
    setPage(1);
  };

  return (
    <Card data-testid="systems-page">
      <PageHeader
        title={t('menu.systems')}
        intro={t('systems.intro')}
        extra={
          manager && (
            <Space>
              <Button icon={<ImportOutlined />} onClick={() => setOpen('import')} data-testid="systems-import">
                {t('systems.import')}
              </Button>
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setOpen('register')}
                data-testid="systems-register"
              >
                {t('systems.register')}
              </Button>
            </Space>
          )
        }
      />
      <div className="govit-toolbar">
        <Select
          allowClear
          placeholder={t('systems.status')}
          style={{ width: 160 }}
          value={status}
          onChange={(v?: string) => setParam('status', v)}
          options={SYSTEM_STATUS_CODES.map((s) => ({
            value: s,
            label: pick(SYSTEM_STATUSES[s].zh, SYSTEM_STATUSES[s].en),
          }))}
          data-testid="filter-status"
        />
        {owners.length > 0 && (
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder={t('systems.owner')}
            style={{ width: 260 }}
            value={ownerOrgId}
            onChange={(v?: string) => setParam('ownerOrgId', v)}
            options={owners.map((o) => ({ value: o.id, label: pick(o.name, o.nameEn) }))}
            data-testid="filter-owner"
          />
        )}
        <Input.Search
          allowClear
          placeholder={t('systems.searchPlaceholder')}
          style={{ width: 260 }}
          defaultValue={q}
          onSearch={(v) => setParam('q', v.trim() || undefined)}
          data-testid="filter-q"
        />
      </div>
      <Table<InfoSystemSummary>
        rowKey="id"
        size="middle"
        loading={loading}
        dataSource={data?.items ?? []}
        data-testid="systems-table"
        locale={{ emptyText: t('systems.empty') }}
        columns={[
          { title: t('systems.code'), dataIndex: 'code', width: 110 },
          {
            title: t('systems.name'),
            dataIndex: 'name',
            render: (name: string, s) => (
              <Link to={`/systems/${s.id}`} data-testid="system-link">
                {name}
              </Link>
            ),
          },
          { title: t('systems.owner'), dataIndex: 'ownerName', width: 240, render: (v: string | null) => v ?? '—' },
          {
            title: t('systems.status'),
            dataIndex: 'status',
            width: 110,
            render: (_: string, s) => <SystemStatusTag status={s.status} />,
          },
          {
            title: t('systems.mlpsLevel'),
            dataIndex: 'mlpsLevel',
            width: 100,
            render: (v: number | null) => (v ? t(`systems.levels.${v}`) : '—'),
          },
          {
            title: t('systems.sharing'),
            dataIndex: 'sharingFulfilled',
            width: 120,
            render: (v: boolean) => (
              <Tag color={v ? 'green' : 'default'}>{t(v ? 'systems.sharingYes' : 'systems.sharingNo')}</Tag>
            ),
          },
          {
            title: t('systems.operationStartedOn'),
            dataIndex: 'operationStartedOn',
            width: 130,
            render: (v: string | null) => v ?? '—',
          },
        ]}
        pagination={{
          current: page,
          pageSize,
          total: data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (n) => t('common.total', { count: n }),
          onChange: (p, s) => {
            setPage(p);
            setPageSize(s);
          },
        }}
      />
      {open === 'register' && (
        <RegisterSystemModal
          onClose={() => setOpen(null)}
          onDone={(s) => {
            setOpen(null);
            navigate(`/systems/${s.id}`);
          }}
        />
      )}
      {open === 'import' && (
        <ImportSystemsModal
          onClose={() => {
            setOpen(null);
            reload();
          }}
        />
      )}
    </Card>
  );
}
