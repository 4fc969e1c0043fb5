// The project's header: code, name, stage (with its article), urgent mark, amounts, and the
// buttons for the actions the server says the person may take now — and only those.
import { DownloadOutlined, FileZipOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Flex, Space, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Project, ProjectAction } from '../../api/plan-types';
import { useCite } from '../../plan/cite';
import { wanText, yuanText } from '../../plan/money';
import { StageTag, UrgentTag } from '../../plan/tags';
import { useRules } from '../../plan/useRules';

export function ProjectHeader({
  project,
  onAction,
  busy,
}: {
  project: Project;
  onAction: (a: ProjectAction) => void;
  busy: ProjectAction | null;
}) {
  const { t, i18n } = useTranslation();
  const cite = useCite();
  const rules = useRules();
  const buttons: { action: ProjectAction; primary?: boolean; danger?: boolean }[] = [
    { action: 'submit', primary: true },
    { action: 'forward', primary: true },
    { action: 'sector_return', danger: true },
    { action: 'pre_review_opinion', primary: true },
    { action: 'budget_review', primary: true },
    { action: 'issue_plan', primary: true },
    { action: 'withdraw', danger: true },
    // Review to contract (Art.11–19)
    { action: 'submit_application', primary: true },
    { action: 'ndrc_approve', primary: true },
    { action: 'joint_review_opinion', primary: true },
    { action: 'record_control_price' },
    { action: 'record_meeting' },
    { action: 'submit_revision', primary: true },
    { action: 'approve', primary: true },
    { action: 'record_procurement', primary: true },
    { action: 'record_supervision' },
    { action: 'start_construction', primary: true },
    { action: 'request_decentral' },
    { action: 'record_decentral' },
    { action: 'file_change' },
  ];
  // Annual-plan actions are labelled under `actions`, review-to-contract ones under `approvalActions`.
  const label = (a: ProjectAction) => t(i18n.exists(`actions.${a}`) ? `actions.${a}` : `approvalActions.${a}`);
  return (
    <Card style={{ marginBottom: 16 }} data-testid="project-header">
      <Flex justify="space-between" align="flex-start" gap={16} wrap>
        <div>
          <Space size={8} wrap>
            <Typography.Text code data-testid="project-code">
              {project.code}
            </Typography.Text>
            <StageTag stage={project.stage} name={project.stageName} nameEn={project.stageNameEn} />
            {project.stageArticle && (
              <Typography.Text type="secondary" data-testid="stage-article">
                {cite(project.stageArticle)}
              </Typography.Text>
            )}
            <UrgentTag urgent={project.urgent} />
          </Space>
          <Typography.Title level={3} style={{ margin: '8px 0 0' }} data-testid="project-name">
            {project.name}
          </Typography.Title>
        </div>
        <Space wrap>
          {buttons
            .filter((b) => project.actions.includes(b.action))
            .map((b) => (
              <Button
                key={b.action}
                type={b.primary ? 'primary' : 'default'}
                danger={b.danger}
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
            children: `${yuanText(project.totalFen)}（${wanText(project.totalFen)}）`,
          },
          {
            key: 'round',
            label: t('projects.round'),
            children: project.round ? t('projects.roundN', { n: project.round }) : '—',
          },
          {
            key: 'approved',
            label: t('projects.approved'),
            children:
              project.approvedBudgetFen === null
                ? '—'
                : `${yuanText(project.approvedBudgetFen)}（${wanText(project.approvedBudgetFen)}）`,
          },
          ...(project.controlPriceFen != null
            ? [
                { key: 'cp', label: t('joint.controlPrice'), children: yuanText(project.controlPriceFen) },
                {
                  key: 'rec',
                  label: t('joint.recovery'),
                  children: <span data-testid="header-recovery">{yuanText(project.recoveryFen)}</span>,
                },
              ]
            : []),
          ...(project.contractFen != null
            ? [{ key: 'contract', label: t('contract.contractAmount'), children: yuanText(project.contractFen) }]
            : []),
        ]}
      />
    </Card>
  );
}
