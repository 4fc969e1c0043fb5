// 期限计算 (SPEC §5): a date rule worked out by the server on the calendar in force — the Nth working
// day after a date, N months after it as a deadline (moved off rest days) or as an earliest date (not
// moved) — so a civil servant can check any deadline the platform sets.
import { Button, Card, DatePicker, Form, InputNumber, Select, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { get, ProblemError } from '../api/client';
import { problemText } from '../app/useNotify';

type Rule = 'workingDays' | 'deadline' | 'earliest';
interface Values {
  from: Dayjs;
  rule: Rule;
  n: number;
}
interface Result {
  date: string;
  basis: string;
  workingDay: boolean;
}

export function DeadlineCalculator() {
  const { t, i18n } = useTranslation();
  const [result, setResult] = useState<{ ok?: Result; error?: string }>({});
  const run = async (v: Values) => {
    const from = v.from.format('YYYY-MM-DD');
    const q = v.rule === 'workingDays' ? `workingDays=${v.n}` : `months=${v.n}&kind=${v.rule}`;
    try {
      setResult({ ok: await get<Result>(`/calendar/compute?from=${from}&${q}`) });
    } catch (e) {
      setResult({ error: e instanceof ProblemError ? problemText(e, i18n.language) : String(e) });
    }
  };
  return (
    <Card title={t('calc.title')} data-testid="deadline-calculator">
      <Typography.Paragraph type="secondary">{t('calc.intro')}</Typography.Paragraph>
      <Form<Values> layout="inline" onFinish={run} initialValues={{ rule: 'workingDays', n: 3 }}>
        <Form.Item
          name="from"
          label={t('calc.from')}
          rules={[{ required: true, message: t('validation.required', { label: t('calc.from') }) }]}
        >
          <DatePicker id="calcFrom" />
        </Form.Item>
        <Form.Item name="rule">
          <Select
            id="calcRule"
            style={{ width: 260 }}
            options={(['workingDays', 'deadline', 'earliest'] as const).map((r) => ({
              value: r,
              label: t(`calc.${r}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="n" label="N" rules={[{ required: true }]}>
          <InputNumber id="calcN" min={1} max={120} />
        </Form.Item>
        <Button type="primary" htmlType="submit" data-testid="calc-submit">
          {t('calc.compute')}
        </Button>
      </Form>
      {result.ok && (
        <Space style={{ marginTop: 12 }} data-testid="calc-result">
          <Typography.Text strong>{result.ok.date}</Typography.Text>
          <Typography.Text type="secondary">
            {t(result.ok.workingDay ? 'calc.isWorking' : 'calc.isRest')}
          </Typography.Text>
        </Space>
      )}
      {result.error && (
        <Typography.Paragraph type="danger" style={{ marginTop: 12 }}>
          {result.error}
        </Typography.Paragraph>
      )}
    </Card>
  );
}
