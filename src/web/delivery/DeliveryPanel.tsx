// 验收运行 tab (Art.16–33), built from GET /projects/:id/delivery: progress (the latest percentage and
// every report), payments against the contract with their totals and the disbursements, supervision
// reports, the yearly self-evaluations with their due dates (red when overdue), the service period
// of an O&M project, the trial runs and acceptance attempts (AcceptanceSection), and the systems the
// project builds or maintains, each linked to its page in the register.
import { Card, Col, Descriptions, Row, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Delivery, SelfEvaluationRow } from '../api/delivery-types';
import type { Project } from '../api/plan-types';
import { formatDateTime } from '../i18n/format';
import { useCite } from '../plan/cite';
import { SystemStatusTag } from '../systems/SystemStatusTag';
import { AcceptanceSection } from './AcceptanceSection';
import { PaymentsCard, ProgressCard, ServiceCard } from './ConstructionCards';
import { EvaluationStateTag } from './DeliveryTags';
import { downloadHref, useDelivery } from './useDelivery';
const card = { style: { marginBottom: 16 } };

export function DeliveryPanel({ project, tick }: { project: Project; tick: number }) {
  const { t } = useTranslation();
  const { data, loading } = useDelivery(project.id, tick);
  if (!data) return <Card loading={loading} />;
  return (
    <div data-testid="delivery-panel">
      <Typography.Paragraph type="secondary">{t('delivery.tabIntro')}</Typography.Paragraph>
      <Row gutter={16}>
        <Col xs={24} xl={10}>
          <ProgressCard data={data} />
        </Col>
        <Col xs={24} xl={14}>
          <PaymentsCard data={data} />
        </Col>
      </Row>
      {data.service && <ServiceCard service={data.service} />}
      {data.supervisionReports.length > 0 && <SupervisionCard data={data} />}
      {data.selfEvaluations.length > 0 && <EvaluationsCard rows={data.selfEvaluations} />}
      <AcceptanceSection data={data} />
      <SystemsCard data={data} />
    </div>
  );
}
function SupervisionCard({ data }: { data: Delivery }) {
  const { t } = useTranslation();
  const cite = useCite();
  return (
    <Card
      title={t('delivery.supervisionReport.section', { article: cite('Art.19') })}
      data-testid="supervision-reports-card"
      {...card}
    >
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={data.supervisionReports}
        columns={[
          { title: t('delivery.supervisionReport.period'), dataIndex: 'period', width: 160 },
          { title: t('delivery.supervisionReport.summary'), dataIndex: 'summary' },
          {
            title: t('delivery.supervisionReport.filedAt'),
            dataIndex: 'filedAt',
            width: 150,
            render: (v: string | null) => formatDateTime(v),
          },
          {
            title: '',
            dataIndex: 'documentId',
            width: 60,
            render: (id: string) => <a href={downloadHref(id)}>{t('delivery.download')}</a>,
          },
        ]}
      />
    </Card>
  );
}

function EvaluationsCard({ rows }: { rows: SelfEvaluationRow[] }) {
  const { t } = useTranslation();
  const cite = useCite();
  const given = (text: string | null) =>
    text ? (
      <Tag color="green">{t('delivery.selfEvaluation.given')}</Tag>
    ) : (
      <Tag>{t('delivery.selfEvaluation.notGiven')}</Tag>
    );
  return (
    <Card
      title={t('delivery.selfEvaluation.section', { article: cite('Art.33') })}
      data-testid="self-evaluations-card"
      {...card}
    >
      <Table<SelfEvaluationRow>
        size="small"
        rowKey="year"
        pagination={false}
        dataSource={rows}
        rowClassName={(r) => (r.state === 'overdue' ? 'govit-row-overdue' : '')}
        expandable={{
          rowExpandable: (r) => !!r.progress,
          expandedRowRender: (r) => (
            <Descriptions
              size="small"
              column={1}
              items={[
                { key: 'p', label: t('delivery.selfEvaluation.progress'), children: r.progress },
                { key: 'i', label: t('delivery.selfEvaluation.investment'), children: r.investment },
                ...(r.trialEffects
                  ? [{ key: 't', label: t('delivery.selfEvaluation.trialEffects'), children: r.trialEffects }]
                  : []),
                ...(r.declarantOpinion
                  ? [{ key: 'd', label: t('delivery.selfEvaluation.declarantOpinion'), children: r.declarantOpinion }]
                  : []),
                ...(r.supervisorOpinion
                  ? [{ key: 's', label: t('delivery.selfEvaluation.supervisorOpinion'), children: r.supervisorOpinion }]
                  : []),
              ]}
            />
          ),
        }}
        columns={[
          { title: t('delivery.selfEvaluation.year'), dataIndex: 'year', width: 90 },
          {
            title: t('delivery.selfEvaluation.dueAt'),
            dataIndex: 'dueAt',
            width: 150,
            render: (v: string) => formatDateTime(v),
          },
          {
            title: t('delivery.selfEvaluation.state'),
            dataIndex: 'state',
            width: 120,
            render: (s: SelfEvaluationRow['state']) => <EvaluationStateTag state={s} />,
          },
          {
            title: t('delivery.selfEvaluation.declarantOpinion'),
            dataIndex: 'declarantOpinion',
            render: (v: string | null) => given(v),
          },
          {
            title: t('delivery.selfEvaluation.supervisorOpinion'),
            dataIndex: 'supervisorOpinion',
            render: (v: string | null) => given(v),
          },
          {
            title: t('delivery.selfEvaluation.filedAt'),
            dataIndex: 'filedAt',
            width: 150,
            render: (v: string | null) => formatDateTime(v),
          },
        ]}
      />
    </Card>
  );
}

function SystemsCard({ data }: { data: Delivery }) {
  const { t } = useTranslation();
  return (
    <Card title={t('delivery.systems.section')} data-testid="delivery-systems-card" {...card}>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={data.systems}
        locale={{ emptyText: t('delivery.none') }}
        columns={[
          {
            title: t('systems.code'),
            dataIndex: 'code',
            width: 120,
            render: (code: string, s) => <Link to={`/systems/${s.id}`}>{code}</Link>,
          },
          {
            title: t('systems.name'),
            dataIndex: 'name',
            render: (name: string, s) => (
              <Link to={`/systems/${s.id}`} data-testid="delivery-system-link">
                {name}
              </Link>
            ),
          },
          {
            title: t('delivery.systems.relation'),
            dataIndex: 'relation',
            width: 160,
            render: (r: 'build' | 'upgrade' | 'maintain') => t(`delivery.systems.relations.${r}`),
          },
          {
            title: t('common.status'),
            dataIndex: 'status',
            width: 120,
            render: (_: string, s) => <SystemStatusTag status={s.status} />,
          },
        ]}
      />
    </Card>
  );
}
