// 招标控制价 (Art.13): finance records the reviewed tender control price; the server computes the
// amount recovered, max(0, budget − control price) (R-RECOVERY), and the project carries it.
import { Alert, Form, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { post } from '../api/client';
import type { Project } from '../api/plan-types';
import { useNotify } from '../app/useNotify';
import { useSubmit } from '../app/useSubmit';
import { RuleBlockedAlert } from './RuleBlockedAlert';
import { useCite } from '../plan/cite';
import { fenToYuanInput, yuanInputToFen, yuanRule, yuanText } from '../plan/money';
import { YuanInput } from '../projects/form/YuanInput';
import { useActionLabel } from '../i18n/labels';

export function ControlPriceModal({
  project,
  onDone,
  onClose,
}: {
  project: Project;
  onDone: (p: Project) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const actionLabel = useActionLabel();
  const cite = useCite();
  const notify = useNotify();
  const [form] = Form.useForm<{ amountYuan: string }>();
  const { busy, refused, run } = useSubmit(form, { controlPriceFen: 'amountYuan' });
  const budget = project.approvedBudgetFen ?? project.totalFen;
  const submit = (v: { amountYuan: string }) =>
    run(async () => {
      const p = await post<Project>(`/projects/${project.id}/control-price`, {
        controlPriceFen: yuanInputToFen(v.amountYuan),
      });
      notify.success(t('controlPrice.done', { amount: yuanText(p.recoveryFen) }));
      onDone(p);
    });
  return (
    <Modal
      open
      title={actionLabel('record_control_price')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={busy}
      okButtonProps={{ 'data-testid': 'control-price-ok' }}
      destroyOnHidden
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={t('controlPrice.intro', { article: cite('Art.13') })}
        description={t('controlPrice.budget', { amount: yuanText(budget) })}
      />
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        data-testid="control-price-form"
        initialValues={{ amountYuan: fenToYuanInput(project.controlPriceFen) }}
      >
        <Form.Item
          name="amountYuan"
          label={t('controlPrice.amount')}
          rules={[
            { required: true, message: t('validation.required', { label: t('controlPrice.amount') }) },
            yuanRule(t),
          ]}
        >
          <YuanInput id="controlPriceYuan" showWan />
        </Form.Item>
      </Form>
      {refused && <RuleBlockedAlert error={refused} />}
    </Modal>
  );
}
