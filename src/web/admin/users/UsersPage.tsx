// 用户账号 (system admin) and 账号安全 (security admin) share one list; each sees only the actions
// of their own area (三权分立). ?locked=1 (from the security home page) shows locked accounts only.
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Input, Select, Table } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { qs } from '../../api/client';
import { useApi } from '../../api/useApi';
import type { ListOf, Role, User } from '../../api/types';
import { useAuth } from '../../app/AuthContext';
import { PageHeader } from '../shared/PageHeader';
import { useOrgDirectory } from '../shared/orgs';
import { AssignRolesModal } from './AssignRolesModal';
import { type PasswordHalf, TemporaryPasswordModal } from './TemporaryPasswordModal';
import { UserFormModal } from './UserFormModal';
import { USERS_TABLE_WIDTH, useUserColumns } from './userColumns';
import { listPagination, STICKY } from '../../ui/tables';

export function UsersPage() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const [params, setParams] = useSearchParams();
  const [q, setQ] = useState('');
  const [orgId, setOrgId] = useState<string>();
  const onlyLocked = params.get('locked') === '1';
  const { data, loading, reload } = useApi<ListOf<User>>(`/users${qs({ q, orgId })}`);
  const roles = useApi<ListOf<Role>>('/roles');
  const directory = useOrgDirectory();
  const [editing, setEditing] = useState<User | 'new' | null>(null);
  const [assigning, setAssigning] = useState<User | null>(null);
  const [temp, setTemp] = useState<PasswordHalf | null>(null);
  const isSystem = can('user.manage');

  const columns = useUserColumns({
    orgName: directory.name,
    roles: roles.data?.items ?? [],
    reload,
    onEdit: setEditing,
    onAssign: setAssigning,
    onTemporaryPassword: setTemp,
  });
  const rows = useMemo(() => (data?.items ?? []).filter((u) => !onlyLocked || u.locked), [data, onlyLocked]);

  const setLocked = (v: boolean) => {
    const next = new URLSearchParams(params);
    if (v) next.set('locked', '1');
    else next.delete('locked');
    setParams(next, { replace: true });
  };

  return (
    <Card>
      <PageHeader
        title={isSystem ? t('users.titleSystem') : t('users.titleSecurity')}
        intro={isSystem ? t('users.introSystem') : t('users.introSecurity')}
        extra={
          isSystem && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="user-create">
              {t('users.create')}
            </Button>
          )
        }
      />
      <div className="govit-toolbar">
        <Input.Search
          allowClear
          placeholder={t('users.searchPlaceholder')}
          style={{ width: 240 }}
          onSearch={(v) => setQ(v.trim())}
          data-testid="user-search"
        />
        <Select
          allowClear
          placeholder={t('users.allOrgs')}
          style={{ width: 280 }}
          value={orgId}
          onChange={setOrgId}
          showSearch={{ optionFilterProp: 'label' }}
          options={directory.options}
        />
        <Checkbox checked={onlyLocked} onChange={(e) => setLocked(e.target.checked)}>
          {t('users.onlyLocked')}
        </Checkbox>
      </div>
      <Table<User>
        rowKey="id"
        size="middle"
        loading={loading}
        dataSource={rows}
        columns={columns}
        scroll={{ x: USERS_TABLE_WIDTH }}
        sticky={STICKY}
        data-testid="users-table"
        pagination={listPagination(t)}
      />
      {editing && (
        <UserFormModal
          user={editing === 'new' ? null : editing}
          orgs={directory.options}
          onClose={() => setEditing(null)}
          onSaved={(created) => {
            setEditing(null);
            reload();
            if (created) setTemp(created);
          }}
          onConflict={reload}
        />
      )}
      {assigning && (
        <AssignRolesModal
          user={assigning}
          roles={roles.data?.items ?? []}
          onClose={() => setAssigning(null)}
          onSaved={() => {
            setAssigning(null);
            reload();
          }}
          onConflict={reload}
        />
      )}
      {temp && <TemporaryPasswordModal {...temp} onClose={() => setTemp(null)} />}
    </Card>
  );
}
