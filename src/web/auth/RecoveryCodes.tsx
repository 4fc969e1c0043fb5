// Shows the recovery codes once, with copy and download-as-text, and a warning to keep them.
import { CopyOutlined, DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../app/useNotify';

export function RecoveryCodes({ codes, username, onDone }: { codes: string[]; username: string; onDone: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const text = `${t('mfa.fileHeader')}\n${username}\n\n${codes.join('\n')}\n`;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      notify.success(t('common.copied'));
    } catch {
      notify.error(new Error(t('common.copyFailed')));
    }
  };

  const download = () => {
    const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `govit-recovery-codes-${username}.txt`;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  return (
    <>
      <Alert type="warning" showIcon title={t('mfa.recoveryWarn')} />
      <div className="govit-codes" data-testid="recovery-codes">
        {codes.map((c) => (
          <span key={c}>{c}</span>
        ))}
      </div>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Space.Compact block>
          <Button icon={<CopyOutlined />} onClick={() => void copy()} style={{ width: '50%' }}>
            {t('mfa.copyAll')}
          </Button>
          <Button
            icon={<DownloadOutlined />}
            onClick={download}
            style={{ width: '50%' }}
            data-testid="download-recovery"
          >
            {t('mfa.downloadTxt')}
          </Button>
        </Space.Compact>
        <Button type="primary" block onClick={onDone} data-testid="recovery-done">
          {t('mfa.done')}
        </Button>
      </Space>
    </>
  );
}
