// 分散建设申请 (Art.15): only a classified or upper-level-deployed project may ask; it then needs
// the consultation mechanism's agreement and the government's approval (R-DECENTRAL).
import { Alert, Form, Input, Modal, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { post } from '../api/client';
import type { Project } from '../api/plan-types';
import { useNotify } from '../app/useNotify';
import { RuleBlockedAlert } from '../approval/RuleBlockedAlert';
import { useCite } from '../plan/cite';
import { useSubmit } from '../app/useSubmit';
import { useActionLabel } from '../i18n/labels';

interface Values {
  basis: 'classified' | 'upper_level';
  reason: string;
}

export function DecentralRequestModal({
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
  const [form] = Form.useForm<Values>();
  const { busy, refused, run } = useSubmit(form);
  const submit = (v: Values) =>
    run(async () => {
      const p = await post<Project>(`/projects/${project.id}/decentral`, { basis: v.basis, reason: v.reason.trim() });
      notify.success(t('contract.decentral.done'));
      onDone(p);
    });
  return (
    <Modal
      open
      width={640}
      title={actionLabel('request_decentral')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={busy}
      okButtonProps={{ 'data-testid': 'decentral-request-ok' }}
      destroyOnHidden
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={t('contract.decentral.intro', { article: cite('Art.15') })}
      />
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        data-testid="decentral-request-form"
        initialValues={{ basis: project.classified ? 'classified' : 'upper_level' }}
      >
        <Form.Item
          name="basis"
          label={t('contract.decentral.basis')}
          extra={project.classified ? undefined : t('contract.decentral.notClassified')}
        >
          <Radio.Group
            id="decentralBasis"
            options={[
              { value: 'classified', label: t('contract.decentral.classified'), disabled: !project.classified },
              { value: 'upper_level', label: t('contract.decentral.upper_level') },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('contract.decentral.reason')}
          rules={[
            {
              required: true,
              whitespace: true,
              min: 4,
              message: t('validation.min', { label: t('contract.decentral.reason'), min: 4 }),
            },
          ]}
        >
          <Input.TextArea id="decentralReason" rows={4} maxLength={2000} />
        </Form.Item>
      </Form>
      {refused && <RuleBlockedAlert error={refused} />}
    </Modal>
  );
}
