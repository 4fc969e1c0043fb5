// Expanded audit row: request id, detail JSON and the hash-chain links.
import { Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditEvent } from '../../api/types';

export function AuditDetail({ event: e }: { event: AuditEvent }) {
  const { t } = useTranslation();
  const mono = (v: string | null) => (
    <Typography.Text className="govit-mono" style={{ fontSize: 12 }}>
      {v ?? t('common.none')}
    </Typography.Text>
  );
  return (
    <Descriptions
      size="small"
      column={1}
      bordered
      items={[
        { key: 'id', label: 'ID', children: mono(e.id) },
        { key: 'req', label: t('audit.requestId'), children: mono(e.requestId) },
        {
          key: 'detail',
          label: t('audit.detail'),
          children: (
            <pre className="govit-mono" style={{ margin: 0, whiteSpace: 'pre-wrap', fontSize: 12 }}>
              {e.detail == null ? t('common.none') : JSON.stringify(e.detail, null, 2)}
            </pre>
          ),
        },
        { key: 'prev', label: t('audit.prevHash'), children: mono(e.prevHash) },
        { key: 'hash', label: t('audit.hash'), children: mono(e.hash) },
      ]}
    />
  );
}
