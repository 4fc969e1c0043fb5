// 数据局驾驶舱 (issue 10, Art.31–34): the district at a glance — the money pipeline by department,
// category, funding source and year; review timeliness per party; missed deadlines by unit;
// monitoring flags and evaluation scores. Every card, bar, slice and table number opens the list of
// the projects behind it (GET /cockpit/projects). Read-only for everyone who may see it.
import { Alert, Card, Col, Row, Select, Space, Statistic, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { qs } from '../api/client';
import { useApi } from '../api/useApi';
import { problemText } from '../app/useNotify';
import { PageHeader } from '../admin/shared/PageHeader';
import { useYear } from '../annual/useYear';
import { YearOrAllSelect } from '../annual/YearOrAllSelect';
import { formatDateTime, usePick } from '../i18n/format';
import { wanText } from '../plan/money';
import { Money } from '../ui/Money';
import { Chart } from '../dashboard/Chart';
import { DrillDrawer } from './DrillDrawer';
import { SanctionsCard } from './SanctionsCard';
import type { Cockpit, Drill, Figures, Note, OversightSection, PartyTimeliness, PipelineStep } from './types';

const wan = (fen: number) => Math.round(fen / 100) / 10_000;
/** The pipeline steps drawn per department and category (control price and recovered are in the totals). */
const BAR_STEPS: PipelineStep[] = ['declared', 'budgeted', 'contracted', 'disbursed'];
const COLORS = ['#1f5fbf', '#13a8a8', '#d48806', '#389e0d', '#722ed1', '#cf1322'];

/** Bars per label for the pipeline steps drawn (BAR_STEPS), in 万元. */
function barsOption(labels: string[], figures: Figures[], stepName: (s: PipelineStep) => string, unit: string) {
  return {
    tooltip: { trigger: 'axis' as const },
    legend: { top: 0 },
    grid: { left: 16, right: 24, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'value' as const, name: unit },
    yAxis: { type: 'category' as const, data: labels, inverse: true },
    series: BAR_STEPS.map((s, i) => ({
      type: 'bar' as const,
      name: stepName(s),
      data: figures.map((f) => wan(f[s].fen)),
      itemStyle: { color: COLORS[i] },
    })),
  };
}

/** A ring of amounts in 万元. */
function pieOption(rows: { name: string; fen: number }[]) {
  return {
    tooltip: { trigger: 'item' as const },
    legend: { bottom: 0 },
    series: [
      { type: 'pie' as const, radius: ['35%', '62%'], data: rows.map((r) => ({ name: r.name, value: wan(r.fen) })) },
    ],
  };
}

export function CockpitPage() {
  const { t, i18n } = useTranslation();
  const pick = usePick();
  const yearState = useYear();
  const { year, all } = yearState;
  const shownYear = all ? undefined : year;
  const { data, loading, error } = useApi<Cockpit>(year || all ? `/cockpit${qs({ year: shownYear })}` : null);
  const [drill, setDrill] = useState<Drill | null>(null);
  const [review, setReview] = useState<'all' | 'pre_review' | 'joint_review'>('all');
  const note = (n: Note) => pick(n.zh, n.en);
  const stepName = (s: PipelineStep) => t(`cockpit.step.${s}`);

  const open = (title: string, query: Drill['query']) => setDrill({ title, query: { year: shownYear, ...query } });
  const openStep = (step: PipelineStep, extra: Drill['query'] = {}, what = '') =>
    open(`${what}${what ? ' · ' : ''}${stepName(step)}`, { figure: 'money', step, ...extra });

  const pipelineOption = useMemo(
    () => ({
      tooltip: { trigger: 'item' as const },
      series: [
        {
          type: 'funnel' as const,
          sort: 'none' as const,
          left: '10%',
          width: '80%',
          minSize: '8%',
          label: { show: true, position: 'inside' as const },
          data: (data?.pipeline ?? []).map((s) => ({
            name: `${pick(s.zh, s.en)} ${wanText(s.fen)}`,
            value: Math.max(wan(s.fen), 0.0001),
          })),
        },
      ],
    }),
    [data, pick],
  );

  const deptOption = useMemo(
    () =>
      barsOption(
        (data?.byDepartment ?? []).map((d) => d.name),
        (data?.byDepartment ?? []).map((d) => d.figures),
        (s) => t(`cockpit.step.${s}`),
        t('cockpit.wan'),
      ),
    [data, t],
  );
  const yearOption = useMemo(
    () =>
      barsOption(
        (data?.byYear ?? []).map((y) => t('calls.yearValue', { year: y.planYear })),
        (data?.byYear ?? []).map((y) => y.figures),
        (s) => t(`cockpit.step.${s}`),
        t('cockpit.wan'),
      ),
    [data, t],
  );
  const categoryOption = useMemo(
    () =>
      pieOption((data?.byCategory ?? []).map((c) => ({ name: pick(c.name, c.nameEn), fen: c.figures.declared.fen }))),
    [data, pick],
  );
  const sourceOption = useMemo(
    () => pieOption((data?.bySource ?? []).map((s) => ({ name: pick(s.name, s.nameEn), fen: s.declaredFen }))),
    [data, pick],
  );
  const parties: PartyTimeliness[] = data?.reviewTimeliness[review] ?? [];
  const timelinessOption = useMemo(
    () => ({
      tooltip: { trigger: 'axis' as const },
      legend: { top: 0 },
      grid: { left: 16, right: 24, top: 36, bottom: 8, containLabel: true },
      xAxis: { type: 'category' as const, data: parties.map((p) => pick(p.zh, p.en)) },
      yAxis: { type: 'value' as const, name: t('cockpit.days'), minInterval: 1 },
      series: (['medianDays', 'avgDays', 'maxDays'] as const).map((k, i) => ({
        type: 'bar' as const,
        name: t(`cockpit.timeliness.${k}`),
        data: parties.map((p) => p[k] ?? 0),
        itemStyle: { color: COLORS[i] },
      })),
    }),
    [parties, pick, t],
  );
  const overdueOption = useMemo(() => {
    const rows = data?.overdueByUnit ?? [];
    return {
      tooltip: { trigger: 'axis' as const },
      legend: { top: 0 },
      grid: { left: 16, right: 24, top: 36, bottom: 8, containLabel: true },
      xAxis: { type: 'value' as const, minInterval: 1 },
      yAxis: { type: 'category' as const, data: rows.map((r) => r.name), inverse: true },
      series: (['overdue', 'late'] as const).map((k, i) => ({
        type: 'bar' as const,
        stack: 'all',
        name: t(`cockpit.overdue.${k}`),
        data: rows.map((r) => r[k]),
        itemStyle: { color: i === 0 ? '#cf1322' : '#d48806' },
      })),
    };
  }, [data, t]);

  const reviewQuery = review === 'all' ? {} : { review };
  const clickable = (n: number | string, onClick: () => void, testId?: string) => (
    <span data-testid={testId}>
      <Typography.Link onClick={onClick}>{n}</Typography.Link>
    </span>
  );

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="cockpit-page">
      <PageHeader
        title={t('cockpit.title')}
        intro={t('cockpit.intro')}
        extra={
          <Space>
            {data && (
              <Typography.Text type="secondary">{t('cockpit.asOf', { at: formatDateTime(data.asOf) })}</Typography.Text>
            )}
            <YearOrAllSelect state={yearState} allLabel={t('cockpit.allYears')} testId="cockpit-year" />
          </Space>
        }
      />
      {error && <Alert type="error" showIcon title={problemText(error, i18n.language)} />}
      <Row gutter={[16, 16]}>
        {(data?.pipeline ?? []).map((s) => (
          <Col key={s.step} xs={12} md={8} xl={4}>
            <Card
              hoverable
              loading={loading && !data}
              onClick={() => openStep(s.step)}
              data-testid={`cockpit-step-${s.step}`}
            >
              <Statistic title={pick(s.zh, s.en)} value={s.fen} formatter={() => <Money fen={s.fen} />} />
              <Typography.Text type="secondary">{t('cockpit.projects', { count: s.count })}</Typography.Text>
            </Card>
          </Col>
        ))}
      </Row>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={10}>
          <Card title={t('cockpit.pipeline')} data-testid="cockpit-pipeline">
            <Chart
              option={pipelineOption}
              testId="chart-pipeline"
              summary={(data?.pipeline ?? []).map((s) => `${pick(s.zh, s.en)} ${wanText(s.fen)}`).join('，')}
              onClick={(i) => {
                const s = data?.pipeline[i];
                if (s) openStep(s.step);
              }}
            />
            {data && <Typography.Paragraph type="secondary">{note(data.recoveredNote)}</Typography.Paragraph>}
          </Card>
        </Col>
        <Col xs={24} xl={14}>
          <Card title={t('cockpit.byYear')}>
            <Chart
              option={yearOption}
              height={Math.max(200, 60 * (data?.byYear.length ?? 0) + 80)}
              testId="chart-year"
              summary={(data?.byYear ?? []).map((y) => `${y.planYear} ${wanText(y.figures.declared.fen)}`).join('，')}
              onClick={(i, series) => {
                const y = data?.byYear[i];
                const step = BAR_STEPS[series];
                if (y && step)
                  setDrill({
                    title: `${t('calls.yearValue', { year: y.planYear })} · ${stepName(step)}`,
                    query: { figure: 'money', step, year: y.planYear },
                  });
              }}
            />
          </Card>
        </Col>
      </Row>
      <Card title={t('cockpit.byDepartment')}>
        <Chart
          option={deptOption}
          height={Math.max(220, 44 * (data?.byDepartment.length ?? 0) + 80)}
          testId="chart-department"
          summary={(data?.byDepartment ?? []).map((d) => `${d.name} ${wanText(d.figures.declared.fen)}`).join('，')}
          onClick={(i, series) => {
            const d = data?.byDepartment[i];
            const step = BAR_STEPS[series];
            if (d && step) openStep(step, { orgId: d.orgId }, d.name);
          }}
        />
        <Table
          rowKey="orgId"
          size="small"
          pagination={{ defaultPageSize: 10, hideOnSinglePage: true }}
          dataSource={data?.byDepartment ?? []}
          locale={{ emptyText: t('cockpit.empty') }}
          data-testid="cockpit-dept-table"
          columns={[
            { title: t('cockpit.unit'), dataIndex: 'name' },
            ...(['declared', 'budgeted', 'control_price', 'contracted', 'disbursed', 'recovered'] as const).map(
              (s) => ({
                title: stepName(s),
                key: s,
                align: 'right' as const,
                width: 140,
                render: (_: unknown, d: Cockpit['byDepartment'][number]) =>
                  clickable(
                    wanText(d.figures[s].fen),
                    () => openStep(s, { orgId: d.orgId }, d.name),
                    `dept-${s}-${d.orgId}`,
                  ),
              }),
            ),
          ]}
        />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card title={t('cockpit.byCategory')}>
            <Chart
              option={categoryOption}
              testId="chart-category"
              summary={(data?.byCategory ?? [])
                .map((c) => `${pick(c.name, c.nameEn)} ${wanText(c.figures.declared.fen)}`)
                .join('，')}
              onClick={(i) => {
                const c = data?.byCategory[i];
                if (c) openStep('declared', { category: c.category }, pick(c.name, c.nameEn));
              }}
            />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card title={t('cockpit.bySource')}>
            <Chart
              option={sourceOption}
              testId="chart-source"
              summary={(data?.bySource ?? [])
                .map((s) => `${pick(s.name, s.nameEn)} ${wanText(s.declaredFen)}`)
                .join('，')}
              onClick={(i) => {
                const s = data?.bySource[i];
                if (s) open(pick(s.name, s.nameEn), { figure: 'source', source: s.source });
              }}
            />
            {data && <Typography.Paragraph type="secondary">{note(data.sourceNote)}</Typography.Paragraph>}
          </Card>
        </Col>
      </Row>
      <Card
        title={t('cockpit.timeliness.title')}
        data-testid="cockpit-timeliness"
        extra={
          <Select
            style={{ width: 140 }}
            value={review}
            onChange={setReview}
            options={(['all', 'pre_review', 'joint_review'] as const).map((r) => ({
              value: r,
              label: t(`cockpit.timeliness.${r}`),
            }))}
          />
        }
      >
        <Chart
          option={timelinessOption}
          testId="chart-timeliness"
          summary={parties.map((p) => `${pick(p.zh, p.en)} ${p.medianDays ?? '—'}`).join('，')}
          onClick={(i) => {
            const p = parties[i];
            if (p) open(pick(p.zh, p.en), { figure: 'review', party: p.party, ...reviewQuery });
          }}
        />
        <Table
          rowKey="party"
          size="small"
          pagination={false}
          dataSource={parties}
          columns={[
            { title: t('cockpit.timeliness.party'), key: 'party', render: (_: unknown, p) => pick(p.zh, p.en) },
            {
              title: t('cockpit.timeliness.count'),
              dataIndex: 'count',
              align: 'right',
              render: (n: number, p) =>
                clickable(
                  n,
                  () => open(pick(p.zh, p.en), { figure: 'review', party: p.party, ...reviewQuery }),
                  `review-${p.party}`,
                ),
            },
            ...(['medianDays', 'avgDays', 'maxDays'] as const).map((k) => ({
              title: t(`cockpit.timeliness.${k}`),
              dataIndex: k,
              align: 'right' as const,
              render: (v: number | null) => v ?? '—',
            })),
            {
              title: data?.reviewTimeliness.waitLimit
                ? t('cockpit.timeliness.overdue', { days: data.reviewTimeliness.waitLimit.value })
                : t('cockpit.timeliness.overdueNone'),
              dataIndex: 'overdueCount',
              align: 'right',
              render: (v: number | null) => (v ? <Typography.Text type="danger">{v}</Typography.Text> : (v ?? '—')),
            },
          ]}
        />
        {data && <Typography.Paragraph type="secondary">{note(data.reviewTimeliness.note)}</Typography.Paragraph>}
      </Card>
      <Card title={t('cockpit.overdue.title')} data-testid="cockpit-overdue">
        {(data?.overdueByUnit.length ?? 0) > 0 && (
          <Chart
            option={overdueOption}
            height={Math.max(180, 40 * (data?.overdueByUnit.length ?? 0) + 80)}
            testId="chart-overdue"
            summary={(data?.overdueByUnit ?? []).map((u) => `${u.name} ${u.overdue}/${u.late}`).join('，')}
            onClick={(i, series) => {
              const u = data?.overdueByUnit[i];
              const state = series === 0 ? 'overdue' : 'late';
              if (u) open(`${u.name} · ${t(`cockpit.overdue.${state}`)}`, { figure: 'overdue', orgId: u.orgId, state });
            }}
          />
        )}
        <Table
          rowKey="orgId"
          size="small"
          pagination={{ defaultPageSize: 10, hideOnSinglePage: true }}
          dataSource={data?.overdueByUnit ?? []}
          locale={{ emptyText: t('cockpit.overdue.none') }}
          columns={[
            { title: t('cockpit.unit'), dataIndex: 'name' },
            ...(['overdue', 'late'] as const).map((state) => ({
              title: t(`cockpit.overdue.${state}`),
              key: state,
              align: 'right' as const,
              width: 120,
              render: (_: unknown, u: Cockpit['overdueByUnit'][number]) =>
                clickable(
                  u[state],
                  () =>
                    open(`${u.name} · ${t(`cockpit.overdue.${state}`)}`, { figure: 'overdue', orgId: u.orgId, state }),
                  `overdue-${state}-${u.orgId}`,
                ),
            })),
            {
              title: t('cockpit.overdue.kinds'),
              key: 'kinds',
              render: (_: unknown, u: Cockpit['overdueByUnit'][number]) => (
                <Space wrap size={[12, 0]}>
                  {u.byKind.map((k) => (
                    <Typography.Link
                      key={k.kind}
                      onClick={() =>
                        open(`${u.name} · ${pick(k.zh, k.en)}`, { figure: 'overdue', orgId: u.orgId, kind: k.kind })
                      }
                    >
                      {pick(k.zh, k.en)}（{k.article}）{k.overdue + k.late}
                    </Typography.Link>
                  ))}
                </Space>
              ),
            },
          ]}
        />
        {data && <Typography.Paragraph type="secondary">{note(data.overdueNote)}</Typography.Paragraph>}
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <OversightCard
            title={t('cockpit.flags')}
            section={data?.monitoringFlags}
            testId="cockpit-flags"
            onOpen={(key, label) => open(label, { figure: 'flag', key })}
          />
        </Col>
        <Col xs={24} xl={12}>
          <OversightCard
            title={t('cockpit.scores')}
            section={data?.evaluationScores}
            averageScore={data?.evaluationScores.averageScore ?? null}
            testId="cockpit-scores"
            onOpen={(key, label) => open(label, { figure: 'score', key })}
          />
        </Col>
      </Row>
      {/* The ladder's projects, all years: the level drill-down is not limited to the year chosen. */}
      <SanctionsCard
        onLevel={(l, label) => setDrill({ title: label, query: { figure: 'score', key: `level:${l}` } })}
      />
      <DrillDrawer drill={drill} onClose={() => setDrill(null)} />
    </Space>
  );
}

