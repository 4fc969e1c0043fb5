// Step 3 数据资源与共享: the information-resource inventory with the cost of each item (Art.3
// "无有效数据则不建系统", Art.10(1)2) and the data sharing/open list with interface and frequency
// (Art.7, 10(1)5).
import { Form, Input, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { yuanRule } from '../../plan/money';
import { EditableList } from './EditableList';
import { YuanInput } from './YuanInput';

const noMargin = { marginBottom: 0 };

export function StepData({ disabled }: { disabled: boolean }) {
  const { t } = useTranslation();
  const directions = (['provide', 'consume', 'open'] as const).map((d) => ({
    value: d,
    label: t(`form.direction_${d}`),
  }));
  return (
    <>
      <Typography.Title level={5}>{t('form.dataResources')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('form.dataResourcesHelp')}</Typography.Paragraph>
      <EditableList
        name="dataResources"
        testId="data-resources"
        disabled={disabled}
        addLabel={t('form.addResource')}
        columns={[
          {
            key: 'name',
            title: t('form.resourceName'),
            width: 220,
            render: (n) => (
              <Form.Item name={[n, 'name']} style={noMargin}>
                <Input maxLength={200} />
              </Form.Item>
            ),
          },
          {
            key: 'cost',
            title: t('form.resourceCost'),
            width: 180,
            render: (n) => (
              <Form.Item name={[n, 'costYuan']} rules={[yuanRule(t)]} style={noMargin}>
                <YuanInput />
              </Form.Item>
            ),
          },
          {
            key: 'ref',
            title: t('form.catalogueRef'),
            width: 160,
            render: (n) => (
              <Form.Item name={[n, 'catalogueRef']} style={noMargin}>
                <Input maxLength={100} />
              </Form.Item>
            ),
          },
          {
            key: 'desc',
            title: t('form.resourceDesc'),
            render: (n) => (
              <Form.Item name={[n, 'description']} style={noMargin}>
                <Input maxLength={2000} />
              </Form.Item>
            ),
          },
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 24 }}>
        {t('form.sharingList')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('form.sharingHelp')}</Typography.Paragraph>
      <EditableList
        name="sharingList"
        testId="sharing-list"
        disabled={disabled}
        addLabel={t('form.addSharing')}
        columns={[
          {
            key: 'item',
            title: t('form.sharingItem'),
            width: 220,
            render: (n) => (
              <Form.Item name={[n, 'item']} style={noMargin}>
                <Input maxLength={200} />
              </Form.Item>
            ),
          },
          {
            key: 'dir',
            title: t('form.direction'),
            width: 140,
            render: (n) => (
              <Form.Item name={[n, 'direction']} style={noMargin}>
                <Select options={directions} placeholder={t('form.choose')} />
              </Form.Item>
            ),
          },
          {
            key: 'if',
            title: t('form.interface'),
            width: 200,
            render: (n) => (
              <Form.Item name={[n, 'interface']} style={noMargin}>
                <Input maxLength={200} />
              </Form.Item>
            ),
          },
          {
            key: 'freq',
            title: t('form.frequency'),
            render: (n) => (
              <Form.Item name={[n, 'frequency']} style={noMargin}>
                <Input maxLength={100} />
              </Form.Item>
            ),
          },
        ]}
      />
    </>
  );
}
