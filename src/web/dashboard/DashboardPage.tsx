// 统筹看板 (SPEC §7): projects by stage, department and category with their money, and overdue final
// versions. Every bar, slice and number opens the project list filtered to the projects behind it.
import { FileExcelOutlined } from '@ant-design/icons';
import { Button, Card, Col, Row, Space, Statistic, Table, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { qs } from '../api/client';
import type { components } from '../api/openapi';
import { useApi } from '../api/useApi';
import { PageHeader } from '../admin/shared/PageHeader';
import { useYear } from '../annual/useYear';
import { YearOrAllSelect } from '../annual/YearOrAllSelect';
import { formatDateTime, usePick } from '../i18n/format';
import { useStageLabel } from '../i18n/labels';
import { wanText } from '../plan/money';
import { Chart } from './Chart';
import { Money } from '../ui/Money';
import { listPagination, STICKY } from '../ui/tables';

/** GET /dashboard (src/server/projects/dashboard-responses.ts). */
type Dashboard = components['schemas']['Dashboard'];

const wan = (fen: number) => Math.round(fen / 100) / 10_000;

export function DashboardPage() {
  const { t } = useTranslation();
  const pick = usePick();
  const stageName = useStageLabel();
  const navigate = useNavigate();
  const yearState = useYear();
  const { year, all } = yearState;
  const { data, loading } = useApi<Dashboard>(year || all ? `/dashboard${qs({ year: all ? undefined : year })}` : null);
  const open = (filter: Record<string, string | undefined>) =>
    navigate(`/projects${qs({ year: all ? undefined : year?.toString(), ...filter })}`);

  const stageOption = useMemo(
    () => ({
      tooltip: {},
      grid: { left: 40, right: 16, top: 16, bottom: 80 },
      xAxis: {
        type: 'category' as const,
        data: (data?.byStage ?? []).map((s) => stageName(s.stage)),
        axisLabel: { rotate: 30, interval: 0 },
      },
      yAxis: { type: 'value' as const, minInterval: 1 },
      series: [
        {
          type: 'bar' as const,
          name: t('dashboard.count'),
          data: (data?.byStage ?? []).map((s) => s.count),
          itemStyle: { color: '#1f5fbf' },
        },
      ],
    }),
    [data, stageName, t],
  );
  const deptOption = useMemo(() => {
    const rows = [...(data?.byDepartment ?? [])].reverse();
    return {
      tooltip: {},
      grid: { left: 200, right: 24, top: 16, bottom: 24 },
      xAxis: { type: 'value' as const, name: t('dashboard.wan') },
      yAxis: { type: 'category' as const, data: rows.map((d) => d.name) },
      series: [
        {
          type: 'bar' as const,
          name: t('dashboard.total'),
          data: rows.map((d) => wan(d.totalFen)),
          itemStyle: { color: '#13a8a8' },
        },
      ],
    };
  }, [data, t]);
  const categoryOption = useMemo(
    () => ({
      tooltip: { trigger: 'item' as const },
      legend: { bottom: 0 },
      series: [
        {
          type: 'pie' as const,
          radius: ['35%', '65%'],
          data: (data?.byCategory ?? []).map((c) => ({ name: pick(c.name, c.nameEn), value: wan(c.totalFen) })),
        },
      ],
    }),
    [data, pick],
  );

  const money = (fen: number) => <Money fen={fen} />;
  const tot = data?.totals;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="dashboard-page">
      <PageHeader
        title={t('dashboard.title')}
        intro={t('dashboard.intro')}
        extra={
          <Space>
            {year && !all && (
              <Button
                icon={<FileExcelOutlined />}
                href={`/api/v1/review-results/export?year=${year}`}
                data-testid="export-review-results"
              >
                {t('dashboard.exportReview')}
              </Button>
            )}
            <YearOrAllSelect state={yearState} allLabel={t('dashboard.allYears')} testId="dashboard-year" />
          </Space>
        }
      />
      <Row gutter={[16, 16]}>
        {(
          [
            ['projects', tot?.count, null],
            ['total', tot?.totalFen, 1],
            ['approved', tot?.approvedBudgetFen, 1],
            ['contract', tot?.contractFen, 1],
            ['recovered', tot?.recoveryFen, 1],
          ] as const
        ).map(([k, v, isMoney]) => (
          <Col key={k} xs={12} md={8} xl={4}>
            <Card loading={loading && !data} hoverable onClick={() => open({})} data-testid={`dash-${k}`}>
              <Statistic
                title={t(`dashboard.${k}`)}
                value={v ?? 0}
                formatter={isMoney ? () => wanText(v ?? 0) : undefined}
              />
            </Card>
          </Col>
        ))}
      </Row>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card title={t('dashboard.byStage')}>
            <Chart
              option={stageOption}
              testId="chart-stage"
              summary={(data?.byStage ?? []).map((x) => `${stageName(x.stage)} ${x.count}`).join('，')}
              onClick={(i) => open({ stage: data?.byStage[i]?.stage })}
            />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card title={t('dashboard.byCategory')}>
            <Chart
              option={categoryOption}
              testId="chart-category"
              summary={(data?.byCategory ?? [])
                .map((x) => `${pick(x.name, x.nameEn)} ${wanText(x.totalFen)}`)
                .join('，')}
              onClick={(i) => {
                const c = data?.byCategory[i]?.category;
                if (c && c !== 'unspecified') open({ category: c });
              }}
            />
          </Card>
        </Col>
      </Row>
      <Card title={t('dashboard.byDepartment')}>
        <Chart
          option={deptOption}
          height={Math.max(200, 36 * (data?.byDepartment.length ?? 0) + 60)}
          testId="chart-department"
          summary={(data?.byDepartment ?? []).map((x) => `${x.name} ${wanText(x.totalFen)}`).join('，')}
          onClick={(i) => {
            const rows = [...(data?.byDepartment ?? [])].reverse();
            open({ orgId: rows[i]?.orgId });
          }}
        />
        <Table
          rowKey="orgId"
          size="small"
          pagination={listPagination(t, 10)}
          sticky={STICKY}
          dataSource={data?.byDepartment ?? []}
          locale={{ emptyText: t('dashboard.empty') }}
          data-testid="dept-table"
          columns={[
            { title: t('dashboard.unit'), dataIndex: 'name' },
            {
              title: t('dashboard.count'),
              dataIndex: 'count',
              width: 100,
              align: 'right',
              render: (n: number, r) => (
                <Link to={`/projects${qs({ year: all ? undefined : year?.toString(), orgId: r.orgId })}`}>{n}</Link>
              ),
            },
            { title: t('dashboard.total'), dataIndex: 'totalFen', width: 160, align: 'right', render: money },
            {
              title: t('dashboard.approved'),
              dataIndex: 'approvedBudgetFen',
              width: 160,
              align: 'right',
              render: money,
            },
            { title: t('dashboard.contract'), dataIndex: 'contractFen', width: 160, align: 'right', render: money },
          ]}
        />
      </Card>
      <Card title={t('dashboard.overdue')} data-testid="overdue-card">
        <Table
          rowKey="id"
          size="small"
          pagination={listPagination(t, 10)}
          sticky={STICKY}
          dataSource={data?.overdueRevisions ?? []}
          locale={{ emptyText: t('dashboard.noOverdue') }}
          columns={[
            {
              title: t('projects.code'),
              dataIndex: 'code',
              width: 140,
              render: (c: string, p) => <Link to={`/projects/${p.id}`}>{c}</Link>,
            },
            { title: t('projects.declaringOrg'), dataIndex: 'declaringOrgName', width: 220 },
            { title: t('form.name'), dataIndex: 'name' },
            {
              title: t('dashboard.due'),
              dataIndex: 'revisionDueAt',
              width: 170,
              render: (v: string | null) => <Typography.Text type="danger">{formatDateTime(v)}</Typography.Text>,
            },
          ]}
        />
      </Card>
    </Space>
  );
}
