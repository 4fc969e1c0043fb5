// The projects behind one cockpit figure (GET /cockpit/projects), paged by the server, each linking
// to the project.
import { Drawer, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { qs } from '../api/client';
import type { ProjectSummary } from '../api/plan-types';
import { useApi } from '../api/useApi';
import { useStageLabel } from '../i18n/labels';
import { renderMoney } from '../ui/Money';
import type { Drill, DrillPage } from './types';

export function DrillDrawer({ drill, onClose }: { drill: Drill | null; onClose: () => void }) {
  return drill ? <DrillList key={JSON.stringify(drill.query)} drill={drill} onClose={onClose} /> : null;
}

function DrillList({ drill, onClose }: { drill: Drill; onClose: () => void }) {
  const { t } = useTranslation();
  const stageName = useStageLabel();
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const { data, loading } = useApi<DrillPage>(`/cockpit/projects${qs({ ...drill.query, ...page })}`);
  return (
    <Drawer open onClose={onClose} size="large" title={drill.title} data-testid="cockpit-drill">
      <Table<ProjectSummary>
        rowKey="id"
        size="small"
        data-testid="cockpit-drill-table"
        loading={loading}
        dataSource={data?.items ?? []}
        locale={{ emptyText: t('cockpit.drillEmpty') }}
        pagination={{
          current: page.page,
          pageSize: page.pageSize,
          total: data?.total ?? 0,
          showTotal: (n) => t('common.total', { count: n }),
          onChange: (p, s) => setPage({ page: s === page.pageSize ? p : 1, pageSize: s }),
        }}
        columns={[
          {
            title: t('projects.code'),
            dataIndex: 'code',
            width: 130,
            render: (c: string, p) => <Link to={`/projects/${p.id}`}>{c}</Link>,
          },
          { title: t('form.name'), dataIndex: 'name' },
          { title: t('projects.declaringOrg'), dataIndex: 'declaringOrgName', width: 180 },
          { title: t('cockpit.stage'), dataIndex: 'stage', width: 150, render: (s: string) => stageName(s) },
          { title: t('cockpit.step.declared'), dataIndex: 'totalFen', width: 130, align: 'right', render: renderMoney },
        ]}
      />
    </Drawer>
  );
}
