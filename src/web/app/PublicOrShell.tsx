// Frame of a public page (规则目录): inside the signed-in shell for someone signed in, in a light
// public frame (with a sign-in link) for anyone else. Nobody is sent to /login.
import { Button, Layout } from 'antd';
import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { useAuth } from './AuthContext';
import { FullPageSpin } from './FullPageSpin';
import { LanguageSwitch } from './LanguageSwitch';
import { Shell } from './Shell';
import './shell.css';

export function PublicOrShell() {
  const { status, me, refresh } = useAuth();
  const { t } = useTranslation();
  const location = useLocation();
  useEffect(() => {
    if (status === 'unknown') void refresh();
  }, [status, refresh]);
  if (status === 'unknown' || status === 'loading') return <FullPageSpin />;
  if (me && me.session.stage === 'full') return <Shell />;
  return (
    <Layout className="govit-shell" data-public="true">
      <Layout.Header className="govit-header">
        <Link to="/" className="govit-header-org" style={{ color: 'inherit' }}>
          {t('app.name')}
        </Link>
        <div className="govit-header-right">
          <LanguageSwitch />
          <Link to="/login" state={{ from: location.pathname }}>
            <Button type="primary" size="small" data-testid="public-login">
              {t('login.submit')}
            </Button>
          </Link>
        </div>
      </Layout.Header>
      <Layout.Content className="govit-content">
        <Suspense fallback={<FullPageSpin />}>
          <Outlet />
        </Suspense>
      </Layout.Content>
      <Layout.Footer className="govit-footer">
        {t('app.owner')} · {t('app.basis')}
      </Layout.Footer>
    </Layout>
  );
}
