// 在处理项目 on the cockpit (issue 10, Art.33 逐级处理): every project now at a step of the ladder —
// 通报批评, 暂缓拨付建设资金及运维经费, 暂停项目建设, 项目终止 — with when it was decided (GET /sanctions), the
// heaviest first. Each level's count opens its projects (the cockpit's drill-down, all years, the same
// query as the level bars of the scores card); each project opens its 绩效评价与整改 record.
import { Card, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SANCTION_LEVELS, type SanctionLevel } from '../../domain/oversight/sanctions';
import type { components } from '../api/openapi';
import { useApi } from '../api/useApi';
import { formatDateTime, usePick } from '../i18n/format';

type SanctionList = components['schemas']['SanctionList'];
type Sanction = SanctionList['items'][number];

const LEVELS = Object.keys(SANCTION_LEVELS) as SanctionLevel[];
const COLOR: Record<SanctionLevel, string> = {
  criticism: 'gold',
  funds_suspended: 'orange',
  suspended: 'volcano',
  terminated: 'red',
};

export function SanctionsCard({ onLevel }: { onLevel: (level: SanctionLevel, label: string) => void }) {
  const { t } = useTranslation();
  const pick = usePick();
  const { data, loading } = useApi<SanctionList>('/sanctions');
  const items = [...(data?.items ?? [])].sort(
    (a, b) => b.rank - a.rank || a.project.code.localeCompare(b.project.code),
  );
  return (
    <Card
      title={t('cockpit.sanctions.title')}
      data-testid="cockpit-sanctions"
      extra={
        <Space wrap size="middle">
          {LEVELS.map((l) => {
            const label = pick(SANCTION_LEVELS[l].zh, SANCTION_LEVELS[l].en);
            const count = items.filter((i) => i.level === l).length;
            return count ? (
              <Typography.Link key={l} data-testid={`sanction-level-${l}`} onClick={() => onLevel(l, label)}>
                {label} {count}
              </Typography.Link>
            ) : (
              <Typography.Text key={l} type="secondary" data-testid={`sanction-level-${l}`}>
                {label} 0
              </Typography.Text>
            );
          })}
        </Space>
      }
    >
      <Table<Sanction>
        rowKey={(i) => i.project.id}
        size="small"
        loading={loading}
        dataSource={items}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        locale={{ emptyText: t('cockpit.sanctions.none') }}
        columns={[
          {
            title: t('cockpit.sanctions.project'),
            render: (_, i) => <Link to={`/projects/${i.project.id}`}>{`${i.project.code} ${i.project.name}`}</Link>,
          },
          {
            title: t('cockpit.sanctions.level'),
            render: (_, i) => <Tag color={COLOR[i.level]}>{pick(i.zh, i.en)}</Tag>,
          },
          { title: t('cockpit.sanctions.since'), render: (_, i) => formatDateTime(i.since) },
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
        {t('cockpit.sanctions.note')}
      </Typography.Paragraph>
    </Card>
  );
}
