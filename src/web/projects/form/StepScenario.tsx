// Step 5 场景与安全: the innovation scenario (Art.3), 等保 level, crypto plan and 安全可靠 products
// (Art.10(1)7, 20, 21), the classified split statement (Art.10(1)6) and the chapters the
// construction plan contains (Art.10(1)1 and the two independent chapters of Art.10(1)5).
import { Checkbox, Col, Divider, Form, Input, Radio, Row, Select, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCite } from '../../plan/cite';
import type { useRules } from '../../plan/useRules';
import type { FormValues } from './formModel';

export function StepScenario({ rules }: { rules: ReturnType<typeof useRules> }) {
  const { t } = useTranslation();
  const cite = useCite();
  const form = Form.useFormInstance<FormValues>();
  const classified = Form.useWatch('classified', form);
  const levels = [1, 2, 3, 4, 5].map((n) => ({ value: n, label: t('form.mlps', { n }) }));

  return (
    <>
      <Form.Item
        name={['scenario', 'area']}
        label={t('form.scenarioArea')}
        extra={cite(rules.article('scenarioAreas'))}
      >
        <Radio.Group options={rules.options('scenarioAreas')} />
      </Form.Item>
      <Form.Item name={['scenario', 'description']} label={t('form.scenarioDesc')} extra={t('form.scenarioHelp')}>
        <Input.TextArea rows={4} maxLength={5000} showCount />
      </Form.Item>
      <Divider titlePlacement="start">{t('form.security')}</Divider>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item name="mlpsLevel" label={t('form.mlpsLevel')} extra={cite('Art.20')}>
            <Select allowClear options={levels} placeholder={t('form.choose')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={16}>
          <Form.Item name="cryptoPlan" label={t('form.cryptoPlan')} extra={cite('Art.21')}>
            <Input.TextArea rows={2} maxLength={5000} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="secureReliableStatement" label={t('form.secureReliable')} extra={cite('Art.10(1)7')}>
        <Input.TextArea rows={2} maxLength={5000} />
      </Form.Item>
      {classified && (
        <Form.Item
          name="classifiedSplitStatement"
          label={t('form.classifiedSplit')}
          extra={t('form.classifiedSplitHelp')}
        >
          <Input.TextArea rows={3} maxLength={5000} />
        </Form.Item>
      )}
      <Divider titlePlacement="start">{t('form.planChapters')}</Divider>
      <Typography.Paragraph type="secondary">
        {t('form.planChaptersHelp', {
          a: cite(rules.article('planContents')),
          b: cite(rules.article('requiredChapters')),
        })}
      </Typography.Paragraph>
      <Form.Item name="planChapters">
        <Checkbox.Group style={{ width: '100%' }}>
          <Row gutter={[8, 8]}>
            {rules.options('planContents').map((o) => (
              <Col xs={24} md={12} xl={8} key={o.value}>
                <Checkbox value={o.value}>{o.label}</Checkbox>
              </Col>
            ))}
            {rules.options('requiredChapters').map((o) => (
              <Col xs={24} md={12} xl={8} key={o.value}>
                <Checkbox value={o.value}>
                  {o.label} <Tag color="red">{t('form.requiredChapter')}</Tag>
                </Checkbox>
              </Col>
            ))}
          </Row>
        </Checkbox.Group>
      </Form.Item>
    </>
  );
}
