// 年度信息化项目清单 (Art.10(4)): the projects the plan put in the list for a year, filterable, with
// totals, the government consent document number(s), and an Excel export. 13 columns do not fit at
// 1440 px: a column picker hides the less used ones by default (issue 13); amounts in 万元, 元 on hover.
import { FileExcelOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Checkbox, Select, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { qs } from '../api/client';
import type { AnnualList, AnnualListRow } from '../api/plan-types';
import { useApi } from '../api/useApi';
import { PageHeader } from '../admin/shared/PageHeader';
import { useOrgDirectory } from '../admin/shared/orgs';
import { problemText } from '../app/useNotify';
import { formatDateTime } from '../i18n/format';
import { useCite } from '../plan/cite';
import { UrgentTag } from '../plan/tags';
import { useRules } from '../plan/useRules';
import { useYear } from './useYear';
import { Money, renderMoney } from '../ui/Money';
import { byNumber, byText, STICKY, useColumnPicker } from '../ui/tables';

const MONEY_TOTALS = {
  totalFen: 'totalFen',
  currentYearBudgetFen: 'currentYearBudgetFen',
  approvedBudgetFen: 'approvedBudgetFen',
} as const;

export function AnnualListPage() {
  const { t, i18n } = useTranslation();
  const cite = useCite();
  const rules = useRules();
  const orgs = useOrgDirectory();
  const { year, setYear, years, params, setParams } = useYear();
  const orgId = params.get('orgId') ?? undefined;
  const category = params.get('category') ?? undefined;
  const urgent = params.get('urgent') === '1' ? 'true' : undefined;
  const query = qs({ year, orgId, category, urgent });
  // The list is paged by the server (the totals stay the whole list's); a new filter starts at page 1.
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(50);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the filter (the query) changes, to go back to page 1
  useEffect(() => setPage(1), [query]);
  const { data, error, loading } = useApi<AnnualList>(
    year ? `/annual-list${qs({ year, orgId, category, urgent, page, pageSize })}` : null,
  );
  const setParam = (k: string, v?: string) => {
    const next = new URLSearchParams(params);
    if (v) next.set(k, v);
    else next.delete(k);
    setParams(next, { replace: true });
  };

  const columns: ColumnsType<AnnualListRow> = [
    { title: t('annual.no'), key: 'no', width: 56, render: (_, __, i) => (page - 1) * pageSize + i + 1 },
    {
      title: t('projects.code'),
      dataIndex: 'code',
      width: 140,
      className: 'govit-nowrap',
      sorter: byText<AnnualListRow>('code'),
    },
    {
      title: t('form.name'),
      dataIndex: 'name',
      width: 200,
      sorter: byText<AnnualListRow>('name'),
      render: (_, r) => (
        <Space size={4} wrap>
          <Link to={`/projects/${r.id}`}>{r.name}</Link>
          <UrgentTag urgent={r.urgent} />
        </Space>
      ),
    },
    {
      title: t('projects.declaringOrg'),
      dataIndex: 'declaringOrg',
      width: 160,
      sorter: byText<AnnualListRow>('declaringOrg'),
    },
    {
      title: t('form.category'),
      dataIndex: 'category',
      width: 110,
      render: (c: string | null) => rules.label('categories', c),
    },
    { title: t('form.kind'), dataIndex: 'kind', width: 100, render: (c: string | null) => rules.label('kinds', c) },
    {
      title: t('annual.total'),
      dataIndex: 'totalFen',
      width: 130,
      align: 'right',
      sorter: byNumber<AnnualListRow>('totalFen'),
      render: renderMoney,
    },
    {
      title: t('annual.currentYear'),
      dataIndex: 'currentYearBudgetFen',
      width: 130,
      align: 'right',
      sorter: byNumber<AnnualListRow>('currentYearBudgetFen'),
      render: renderMoney,
    },
    {
      title: t('form.fundingSources'),
      dataIndex: 'fundingSources',
      width: 200,
      render: (fs: AnnualListRow['fundingSources']) =>
        fs.length
          ? fs.map((f) => (
              <div key={f.source}>
                {rules.label('fundingSources', f.source)} <Money fen={f.amountFen} />
              </div>
            ))
          : '—',
    },
    { title: t('annual.period'), dataIndex: 'period', width: 120 },
    { title: t('annual.preReview'), dataIndex: 'preReviewConclusion', width: 170 },
    {
      title: t('projects.approved'),
      dataIndex: 'approvedBudgetFen',
      width: 130,
      align: 'right',
      sorter: byNumber<AnnualListRow>('approvedBudgetFen'),
      render: renderMoney,
    },
    { title: t('annual.consent'), dataIndex: 'consentDocNumber', width: 150, render: (v: string | null) => v ?? '—' },
  ];
  const picker = useColumnPicker('annual-list', columns, {
    hiddenByDefault: ['category', 'kind', 'fundingSources', 'period', 'preReviewConclusion'],
    always: ['no', 'name'],
  });
  const shown = picker.visible;
  const firstMoney = shown.findIndex((c) => (c as { dataIndex?: string }).dataIndex === 'totalFen');

  return (
    <Card data-testid="annual-list-page">
      <PageHeader
        title={t('menu.annualList')}
        intro={t('annual.intro', { article: cite('Art.10(4)') })}
        extra={
          year && (
            <Button icon={<FileExcelOutlined />} href={`/api/v1/annual-list/export${query}`} data-testid="export-xlsx">
              {t('annual.export')}
            </Button>
          )
        }
      />
      <div className="govit-toolbar">
        <Select
          style={{ width: 140 }}
          value={year}
          onChange={setYear}
          data-testid="annual-year"
          options={years.map((y) => ({ value: y, label: t('calls.yearValue', { year: y }) }))}
        />
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('projects.declaringOrg')}
          style={{ width: 240 }}
          value={orgId}
          onChange={(v?: string) => setParam('orgId', v)}
          options={orgs.options}
        />
        <Select
          allowClear
          placeholder={t('form.category')}
          style={{ width: 160 }}
          value={category}
          onChange={(v?: string) => setParam('category', v)}
          options={rules.options('categories')}
        />
        <Checkbox checked={!!urgent} onChange={(e) => setParam('urgent', e.target.checked ? '1' : undefined)}>
          {t('projects.onlyUrgent')}
        </Checkbox>
        <span className="govit-toolbar-spacer" />
        {picker.picker}
      </div>
      {error && <Alert type="error" showIcon title={problemText(error, i18n.language)} style={{ marginBottom: 16 }} />}
      {data && (
        <Alert
          type={data.plans.length ? 'success' : 'info'}
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="consent-docs"
          title={
            data.plans.length
              ? t('annual.consentDocs', {
                  docs: data.plans.map((p) => `${p.consentDocNumber}（${p.consentDate}）`).join('、'),
                })
              : t('annual.noPlan')
          }
          description={
            data.plans.length
              ? t('annual.issuedAt', { time: data.plans.map((p) => formatDateTime(p.issuedAt)).join('、') })
              : undefined
          }
        />
      )}
      <Table<AnnualListRow>
        rowKey="id"
        size="middle"
        bordered
        loading={loading}
        dataSource={data?.items ?? []}
        columns={shown}
        sticky={STICKY}
        pagination={{
          current: page,
          pageSize,
          total: data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (n) => t('common.total', { count: n }),
          onChange: (p, size) => {
            setPage(p);
            setPageSize(size);
          },
        }}
        scroll={{ x: 'max-content' }}
        data-testid="annual-list-table"
        locale={{ emptyText: t('annual.empty') }}
        summary={() =>
          data?.items.length ? (
            <Table.Summary.Row data-testid="annual-totals">
              {/* The label spans the columns before the first amount; each amount column gets its total. */}
              <Table.Summary.Cell index={0} colSpan={Math.max(1, firstMoney)}>
                <Typography.Text strong>{t('annual.totals', { count: data.total })}</Typography.Text>
              </Table.Summary.Cell>
              {shown.slice(Math.max(1, firstMoney)).map((c, i) => {
                const key = (c as { dataIndex?: string }).dataIndex as keyof typeof MONEY_TOTALS | undefined;
                const total = key && key in MONEY_TOTALS ? data.totals[MONEY_TOTALS[key]] : undefined;
                return (
                  <Table.Summary.Cell key={String(key ?? i)} index={Math.max(1, firstMoney) + i} align="right">
                    {total !== undefined && (
                      <Typography.Text strong>
                        <Money fen={total} />
                      </Typography.Text>
                    )}
                  </Table.Summary.Cell>
                );
              })}
            </Table.Summary.Row>
          ) : null
        }
      />
    </Card>
  );
}
