// 待我预审 (Art.10(2)): declarations awaiting this party's pre-review opinion, oldest first, with how
// long each has waited (天/小时).
import { Alert, Card, Table, Tag } from 'antd';
import type { TFunction } from 'i18next';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { ReviewTodo } from '../api/plan-types';
import { useApi } from '../api/useApi';
import { PageHeader } from '../admin/shared/PageHeader';
import { problemText } from '../app/useNotify';
import { projectColumns } from '../projects/projectColumns';
import { useRules } from '../plan/useRules';
import { listPagination, STICKY } from '../ui/tables';

type Row = ReviewTodo['items'][number];

export function waitingText(t: TFunction, hours: number): string {
  const days = Math.floor(hours / 24);
  return days > 0 ? t('reviews.waitDays', { days, hours: hours % 24 }) : t('reviews.waitHours', { hours });
}

export function ReviewTodoPage() {
  const { t, i18n } = useTranslation();
  const rules = useRules();
  const { data, error, loading } = useApi<ReviewTodo>('/reviews/todo');
  const party = rules.items('jointReviewParties').find((p) => p.code === data?.party);

  const columns: ColumnsType<Row> = [
    ...projectColumns<Row>(t, rules.label).filter(
      (c) => !['submittedAt', 'kind', 'category'].includes(String((c as { dataIndex?: string }).dataIndex)),
    ),
    {
      title: t('reviews.waiting'),
      dataIndex: 'waitingHours',
      width: 140,
      defaultSortOrder: 'descend',
      sorter: (a, b) => a.waitingHours - b.waitingHours,
      render: (h: number) => (
        <Tag color={h >= 72 ? 'red' : h >= 24 ? 'orange' : 'default'} data-testid="waiting">
          {waitingText(t, h)}
        </Tag>
      ),
    },
  ];

  return (
    <Card>
      <PageHeader
        title={t('menu.reviews')}
        intro={t('reviews.intro', { party: party ? (i18n.language.startsWith('en') ? party.en : party.zh) : '—' })}
      />
      {error && <Alert type="error" showIcon title={problemText(error, i18n.language)} style={{ marginBottom: 16 }} />}
      <Table<Row>
        rowKey="id"
        size="middle"
        loading={loading}
        dataSource={data?.items ?? []}
        columns={columns}
        scroll={{ x: 1100 }}
        sticky={STICKY}
        pagination={listPagination(t)}
        data-testid="review-todo"
        locale={{ emptyText: t('reviews.empty') }}
      />
    </Card>
  );
}
