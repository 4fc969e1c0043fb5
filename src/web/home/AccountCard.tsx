// "我的账号": organisation, roles, last sign-in, second factor and password validity.
import { Card, Descriptions, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Me } from '../api/types';
import { formatDateTime, usePick } from '../i18n/format';

export function AccountCard({ me }: { me: Me }) {
  const { t } = useTranslation();
  const pick = usePick();
  const { user, organization } = me;
  return (
    <Card title={t('home.myAccount')} data-testid="account-card">
      <Descriptions
        column={1}
        size="small"
        items={[
          {
            key: 'org',
            label: t('home.org'),
            children: (
              <>
                {pick(organization.name, organization.nameEn)}
                {organization.parent ? ` · ${organization.parent.name}` : ''}
              </>
            ),
          },
          {
            key: 'roles',
            label: t('home.roles'),
            children: me.roles.map((r) => <Tag key={r.code}>{pick(r.name, r.nameEn)}</Tag>),
          },
          { key: 'last', label: t('home.lastLogin'), children: formatDateTime(user.lastLoginAt) },
          {
            key: 'mfa',
            label: t('home.mfa'),
            children: user.mfaEnabled ? (
              <Tag color="green">{t('home.mfaOn')}</Tag>
            ) : (
              <>
                <Tag>{t('home.mfaOff')}</Tag>
                <Link to="/mfa-enrol">{t('header.enrolMfa')}</Link>
              </>
            ),
          },
          {
            key: 'pwd',
            label: t('home.passwordExpires'),
            children: user.passwordExpiresAt ? formatDateTime(user.passwordExpiresAt) : t('home.never'),
          },
        ]}
      />
    </Card>
  );
}
