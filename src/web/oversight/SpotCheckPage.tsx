// 抽查复核 (Art.33): the data bureau chooses the population (self-evaluations or O&M reports) and year,
// the sample size and optionally a seed, and sees the sample; every draw is kept with its seed and can
// be re-drawn (the server says whether the stored draw reproduces).
import { Alert, Button, Card, Form, Input, InputNumber, List, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SPOT_CHECK_POPULATIONS, type SpotCheckPopulation } from '../../domain/oversight/requests';
import { post } from '../api/client';
import { useApi } from '../api/useApi';
import { useSubmit } from '../app/useSubmit';
import { usePick } from '../i18n/format';
import type { SpotCheckDraw, SpotCheckDrawList, SpotCheckDrawResult, SpotCheckItem, SpotCheckPool } from './types';

interface Values {
  population: SpotCheckPopulation;
  year: number;
  size: number;
  seed?: string;
}

export function SpotCheckPage() {
  const { t } = useTranslation();
  const pick = usePick();
  const [form] = Form.useForm<Values>();
  const { busy, refused, run } = useSubmit(form);
  const [draw, setDraw] = useState<SpotCheckDrawResult | null>(null);
  const population = Form.useWatch('population', form) ?? 'self_evaluation';
  const year = Form.useWatch('year', form) ?? dayjs().year();
  const pool = useApi<SpotCheckPool>(`/spot-checks/population?population=${population}&year=${year}`);
  const history = useApi<SpotCheckDrawList>(`/spot-checks?t=${draw?.id ?? ''}`);
  const link = (i: SpotCheckItem) =>
    i.projectId ? (
      <Link to={`/projects/${i.projectId}`}>{i.label}</Link>
    ) : (
      <Link to={`/systems/${i.systemId}`}>{i.label}</Link>
    );
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="spot-check-page">
      <Typography.Title level={4}>{t('oversight.menuSpotCheck')}</Typography.Title>
      <Alert type="info" showIcon message={t('oversight.spotIntro')} />
      <Card size="small">
        {refused && <Alert type="error" message={refused.message} />}
        <Form
          form={form}
          layout="inline"
          initialValues={{ population: 'self_evaluation', year: dayjs().year(), size: 5 }}
          onFinish={(v) =>
            run(async () => {
              setDraw(await post<SpotCheckDrawResult>('/spot-checks', { ...v, seed: v.seed?.trim() || undefined }));
            })
          }
        >
          <Form.Item name="population" label={t('oversight.population')}>
            <Select
              style={{ width: 200 }}
              options={(Object.keys(SPOT_CHECK_POPULATIONS) as SpotCheckPopulation[]).map((p) => ({
                value: p,
                label: pick(SPOT_CHECK_POPULATIONS[p].zh, SPOT_CHECK_POPULATIONS[p].en),
              }))}
            />
          </Form.Item>
          <Form.Item name="year" label={t('oversight.year')}>
            <InputNumber min={2000} max={2100} precision={0} />
          </Form.Item>
          <Form.Item name="size" label={t('oversight.size')} rules={[{ required: true }]}>
            <InputNumber min={1} max={1000} precision={0} />
          </Form.Item>
          <Form.Item name="seed" label={t('oversight.seed')} tooltip={t('oversight.seedHint')}>
            <Input maxLength={100} style={{ width: 180 }} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy} data-testid="spot-check-draw">
            {t('oversight.draw')}
          </Button>
        </Form>
        <Typography.Text type="secondary">
          {t('oversight.eligible', { count: pool.data?.items.length ?? 0 })}
        </Typography.Text>
      </Card>
      {draw && (
        <Card
          size="small"
          title={`${t('oversight.drawn')} · ${t('oversight.seed')}: ${draw.seed}`}
          data-testid="spot-check-result"
        >
          <List size="small" dataSource={draw.items} renderItem={(i) => <List.Item>{link(i)}</List.Item>} />
        </Card>
      )}
      <Card size="small" title={t('oversight.history')}>
        <Table
          size="small"
          rowKey="id"
          dataSource={history.data?.items ?? []}
          columns={[
            {
              title: t('oversight.drawnAt'),
              dataIndex: 'drawnAt',
              render: (d: string) => new Date(d).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false }),
            },
            {
              title: t('oversight.population'),
              dataIndex: 'population',
              render: (p: SpotCheckPopulation) => pick(SPOT_CHECK_POPULATIONS[p].zh, SPOT_CHECK_POPULATIONS[p].en),
            },
            { title: t('oversight.year'), dataIndex: 'year' },
            { title: t('oversight.seed'), dataIndex: 'seed' },
            {
              title: t('oversight.drawn'),
              render: (_: unknown, d: SpotCheckDraw) => (
                <Tag>
                  {d.drawnIds.length} / {d.populationIds.length}
                </Tag>
              ),
            },
          ]}
        />
      </Card>
    </Space>
  );
}
