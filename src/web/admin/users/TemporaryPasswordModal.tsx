// Shows a new or reset temporary password once, with a copy button.
import { Alert, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

export function TemporaryPasswordModal({
  name,
  password,
  onClose,
}: {
  name: string;
  password: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      open
      title={t('users.tempTitle')}
      onCancel={onClose}
      onOk={onClose}
      cancelButtonProps={{ style: { display: 'none' } }}
      okText={t('common.close')}
      mask={{ closable: false }}
    >
      <Alert type="warning" showIcon title={t('users.tempHint', { name })} style={{ marginBottom: 16 }} />
      <Typography.Paragraph
        copyable={{ text: password }}
        className="govit-mono"
        style={{ fontSize: 20, textAlign: 'center' }}
        data-testid="temporary-password"
      >
        {password}
      </Typography.Paragraph>
    </Modal>
  );
}
