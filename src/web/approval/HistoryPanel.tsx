// 办理记录: every event of the project — who, when, what, the stage change, the rule and article
// that decided it (the project's part of the audit trail).
import { Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProjectEvent } from '../api/approval-types';
import { useApi } from '../api/useApi';
import { formatDateTime, usePick } from '../i18n/format';
import { useStageLabel } from '../i18n/labels';
import { useCite } from '../plan/cite';

export function HistoryPanel({ projectId, tick }: { projectId: string; tick: number }) {
  const { t } = useTranslation();
  const pick = usePick();
  const stageName = useStageLabel();
  const cite = useCite();
  const { data, loading } = useApi<{ items: ProjectEvent[] }>(`/projects/${projectId}/events?t=${tick}`);
  return (
    <div data-testid="history-panel">
      <Typography.Paragraph type="secondary">{t('history.intro')}</Typography.Paragraph>
      <Table<ProjectEvent>
        rowKey="id"
        size="small"
        loading={loading}
        pagination={false}
        dataSource={[...(data?.items ?? [])].reverse()}
        locale={{ emptyText: t('history.empty') }}
        columns={[
          { title: t('history.time'), dataIndex: 'at', width: 150, render: (v: string) => formatDateTime(v) },
          {
            title: t('history.action'),
            key: 'action',
            width: 180,
            render: (_, e) => pick(e.actionName, e.actionNameEn),
          },
          {
            title: t('history.actor'),
            key: 'actor',
            width: 200,
            render: (_, e) => [e.actorOrgName, e.actorName].filter(Boolean).join(' · ') || '—',
          },
          {
            title: t('history.stage'),
            key: 'stage',
            width: 260,
            render: (_, e) =>
              e.toStage && e.toStage !== e.fromStage ? (
                <span>
                  {e.fromStage ? stageName(e.fromStage) : '—'} → <Tag>{stageName(e.toStage)}</Tag>
                </span>
              ) : (
                '—'
              ),
          },
          {
            title: t('history.basis'),
            key: 'basis',
            width: 180,
            render: (_, e) => [e.rule, cite(e.article)].filter(Boolean).join(' ') || '—',
          },
          { title: t('history.note'), dataIndex: 'note', render: (v: string | null) => v || '—' },
        ]}
      />
    </div>
  );
}
