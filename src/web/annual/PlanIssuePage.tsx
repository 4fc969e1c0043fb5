// 下达计划 (区数据局, Art.10(4)): the projects whose budget finance has approved; with the district
// government's consent (document number and date) they enter the annual project list.
import { Alert, App, Button, Card, DatePicker, Form, Input, Select, Space, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { post, ProblemError } from '../api/client';
import type { AnnualList, Finding, Paged, ProjectSummary } from '../api/plan-types';
import { useApi } from '../api/useApi';
import { PageHeader } from '../admin/shared/PageHeader';
import { useNotify } from '../app/useNotify';
import { formatDateTime, usePick } from '../i18n/format';
import { actionLabel } from '../i18n/labels';
import { useCite } from '../plan/cite';
import { useRules } from '../plan/useRules';
import { projectColumns } from '../projects/projectColumns';
import { useYear } from './useYear';
import { renderMoney } from '../ui/Money';
import { listPagination, STICKY } from '../ui/tables';

interface Values {
  consentDocNumber: string;
  consentDate: Dayjs;
  note?: string;
}

export function PlanIssuePage() {
  const { t, i18n } = useTranslation();
  const pick = usePick();
  const cite = useCite();
  const notify = useNotify();
  const { modal } = App.useApp();
  const rules = useRules();
  const { year, setYear, years } = useYear();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [selected, setSelected] = useState<string[]>([]);
  const list = useApi<Paged<ProjectSummary>>(year ? `/projects?stage=budgeted&year=${year}&pageSize=200` : null);
  const issued = useApi<AnnualList>(year ? `/annual-list?year=${year}` : null);
  const items = list.data?.items ?? [];
  // Every budgeted project is selected again whenever the list (re)loads.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on a new list, not on each render's derived array
  useEffect(() => {
    setSelected(items.map((p) => p.id));
  }, [list.data]);

  const submit = async (v: Values) => {
    if (!year) return;
    setBusy(true);
    try {
      const res = await post<{ projectIds: string[] }>('/plans', {
        planYear: year,
        consentDocNumber: v.consentDocNumber.trim(),
        consentDate: v.consentDate.format('YYYY-MM-DD'),
        projectIds: selected.length ? selected : undefined,
        note: v.note?.trim() || undefined,
      });
      notify.success(t('planIssue.done', { count: res.projectIds.length }));
      form.resetFields();
      list.reload();
      issued.reload();
    } catch (e) {
      if (e instanceof ProblemError && e.code === 'RULE_BLOCKED') {
        const blocking = (e.details as { blocking?: Finding[] } | undefined)?.blocking ?? [];
        modal.error({
          title: t('planIssue.blocked', { rule: e.rule, article: cite(e.article) }),
          width: 640,
          content: (
            <div data-testid="plan-blocked">
              {blocking.length
                ? blocking.map((f) => <p key={`${f.rule}-${f.message}`}>{pick(f.message, f.messageEn)}</p>)
                : e.localized(i18n.language)}
            </div>
          ),
        });
      } else notify.error(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="plan-page">
      <Card>
        <PageHeader
          title={actionLabel('issue_plan', i18n.language)}
          intro={t('planIssue.intro', { article: cite('Art.10(4)') })}
          extra={
            <Select
              style={{ width: 140 }}
              value={year}
              onChange={setYear}
              data-testid="plan-year"
              options={years.map((y) => ({ value: y, label: t('calls.yearValue', { year: y }) }))}
            />
          }
        />
        <Table<ProjectSummary>
          rowKey="id"
          size="middle"
          loading={list.loading}
          dataSource={items}
          pagination={listPagination(t)}
          sticky={STICKY}
          columns={[
            ...projectColumns<ProjectSummary>(t, rules.label),
            {
              title: t('projects.approved'),
              dataIndex: 'approvedBudgetFen',
              width: 130,
              align: 'right',
              render: renderMoney,
            },
          ]}
          rowSelection={{
            selectedRowKeys: selected,
            preserveSelectedRowKeys: true,
            onChange: (keys) => setSelected(keys as string[]),
          }}
          scroll={{ x: 1450 }}
          data-testid="plan-candidates"
          locale={{ emptyText: t('planIssue.empty') }}
        />
      </Card>
      <Card title={t('planIssue.formTitle')}>
        <Form<Values>
          form={form}
          layout="inline"
          onFinish={submit}
          data-testid="plan-issue-form"
          style={{ rowGap: 12 }}
        >
          <Form.Item
            name="consentDocNumber"
            label={t('planIssue.docNumber')}
            rules={[{ required: true, min: 4, message: t('planIssue.docNumberRequired') }]}
          >
            <Input style={{ width: 260 }} placeholder={t('planIssue.docNumberPlaceholder')} />
          </Form.Item>
          <Form.Item
            name="consentDate"
            label={t('planIssue.date')}
            rules={[{ required: true, message: t('validation.select', { label: t('planIssue.date') }) }]}
          >
            <DatePicker format="YYYY-MM-DD" />
          </Form.Item>
          <Form.Item name="note" label={t('planIssue.note')}>
            <Input style={{ width: 260 }} />
          </Form.Item>
          <Button
            type="primary"
            onClick={() => form.submit()}
            loading={busy}
            disabled={!items.length}
            data-testid="plan-issue-submit"
          >
            {t('planIssue.submit', { count: selected.length || items.length })}
          </Button>
        </Form>
        {!!issued.data?.plans.length && (
          <Alert
            type="success"
            showIcon
            style={{ marginTop: 16 }}
            data-testid="plans-issued"
            title={t('planIssue.issued')}
            description={
              <>
                {issued.data.plans.map((p) => (
                  <div key={p.consentDocNumber + p.issuedAt}>
                    {p.consentDocNumber} · {p.consentDate} · {formatDateTime(p.issuedAt)}
                  </div>
                ))}
                <Link to={`/annual-list?year=${year}`}>{t('planIssue.toList')}</Link>
              </>
            }
          />
        )}
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
          {t('planIssue.hint')}
        </Typography.Paragraph>
      </Card>
    </Space>
  );
}
