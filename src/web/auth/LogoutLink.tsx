// "退出登录" for the forced steps (password change, enrolment), so no one is stuck on them.
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useAuth } from '../app/AuthContext';

export function LogoutLink() {
  const { t } = useTranslation();
  const { logout } = useAuth();
  const navigate = useNavigate();
  const onClick = async () => {
    await logout();
    navigate('/login', { replace: true });
  };
  return (
    <Button type="link" block onClick={() => void onClick()} data-testid="logout-link">
      {t('header.logout')}
    </Button>
  );
}
