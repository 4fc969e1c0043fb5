// 信息系统详情 (Art.2, 6, 7, 20, 21, 30, 32, 33): the register entry, its projects, its security records
// (overdue marked), its O&M periods with their reports and due dates, data sharing with its evidence,
// the exit with its four steps, and the system's own documents. Buttons are the `actions` the server
// sent, and only those; each opens its form (SharingSecurityModals, OmReportModal, ExitModals, SystemFormModals).
import { Alert, Button, Card, Descriptions, Flex, Result, Skeleton, Space, Tag, Typography } from 'antd';
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { InfoSystem, SystemAction } from '../api/system-types';
import { useApi } from '../api/useApi';
import { problemText } from '../app/useNotify';
import { formatDateTime, usePick } from '../i18n/format';
import { useRules } from '../plan/useRules';
import { CompleteExitModal, ExitStepModal, StartExitModal } from './ExitModals';
import { OmReportModal } from './OmReportModal';
import { SecurityModal, SharingModal } from './SharingSecurityModals';
import type { SystemModalProps } from './SystemModal';
import { EditSystemModal } from './SystemFormModals';
import { ExitCard, OmCard } from './OmExitCards';
import { SystemDocumentsCard } from './SystemDocumentsCard';
import { SystemMonitoringCard } from '../monitoring/SystemMonitoringCard';
import { ProjectsCard, SecurityCard, SharingCard } from './SystemSections';
import { SystemStatusTag } from './SystemStatusTag';

/** The form each action opens; upload_document is the documents card's own button. */
const FORMS: Record<Exclude<SystemAction, 'upload_document' | 'edit'>, (p: SystemModalProps) => ReactNode> = {
  record_sharing: (p) => <SharingModal {...p} />,
  record_security: (p) => <SecurityModal {...p} />,
  file_om_report: (p) => <OmReportModal {...p} />,
  start_exit: (p) => <StartExitModal {...p} />,
  record_exit_step: (p) => <ExitStepModal {...p} />,
  complete_exit: (p) => <CompleteExitModal {...p} />,
};

export function SystemPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const pick = usePick();
  const rules = useRules();
  const { data, error, reload } = useApi<InfoSystem>(`/systems/${id}`);
  const [system, setSystem] = useState<InfoSystem>();
  const [open, setOpen] = useState<SystemAction | null>(null);
  useEffect(() => setSystem(data), [data]);

  if (error && !system)
    return (
      <Result
        status={error.status === 404 ? '404' : 'error'}
        title={error.status === 404 ? t('systems.notFound') : problemText(error, i18n.language)}
        extra={
          <Link to="/systems">
            <Button type="primary">{t('systems.back')}</Button>
          </Link>
        }
      />
    );
  if (!system) return <Skeleton active />;
  const s = system;
  const can = (a: SystemAction) => s.actions.some((x) => x.code === a);
  const done = (next?: InfoSystem) => {
    setOpen(null);
    if (next) setSystem(next);
    else reload();
  };
  const props: SystemModalProps = { system: s, onClose: () => setOpen(null), onDone: done, onUploaded: reload };
  const buttons = s.actions.filter((a) => a.code !== 'upload_document');
  const dash = (v: unknown) => (v === null || v === undefined || v === '' ? '—' : String(v));

  return (
    <div data-testid="system-page">
      <Card style={{ marginBottom: 16 }} data-testid="system-header">
        <Flex justify="space-between" align="flex-start" gap={16} wrap>
          <div>
            <Space size={8} wrap>
              <Typography.Text code data-testid="system-code">
                {s.code}
              </Typography.Text>
              <SystemStatusTag status={s.status} />
              <Tag>{t(`systems.sources.${s.source}`)}</Tag>
            </Space>
            <Typography.Title level={3} style={{ margin: '8px 0 0' }} data-testid="system-name">
              {s.name}
            </Typography.Title>
          </div>
          <Space wrap>
            {buttons.map((a) => (
              <Button
                key={a.code}
                type={a.code === 'file_om_report' || a.code === 'record_sharing' ? 'primary' : 'default'}
                danger={a.code === 'start_exit' || a.code === 'complete_exit'}
                onClick={() => setOpen(a.code)}
                data-testid={`system-action-${a.code}`}
              >
                {pick(a.zh, a.en)}
              </Button>
            ))}
          </Space>
        </Flex>
        <Descriptions
          size="small"
          style={{ marginTop: 12 }}
          column={{ xs: 1, md: 2, xl: 3 }}
          data-testid="system-fields"
          items={[
            { key: 'owner', label: t('systems.owner'), children: dash(s.ownerName) },
            {
              key: 'dep',
              label: t('systems.deployment'),
              children: s.deployment ? rules.label('deploymentModes', s.deployment) : '—',
            },
            {
              key: 'cloud',
              label: t('systems.cloud'),
              children:
                s.cloudVcpu === null && s.cloudMemoryGb === null && s.cloudStorageGb === null
                  ? '—'
                  : t('systems.cloudValue', {
                      vcpu: dash(s.cloudVcpu),
                      memory: dash(s.cloudMemoryGb),
                      storage: dash(s.cloudStorageGb),
                    }),
            },
            {
              key: 'mlps',
              label: t('systems.mlpsLevel'),
              children: s.mlpsLevel ? t(`systems.levels.${s.mlpsLevel}`) : '—',
            },
            { key: 'filing', label: t('systems.mlpsFilingNumber'), children: dash(s.mlpsFilingNumber) },
            {
              key: 'data',
              label: t('systems.dataCollected'),
              children: t(s.dataCollected ? 'common.yes' : 'common.no'),
            },
            {
              key: 'op',
              label: t('systems.operationStartedOn'),
              children: <span data-testid="system-operation-start">{dash(s.operationStartedOn)}</span>,
            },
            { key: 'created', label: t('systems.createdAt'), children: formatDateTime(s.createdAt) },
            { key: 'desc', label: t('systems.description'), children: dash(s.description), span: 'filled' },
          ]}
        />
      </Card>
      {s.status === 'exited' && (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('systems.exitCompleted')} />
      )}
      <ProjectsCard system={s} />
      <SharingCard system={s} />
      <SecurityCard system={s} />
      <OmCard system={s} />
      <SystemMonitoringCard systemId={s.id} />
      <ExitCard system={s} />
      <SystemDocumentsCard system={s} canUpload={can('upload_document')} onUploaded={reload} />
      {open === 'edit' && <EditSystemModal system={s} onClose={() => setOpen(null)} onDone={done} />}
      {open && open !== 'edit' && open !== 'upload_document' && FORMS[open](props)}
    </div>
  );
}
