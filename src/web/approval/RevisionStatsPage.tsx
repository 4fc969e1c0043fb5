// 终稿修订统计 (Art.14): per declaring unit, final versions on time, late, still in revision and
// already overdue — late ones are not blocked but counted here (R-REVISE-3WD).
import { FileExcelOutlined } from '@ant-design/icons';
import { Button, Card, Progress, Select, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/useApi';
import { PageHeader } from '../admin/shared/PageHeader';
import { useYear } from '../annual/useYear';
import { useCite } from '../plan/cite';
import { listPagination, STICKY } from '../ui/tables';

interface Row {
  orgId: string;
  orgName: string;
  total: number;
  submittedOnTime: number;
  submittedLate: number;
  pending: number;
  pendingOverdue: number;
  lateRate: number | null;
}

export function RevisionStatsPage() {
  const { t } = useTranslation();
  const cite = useCite();
  const { year, setYear, years } = useYear();
  const { data, loading } = useApi<{ items: Row[] }>(year ? `/statistics/revisions?year=${year}` : null);
  const num = (n: number, danger = false) => (
    <Typography.Text type={danger && n > 0 ? 'danger' : undefined} strong={danger && n > 0}>
      {n}
    </Typography.Text>
  );
  return (
    <div data-testid="revision-stats-page">
      <PageHeader
        title={t('menu.revisionStats')}
        intro={t('revisionStats.intro', { article: cite('Art.14') })}
        extra={
          <Space>
            {year && (
              <Button icon={<FileExcelOutlined />} href={`/api/v1/review-results/export?year=${year}`}>
                {t('dashboard.exportReview')}
              </Button>
            )}
            <span>{t('revisionStats.year')}</span>
            <Select
              style={{ width: 120 }}
              value={year}
              onChange={setYear}
              options={years.map((y) => ({ value: y, label: t('calls.yearValue', { year: y }) }))}
            />
          </Space>
        }
      />
      <Card>
        <Table<Row>
          rowKey="orgId"
          loading={loading}
          dataSource={data?.items ?? []}
          pagination={listPagination(t)}
          sticky={STICKY}
          locale={{ emptyText: t('revisionStats.empty') }}
          columns={[
            { title: t('revisionStats.org'), dataIndex: 'orgName' },
            { title: t('revisionStats.total'), dataIndex: 'total', width: 130, align: 'right' },
            { title: t('revisionStats.onTime'), dataIndex: 'submittedOnTime', width: 110, align: 'right' },
            {
              title: t('revisionStats.late'),
              dataIndex: 'submittedLate',
              width: 110,
              align: 'right',
              render: (n: number) => num(n, true),
            },
            { title: t('revisionStats.pending'), dataIndex: 'pending', width: 100, align: 'right' },
            {
              title: t('revisionStats.pendingOverdue'),
              dataIndex: 'pendingOverdue',
              width: 130,
              align: 'right',
              render: (n: number) => num(n, true),
            },
            {
              title: t('revisionStats.lateRate'),
              dataIndex: 'lateRate',
              width: 180,
              render: (r: number | null) =>
                r === null ? (
                  '—'
                ) : (
                  <Progress percent={Math.round(r * 100)} size="small" status={r > 0 ? 'exception' : 'success'} />
                ),
            },
          ]}
        />
      </Card>
    </div>
  );
}
