// Header: the person's organisation on the left; notifications, language and the user menu
// (修改密码, 绑定动态口令, 退出登录) on the right.
import { DownOutlined, KeyOutlined, LogoutOutlined, SafetyOutlined, UserOutlined } from '@ant-design/icons';
import { App, Avatar, Dropdown, Layout, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Me } from '../api/types';
import { usePick } from '../i18n/format';
import { NotificationBell } from '../notifications/NotificationBell';
import { useAuth } from './AuthContext';
import { LanguageSwitch } from './LanguageSwitch';

export function HeaderBar({ me }: { me: Me }) {
  const { t } = useTranslation();
  const pick = usePick();
  const navigate = useNavigate();
  const { logout } = useAuth();
  const { message } = App.useApp();

  const items: MenuProps['items'] = [
    { key: 'password', icon: <KeyOutlined />, label: t('header.changePassword') },
    ...(me.user.mfaEnabled ? [] : [{ key: 'mfa', icon: <SafetyOutlined />, label: t('header.enrolMfa') }]),
    { type: 'divider' },
    { key: 'logout', icon: <LogoutOutlined />, label: t('header.logout'), danger: true },
  ];

  const onClick: MenuProps['onClick'] = async ({ key }) => {
    if (key === 'password') navigate('/change-password');
    else if (key === 'mfa') navigate('/mfa-enrol');
    else if (key === 'logout') {
      await logout();
      void message.success(t('header.loggedOut'));
      navigate('/login', { replace: true });
    }
  };

  return (
    <Layout.Header className="govit-header">
      <span className="govit-header-org" data-testid="org-name">
        {pick(me.organization.name, me.organization.nameEn)}
      </span>
      <div className="govit-header-right">
        <NotificationBell />
        <LanguageSwitch />
        <Dropdown menu={{ items, onClick }} trigger={['click']}>
          <button type="button" className="govit-user" data-testid="user-menu">
            <Avatar size="small" icon={<UserOutlined />} />
            <span data-testid="user-name">{me.user.displayName}</span>
            <DownOutlined style={{ fontSize: 10 }} />
          </button>
        </Dropdown>
      </div>
    </Layout.Header>
  );
}
