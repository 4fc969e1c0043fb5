// The project's 绩效评价与整改 tab (Art.22, 31, 33): the targets declared and their evaluations with
// scores, the third-party assignments, the rectification rounds with the owner's reports and the data
// bureau's judgements, the sanction steps (who decided, when), and the oversight requests with their
// answers. The forms appear only where the server says the person may use them (`can`).
import { Alert, Button, Card, Descriptions, Empty, Space, Table, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EVALUATION_KINDS, TARGET_RESULTS } from '../../domain/oversight/evaluation';
import { OVERSIGHT_REQUEST_KINDS } from '../../domain/oversight/requests';
import { RECTIFICATION_DECISIONS, SANCTION_LEVELS } from '../../domain/oversight/sanctions';
import { useApi } from '../api/useApi';
import { usePick } from '../i18n/format';
import { AnswerRequestModal, AssignModal, EvaluateModal, SendRequestModal } from './OversightForms';
import type { OversightPanelData } from './types';

const when = (iso: string | null) =>
  iso ? new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false }) : '';
const RESULT_COLOR = { met: 'green', partly: 'gold', not_met: 'red' } as const;

export function OversightPanel({ projectId, tick }: { projectId: string; tick?: number }) {
  const { t } = useTranslation();
  const pick = usePick();
  const { data, reload } = useApi<OversightPanelData>(`/projects/${projectId}/oversight?t=${tick ?? 0}`);
  const [open, setOpen] = useState<null | 'evaluate' | 'assign' | 'send' | { answer: string }>(null);
  if (!data) return null;
  const done = () => {
    setOpen(null);
    reload();
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="oversight-panel">
      <Alert
        type={data.sanction ? 'error' : 'info'}
        showIcon
        message={
          data.sanction
            ? t('oversight.sanctionNow', { level: pick(data.sanction.zh, data.sanction.en) })
            : t('oversight.noSanction')
        }
        description={t('oversight.intro')}
      />
      <Card
        size="small"
        title={t('oversight.evaluations')}
        extra={
          <Space>
            {data.can.assign && <Button onClick={() => setOpen('assign')}>{t('oversight.assign')}</Button>}
            {data.can.evaluate && (
              <Button type="primary" onClick={() => setOpen('evaluate')} data-testid="evaluate-open">
                {t('oversight.evaluate')}
              </Button>
            )}
          </Space>
        }
      >
        <Typography.Text strong>{t('oversight.targets')}</Typography.Text>
        <Table
          size="small"
          rowKey="indicator"
          pagination={false}
          dataSource={data.targets}
          locale={{ emptyText: t('oversight.noTargets') }}
          columns={[
            { title: t('oversight.indicator'), dataIndex: 'indicator' },
            { title: t('oversight.target'), dataIndex: 'target' },
            ...data.evaluations.map((e) => ({
              title: `${e.year} ${pick(EVALUATION_KINDS[e.kind].zh, EVALUATION_KINDS[e.kind].en)}`,
              key: e.id,
              render: (_: unknown, row: { indicator: string }) => {
                const r = e.targets.find((x) => x.indicator === row.indicator);
                return r ? (
                  <Tag color={RESULT_COLOR[r.result]}>
                    {pick(TARGET_RESULTS[r.result].zh, TARGET_RESULTS[r.result].en)}
                  </Tag>
                ) : null;
              },
            })),
          ]}
        />
        {data.evaluations.length === 0 ? (
          <Empty description={t('oversight.noEvaluations')} />
        ) : (
          <Descriptions size="small" column={1} style={{ marginTop: 12 }}>
            {data.evaluations.map((e) => (
              <Descriptions.Item key={e.id} label={`${e.year} · ${e.evaluatorOrg ?? ''}`}>
                {t('oversight.score')} <Typography.Text strong>{e.score}</Typography.Text>
                {e.summary ? `；${e.summary}` : ''}（{e.evaluatedByName}，{when(e.evaluatedAt)}）
              </Descriptions.Item>
            ))}
            {data.assignments.map((a) => (
              <Descriptions.Item key={a.id} label={`${t('oversight.assignments')} ${a.year}`}>
                {a.evaluator} <Tag>{a.completedAt ? t('oversight.done') : t('oversight.open')}</Tag>
              </Descriptions.Item>
            ))}
          </Descriptions>
        )}
      </Card>
      <Card size="small" title={t('oversight.orders')}>
        {data.orders.length === 0 ? (
          <Empty description={t('oversight.noOrders')} />
        ) : (
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={data.orders}
            columns={[
              { title: '', dataIndex: 'round', render: (r: number) => t('oversight.round', { round: r }) },
              { title: t('oversight.reason'), dataIndex: 'reason' },
              { title: t('oversight.deadline'), dataIndex: 'deadline' },
              {
                title: t('oversight.answer'),
                dataIndex: 'answer',
                render: (a: string | null, o) =>
                  a ? `${a}（${o.answeredByName ?? ''}，${when(o.answeredAt)}）` : t('oversight.notAnswered'),
              },
              {
                title: t('oversight.decision'),
                dataIndex: 'decision',
                render: (d: keyof typeof RECTIFICATION_DECISIONS | null, o) =>
                  d ? (
                    <span>
                      <Tag color={d === 'accepted' ? 'green' : 'red'}>
                        {pick(RECTIFICATION_DECISIONS[d].zh, RECTIFICATION_DECISIONS[d].en)}
                      </Tag>
                      {o.decisionNote}
                    </span>
                  ) : (
                    <Tag>{t('oversight.pending')}</Tag>
                  ),
              },
            ]}
          />
        )}
        {data.steps.length > 0 && (
          <>
            <Typography.Title level={5} style={{ marginTop: 16 }}>
              {t('oversight.steps')}
            </Typography.Title>
            <Timeline
              data-testid="sanction-steps"
              items={data.steps.map((s) => ({
                color: s.step === 'lifted' ? 'green' : 'red',
                children: (
                  <span>
                    <Typography.Text strong>
                      {s.step === 'lifted'
                        ? t('oversight.lifted')
                        : pick(SANCTION_LEVELS[s.step].zh, SANCTION_LEVELS[s.step].en)}
                    </Typography.Text>
                    {' — '}
                    {s.reason}（{s.decidedByOrg} {s.decidedByName}，{when(s.decidedAt)}）
                  </span>
                ),
              }))}
            />
          </>
        )}
      </Card>
      <Card
        size="small"
        title={t('oversight.requests')}
        extra={
          data.can.sendRequest && (
            <Button onClick={() => setOpen('send')} data-testid="request-open">
              {t('oversight.sendRequest')}
            </Button>
          )
        }
      >
        {data.requests.length === 0 ? (
          <Empty description={t('oversight.noRequests')} />
        ) : (
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={data.requests}
            columns={[
              {
                title: t('oversight.requestKind'),
                dataIndex: 'kind',
                render: (k: keyof typeof OVERSIGHT_REQUEST_KINDS) =>
                  pick(OVERSIGHT_REQUEST_KINDS[k].zh, OVERSIGHT_REQUEST_KINDS[k].en),
              },
              { title: t('oversight.from'), dataIndex: 'fromOrg' },
              {
                title: t('oversight.subject'),
                dataIndex: 'subject',
                render: (s: string, r) => (
                  <span>
                    <Typography.Text strong>{s}</Typography.Text>：{r.body}
                    {r.answerDue ? `（${t('oversight.answerDue')} ${r.answerDue}）` : ''}
                  </span>
                ),
              },
              {
                title: t('oversight.answerRequest'),
                dataIndex: 'answer',
                render: (a: string | null, r) =>
                  a ? (
                    `${a}（${r.answeredByName ?? ''}，${when(r.answeredAt)}）`
                  ) : data.can.answerRequest ? (
                    <Button size="small" type="primary" onClick={() => setOpen({ answer: r.id })}>
                      {t('oversight.answerRequest')}
                    </Button>
                  ) : (
                    <Tag>{t('oversight.waiting')}</Tag>
                  ),
              },
            ]}
          />
        )}
      </Card>
      {open === 'evaluate' && (
        <EvaluateModal projectId={projectId} targets={data.targets} onClose={() => setOpen(null)} onDone={done} />
      )}
      {open === 'assign' && <AssignModal projectId={projectId} onClose={() => setOpen(null)} onDone={done} />}
      {open === 'send' && <SendRequestModal projectId={projectId} onClose={() => setOpen(null)} onDone={done} />}
      {open !== null && typeof open === 'object' && (
        <AnswerRequestModal projectId={projectId} requestId={open.answer} onClose={() => setOpen(null)} onDone={done} />
      )}
    </Space>
  );
}
