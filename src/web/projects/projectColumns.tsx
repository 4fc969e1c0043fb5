// Columns of the project lists: code, name (with the urgent mark), unit, category, amount, stage.
import { Space, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { TFunction } from 'i18next';
import { Link } from 'react-router';
import type { ProjectSummary } from '../api/plan-types';
import { formatDateTime } from '../i18n/format';
import { wanText } from '../plan/money';
import { StageTag, UrgentTag } from '../plan/tags';

type Label = (key: 'categories' | 'kinds', code: string | null | undefined) => string;

export function projectColumns<T extends ProjectSummary>(t: TFunction, label: Label): ColumnsType<T> {
  return [
    {
      title: t('projects.code'),
      dataIndex: 'code',
      width: 140,
      render: (c: string) => <Typography.Text code>{c}</Typography.Text>,
    },
    {
      title: t('form.name'),
      dataIndex: 'name',
      width: 260,
      render: (_: unknown, p: T) => (
        <Space size={4} wrap>
          <Link to={`/projects/${p.id}`}>{p.name}</Link>
          <UrgentTag urgent={p.urgent} />
        </Space>
      ),
    },
    {
      title: t('projects.declaringOrg'),
      dataIndex: 'declaringOrgName',
      width: 180,
      render: (v: string | null) => v ?? '—',
    },
    {
      title: t('form.category'),
      dataIndex: 'category',
      width: 110,
      render: (c: string | null) => label('categories', c),
    },
    { title: t('form.kind'), dataIndex: 'kind', width: 100, render: (c: string | null) => label('kinds', c) },
    {
      title: t('projects.total'),
      dataIndex: 'totalFen',
      width: 120,
      align: 'right',
      render: (f: number) => wanText(f),
    },
    {
      title: t('projects.stage'),
      dataIndex: 'stage',
      width: 190,
      render: (_: unknown, p: T) => <StageTag stage={p.stage} />,
    },
    {
      title: t('projects.submittedAt'),
      dataIndex: 'submittedAt',
      width: 150,
      render: (v: string | null) => formatDateTime(v),
    },
  ];
}
