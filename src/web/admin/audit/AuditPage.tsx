// 审计日志 (audit admin): filter by event, actor, outcome and period; newest first with
// "加载更多"; each row expands to its detail and hash-chain links; "校验完整性" verifies the chain.
import { Alert, Button, Card, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { AuditEvent } from '../../api/types';
import { useAuth } from '../../app/AuthContext';
import { problemText } from '../../app/useNotify';
import { PageHeader } from '../shared/PageHeader';
import { AuditDetail } from './AuditDetail';
import { AuditFilters } from './AuditFilters';
import { useAuditColumns } from './auditColumns';
import { useAuditEvents, type AuditFilter } from './useAuditEvents';
import { VerifyButton, VerifyResult, type VerifyState } from './Verify';
import { STICKY } from '../../ui/tables';

export function AuditPage() {
  const { t, i18n } = useTranslation();
  const { can } = useAuth();
  const [params] = useSearchParams();
  const initial = useMemo<AuditFilter>(() => ({ outcome: params.get('outcome') ?? undefined }), [params]);
  const [filter, setFilter] = useState<AuditFilter>(initial);
  const [verify, setVerify] = useState<VerifyState>(null);
  const events = useAuditEvents(filter);
  const columns = useAuditColumns();

  return (
    <Card>
      <PageHeader
        title={t('audit.title')}
        intro={t('audit.intro')}
        extra={
          can('audit.verify') && (
            <VerifyButton
              onResult={(r) => {
                setVerify(r);
                events.reload();
              }}
            />
          )
        }
      />
      <VerifyResult state={verify} onClose={() => setVerify(null)} />
      <AuditFilters initial={initial} onChange={setFilter} />
      {events.error && (
        <Alert type="error" showIcon title={problemText(events.error, i18n.language)} style={{ marginBottom: 16 }} />
      )}
      <Table<AuditEvent>
        rowKey="seq"
        size="small"
        loading={events.loading}
        dataSource={events.items}
        columns={columns}
        pagination={false}
        sticky={STICKY}
        scroll={{ x: 1200 }}
        locale={{ emptyText: t('audit.empty') }}
        expandable={{ expandedRowRender: (e) => <AuditDetail event={e} /> }}
        data-testid="audit-table"
      />
      <div style={{ textAlign: 'center', marginTop: 16 }}>
        {events.hasMore ? (
          <Button onClick={events.loadMore} loading={events.loading} data-testid="audit-load-more">
            {t('audit.loadMore')}
          </Button>
        ) : (
          events.items.length > 0 && <Typography.Text type="secondary">{t('audit.noMore')}</Typography.Text>
        )}
      </div>
    </Card>
  );
}
