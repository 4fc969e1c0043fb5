// What autosave is doing [data-testid=autosave-status]: saved at HH:mm:ss, saving, waiting, a
// field to correct, or — on a version conflict — a clear stop with a reload button.
import { CheckCircleOutlined, ExclamationCircleOutlined, LoadingOutlined, LockOutlined } from '@ant-design/icons';
import { Alert, Button, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText } from '../../app/useNotify';
import { formatDateTime } from '../../i18n/format';
import type { SaveStatus } from './useAutosave';

export function AutosaveStatus({
  status,
  readOnly,
  onReload,
  onRetry,
}: {
  status: SaveStatus;
  readOnly: boolean;
  onReload: () => void;
  onRetry: () => void;
}) {
  const { t, i18n } = useTranslation();
  const box = (children: ReactNode, kind = status.kind) => (
    <div data-testid="autosave-status" data-state={readOnly ? 'readonly' : kind} style={{ minHeight: 24 }}>
      {children}
    </div>
  );
  if (readOnly)
    return box(
      <Typography.Text type="secondary">
        <LockOutlined /> {t('autosave.readOnly')}
      </Typography.Text>,
    );
  switch (status.kind) {
    case 'idle':
      return box(<Typography.Text type="secondary">{t('autosave.idle')}</Typography.Text>);
    case 'pending':
      return box(<Typography.Text type="secondary">{t('autosave.pending')}</Typography.Text>);
    case 'saving':
      return box(
        <Typography.Text type="secondary">
          <LoadingOutlined /> {t('autosave.saving')}
        </Typography.Text>,
      );
    case 'saved':
      return box(
        <Typography.Text type="success">
          <CheckCircleOutlined />{' '}
          {t('autosave.saved', { time: formatDateTime(status.at.toISOString(), true).slice(11) })}
        </Typography.Text>,
      );
    case 'invalid':
      return box(
        <Typography.Text type="warning">
          <ExclamationCircleOutlined /> {t('autosave.invalid', { count: status.fields.length })}
        </Typography.Text>,
      );
    case 'error':
      return box(
        <Typography.Text type="danger">
          <ExclamationCircleOutlined /> {t('autosave.failed', { message: problemText(status.error, i18n.language) })}
          <Button type="link" size="small" onClick={onRetry}>
            {t('autosave.retry')}
          </Button>
        </Typography.Text>,
      );
    case 'conflict':
      return box(
        <Alert
          type="error"
          showIcon
          title={t('errors.conflictTitle')}
          description={t('autosave.conflict')}
          action={
            <Button danger onClick={onReload} data-testid="autosave-reload">
              {t('common.reload')}
            </Button>
          }
        />,
      );
  }
}
