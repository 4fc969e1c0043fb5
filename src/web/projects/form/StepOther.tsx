// Step 6 绩效与其他: performance targets (Art.33), the predecessor of a continuation ("先共享再续建",
// Art.7), the mandated-urgent basis of a late declaration (only once the deadline has passed,
// Art.8 ¶2) and the contact person.
import { Alert, Col, Divider, Form, Input, Row, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Labelled } from '../../api/plan-types';
import { usePick } from '../../i18n/format';
import type { useRules } from '../../plan/useRules';
import { EditableList } from './EditableList';
import type { FormValues } from './formModel';

const noMargin = { marginBottom: 0 };

export function StepOther({
  rules,
  disabled,
  deadlinePassed,
}: {
  rules: ReturnType<typeof useRules>;
  disabled: boolean;
  deadlinePassed: boolean;
}) {
  const { t } = useTranslation();
  const pick = usePick();
  const form = Form.useFormInstance<FormValues>();
  const hasPredecessor = Form.useWatch('hasPredecessor', form);
  const urgentLevels = ((rules.data?.parameters.urgentLevels as { value?: Labelled[] } | undefined)?.value ?? []).map(
    (l) => ({ value: l.code, label: pick(l.zh, l.en) }),
  );

  return (
    <>
      <Divider titlePlacement="start">{t('form.performanceTargets')}</Divider>
      <EditableList
        name="performanceTargets"
        testId="performance-targets"
        disabled={disabled}
        addLabel={t('form.addTarget')}
        columns={[
          {
            key: 'i',
            title: t('form.indicator'),
            width: '40%',
            render: (n) => (
              <Form.Item name={[n, 'indicator']} style={noMargin}>
                <Input maxLength={200} />
              </Form.Item>
            ),
          },
          {
            key: 't',
            title: t('form.target'),
            render: (n) => (
              <Form.Item name={[n, 'target']} style={noMargin}>
                <Input maxLength={500} />
              </Form.Item>
            ),
          },
        ]}
      />
      <Divider titlePlacement="start">{t('form.predecessor')}</Divider>
      <Form.Item
        name="hasPredecessor"
        valuePropName="checked"
        label={t('form.hasPredecessor')}
        extra={t('form.predecessorHelp')}
      >
        <Switch checkedChildren={t('common.yes')} unCheckedChildren={t('common.no')} />
      </Form.Item>
      {hasPredecessor && (
        <Row gutter={16}>
          <Col xs={24} md={14}>
            <Form.Item name={['predecessor', 'name']} label={t('form.predecessorName')}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={24} md={10}>
            <Form.Item
              name={['predecessor', 'sharingFulfilled']}
              valuePropName="checked"
              label={t('form.sharingFulfilled')}
            >
              <Switch checkedChildren={t('common.yes')} unCheckedChildren={t('common.no')} />
            </Form.Item>
          </Col>
        </Row>
      )}
      {deadlinePassed && (
        <>
          <Divider titlePlacement="start">{t('form.urgentBasis')}</Divider>
          <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('form.urgentHelp')} />
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item name={['urgentBasis', 'level']} label={t('form.urgentLevel')}>
                <Select allowClear options={urgentLevels} placeholder={t('form.choose')} />
              </Form.Item>
            </Col>
            <Col xs={24} md={16}>
              <Form.Item name={['urgentBasis', 'text']} label={t('form.urgentText')}>
                <Input.TextArea rows={2} maxLength={2000} />
              </Form.Item>
            </Col>
          </Row>
        </>
      )}
      <Divider titlePlacement="start">{t('form.contact')}</Divider>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="contactName" label={t('form.contactName')}>
            <Input maxLength={50} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="contactPhone" label={t('form.contactPhone')}>
            <Input maxLength={30} />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}
