// 第三方评估 (Art.33): the evaluator's list of the projects assigned to its organisation (the data bureau
// sees every assignment). The evaluation itself — report upload and the scores — is on the project's
// 绩效评价与整改 tab, which the evaluator can open only for these projects.
import { Alert, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApi } from '../api/useApi';
import { StageTag } from '../plan/tags';
import type { AssignmentItem } from './types';

export function AssignmentsPage() {
  const { t } = useTranslation();
  const { data, loading } = useApi<{ items: AssignmentItem[] }>('/evaluation-assignments');
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="assignments-page">
      <Typography.Title level={4}>{t('oversight.assignments')}</Typography.Title>
      <Alert type="info" showIcon message={t('oversight.assignmentIntro')} />
      <Table
        rowKey="id"
        loading={loading}
        dataSource={data?.items ?? []}
        columns={[
          {
            title: t('oversight.project'),
            render: (_: unknown, a: AssignmentItem) => (
              <Link to={`/projects/${a.project.id}`}>
                {a.project.code} {a.project.name}
              </Link>
            ),
          },
          { title: t('oversight.year'), dataIndex: 'year' },
          { title: t('oversight.evaluatorOrg'), dataIndex: 'evaluator' },
          { title: '', render: (_: unknown, a: AssignmentItem) => <StageTag stage={a.project.stage} /> },
          {
            title: t('oversight.targets'),
            render: (_: unknown, a: AssignmentItem) =>
              a.project.targets.map((x) => `${x.indicator}：${x.target}`).join('；'),
          },
          {
            title: t('oversight.score'),
            render: (_: unknown, a: AssignmentItem) =>
              a.completedAt ? <Tag color="green">{a.score}</Tag> : <Tag>{t('oversight.open')}</Tag>,
          },
        ]}
      />
    </Space>
  );
}
