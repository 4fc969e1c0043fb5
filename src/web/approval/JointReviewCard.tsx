// The joint review as people follow it (Art.13): which of the four parties has spoken, each
// opinion on the six dimensions with its conclusion (others' opinions stay hidden from a party
// until it has spoken), finance's control price and the amount recovered (R-RECOVERY).
import { Card, Collapse, Descriptions, Empty, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { JointReview } from '../api/approval-types';
import { formatDateTime, usePick } from '../i18n/format';
import { useCite } from '../plan/cite';
import { Money } from '../ui/Money';

const DECISION_COLORS = { pass: 'green', return: 'orange', fail: 'red' } as const;

export function JointReviewCard({ review }: { review: JointReview }) {
  const { t } = useTranslation();
  const pick = usePick();
  const cite = useCite();
  const dimName = (code: string) => {
    const d = review.dimensions.find((x) => x.code === code);
    return d ? pick(d.zh, d.en) : code;
  };
  return (
    <Card
      title={t('joint.title', { article: cite('Art.13') })}
      style={{ marginBottom: 16 }}
      data-testid="joint-review-card"
    >
      <Typography.Paragraph type="secondary">{t('joint.intro')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 12 }} data-testid="joint-parties">
        {review.parties.map((p) => (
          <Tag key={p.party} color={p.spoke ? 'green' : 'default'} data-party={p.party} data-spoke={String(p.spoke)}>
            {pick(p.name, p.nameEn)}：{t(p.spoke ? 'joint.spoke' : 'joint.waiting')}
          </Tag>
        ))}
      </Space>
      {review.hiddenCount > 0 && (
        <Typography.Paragraph type="secondary">
          {t(review.myParty ? 'joint.hidden' : 'joint.hiddenOther', { count: review.hiddenCount })}
        </Typography.Paragraph>
      )}
      {review.items.length === 0 ? (
        <Empty description={t('joint.none')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <Collapse
          data-testid="joint-opinions"
          items={review.items.map((o) => ({
            key: o.party,
            label: (
              <Space wrap>
                <strong>{pick(o.partyName, o.partyNameEn)}</strong>
                <Tag color={DECISION_COLORS[o.decision]}>{t(`joint.${o.decision}`)}</Tag>
                <Typography.Text type="secondary">{formatDateTime(o.createdAt)}</Typography.Text>
              </Space>
            ),
            children: (
              <Descriptions
                size="small"
                column={1}
                bordered
                items={[
                  ...o.dimensions.map((d) => ({ key: d.code, label: dimName(d.code), children: d.opinion })),
                  { key: 'overall', label: t('joint.overall'), children: o.overall },
                ]}
              />
            ),
          }))}
        />
      )}
      <Descriptions
        size="small"
        style={{ marginTop: 16 }}
        column={{ xs: 1, md: 2 }}
        items={[
          {
            key: 'cp',
            label: t('joint.controlPrice'),
            children: (
              <span data-testid="control-price">
                {review.controlPriceFen === null ? t('joint.notYet') : <Money fen={review.controlPriceFen} />}
              </span>
            ),
          },
          {
            key: 'rec',
            label: t('joint.recovery'),
            children: (
              <span data-testid="recovery">
                <Money fen={review.recoveryFen} />
              </span>
            ),
          },
        ]}
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('joint.recoveryHint')}
      </Typography.Text>
    </Card>
  );
}
