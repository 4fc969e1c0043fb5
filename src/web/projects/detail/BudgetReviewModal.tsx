// 预算审核 (区财政局, Art.10(3)): approve an amount in 元 (not above the declared total) or refuse.
import { Alert, Form, Input, Modal, Radio } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { post, ProblemError } from '../../api/client';
import type { Project } from '../../api/plan-types';
import { problemText, useNotify } from '../../app/useNotify';
import { fenToYuanInput, yuanInputToFen, yuanRule, yuanText } from '../../plan/money';
import { useCite } from '../../plan/cite';
import { YuanInput } from '../form/YuanInput';
import { useActionLabel } from '../../i18n/labels';

interface Values {
  decision: 'approve' | 'refuse';
  amountYuan?: string;
  note?: string;
}

export function BudgetReviewModal({
  project,
  onDone,
  onClose,
}: {
  project: Project;
  onDone: (p: Project) => void;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const actionLabel = useActionLabel();
  const cite = useCite();
  const notify = useNotify();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const decision = Form.useWatch('decision', form);

  const submit = async (v: Values) => {
    setBusy(true);
    try {
      const approvedBudgetFen = v.decision === 'approve' ? (yuanInputToFen(v.amountYuan) ?? undefined) : undefined;
      const p = await post<Project>(`/projects/${project.id}/budget-review`, {
        decision: v.decision,
        approvedBudgetFen,
        note: v.note?.trim() || undefined,
      });
      notify.success(t(v.decision === 'approve' ? 'budget.approved' : 'budget.refused'));
      onDone(p);
    } catch (e) {
      if (e instanceof ProblemError && e.field === 'approvedBudgetFen')
        form.setFields([{ name: 'amountYuan', errors: [problemText(e, i18n.language)] }]);
      else notify.error(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={actionLabel('budget_review')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={busy}
      okText={t('budget.ok')}
      okButtonProps={{ 'data-testid': 'budget-review-ok' }}
      destroyOnHidden
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={t('budget.intro', { article: cite('Art.10(3)'), total: yuanText(project.totalFen) })}
      />
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        data-testid="budget-review-form"
        initialValues={{ decision: 'approve', amountYuan: fenToYuanInput(project.totalFen) }}
      >
        <Form.Item name="decision" label={t('budget.decision')}>
          <Radio.Group
            options={[
              { value: 'approve', label: t('budget.approve') },
              { value: 'refuse', label: t('budget.refuse') },
            ]}
          />
        </Form.Item>
        {decision !== 'refuse' && (
          <Form.Item
            name="amountYuan"
            label={t('budget.amount')}
            rules={[{ required: true, message: t('validation.required', { label: t('budget.amount') }) }, yuanRule(t)]}
          >
            <YuanInput id="approvedYuan" showWan />
          </Form.Item>
        )}
        <Form.Item name="note" label={t('budget.note')}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
