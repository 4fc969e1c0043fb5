// 项目列表 / 项目申报: the projects the person may see, filtered by year, stage, category, department
// and the urgent mark; declarants create a draft under the open call.
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Input, Select, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { qs } from '../api/client';
import type { Call, Paged, ProjectSummary } from '../api/plan-types';
import { useApi } from '../api/useApi';
import { useAuth } from '../app/AuthContext';
import { PageHeader } from '../admin/shared/PageHeader';
import { useOrgDirectory } from '../admin/shared/orgs';
import { stageOptions } from '../plan/stages';
import { useRules } from '../plan/useRules';
import { CreateProjectModal } from './CreateProjectModal';
import { projectColumns } from './projectColumns';
import { STICKY } from '../ui/tables';

export function ProjectsPage() {
  const { t, i18n } = useTranslation();
  const { can } = useAuth();
  const rules = useRules();
  const [params, setParams] = useSearchParams();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const year = params.get('year') ?? undefined;
  const stage = params.get('stage') ?? undefined;
  const urgent = params.get('urgent') === '1';
  const q = params.get('q') ?? undefined;
  // From the dashboard: a department or a category behind a number (SPEC §7).
  const orgId = params.get('orgId') ?? undefined;
  const category = params.get('category') ?? undefined;
  const orgs = useOrgDirectory();
  const creating = params.get('create') === '1';
  const calls = useApi<{ items: Call[] }>('/calls');
  // A text search is counted up to 1,000 matches: beyond, `totalCapped` and the total reads "1,000+".
  const { data, loading } = useApi<Paged<ProjectSummary> & { totalCapped?: boolean }>(
    `/projects${qs({ year, stage, orgId, category, urgent: urgent ? 'true' : undefined, q, page, pageSize })}`,
  );
  const declarant = can('project.declare');
  const filtered = Boolean(year || stage || urgent || q || orgId || category);

  const setParam = (k: string, v: string | undefined) => {
    const next = new URLSearchParams(params);
    if (v) next.set(k, v);
    else next.delete(k);
    setParams(next, { replace: true });
    setPage(1);
  };
  const years = [...new Set((calls.data?.items ?? []).map((c) => c.planYear))].sort((a, b) => b - a);

  return (
    <Card data-testid="projects-page">
      <PageHeader
        title={t(declarant ? 'menu.declare' : 'menu.projects')}
        intro={t(declarant ? 'projects.introDeclarant' : 'projects.intro')}
        extra={
          declarant && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setParam('create', '1')}
              data-testid="project-create"
            >
              {t('projects.create')}
            </Button>
          )
        }
      />
      <div className="govit-toolbar">
        <Select
          allowClear
          placeholder={t('plan.year')}
          aria-label={t('plan.year')}
          style={{ width: 140 }}
          value={year}
          onChange={(v?: string) => setParam('year', v)}
          options={years.map((y) => ({ value: String(y), label: t('calls.yearValue', { year: y }) }))}
          data-testid="filter-year"
        />
        <Select
          allowClear
          placeholder={t('projects.stage')}
          aria-label={t('projects.stage')}
          style={{ width: 240 }}
          value={stage}
          onChange={(v?: string) => setParam('stage', v)}
          options={stageOptions(i18n.language)}
          data-testid="filter-stage"
        />
        <Select
          allowClear
          placeholder={t('form.category')}
          aria-label={t('form.category')}
          style={{ width: 180 }}
          value={category}
          onChange={(v?: string) => setParam('category', v)}
          options={(rules.data?.lists.categories.value ?? []).map((c) => ({
            value: c.code,
            label: rules.label('categories', c.code),
          }))}
          data-testid="filter-category"
        />
        {orgId && (
          <Tag closable onClose={() => setParam('orgId', undefined)} data-testid="filter-org">
            {t('projects.declaringOrg')}：{orgs.name(orgId)}
          </Tag>
        )}
        <Checkbox
          checked={urgent}
          onChange={(e) => setParam('urgent', e.target.checked ? '1' : undefined)}
          data-testid="filter-urgent"
        >
          {t('projects.onlyUrgent')}
        </Checkbox>
        <Input.Search
          allowClear
          placeholder={t('projects.searchPlaceholder')}
          aria-label={t('projects.searchPlaceholder')}
          style={{ width: 260 }}
          defaultValue={q}
          onSearch={(v) => setParam('q', v.trim() || undefined)}
        />
      </div>
      <Table<ProjectSummary>
        rowKey="id"
        size="middle"
        loading={loading}
        dataSource={data?.items ?? []}
        columns={projectColumns<ProjectSummary>(t, rules.label)}
        scroll={{ x: 1300 }}
        sticky={STICKY}
        data-testid="projects-table"
        // A search or filter that matches nothing is not "nothing declared yet" (issue 13).
        locale={{
          emptyText: filtered ? t('ux.noMatch') : t(declarant ? 'projects.emptyDeclarant' : 'projects.empty'),
        }}
        pagination={{
          current: page,
          pageSize,
          total: data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (n) => t(data?.totalCapped ? 'common.totalCapped' : 'common.total', { count: n }),
          onChange: (p, s) => {
            setPage(p);
            setPageSize(s);
          },
        }}
      />
      {creating && declarant && calls.data && (
        <CreateProjectModal calls={calls.data.items} onClose={() => setParam('create', undefined)} />
      )}
    </Card>
  );
}
