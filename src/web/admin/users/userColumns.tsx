// Columns of the account list, including the status tags and the row actions the signed-in
// administrator may take. Every column has a width (their sum is USERS_TABLE_WIDTH, the table's
// scroll width), so 最近登录 is never squeezed under the fixed 操作 column, and user names do not
// wrap mid-word (issue 13).
import { Space, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { Role, User } from '../../api/types';
import { formatDateTime, usePick } from '../../i18n/format';
import { byDate, byText } from '../../ui/tables';
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

export const USERS_TABLE_WIDTH = 1080;

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
      width: 140,
      sorter: byText<User>('username'),
      render: (v: string) => (
        <Typography.Text code className="govit-keep-word">
          {v}
        </Typography.Text>
      ),
    },
    {
      title: t('users.displayName'),
      dataIndex: 'displayName',
      width: 96,
      sorter: byText<User>('displayName'),
      render: (v: string) => <span className="govit-keep-word">{v}</span>,
    },
    {
      title: t('users.org'),
      dataIndex: 'orgId',
      width: 170,
      ellipsis: { showTitle: true },
      sorter: (a, b) => o.orgName(a.orgId).localeCompare(o.orgName(b.orgId), 'zh-CN'),
      render: (id: string) => o.orgName(id),
    },
    {
      title: t('users.position'),
      dataIndex: 'position',
      width: 74,
      filters: [
        { text: t('users.clerk'), value: 'clerk' },
        { text: t('users.leader'), value: 'leader' },
      ],
      onFilter: (v, u) => u.position === v,
      render: (p: string) => t(p === 'leader' ? 'users.leader' : 'users.clerk'),
    },
    {
      title: t('users.roles'),
      dataIndex: 'roleCodes',
      width: 170,
      render: (rs: string[]) => rs.map((r) => <Tag key={r}>{roleName(r)}</Tag>),
    },
    { title: t('common.status'), key: 'status', width: 150, render: (_, u) => <UserStatus user={u} /> },
    {
      title: t('users.lastLogin'),
      dataIndex: 'lastLoginAt',
      width: 150,
      className: 'govit-nowrap',
      sorter: byDate<User>('lastLoginAt'),
      render: (v: string | null) => <span data-testid="last-login">{formatDateTime(v)}</span>,
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 130,
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
