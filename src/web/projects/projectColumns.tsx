// Columns of the project lists: code, name (with the urgent mark), unit, category, amount, stage —
// each sortable on the rows shown (the list API has no sort parameter), amounts in 万元 (元 on hover).
import { Space, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { TFunction } from 'i18next';
import { Link } from 'react-router';
import type { ProjectSummary } from '../api/plan-types';
import { formatDateTime } from '../i18n/format';
import { StageTag, UrgentTag } from '../plan/tags';
import { STAGE_CODES } from '../../domain/lifecycle/stages';
import { renderMoney } from '../ui/Money';
import { byDate, byNumber, byText } from '../ui/tables';

type Label = (key: 'categories' | 'kinds', code: string | null | undefined) => string;

export function projectColumns<T extends ProjectSummary>(t: TFunction, label: Label): ColumnsType<T> {
  return [
    {
      title: t('projects.code'),
      dataIndex: 'code',
      width: 150,
      sorter: byText<ProjectSummary>('code'),
      render: (c: string) => (
        <Typography.Text code className="govit-nowrap">
          {c}
        </Typography.Text>
      ),
    },
    {
      title: t('form.name'),
      dataIndex: 'name',
      width: 260,
      sorter: byText<ProjectSummary>('name'),
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
      sorter: byText<ProjectSummary>('declaringOrgName'),
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
      width: 140,
      align: 'right',
      sorter: byNumber<ProjectSummary>('totalFen'),
      render: renderMoney,
    },
    {
      title: t('projects.stage'),
      dataIndex: 'stage',
      width: 190,
      sorter: (a: T, b: T) => STAGE_CODES.indexOf(a.stage) - STAGE_CODES.indexOf(b.stage),
      render: (_: unknown, p: T) => <StageTag stage={p.stage} />,
    },
    {
      title: t('projects.submittedAt'),
      dataIndex: 'submittedAt',
      width: 150,
      sorter: byDate<ProjectSummary>('submittedAt'),
      render: (v: string | null) => formatDateTime(v),
    },
  ];
}
