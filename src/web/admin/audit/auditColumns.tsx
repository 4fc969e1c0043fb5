// Columns of the audit trail table.
import { Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { AuditEvent } from '../../api/types';
import { formatDateTime } from '../../i18n/format';

const OUTCOME_COLOR = { success: 'green', failure: 'red', denied: 'orange' } as const;

export function useAuditColumns(): ColumnsType<AuditEvent> {
  const { t } = useTranslation();
  return [
    { title: t('audit.seq'), dataIndex: 'seq', width: 80 },
    { title: t('audit.at'), dataIndex: 'at', width: 170, render: (v: string) => formatDateTime(v, true) },
    {
      title: t('audit.actor'),
      dataIndex: 'actorUsername',
      width: 130,
      render: (v: string | null) => v ?? t('common.none'),
    },
    {
      title: t('audit.action'),
      key: 'action',
      render: (_, e) => (
        <>
          {e.actionName}
          <br />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {e.action}
          </Typography.Text>
        </>
      ),
    },
    {
      title: t('audit.target'),
      key: 'target',
      width: 220,
      render: (_, e) =>
        e.targetType ? (
          <Typography.Text className="govit-mono" style={{ fontSize: 12 }}>
            {e.targetType}
            {e.targetId ? ` · ${e.targetId}` : ''}
          </Typography.Text>
        ) : (
          t('common.none')
        ),
    },
    {
      title: t('audit.outcome'),
      dataIndex: 'outcome',
      width: 90,
      render: (o: AuditEvent['outcome']) => <Tag color={OUTCOME_COLOR[o] ?? 'default'}>{t(`audit.${o}`)}</Tag>,
    },
    { title: t('audit.ip'), dataIndex: 'ip', width: 130, render: (v: string | null) => v ?? t('common.none') },
  ];
}
