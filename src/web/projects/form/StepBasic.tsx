// Step 1 基本信息: name, category (Art.2), kind, classified (Art.10(1)6), total, lead and
// co-building units for cross-department projects (Art.9).
import { Col, Form, Input, Row, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { useOrgDirectory } from '../../admin/shared/orgs';
import { yuanRule } from '../../plan/money';
import { useCite } from '../../plan/cite';
import type { useRules } from '../../plan/useRules';
import { YuanInput } from './YuanInput';

export function StepBasic({ rules }: { rules: ReturnType<typeof useRules> }) {
  const { t } = useTranslation();
  const cite = useCite();
  const orgs = useOrgDirectory();
  const orgOptions = orgs.options.filter((o) => !o.disabled);
  return (
    <Row gutter={16}>
      <Col span={24}>
        <Form.Item
          name="name"
          label={t('form.name')}
          rules={[{ required: true, min: 2, message: t('validation.min', { label: t('form.name'), min: 2 }) }]}
        >
          <Input maxLength={100} autoComplete="off" />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="category" label={t('form.category')} extra={cite(rules.article('categories'))}>
          <Select allowClear options={rules.options('categories')} placeholder={t('form.choose')} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="kind" label={t('form.kind')}>
          <Select allowClear options={rules.options('kinds')} placeholder={t('form.choose')} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="totalYuan" label={t('form.totalYuan')} rules={[yuanRule(t)]} extra={t('form.totalHelp')}>
          <YuanInput showWan />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          name="classified"
          label={t('form.classified')}
          valuePropName="checked"
          extra={t('form.classifiedHelp')}
        >
          <Switch checkedChildren={t('common.yes')} unCheckedChildren={t('common.no')} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="leadOrgId" label={t('form.leadOrg')} extra={t('form.leadOrgHelp')}>
          <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={orgOptions} loading={orgs.loading} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="coOrgIds" label={t('form.coOrgs')}>
          <Select
            mode="multiple"
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            options={orgOptions}
            loading={orgs.loading}
          />
        </Form.Item>
      </Col>
    </Row>
  );
}
