// "校验完整性": recomputes the SM3 hash chain on the server; a green Result when intact, a red
// Alert naming the first broken record otherwise.
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Result } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { post } from '../../api/client';
import type { AuditVerify } from '../../api/types';
import { useNotify } from '../../app/useNotify';
import { formatDateTime } from '../../i18n/format';

export type VerifyState = AuditVerify | null;

export function VerifyButton({ onResult }: { onResult: (r: AuditVerify) => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      onResult(await post<AuditVerify>('/audit-events/verify'));
    } catch (e) {
      notify.error(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      type="primary"
      icon={<SafetyCertificateOutlined />}
      loading={busy}
      onClick={() => void run()}
      data-testid="audit-verify"
    >
      {t('audit.verify')}
    </Button>
  );
}

export function VerifyResult({ state, onClose }: { state: VerifyState; onClose: () => void }) {
  const { t } = useTranslation();
  if (!state) return null;
  const b = state.firstBroken;
  if (state.ok || !b) {
    return (
      <Result
        status="success"
        title={t('audit.ok')}
        data-testid="audit-verify-ok"
        style={{ padding: '16px 0' }}
        subTitle={t('audit.okDetail', {
          checked: state.checked,
          lastSeq: state.lastSeq ?? '—',
          headHash: state.headHash ?? '—',
        })}
        extra={<Button onClick={onClose}>{t('common.close')}</Button>}
      />
    );
  }
  return (
    <Alert
      type="error"
      showIcon
      closable={{ onClose }}
      style={{ marginBottom: 16 }}
      data-testid="audit-verify-broken"
      title={t('audit.broken')}
      description={t('audit.brokenDetail', {
        seq: b.seq,
        action: b.action,
        at: formatDateTime(b.at, true),
        reason: t(`audit.${b.reason}`),
        expected: b.expected,
        found: b.found,
      })}
    />
  );
}
