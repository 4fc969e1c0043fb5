// Step 4 部署与集约: deployment (Art.6 — 政务云, an assessed cloud provider, or an exemption with
// its legal/secrecy basis), common platforms reused or why none (Art.6), and the items the
// Measures do not allow (Art.10(1)4) — ticking one declares that the project contains it.
import { Alert, Checkbox, Col, Divider, Form, Input, Radio, Row, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCite } from '../../plan/cite';
import type { useRules } from '../../plan/useRules';
import type { FormValues } from './formModel';

export function StepDeployment({ rules }: { rules: ReturnType<typeof useRules> }) {
  const { t } = useTranslation();
  const cite = useCite();
  const form = Form.useFormInstance<FormValues>();
  const mode = Form.useWatch(['deployment', 'mode'], form);
  const platforms = Form.useWatch('commonPlatforms', form) ?? [];
  const declared = Form.useWatch('declaredItems', form) ?? [];

  return (
    <>
      <Form.Item
        name={['deployment', 'mode']}
        label={t('form.deploymentMode')}
        extra={cite(rules.article('deploymentModes'))}
      >
        <Radio.Group>
          <Space orientation="vertical">
            {rules.options('deploymentModes').map((o) => (
              <Radio key={o.value} value={o.value}>
                {o.label}
              </Radio>
            ))}
          </Space>
        </Radio.Group>
      </Form.Item>
      {mode === 'assessed_cloud' && (
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name={['deployment', 'provider']} label={t('form.provider')}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name={['deployment', 'assessmentRef']}
              label={t('form.assessmentRef')}
              extra={t('form.assessmentHelp')}
            >
              <Input maxLength={200} />
            </Form.Item>
          </Col>
        </Row>
      )}
      {mode === 'exempt' && (
        <Form.Item name={['deployment', 'exemptBasis']} label={t('form.exemptBasis')} extra={t('form.exemptHelp')}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      )}
      <Divider titlePlacement="start">{t('form.commonPlatforms')}</Divider>
      <Typography.Paragraph type="secondary">
        {t('form.commonHelp', { article: cite(rules.article('commonPlatforms')) })}
      </Typography.Paragraph>
      <Form.Item name="commonPlatforms">
        <Checkbox.Group options={rules.options('commonPlatforms')} />
      </Form.Item>
      {platforms.length === 0 && (
        <Form.Item name="commonPlatformsNoneReason" label={t('form.noneReason')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      )}
      <Divider titlePlacement="start">{t('form.forbiddenTitle')}</Divider>
      <Typography.Paragraph type="secondary">
        {t('form.forbiddenHelp', { article: cite(rules.article('forbiddenItems')) })}
      </Typography.Paragraph>
      <Form.Item name="declaredItems" label={t('form.forbiddenLabel')}>
        <Checkbox.Group>
          <Space orientation="vertical">
            {rules.options('forbiddenItems').map((o) => (
              <Checkbox key={o.value} value={o.value}>
                {o.label}
              </Checkbox>
            ))}
          </Space>
        </Checkbox.Group>
      </Form.Item>
      {declared.length > 0 && <Alert type="error" showIcon title={t('form.forbiddenDeclared')} />}
    </>
  );
}
