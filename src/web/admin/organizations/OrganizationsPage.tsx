// 组织机构 (system admin): search by name/code and role, create, edit, disable/enable. Every edit
// sends the row's version; a conflict asks the person to reload.
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Input, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { patch, qs } from '../../api/client';
import { useApi } from '../../api/useApi';
import type { ListOf, Organization } from '../../api/types';
import { useNotify } from '../../app/useNotify';
import { formatDateTime, usePick } from '../../i18n/format';
import { PageHeader } from '../shared/PageHeader';
import { orgRoleOptions, useOrgDirectory } from '../shared/orgs';
import { OrgFormModal } from './OrgFormModal';
import { listPagination, STICKY } from '../../ui/tables';

export function OrganizationsPage() {
  const { t } = useTranslation();
  const pick = usePick();
  const notify = useNotify();
  const [q, setQ] = useState('');
  const [role, setRole] = useState<string>();
  const [editing, setEditing] = useState<Organization | 'new' | null>(null);
  const { data, loading, reload } = useApi<ListOf<Organization>>(`/organizations${qs({ q, role })}`);
  const directory = useOrgDirectory();
  const reloadAll = () => {
    reload();
    directory.reload();
  };

  const toggle = async (o: Organization) => {
    try {
      await patch(`/organizations/${o.id}`, { disabled: !o.disabled, version: o.version });
      notify.success(t('common.saved'));
      reloadAll();
    } catch (e) {
      notify.error(e, reloadAll);
    }
  };

  const columns: ColumnsType<Organization> = [
    {
      title: t('orgs.code'),
      dataIndex: 'code',
      width: 160,
      render: (c: string) => <Typography.Text code>{c}</Typography.Text>,
    },
    { title: t('orgs.name'), key: 'name', render: (_, o) => pick(o.name, o.nameEn) },
    { title: t('orgs.kind'), dataIndex: 'kind', width: 130, render: (k: string) => t(`orgKind.${k}`) },
    {
      title: t('orgs.roles'),
      dataIndex: 'roles',
      render: (rs: string[]) =>
        rs.map((r) => (
          <Tag key={r} color="blue">
            {t(`orgRole.${r}`)}
          </Tag>
        )),
    },
    {
      title: t('orgs.parent'),
      dataIndex: 'parentId',
      render: (id: string | null) => (id ? directory.name(id) : t('common.none')),
    },
    {
      title: t('common.status'),
      dataIndex: 'disabled',
      width: 90,
      render: (d: boolean) =>
        d ? <Tag color="default">{t('common.disabled')}</Tag> : <Tag color="green">{t('common.normal')}</Tag>,
    },
    { title: t('common.updatedAt'), dataIndex: 'updatedAt', width: 160, render: (v: string) => formatDateTime(v) },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 140,
      fixed: 'right',
      render: (_, o) => (
        <Space size="small">
          <Button type="link" size="small" onClick={() => setEditing(o)}>
            {t('common.edit')}
          </Button>
          <Popconfirm
            title={t(o.disabled ? 'orgs.confirmEnable' : 'orgs.confirmDisable', { name: o.name })}
            onConfirm={() => toggle(o)}
          >
            <Button type="link" size="small" danger={!o.disabled}>
              {o.disabled ? t('common.enable') : t('common.disable')}
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <Card>
      <PageHeader
        title={t('orgs.title')}
        intro={t('orgs.intro')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="org-create">
            {t('orgs.create')}
          </Button>
        }
      />
      <div className="govit-toolbar">
        <Input.Search
          allowClear
          placeholder={t('orgs.searchPlaceholder')}
          style={{ width: 260 }}
          onSearch={(v) => setQ(v.trim())}
          data-testid="org-search"
        />
        <Select
          allowClear
          placeholder={t('orgs.roles')}
          style={{ width: 220 }}
          value={role}
          onChange={setRole}
          options={orgRoleOptions(t)}
        />
      </div>
      <Table<Organization>
        rowKey="id"
        size="middle"
        loading={loading}
        dataSource={data?.items ?? []}
        columns={columns}
        scroll={{ x: 1100 }}
        sticky={STICKY}
        pagination={listPagination(t)}
      />
      {editing && (
        <OrgFormModal
          org={editing === 'new' ? null : editing}
          parents={directory.options}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            reloadAll();
          }}
          onConflict={reloadAll}
        />
      )}
    </Card>
  );
}
