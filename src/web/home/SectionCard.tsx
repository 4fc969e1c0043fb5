// One home-page section: a skeleton while its data load (never the empty text, which would not be
// true yet), then its list — paged by the server where it has more — or an Empty that says what
// will appear there.
import { Card, Empty, List, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime, usePick } from '../i18n/format';
import { Money } from '../ui/Money';
import type { HomeItem, LiveSection } from './useLiveSections';

export function SectionCard({ section }: { section: LiveSection }) {
  const { t } = useTranslation();
  const pick = usePick();
  const { paging } = section;
  return (
    <Card
      title={pick(section.title, section.titleEn)}
      data-testid={`section-${section.key}`}
      data-loading={String(section.loading)}
      extra={section.more ? <Link to={section.more}>{t('ux.home.more')}</Link> : undefined}
    >
      {section.loading ? (
        <Skeleton active paragraph={{ rows: 3 }} title={false} data-testid={`section-${section.key}-skeleton`} />
      ) : (
        <>
          {section.summary && (
            <Typography.Text type="secondary" data-testid={`section-${section.key}-summary`}>
              {section.summary}
            </Typography.Text>
          )}
          <List<HomeItem>
            dataSource={section.items}
            locale={{
              emptyText: (
                <Empty
                  image={Empty.PRESENTED_IMAGE_SIMPLE}
                  description={pick(section.emptyText, section.emptyTextEn)}
                />
              ),
            }}
            pagination={
              paging && paging.total > paging.pageSize
                ? {
                    current: paging.page,
                    pageSize: paging.pageSize,
                    total: paging.total,
                    size: 'small',
                    showSizeChanger: false,
                    onChange: paging.onChange,
                  }
                : undefined
            }
            renderItem={(item, i) => (
              <List.Item
                key={item.id ?? i}
                extra={
                  item.fen !== undefined ? (
                    <Money fen={item.fen} />
                  ) : item.at ? (
                    <Typography.Text type="secondary">{formatDateTime(item.at)}</Typography.Text>
                  ) : undefined
                }
              >
                <List.Item.Meta
                  title={item.link?.startsWith('/') ? <Link to={item.link}>{item.title}</Link> : item.title}
                  description={item.description}
                />
              </List.Item>
            )}
          />
        </>
      )}
    </Card>
  );
}
