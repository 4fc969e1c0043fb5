// Step 1 基本信息: name, category (Art.2), kind, classified (Art.10(1)6), total, lead and
// co-building units for cross-department projects (Art.9). Units are shown by name — never the id
// while the directory loads, nor the internal code (issue 13); the code still matches a search.
import { Col, Form, Input, Row, Select, Skeleton, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { useOrgDirectory } from '../../admin/shared/orgs';
import { usePick } from '../../i18n/format';
import { yuanRule } from '../../plan/money';
import { useCite } from '../../plan/cite';
import type { useRules } from '../../plan/useRules';
import { YuanInput } from './YuanInput';

export function StepBasic({ rules }: { rules: ReturnType<typeof useRules> }) {
  const { t } = useTranslation();
  const cite = useCite();
  const pick = usePick();
  const orgs = useOrgDirectory();
  const orgOptions = orgs.list
    .filter((o) => !o.disabled)
    .map((o) => ({ value: o.id, label: pick(o.name, o.nameEn), code: o.code }));
  const orgSearch = (input: string, option?: { label: string; code: string }) =>
    !!option && `${option.label} ${option.code}`.toLowerCase().includes(input.trim().toLowerCase());
  // The selected unit's name; a skeleton while the directory loads, never the raw id.
  const orgLabel = ({ value }: { value?: unknown }) => {
    const o = typeof value === 'string' ? orgs.byId.get(value) : undefined;
    if (o) return pick(o.name, o.nameEn);
    return orgs.loading ? <Skeleton.Input active size="small" style={{ width: 120, height: 16 }} /> : '—';
  };
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
          <Select
            allowClear
            showSearch={{ filterOption: orgSearch }}
            options={orgOptions}
            loading={orgs.loading}
            labelRender={orgLabel}
            data-testid="lead-org"
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="coOrgIds" label={t('form.coOrgs')}>
          <Select
            mode="multiple"
            allowClear
            showSearch={{ filterOption: orgSearch }}
            options={orgOptions}
            loading={orgs.loading}
            labelRender={orgLabel}
          />
        </Form.Item>
      </Col>
    </Row>
  );
}
