// Columns of the account list, including the status tags and the row actions the signed-in
// administrator may take.
import { Space, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { Role, User } from '../../api/types';
import { formatDateTime, usePick } from '../../i18n/format';
import type { PasswordHalf } from './TemporaryPasswordModal';
import { UserActions } from './UserActions';

interface Options {
  orgName: (id: string) => string;
  roles: Role[];
  reload: () => void;
  onEdit: (u: User) => void;
  onAssign: (u: User) => void;
  onTemporaryPassword: (half: PasswordHalf) => void;
}

export function useUserColumns(o: Options): ColumnsType<User> {
  const { t } = useTranslation();
  const pick = usePick();
  const roleName = (code: string) => {
    const r = o.roles.find((x) => x.code === code);
    return r ? pick(r.name, r.nameEn) : code;
  };
  return [
    {
      title: t('users.username'),
      dataIndex: 'username',
      width: 150,
      render: (v: string) => <Typography.Text code>{v}</Typography.Text>,
    },
    { title: t('users.displayName'), dataIndex: 'displayName', width: 100 },
    { title: t('users.org'), dataIndex: 'orgId', render: (id: string) => o.orgName(id) },
    {
      title: t('users.position'),
      dataIndex: 'position',
      width: 80,
      render: (p: string) => t(p === 'leader' ? 'users.leader' : 'users.clerk'),
    },
    {
      title: t('users.roles'),
      dataIndex: 'roleCodes',
      render: (rs: string[]) => rs.map((r) => <Tag key={r}>{roleName(r)}</Tag>),
    },
    { title: t('common.status'), key: 'status', width: 190, render: (_, u) => <UserStatus user={u} /> },
    {
      title: t('users.lastLogin'),
      dataIndex: 'lastLoginAt',
      width: 140,
      render: (v: string | null) => formatDateTime(v),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 260,
      fixed: 'right',
      render: (_, u) => (
        <UserActions
          user={u}
          reload={o.reload}
          onEdit={o.onEdit}
          onAssign={o.onAssign}
          onTemporaryPassword={o.onTemporaryPassword}
        />
      ),
    },
  ];
}

function UserStatus({ user: u }: { user: User }) {
  const { t } = useTranslation();
  return (
    <Space size={[0, 4]} wrap>
      {u.disabled && <Tag>{t('common.disabled')}</Tag>}
      {u.activation === 'awaiting_roles' && (
        <Tag color="volcano" data-testid={`awaiting-roles-${u.username}`}>
          {t('users.awaitingRoles')}
        </Tag>
      )}
      {u.activation === 'awaiting_second_half' && (
        <Tag color="volcano" data-testid={`awaiting-second-half-${u.username}`}>
          {t('users.awaitingSecondHalf')}
        </Tag>
      )}
      {u.locked && (
        <Tooltip title={t('users.lockedUntil', { time: formatDateTime(u.lockedUntil) })}>
          <Tag color="red" data-testid={`locked-${u.username}`}>
            {t('users.locked')}
          </Tag>
        </Tooltip>
      )}
      {u.mfaEnabled ? <Tag color="blue">{t('users.mfaOn')}</Tag> : <Tag color="orange">{t('users.mfaOff')}</Tag>}
      {u.mustChangePassword && <Tag color="gold">{t('users.mustChange')}</Tag>}
      {u.isDemo && <Tag color="purple">{t('users.demo')}</Tag>}
    </Space>
  );
}
