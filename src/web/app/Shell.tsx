// The signed-in frame: left menu, header (organisation, person, notifications, language) and
// breadcrumb, with each page rendered in the content area.
import { Breadcrumb, Layout, Menu, type MenuProps } from 'antd';
import { Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { useAuth } from './AuthContext';
import { ErrorBoundary } from './ErrorBoundary';
import { FullPageSpin } from './FullPageSpin';
import { HeaderBar } from './HeaderBar';
import { isGroup, type NavLabel, navLabel, trailFor, visibleNav } from './nav';
import './shell.css';
import { useCrumbLabel } from '../ui/crumb';

export function Shell() {
  const { me } = useAuth();
  const { t, i18n } = useTranslation();
  const label = (l: NavLabel) => navLabel(l, t, i18n.language);
  const location = useLocation();
  const navigate = useNavigate();
  const [collapsed, setCollapsed] = useState(false);
  const nav = useMemo(() => visibleNav(me?.permissions ?? []), [me]);
  // A detail page may name its last crumb (a project's name instead of "详情").
  const pageCrumb = useCrumbLabel(location.pathname);
  if (!me) return null;

  const items: MenuProps['items'] = nav.map((e) =>
    isGroup(e)
      ? {
          key: e.key,
          icon: e.icon,
          label: label(e.label),
          children: e.children.map((c) => ({ key: c.path, icon: c.icon, label: label(c.label) })),
        }
      : { key: e.path, icon: e.icon, label: label(e.label) },
  );
  const trail = trailFor(nav, location.pathname);
  const selected = [...trail].reverse().find((c) => c.path)?.path ?? location.pathname;

  return (
    <Layout className="govit-shell" data-home-kind={me.homeKind}>
      <Layout.Sider collapsible collapsed={collapsed} onCollapse={setCollapsed} breakpoint="lg" width={224}>
        <Link to="/" className="govit-logo" title={t('app.name')}>
          <span className="govit-logo-mark">宿</span>
          {!collapsed && <span className="govit-logo-text">{t('app.name')}</span>}
        </Link>
        <Menu
          theme="dark"
          mode="inline"
          items={items}
          selectedKeys={[selected]}
          defaultOpenKeys={nav.filter(isGroup).map((g) => g.key)}
          onClick={({ key }) => navigate(key)}
        />
      </Layout.Sider>
      <Layout>
        <HeaderBar me={me} />
        <Layout.Content className="govit-content">
          <Breadcrumb
            className="govit-breadcrumb"
            items={trail.map((c, i) => ({
              key: i,
              title:
                c.path && i < trail.length - 1 ? (
                  <Link to={c.path}>{label(c.label)}</Link>
                ) : i === trail.length - 1 && pageCrumb && c.label === 'menu.detail' ? (
                  <span data-testid="crumb-page">{pageCrumb}</span>
                ) : (
                  label(c.label)
                ),
            }))}
          />
          <ErrorBoundary resetKey={location.pathname}>
            <Suspense fallback={<FullPageSpin />}>
              <Outlet />
            </Suspense>
          </ErrorBoundary>
        </Layout.Content>
        <Layout.Footer className="govit-footer">
          {t('app.owner')} · {t('app.basis')}
        </Layout.Footer>
      </Layout>
      <span data-testid="home-kind" className="govit-visually-hidden">
        {me.homeKind}
      </span>
    </Layout>
  );
}
