// 预审意见 (Art.4, 10(2)): the four parties' status this round, the opinions the person may read
// (another party's stay hidden until one's own is given), the opinion form, and the round diff.
import { Alert, Card, Empty, List, Space, Tag, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpinionsResult, Project, Round } from '../../api/plan-types';
import { useApi } from '../../api/useApi';
import { formatDateTime, usePick } from '../../i18n/format';
import { useCite } from '../../plan/cite';
import { OpinionForm } from './OpinionForm';
import { RoundDiff } from './RoundDiff';

const COLORS = { pass: 'green', return: 'orange', fail: 'red' } as const;

export function OpinionsPanel({
  project,
  canGive,
  onGiven,
}: {
  project: Project;
  canGive: boolean;
  onGiven: (p: Project) => void;
}) {
  const { t } = useTranslation();
  const pick = usePick();
  const cite = useCite();
  const { data, reload } = useApi<OpinionsResult>(`/projects/${project.id}/opinions`);
  const seen = useRef(project.version);
  useEffect(() => {
    if (seen.current !== project.version) {
      seen.current = project.version;
      reload();
    }
  }, [project.version, reload]);
  const rounds = useApi<{ items: Round[] }>(`/projects/${project.id}/rounds`);
  const mine = data?.parties.find((p) => p.party === data.myParty);

  return (
    <Card data-testid="opinions-panel" loading={!data} title={t('opinions.title', { article: cite('Art.10(2)') })}>
      {data && (
        <>
          <Space wrap style={{ marginBottom: 16 }} data-testid="review-parties">
            <Typography.Text strong>
              {data.round ? t('projects.roundN', { n: data.round }) : t('opinions.noRound')}
            </Typography.Text>
            {data.parties.map((p) => (
              <Tag
                key={p.party}
                color={p.spoke ? 'green' : 'default'}
                data-party={p.party}
                data-spoke={String(p.spoke)}
              >
                {pick(p.name, p.nameEn)}：{p.spoke ? t('opinions.spoke') : t('opinions.waiting')}
              </Tag>
            ))}
          </Space>
          {data.hiddenCount > 0 && (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 16 }}
              data-testid="opinions-hidden"
              title={
                data.myParty
                  ? t('opinions.hiddenParty', { count: data.hiddenCount })
                  : t('opinions.hiddenOther', { count: data.hiddenCount })
              }
            />
          )}
          {canGive && data.roundOpen && !data.myOpinionGiven && (
            <OpinionForm
              projectId={project.id}
              partyName={mine ? pick(mine.name, mine.nameEn) : ''}
              onGiven={(p) => {
                onGiven(p);
                reload();
                rounds.reload();
              }}
            />
          )}
          <List
            size="small"
            dataSource={[...data.items].reverse()}
            data-testid="opinions-list"
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('opinions.none')} /> }}
            renderItem={(o) => (
              <List.Item key={o.id ?? `${o.round}-${o.party}`} data-testid="opinion-item">
                <List.Item.Meta
                  title={
                    <Space wrap>
                      <span>{o.partyName}</span>
                      <Tag color={COLORS[o.decision]}>{t(`opinions.${o.decision}`)}</Tag>
                      <Typography.Text type="secondary">
                        {t('projects.roundN', { n: o.round })} · {formatDateTime(o.createdAt)}
                      </Typography.Text>
                    </Space>
                  }
                  description={<span style={{ whiteSpace: 'pre-wrap' }}>{o.text}</span>}
                />
              </List.Item>
            )}
          />
        </>
      )}
      {rounds.data && rounds.data.items.length > 1 && <RoundDiff projectId={project.id} rounds={rounds.data.items} />}
    </Card>
  );
}
