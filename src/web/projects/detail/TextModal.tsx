// A small modal asking for one text (the sector authority's forwarding note or return reason, Art.9).
import { Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  title: string;
  label: string;
  required: boolean;
  okText: string;
  danger?: boolean;
  testId: string;
  onSubmit: (text: string) => Promise<void>;
  onClose: () => void;
}

export function TextModal({ title, label, required, okText, danger, testId, onSubmit, onClose }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ text?: string }>();
  const [busy, setBusy] = useState(false);
  const submit = async (v: { text?: string }) => {
    setBusy(true);
    try {
      await onSubmit((v.text ?? '').trim());
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={okText}
      confirmLoading={busy}
      okButtonProps={{ danger, 'data-testid': `${testId}-ok` }}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={submit} data-testid={testId}>
        <Form.Item
          name="text"
          label={label}
          rules={required ? [{ required: true, min: 2, message: t('validation.min', { label, min: 2 }) }] : []}
        >
          <Input.TextArea id="actionText" rows={4} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
