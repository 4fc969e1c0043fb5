// The project's header: code, name, stage (with its article), urgent mark, amounts, and the
// buttons for the actions the server says the person may take now — and only those, offered as the
// action map says and labelled from the domain's transition table.
import { DownloadOutlined, FileZipOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Flex, Space, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { STAGES } from '../../../domain/lifecycle/stages';
import type { Project, ProjectAction } from '../../api/plan-types';
import { useActionLabel } from '../../i18n/labels';
import { useCite } from '../../plan/cite';
import { StageTag, UrgentTag } from '../../plan/tags';
import { useRules } from '../../plan/useRules';
import { ACTION_UI } from '../actions/actionMap';
import { Money } from '../../ui/Money';

export function ProjectHeader({
  project,
  onAction,
  busy,
}: {
  project: Project;
  onAction: (a: ProjectAction) => void;
  busy: ProjectAction | null;
}) {
  const { t } = useTranslation();
  const cite = useCite();
  const rules = useRules();
  const label = useActionLabel();
  // The actions the server sent, in its (the transition table's) order, each offered as the map says.
  const buttons = project.actions.flatMap((action) => {
    const ui = ACTION_UI[action];
    // An action this build does not know (a newer server) or one that is not a button (edit: the form).
    return ui && ui.kind !== 'page' ? [{ action, look: ui.look }] : [];
  });
  return (
    <Card style={{ marginBottom: 16 }} data-testid="project-header">
      <Flex justify="space-between" align="flex-start" gap={16} wrap>
        <div>
          <Space size={8} wrap>
            <Typography.Text code data-testid="project-code">
              {project.code}
            </Typography.Text>
            <StageTag stage={project.stage} />
            <Typography.Text type="secondary" data-testid="stage-article">
              {cite(STAGES[project.stage].article)}
            </Typography.Text>
            <UrgentTag urgent={project.urgent} />
          </Space>
          <Typography.Title level={3} style={{ margin: '8px 0 0' }} data-testid="project-name">
            {project.name}
          </Typography.Title>
        </div>
        <Space wrap>
          {buttons.map((b) => (
            <Button
              key={b.action}
              type={b.look === 'primary' ? 'primary' : 'default'}
              danger={b.look === 'danger'}
              loading={busy === b.action}
              onClick={() => onAction(b.action)}
              data-testid={`action-${b.action}`}
            >
              {label(b.action)}
            </Button>
          ))}
          <Button
            icon={<DownloadOutlined />}
            href={`/api/v1/projects/${project.id}/declaration-form.docx`}
            data-testid="download-form"
          >
            {t('actions.downloadForm')}
          </Button>
          <Tooltip title={t('approvalActions.archiveHint')}>
            <Button
              icon={<FileZipOutlined />}
              href={`/api/v1/projects/${project.id}/archive.zip`}
              data-testid="download-archive"
            >
              {t('approvalActions.downloadArchive')}
            </Button>
          </Tooltip>
        </Space>
      </Flex>
      <Descriptions
        size="small"
        style={{ marginTop: 12 }}
        column={{ xs: 1, md: 2, xl: 4 }}
        items={[
          { key: 'org', label: t('projects.declaringOrg'), children: project.declaringOrgName ?? '—' },
          { key: 'year', label: t('plan.year'), children: t('calls.yearValue', { year: project.planYear }) },
          {
            key: 'cat',
            label: t('form.category'),
            children: `${rules.label('categories', project.category)} · ${rules.label('kinds', project.kind)}`,
          },
          {
            key: 'total',
            label: t('projects.total'),
            children: <Money fen={project.totalFen} testId="header-total" />,
          },
          {
            key: 'round',
            label: t('projects.round'),
            children: project.round ? t('projects.roundN', { n: project.round }) : '—',
          },
          {
            key: 'approved',
            label: t('projects.approved'),
            children: <Money fen={project.approvedBudgetFen} />,
          },
          ...(project.controlPriceFen != null
            ? [
                { key: 'cp', label: t('joint.controlPrice'), children: <Money fen={project.controlPriceFen} /> },
                {
                  key: 'rec',
                  label: t('joint.recovery'),
                  children: <Money fen={project.recoveryFen} testId="header-recovery" />,
                },
              ]
            : []),
          ...(project.contractFen != null
            ? [{ key: 'contract', label: t('contract.contractAmount'), children: <Money fen={project.contractFen} /> }]
            : []),
          // The trial's acceptance window (Art.25), the report's deadline (Art.27), the warranty (Art.29).
          ...(project.trial && !project.acceptance?.acceptanceDate
            ? [
                {
                  key: 'window',
                  label: t('delivery.trial.windowShort'),
                  children: (
                    <span data-testid="header-window">
                      {project.trial.earliest} ~ {project.trial.latest ?? t('delivery.trial.latestUnknown')}
                    </span>
                  ),
                },
              ]
            : []),
          ...(project.acceptance?.reportDueDate && !project.acceptance.reportSubmittedAt
            ? [{ key: 'due', label: t('delivery.acceptance.reportDue'), children: project.acceptance.reportDueDate }]
            : []),
          ...(project.acceptance?.warrantyEndOn
            ? [
                {
                  key: 'warranty',
                  label: t('delivery.handover.warrantyEnd'),
                  children: project.acceptance.warrantyEndOn,
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
}
