// 首页 for each kind of person (/api/v1/home): a title, statistic cards (clickable where they lead
// somewhere), a declarant's open call, and sections that show a skeleton until their data arrive
// and then their list or an empty state that explains what will appear there (issue 13).
import { Alert, Button, Col, Row, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/useApi';
import type { Home } from '../api/types';
import { useAuth } from '../app/AuthContext';
import { problemText } from '../app/useNotify';
import { usePick } from '../i18n/format';
import { AccountCard } from './AccountCard';
import { OpenCallCard } from './OpenCallCard';
import { SectionCard } from './SectionCard';
import { StatCards } from './StatCards';
import { useLiveSections } from './useLiveSections';

export function HomePage() {
  const { t, i18n } = useTranslation();
  const pick = usePick();
  const { me, can } = useAuth();
  const { data, error, loading, reload } = useApi<Home>('/home');
  const live = useLiveSections(data?.kind, data?.sections);
  const sections = live.sections ?? [];
  if (!me) return null;

  return (
    <div data-testid="home-page">
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {data ? pick(data.title, data.titleEn) : t('menu.home')}
        <Tag color="blue" style={{ marginLeft: 12, verticalAlign: 'middle' }} data-testid="home-kind-label">
          {t(`homeKind.${me.homeKind}`)}
        </Tag>
      </Typography.Title>
      {error && (
        <Alert
          type="error"
          showIcon
          title={t('home.loadFailed')}
          description={problemText(error, i18n.language)}
          style={{ marginBottom: 16 }}
          action={
            <Button size="small" onClick={reload}>
              {t('common.reload')}
            </Button>
          }
        />
      )}
      {live.openCall && <OpenCallCard call={live.openCall} canDeclare={can('project.declare')} />}
      {loading && !data ? (
        <Skeleton active data-testid="home-skeleton" />
      ) : (
        data && (
          <>
            <StatCards stats={data.stats} />
            <Row gutter={[16, 16]}>
              {sections.map((s) => (
                <Col key={s.key} xs={24} xl={sections.length > 1 ? 12 : 24}>
                  <SectionCard section={s} />
                </Col>
              ))}
              <Col xs={24} xl={data.sections.length === 1 ? 24 : 12}>
                <AccountCard me={me} />
              </Col>
            </Row>
          </>
        )
      )}
    </div>
  );
}
