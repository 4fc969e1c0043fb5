// What changed between two declaration rounds (re-submission after 退回修改): fields with their
// before/after values and the document versions.
import { Card, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Round, RoundDiff as Diff } from '../../api/plan-types';
import { useApi } from '../../api/useApi';
import { formatDateTime } from '../../i18n/format';
import { yuanText } from '../../plan/money';
import { useRules } from '../../plan/useRules';

const show = (path: string, v: unknown): string => {
  if (v === null || v === undefined || v === '') return '—';
  if (
    typeof v === 'number' &&
    /Fen$|Fen\b|\.(development|implementation|maintenance|training|supervision|other)$/.test(path)
  )
    return yuanText(v);
  return typeof v === 'string' ? v : JSON.stringify(v);
};

export function RoundDiff({ projectId, rounds }: { projectId: string; rounds: Round[] }) {
  const { t } = useTranslation();
  const rules = useRules();
  const TOP: Record<string, string> = { name: 'form.name', totalFen: 'form.totalYuan' };
  const pathLabel = (path: string) => {
    const budget = /^form\.budgetBreakdown\.(\w+)$/.exec(path);
    if (budget) return `${t('form.breakdown')} · ${rules.label('budgetItems', budget[1])}`;
    return TOP[path] ? t(TOP[path]) : path;
  };
  const last = rounds[rounds.length - 1].round;
  const [from, setFrom] = useState(last - 1);
  const [to, setTo] = useState(last);
  const { data, loading } = useApi<Diff>(from < to ? `/projects/${projectId}/rounds/diff?from=${from}&to=${to}` : null);
  const options = rounds.map((r) => ({
    value: r.round,
    label: `${t('projects.roundN', { n: r.round })}（${formatDateTime(r.submittedAt)}）`,
  }));

  return (
    <Card
      type="inner"
      title={t('diff.title')}
      data-testid="round-diff"
      style={{ marginTop: 16 }}
      extra={
        <Space>
          <Select size="small" value={from} onChange={setFrom} options={options} style={{ width: 220 }} />→
          <Select size="small" value={to} onChange={setTo} options={options} style={{ width: 220 }} />
        </Space>
      }
    >
      <Table
        size="small"
        rowKey="path"
        loading={loading}
        pagination={false}
        dataSource={data?.fields ?? []}
        locale={{ emptyText: t('diff.noFields') }}
        columns={[
          {
            title: t('diff.field'),
            dataIndex: 'path',
            width: 220,
            render: (p: string) => <Typography.Text title={p}>{pathLabel(p)}</Typography.Text>,
          },
          {
            title: t('diff.before'),
            key: 'b',
            render: (_, r) => (
              <Typography.Text delete type="secondary">
                {show(r.path, r.before)}
              </Typography.Text>
            ),
          },
          {
            title: t('diff.after'),
            key: 'a',
            render: (_, r) => <Typography.Text mark>{show(r.path, r.after)}</Typography.Text>,
          },
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('diff.documents')}
      </Typography.Title>
      <Table
        size="small"
        rowKey="docType"
        pagination={false}
        dataSource={data?.documents ?? []}
        locale={{ emptyText: t('diff.noDocuments') }}
        columns={[
          {
            title: t('docs.material'),
            dataIndex: 'docType',
            width: 200,
            render: (c: string) => rules.label('requiredMaterials', c),
          },
          {
            title: t('diff.before'),
            key: 'b',
            render: (_, r) =>
              r.before ? (
                <>
                  <Tag>v{r.before.version}</Tag>
                  {r.before.fileName}
                </>
              ) : (
                '—'
              ),
          },
          {
            title: t('diff.after'),
            key: 'a',
            render: (_, r) =>
              r.after ? (
                <>
                  <Tag color="blue">v{r.after.version}</Tag>
                  {r.after.fileName}
                </>
              ) : (
                '—'
              ),
          },
        ]}
      />
    </Card>
  );
}
