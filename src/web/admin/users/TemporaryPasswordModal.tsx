// Shows one half of a one-time password once, with a copy button: the first half to the system
// admin who created or reset the account, the second to the security admin who hands it over
// (三权分立: neither administrator alone knows a password that signs in).
import { Alert, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

export interface PasswordHalf {
  name: string;
  half: 'first' | 'second';
  value: string;
}

export function TemporaryPasswordModal({ name, half, value, onClose }: PasswordHalf & { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      open
      title={t(half === 'first' ? 'users.tempFirstTitle' : 'users.tempSecondTitle')}
      onCancel={onClose}
      onOk={onClose}
      cancelButtonProps={{ style: { display: 'none' } }}
      okText={t('common.close')}
      mask={{ closable: false }}
    >
      <Alert
        type="warning"
        showIcon
        title={t(half === 'first' ? 'users.tempFirstHint' : 'users.tempSecondHint', { name })}
        style={{ marginBottom: 16 }}
      />
      <Typography.Paragraph
        copyable={{ text: value }}
        className="govit-mono"
        style={{ fontSize: 20, textAlign: 'center' }}
        data-testid={`temporary-password-${half}`}
      >
        {value}
      </Typography.Paragraph>
    </Modal>
  );
}
