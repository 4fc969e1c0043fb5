// 角色权限 (security admin): administrator roles are shown read-only (三权分立); business roles can
// be created and their permissions changed.
import { LockOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/useApi';
import type { ListOf, Permission, Role } from '../../api/types';
import { usePick } from '../../i18n/format';
import { PageHeader } from '../shared/PageHeader';
import { RoleFormModal } from './RoleFormModal';
import { listPagination, STICKY } from '../../ui/tables';

const AREA_COLOR = { system: 'geekblue', security: 'volcano', audit: 'purple', business: 'green' } as const;
/** Administrator roles first, in the order of 三权分立, then business roles. */
const AREA_ORDER = { system: 0, security: 1, audit: 2, business: 3 } as const;

export function RolesPage() {
  const { t } = useTranslation();
  const pick = usePick();
  const roles = useApi<ListOf<Role>>('/roles');
  const perms = useApi<ListOf<Permission>>('/permissions');
  const [editing, setEditing] = useState<Role | 'new' | null>(null);
  const permName = (code: string) => {
    const p = perms.data?.items.find((x) => x.code === code);
    return p ? pick(p.name, p.nameEn) : code;
  };

  const columns: ColumnsType<Role> = [
    {
      title: t('roles.code'),
      dataIndex: 'code',
      width: 190,
      render: (c: string) => <Typography.Text code>{c}</Typography.Text>,
    },
    { title: t('roles.name'), key: 'name', width: 170, render: (_, r) => pick(r.name, r.nameEn) },
    {
      title: t('roles.area'),
      dataIndex: 'area',
      width: 110,
      render: (a: Role['area']) => <Tag color={AREA_COLOR[a]}>{t(`area.${a}`)}</Tag>,
    },
    {
      title: t('roles.permissions'),
      dataIndex: 'permissions',
      render: (ps: string[]) =>
        ps.map((p) => (
          <Tag key={p} style={{ marginBottom: 4 }}>
            {permName(p)}
          </Tag>
        )),
    },
    {
      title: t('roles.builtin'),
      dataIndex: 'builtin',
      width: 90,
      render: (b: boolean) => (b ? t('roles.builtin') : t('roles.custom')),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 110,
      fixed: 'right',
      render: (_, r) =>
        r.area === 'business' ? (
          <Button type="link" size="small" onClick={() => setEditing(r)} data-testid={`role-edit-${r.code}`}>
            {t('common.edit')}
          </Button>
        ) : (
          <Tooltip title={t('roles.readOnly')}>
            <Button
              type="link"
              size="small"
              icon={<LockOutlined />}
              onClick={() => setEditing(r)}
              data-testid={`role-view-${r.code}`}
            >
              {t('common.view')}
            </Button>
          </Tooltip>
        ),
    },
  ];

  return (
    <Card>
      <PageHeader
        title={t('roles.title')}
        intro={t('roles.intro')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="role-create">
            {t('roles.create')}
          </Button>
        }
      />
      <Table<Role>
        rowKey="code"
        size="middle"
        loading={roles.loading}
        dataSource={[...(roles.data?.items ?? [])].sort(
          (a, b) => AREA_ORDER[a.area] - AREA_ORDER[b.area] || a.code.localeCompare(b.code),
        )}
        columns={columns}
        scroll={{ x: 1000 }}
        sticky={STICKY}
        pagination={listPagination(t)}
        rowClassName={(r) => (r.area === 'business' ? '' : 'govit-row-readonly')}
      />
      {editing && (
        <RoleFormModal
          role={editing === 'new' ? null : editing}
          permissions={perms.data?.items ?? []}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            roles.reload();
          }}
          onConflict={roles.reload}
        />
      )}
    </Card>
  );
}
