// Route guards: a signed-in person with a complete session, and a permission for admin pages.
// The server checks every call anyway; these only keep people on pages they can use.
import { Button, Result } from 'antd';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation } from 'react-router';
import { useAuth } from './AuthContext';
import { FullPageSpin } from './FullPageSpin';
import { problemText } from './useNotify';

export function RequireAuth({ children }: { children: ReactNode }) {
  const { status, me, error, refresh } = useAuth();
  const location = useLocation();
  const { t, i18n } = useTranslation();

  useEffect(() => {
    if (status === 'unknown') void refresh();
  }, [status, refresh]);

  if (status === 'anonymous')
    return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  if (status === 'error') {
    return (
      <Result
        status="error"
        title={problemText(error, i18n.language)}
        extra={<Button onClick={() => void refresh()}>{t('common.reload')}</Button>}
      />
    );
  }
  if (!me) return <FullPageSpin />;
  if (me.session.stage === 'password_change') return <Navigate to="/change-password" replace />;
  if (me.session.stage === 'mfa_enrol') return <Navigate to="/mfa-enrol" replace />;
  return <>{children}</>;
}

export function RequirePermission({ anyOf, children }: { anyOf: string[]; children: ReactNode }) {
  const { can } = useAuth();
  const { t } = useTranslation();
  if (can(...anyOf)) return <>{children}</>;
  return (
    <Result
      status="403"
      title={t('errors.forbidden')}
      subTitle={t('errors.forbiddenSub')}
      extra={
        <Link to="/">
          <Button type="primary">{t('common.backHome')}</Button>
        </Link>
      }
    />
  );
}
