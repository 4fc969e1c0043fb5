// Step 2 预算 (Art.10(1)2): the six cost items must sum to the total; funding sources (Art.2) and,
// for projects over several years, per-year budgets that also sum to the total.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Divider, Form, InputNumber, Row, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { sumYuanInputs, yuanRule } from '../../plan/money';
import { useCite } from '../../plan/cite';
import type { useRules } from '../../plan/useRules';
import type { FormValues } from './formModel';
import { SumCheck } from './SumCheck';
import { YuanInput } from './YuanInput';

export function StepBudget({ rules, disabled }: { rules: ReturnType<typeof useRules>; disabled: boolean }) {
  const { t } = useTranslation();
  const cite = useCite();
  const form = Form.useFormInstance<FormValues>();
  const total = Form.useWatch('totalYuan', form);
  const budget = Form.useWatch('budget', form) ?? {};
  const sources = Form.useWatch('fundingSources', form) ?? [];
  const years = Form.useWatch('yearlyBudgets', form) ?? [];
  const items = rules.items('budgetItems');

  return (
    <>
      <Typography.Paragraph type="secondary">
        {t('form.budgetIntro', { article: cite(rules.article('budgetItems')) })}
      </Typography.Paragraph>
      <SumCheck
        what={t('form.breakdown')}
        sumFen={sumYuanInputs(items.map((i) => budget[i.code]))}
        totalYuan={total}
        testId="budget-sum"
      />
      <Row gutter={16}>
        {rules.options('budgetItems').map((o) => (
          <Col xs={24} md={12} xl={8} key={o.value}>
            <Form.Item name={['budget', o.value]} label={o.label} rules={[yuanRule(t)]}>
              <YuanInput showWan />
            </Form.Item>
          </Col>
        ))}
      </Row>
      <Divider titlePlacement="start">{t('form.fundingSources')}</Divider>
      <SumCheck
        what={t('form.fundingSources')}
        sumFen={sumYuanInputs(sources.map((s) => s?.amountYuan))}
        totalYuan={total}
        testId="funding-sum"
      />
      <Form.List name="fundingSources">
        {(fields, { add, remove }) => (
          <>
            {fields.map((f) => (
              <Row gutter={8} key={f.key} align="top">
                <Col flex="280px">
                  <Form.Item name={[f.name, 'source']}>
                    <Select options={rules.options('fundingSources')} placeholder={t('form.source')} />
                  </Form.Item>
                </Col>
                <Col flex="240px">
                  <Form.Item name={[f.name, 'amountYuan']} rules={[yuanRule(t)]}>
                    <YuanInput />
                  </Form.Item>
                </Col>
                <Col>
                  <Button
                    icon={<DeleteOutlined />}
                    onClick={() => remove(f.name)}
                    disabled={disabled}
                    aria-label={t('form.removeRow')}
                  />
                </Col>
              </Row>
            ))}
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              onClick={() => add({})}
              disabled={disabled}
              data-testid="add-funding"
            >
              {t('form.addFunding')}
            </Button>
          </>
        )}
      </Form.List>
      <Divider titlePlacement="start">{t('form.yearlyBudgets')}</Divider>
      <Typography.Paragraph type="secondary">{t('form.yearlyHelp')}</Typography.Paragraph>
      {years.length > 0 && (
        <SumCheck
          what={t('form.yearlyBudgets')}
          sumFen={sumYuanInputs(years.map((y) => y?.amountYuan))}
          totalYuan={total}
          testId="yearly-sum"
        />
      )}
      <Form.List name="yearlyBudgets">
        {(fields, { add, remove }) => (
          <>
            {fields.map((f) => (
              <Row gutter={8} key={f.key} align="top">
                <Col flex="160px">
                  <Form.Item name={[f.name, 'year']}>
                    <InputNumber
                      min={2000}
                      max={2100}
                      precision={0}
                      placeholder={t('form.year')}
                      style={{ width: '100%' }}
                    />
                  </Form.Item>
                </Col>
                <Col flex="240px">
                  <Form.Item name={[f.name, 'amountYuan']} rules={[yuanRule(t)]}>
                    <YuanInput />
                  </Form.Item>
                </Col>
                <Col>
                  <Button
                    icon={<DeleteOutlined />}
                    onClick={() => remove(f.name)}
                    disabled={disabled}
                    aria-label={t('form.removeRow')}
                  />
                </Col>
              </Row>
            ))}
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              onClick={() => add({})}
              disabled={disabled}
              data-testid="add-year"
            >
              {t('form.addYear')}
            </Button>
          </>
        )}
      </Form.List>
    </>
  );
}
