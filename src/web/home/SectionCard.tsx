// One home-page section: a card with its list, or an Empty that says what will appear there.
import { Card, Empty, List, Typography } from 'antd';
import { Link } from 'react-router';
import type { HomeSection } from '../api/types';
import { formatDateTime, usePick } from '../i18n/format';

interface ItemLike {
  id?: string;
  title?: string;
  name?: string;
  description?: string;
  stage?: string;
  link?: string;
  at?: string;
  createdAt?: string;
}

export function SectionCard({ section }: { section: HomeSection }) {
  const pick = usePick();
  const items = section.items as ItemLike[];
  return (
    <Card title={pick(section.title, section.titleEn)} data-testid={`section-${section.key}`}>
      <List<ItemLike>
        dataSource={items}
        locale={{
          emptyText: (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={pick(section.emptyText, section.emptyTextEn)} />
          ),
        }}
        renderItem={(item, i) => {
          const title = item.title ?? item.name ?? item.id ?? String(i + 1);
          const when = item.at ?? item.createdAt;
          return (
            <List.Item
              key={item.id ?? i}
              extra={when ? <Typography.Text type="secondary">{formatDateTime(when)}</Typography.Text> : undefined}
            >
              <List.Item.Meta
                title={item.link?.startsWith('/') ? <Link to={item.link}>{title}</Link> : title}
                description={item.description ?? item.stage}
              />
            </List.Item>
          );
        }}
      />
    </Card>
  );
}
