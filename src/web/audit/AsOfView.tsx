// The project as of a date (Art.34; issue 10): read-only banner with the date and version, the project's fields
// and chapter amounts, its declaration, the document versions that existed then (current or superseded,
// submitted or not), and its history up to that day — all from GET /projects/:id?asOf= and …/records?asOf=.
import { Alert, Button, Card, Collapse, Descriptions, Result, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { AUDIT_EVENTS, AUDIT_EVENTS_EN, type AuditAction } from '../../domain/audit/events';
import type { components } from '../api/openapi';
import { useApi } from '../api/useApi';
import { problemText } from '../app/useNotify';
import { formatDateTime, usePick } from '../i18n/format';
import { useStageLabel } from '../i18n/labels';
import { StageTag } from '../plan/tags';
import { DeclarationForm, type FormHandle } from '../projects/form/DeclarationForm';
import { Money } from '../ui/Money';

// The answers' shapes come from the OpenAPI document (issue 13), not from a copy kept here.
type AsOfRecords = components['schemas']['AsOfRecords'];
type AsOfDocument = AsOfRecords['documents'][number];
type AsOfEvent = AsOfRecords['history'][number];

export function AsOfView({ projectId, date, onExit }: { projectId: string; date: string; onExit: () => void }) {
  const { t, i18n } = useTranslation();
  const pick = usePick();
  const stageName = useStageLabel();
  const handle = useRef<FormHandle | null>(null);
  const project = useApi<components['schemas']['ProjectAsOf']>(`/projects/${projectId}?asOf=${date}`);
  const records = useApi<AsOfRecords>(`/projects/${projectId}/records?asOf=${date}`);
  const back = (
    <Button onClick={onExit} data-testid="as-of-back">
      {t('audit.asOf.back')}
    </Button>
  );
  if (project.error)
    return (
      <Result
        status={project.error.status === 404 ? '404' : 'warning'}
        title={problemText(project.error, i18n.language)}
        extra={back}
      />
    );
  const p = project.data;
  if (!p) return <Skeleton active />;
  const eventName = (a: string) =>
    a in AUDIT_EVENTS ? pick(AUDIT_EVENTS[a as AuditAction], AUDIT_EVENTS_EN[a as AuditAction]) : a;
  return (
    <div data-testid="as-of-view">
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 16 }}
        data-testid="as-of-banner"
        title={t('audit.asOf.banner', {
          date: p.asOf.date,
          version: p.asOf.version,
          at: formatDateTime(p.asOf.versionAt),
        })}
        description={t('audit.asOf.bannerHint')}
        action={back}
      />
      <Card title={t('audit.asOf.fields')} size="small" style={{ marginBottom: 16 }}>
        <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }}>
          <Descriptions.Item label={t('audit.asOf.code')}>{p.code}</Descriptions.Item>
          <Descriptions.Item label={t('audit.asOf.name')}>
            <span data-testid="as-of-name">{p.name}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('audit.asOf.stage')}>
            <StageTag stage={p.stage} />
          </Descriptions.Item>
          <Descriptions.Item label={t('audit.asOf.total')}>
            <Money fen={p.totalFen} />
          </Descriptions.Item>
          <Descriptions.Item label={t('audit.asOf.budget')}>
            <Money fen={p.approvedBudgetFen} />
          </Descriptions.Item>
          <Descriptions.Item label={t('audit.asOf.controlPrice')}>
            <Money fen={p.controlPriceFen ?? null} />
          </Descriptions.Item>
          <Descriptions.Item label={t('audit.asOf.contract')}>
            <Money fen={p.contractFen ?? null} />
          </Descriptions.Item>
          <Descriptions.Item label={t('audit.asOf.submittedAt')}>
            {formatDateTime(p.submittedAt) || '—'}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Collapse
        style={{ marginBottom: 16 }}
        items={[
          {
            key: 'form',
            label: t('audit.asOf.form'),
            children: (
              <DeclarationForm
                key={`${p.id}-${date}`}
                project={p}
                readOnly
                deadlinePassed
                step={0}
                onStep={() => undefined}
                onSaved={() => undefined}
                onReload={() => undefined}
                handle={handle}
              />
            ),
          },
        ]}
      />
      <Card title={t('audit.asOf.documents')} size="small" style={{ marginBottom: 16 }}>
        <Table<AsOfDocument>
          rowKey="id"
          size="small"
          pagination={false}
          loading={records.loading}
          dataSource={records.data?.documents ?? []}
          locale={{ emptyText: t('audit.asOf.empty') }}
          expandable={{
            rowExpandable: (d) => d.versions.length > 1,
            expandedRowRender: (d) => (
              <Space direction="vertical" size={2}>
                {d.versions.slice(1).map((v) => (
                  <Typography.Text key={v.id} type="secondary">
                    v{v.version} · {v.fileName} · {formatDateTime(v.uploadedAt)} · {t('audit.asOf.superseded')}
                  </Typography.Text>
                ))}
              </Space>
            ),
          }}
          columns={[
            { title: t('audit.asOf.docType'), key: 'type', render: (_, d) => pick(d.docTypeName, d.docTypeNameEn) },
            {
              title: t('audit.asOf.version'),
              key: 'version',
              render: (_, d) => (
                <Space>
                  v{d.version}
                  <Tag color="blue">{t('audit.asOf.current')}</Tag>
                  {d.versions.length > 1 && (
                    <Typography.Text type="secondary">
                      {t('audit.asOf.versions', { count: d.versions.length })}
                    </Typography.Text>
                  )}
                </Space>
              ),
            },
            { title: t('audit.asOf.fileName'), dataIndex: 'fileName' },
            { title: t('audit.asOf.uploadedAt'), dataIndex: 'uploadedAt', render: (v: string) => formatDateTime(v) },
            {
              title: t('audit.asOf.submitted'),
              dataIndex: 'submittedAt',
              render: (v: string | null) => (v ? formatDateTime(v) : '—'),
            },
          ]}
        />
      </Card>
      <Card title={t('audit.asOf.history')} size="small">
        <Table<AsOfEvent>
          rowKey="id"
          size="small"
          pagination={false}
          loading={records.loading}
          dataSource={[...(records.data?.history ?? [])].reverse()}
          locale={{ emptyText: t('audit.asOf.empty') }}
          columns={[
            { title: t('audit.asOf.time'), dataIndex: 'at', width: 160, render: (v: string) => formatDateTime(v) },
            { title: t('audit.asOf.action'), key: 'action', width: 200, render: (_, e) => eventName(e.action) },
            {
              title: t('audit.asOf.stageChange'),
              key: 'stage',
              width: 240,
              render: (_, e) =>
                e.toStage && e.toStage !== e.fromStage
                  ? `${e.fromStage ? stageName(e.fromStage) : '—'} → ${stageName(e.toStage)}`
                  : '—',
            },
            { title: t('audit.asOf.note'), dataIndex: 'note', render: (v: string | null) => v || '—' },
          ]}
        />
      </Card>
    </div>
  );
}
