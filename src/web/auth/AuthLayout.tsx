// Frame of the pages outside the signed-in shell (sign-in, forced password change, enrolment):
// platform name, 宿城区数据局, a language switch and the page's card.
import { Card, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LanguageSwitch } from '../app/LanguageSwitch';
import './auth.css';

export function AuthLayout({
  title,
  children,
  width = 400,
}: {
  title?: ReactNode;
  children: ReactNode;
  width?: number;
}) {
  const { t } = useTranslation();
  return (
    <div className="govit-auth">
      <div className="govit-auth-lang">
        <LanguageSwitch />
      </div>
      <div className="govit-auth-brand">
        <span className="govit-auth-mark">宿</span>
        <Typography.Title level={2} className="govit-auth-title">
          {t('app.name')}
        </Typography.Title>
        <Typography.Text className="govit-auth-subtitle">{t('app.owner')}</Typography.Text>
      </div>
      <Card className="govit-auth-card" style={{ width }} title={title}>
        {children}
      </Card>
      <div className="govit-auth-footer">
        {t('app.basis')} ·{' '}
        <Link to="/rules" data-testid="rules-link">
          {t('menu.rules')}
        </Link>
      </div>
    </div>
  );
}
