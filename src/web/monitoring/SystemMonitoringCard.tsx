// A system's monthly monitoring on its page (Art.32): resource use against the allocation, availability,
// users and calls as ECharts charts, and the flags the months raise now, with their evidence.
import { Alert, Card, Col, Empty, Row, Space, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { MONITORING_FLAGS } from '../../domain/oversight/monitoring';
import { useApi } from '../api/useApi';
import { usePick } from '../i18n/format';
import { MonthChart } from './LineChart';
import type { MonitoringHistory } from './types';

const threshold = (value: number, label: string) => ({
  silent: true,
  symbol: 'none',
  lineStyle: { type: 'dashed' as const, color: '#cf1322' },
  data: [{ yAxis: value, label: { formatter: `${label} ${value}%` } }],
});

export function SystemMonitoringCard({ systemId }: { systemId: string }) {
  const { t } = useTranslation();
  const pick = usePick();
  const { data } = useApi<MonitoringHistory>(`/systems/${systemId}/monitoring`);
  const months = data?.months ?? [];
  const options = useMemo(() => {
    if (!data) return null;
    const months = data.months;
    const x = months.map((m) => m.month);
    const line = t('monitoring.line');
    return {
      use: {
        tooltip: { trigger: 'axis' as const },
        legend: {},
        grid: { left: 48, right: 24, top: 40, bottom: 32 },
        xAxis: { type: 'category' as const, data: x },
        yAxis: { type: 'value' as const, max: 100, name: '%' },
        series: [
          {
            name: t('monitoring.cpu'),
            type: 'line' as const,
            data: months.map((m) => m.cpuPercent),
            markLine: threshold(data.thresholds.lowUseCpuPercent.value, line),
          },
          { name: t('monitoring.memory'), type: 'line' as const, data: months.map((m) => m.memoryPercent) },
          { name: t('monitoring.storage'), type: 'line' as const, data: months.map((m) => m.storagePercent) },
        ],
      },
      availability: {
        tooltip: { trigger: 'axis' as const },
        grid: { left: 48, right: 24, top: 24, bottom: 32 },
        xAxis: { type: 'category' as const, data: x },
        yAxis: { type: 'value' as const, min: 80, max: 100, name: '%' },
        series: [
          {
            name: t('monitoring.availability'),
            type: 'line' as const,
            data: months.map((m) => m.availabilityPercent),
            markLine: threshold(data.thresholds.unusableAvailabilityPercent.value, line),
          },
        ],
      },
      usage: {
        tooltip: { trigger: 'axis' as const },
        legend: {},
        grid: { left: 56, right: 64, top: 40, bottom: 32 },
        xAxis: { type: 'category' as const, data: x },
        yAxis: [
          { type: 'value' as const, name: t('monitoring.users') },
          { type: 'value' as const, name: t('monitoring.calls') },
        ],
        series: [
          { name: t('monitoring.users'), type: 'bar' as const, data: months.map((m) => m.activeUsers) },
          { name: t('monitoring.calls'), type: 'line' as const, yAxisIndex: 1, data: months.map((m) => m.calls) },
          {
            name: t('monitoring.findings'),
            type: 'bar' as const,
            data: months.map((m) => m.findings.critical + m.findings.high),
          },
        ],
      },
    };
  }, [data, t]);

  return (
    <Card title={t('monitoring.history')} style={{ marginBottom: 16 }} data-testid="system-monitoring">
      <Typography.Paragraph type="secondary">{t('monitoring.historyIntro')}</Typography.Paragraph>
      {data && data.flags.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={
            <Space wrap>
              {t('monitoring.flagsNow')}
              {data.flags.map((f) => (
                <Tag color="red" key={f.flag}>
                  {pick(MONITORING_FLAGS[f.flag].zh, MONITORING_FLAGS[f.flag].en)}
                </Tag>
              ))}
            </Space>
          }
          description={data.flags.map((f) => <div key={f.flag}>{pick(f.message, f.messageEn)}</div>)}
        />
      )}
      {!months.length || !options ? (
        <Empty description={t('monitoring.noHistory')} />
      ) : (
        <Row gutter={16}>
          <Col xs={24} lg={12}>
            <Typography.Text strong>{t('monitoring.usePercent')}</Typography.Text>
            <MonthChart option={options.use} summary={t('monitoring.usePercent')} testId="chart-use" />
          </Col>
          <Col xs={24} lg={12}>
            <Typography.Text strong>{t('monitoring.availability')}</Typography.Text>
            <MonthChart
              option={options.availability}
              summary={t('monitoring.availability')}
              testId="chart-availability"
            />
          </Col>
          <Col xs={24}>
            <Typography.Text strong>{t('monitoring.usersCalls')}</Typography.Text>
            <MonthChart option={options.usage} summary={t('monitoring.usersCalls')} testId="chart-usage" />
          </Col>
        </Row>
      )}
    </Card>
  );
}