/** Monitoring flags (Art.32) or evaluation scores (Art.33): a bar per item (each opens its projects), and the note. */
function OversightCard({
  title,
  section,
  testId,
  averageScore,
  onOpen,
}: {
  title: string;
  section: OversightSection | undefined;
  testId: string;
  averageScore?: number | null;
  onOpen: (key: string, label: string) => void;
}) {
  const { t } = useTranslation();
  const pick = usePick();
  const option = useMemo(
    () => ({
      tooltip: {},
      grid: { left: 16, right: 24, top: 16, bottom: 8, containLabel: true },
      xAxis: { type: 'value' as const, minInterval: 1 },
      yAxis: { type: 'category' as const, inverse: true, data: (section?.items ?? []).map((i) => pick(i.zh, i.en)) },
      series: [
        { type: 'bar' as const, data: (section?.items ?? []).map((i) => i.count), itemStyle: { color: '#cf1322' } },
      ],
    }),
    [section, pick],
  );
  if (section && !section.available)
    return (
      <Card title={title} data-testid={testId}>
        <Alert type="info" showIcon title={pick(section.note, section.noteEn)} />
      </Card>
    );
  return (
    <Card
      title={title}
      data-testid={testId}
      extra={
        averageScore !== undefined && (
          <Typography.Text>{t('cockpit.averageScore', { score: averageScore ?? '—' })}</Typography.Text>
        )
      }
    >
      <Chart
        option={option}
        height={Math.max(160, 32 * (section?.items.length ?? 0) + 40)}
        summary={(section?.items ?? []).map((i) => `${pick(i.zh, i.en)} ${i.count}`).join('，')}
        onClick={(i) => {
          const item = section?.items[i];
          if (item) onOpen(item.key, pick(item.zh, item.en));
        }}
      />
      {section && <Typography.Paragraph type="secondary">{pick(section.note, section.noteEn)}</Typography.Paragraph>}
    </Card>
  );
}
