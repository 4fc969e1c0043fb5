// 项目详情: header with the allowed actions, and tabs — 申报信息 (guided form beside its live rule
// findings), 申报材料, 规则检查, 预审意见, then 审核批复 once the project has reached the review phase
// (Art.11–14), 采购与建设 once it has reached construction (Art.15–19), 验收运行 from then on (progress,
// payments, then trial, acceptance, handover and the systems, Art.16–33), and 办理记录. The phases come
// from the domain's stage table (`hasReached`), not from lists kept here.
import { Alert, Button, Col, Result, Row, Skeleton, Tabs } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { hasReached } from '../../../domain/lifecycle/stages';
import { get } from '../../api/client';
import type { Call, Finding, Project } from '../../api/plan-types';
import { useApi } from '../../api/useApi';
import { problemText } from '../../app/useNotify';
import { DeclarationForm, type FormHandle } from '../form/DeclarationForm';
import { targetOf } from '../form/fieldStep';
import { DocumentsPanel } from '../documents/DocumentsPanel';
import { OpinionsPanel } from '../opinions/OpinionsPanel';
import { ApprovalPanel } from '../../approval/ApprovalPanel';
import { HistoryPanel } from '../../approval/HistoryPanel';
import { ContractSection } from '../../contract/ContractSection';
import { DeliveryPanel } from '../../delivery/DeliveryPanel';
import { TimelinePanel } from '../../delivery/TimelinePanel';
import { phaseLabel } from '../../i18n/labels';
import { isWithTheUnit } from '../../plan/stages';
import type { ProjectTab } from '../actions/actionMap';
import { FindingsPanel } from './FindingsPanel';
import { ProjectHeader } from './ProjectHeader';
import { useProjectActions } from './useProjectActions';
import { useAuth } from '../../app/AuthContext';
import { AsOfPicker } from '../../audit/AsOfPicker';
import { AsOfView } from '../../audit/AsOfView';
import { AuditFindingsPanel } from '../../audit/AuditFindingsPanel';
import { OversightPanel } from '../../oversight/OversightPanel';
import { useCrumb } from '../../ui/crumb';

export function ProjectPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { data, error, reload } = useApi<Project>(`/projects/${id}`);
  const calls = useApi<{ items: Call[] }>('/calls');
  const [local, setLocal] = useState<Project>();
  const [formKey, setFormKey] = useState(0);
  const [tab, setTab] = useState<ProjectTab>('form');
  const [step, setStep] = useState(0);
  const [tick, setTick] = useState(0);
  const formHandle = useRef<FormHandle | null>(null);
  const project = local ?? data;
  // Audit (Art.34): the audit bureau may look at the project as of a date (read-only), and keeps findings on it.
  const { can } = useAuth();
  const isAuditor = can('project.audit');
  // The date is in the address (?asOf=YYYY-MM-DD), so a past state can be linked to and reloaded.
  const [search, setSearch] = useSearchParams();
  const asked = search.get('asOf');
  const asOf = isAuditor && asked && /^\d{4}-\d{2}-\d{2}$/.test(asked) ? asked : null;
  const setAsOf = useCallback(
    (date: string | null) =>
      setSearch((prev) => {
        const next = new URLSearchParams(prev);
        if (date) next.set('asOf', date);
        else next.delete('asOf');
        return next;
      }),
    [setSearch],
  );
  // The breadcrumb ends with the project's name, not "详情" (issue 13).
  useCrumb(`/projects/${id}`, project?.name);
  // A project past the annual plan opens where its work now is (Art.11–19), once.
  const opened = useRef(false);
  useEffect(() => {
    if (!data || opened.current) return;
    opened.current = true;
    if (hasReached(data.stage, 'operation') || data.stage === 'in_service') setTab('delivery');
    else if (hasReached(data.stage, 'construction')) setTab('contract');
    else if (hasReached(data.stage, 'review')) setTab('approval');
  }, [data]);

  const changed = useCallback(
    (p: Project) => {
      setLocal((prev) => ({
        ...(prev ?? data ?? p),
        ...p,
        declaringOrgName: p.declaringOrgName ?? prev?.declaringOrgName ?? data?.declaringOrgName ?? null,
      }));
      setTick((n) => n + 1);
    },
    [data],
  );
  // Reload from the server and only then rebuild the form, so it never shows stale values.
  const hardReload = useCallback(() => {
    get<Project>(`/projects/${id}`).then(
      (fresh) => {
        setLocal(fresh);
        setFormKey((k) => k + 1);
        setTick((n) => n + 1);
      },
      () => reload(),
    );
  }, [id, reload]);

  const jump = useCallback((f: Finding) => {
    const target = targetOf(f.field);
    if (!target) return;
    if (target.tab === 'documents') {
      setTab('documents');
      return;
    }
    setTab('form');
    setStep(target.step);
    window.setTimeout(() => {
      const el = document.getElementById(target.elementId);
      el?.scrollIntoView({ behavior: 'smooth', block: 'center' });
      if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) el.focus({ preventScroll: true });
    }, 50);
  }, []);

  const actions = useProjectActions({
    project: project!,
    form: formHandle,
    onChanged: changed,
    onJump: jump,
    onTab: setTab,
    onTouched: () => setTick((n) => n + 1),
  });

  if (error && !project) {
    return (
      <Result
        status={error.status === 404 ? '404' : 'error'}
        title={problemText(error, i18n.language)}
        extra={
          <Link to="/projects">
            <Button type="primary">{t('projects.backToList')}</Button>
          </Link>
        }
      />
    );
  }
  if (!project) return <Skeleton active />;
  const call = calls.data?.items.find((c) => c.id === project.callId);
  const readOnly = !project.actions.includes('edit');
  const submittable = project.actions.includes('submit');
  // Declared projects show the check recorded at submission (what the reviewers received), not a re-run today.
  const recorded = isWithTheUnit(project.stage)
    ? undefined
    : { findings: project.findings ?? [], at: project.submittedAt };

  const items = [
    {
      key: 'form',
      label: t('tabs.form'),
      children: (
        <Row gutter={16}>
          <Col xs={24} xl={16}>
            {project.stage === 'returned' && (
              <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('projects.returnedHint')} />
            )}
            <DeclarationForm
              key={`${project.id}-${formKey}`}
              project={project}
              readOnly={readOnly}
              deadlinePassed={!!call?.deadlinePassed}
              step={step}
              onStep={setStep}
              onSaved={changed}
              onReload={hardReload}
              handle={formHandle}
            />
          </Col>
          <Col xs={24} xl={8}>
            {tab === 'form' && (
              <div style={{ position: 'sticky', top: 16, maxHeight: 'calc(100vh - 32px)', overflowY: 'auto' }}>
                <FindingsPanel
                  projectId={project.id}
                  tick={tick}
                  onJump={jump}
                  compact
                  submittable={submittable}
                  recorded={recorded}
                />
              </div>
            )}
          </Col>
        </Row>
      ),
    },
    {
      key: 'documents',
      label: t('tabs.documents'),
      children: <DocumentsPanel projectId={project.id} tick={tick} onChanged={() => setTick((n) => n + 1)} />,
    },
    {
      key: 'findings',
      label: t('tabs.findings'),
      children: tab === 'findings' && (
        <FindingsPanel projectId={project.id} tick={tick} onJump={jump} submittable={submittable} recorded={recorded} />
      ),
    },
    {
      key: 'opinions',
      label: t('tabs.opinions'),
      children: tab === 'opinions' && (
        <OpinionsPanel
          project={project}
          canGive={project.actions.includes('pre_review_opinion')}
          onGiven={(p) => changed(p)}
        />
      ),
    },
    ...(hasReached(project.stage, 'review')
      ? [
          {
            key: 'approval',
            label: t('approvalTabs.approval'),
            children: tab === 'approval' && <ApprovalPanel project={project} tick={tick} />,
          },
        ]
      : []),
    ...(hasReached(project.stage, 'construction') || project.procurement
      ? [
          {
            key: 'contract',
            label: t('approvalTabs.contract'),
            children: tab === 'contract' && <ContractSection project={project} tick={tick} />,
          },
        ]
      : []),
    // The tab is named after the chapter it leads to (PHASES.operation: 验收运行); progress and
    // payments are there from construction on (Art.16), the acceptance parts once they exist.
    ...(hasReached(project.stage, 'construction')
      ? [
          {
            key: 'delivery',
            label: phaseLabel('operation', i18n.language),
            children: tab === 'delivery' && <DeliveryPanel project={project} tick={tick} />,
          },
        ]
      : []),
    // The whole life in one list, with every deadline met or missed (Art.8–33), once there is a life to show.
    ...(hasReached(project.stage, 'review')
      ? [
          {
            key: 'timeline',
            label: t('delivery.timeline.tab'),
            children: tab === 'timeline' && <TimelinePanel projectId={project.id} tick={tick} />,
          },
        ]
      : []),
    // 绩效评价与整改 (Art.22, 31, 33): once a contract runs (an evaluation, a rectification, an oversight request).
    ...(hasReached(project.stage, 'construction') && project.stage !== 'approved'
      ? [
          {
            key: 'oversight',
            label: t('oversight.tab'),
            children: tab === ('oversight' as ProjectTab) && <OversightPanel projectId={project.id} tick={tick} />,
          },
        ]
      : []),
    {
      key: 'history',
      label: t('approvalTabs.history'),
      children: tab === 'history' && <HistoryPanel projectId={project.id} tick={tick} />,
    },
    // 审计发现 (Art.34): the audit bureau and the project's own unit; the server refuses anyone else.
    ...(isAuditor || can('project.declare')
      ? [
          {
            key: 'audit',
            label: t('audit.findings.tab'),
            children: tab === ('audit' as ProjectTab) && <AuditFindingsPanel projectId={project.id} />,
          },
        ]
      : []),
  ];

  return (
    <div data-testid="project-page">
      {isAuditor && (
        <div style={{ marginBottom: 12, textAlign: 'right' }}>
          <AsOfPicker createdAt={project.createdAt ?? null} value={asOf} onChange={setAsOf} />
        </div>
      )}
      {asOf ? (
        <AsOfView projectId={project.id} date={asOf} onExit={() => setAsOf(null)} />
      ) : (
        <>
          <ProjectHeader project={project} onAction={actions.run} busy={actions.busy} />
          <Tabs activeKey={tab} onChange={(k) => setTab(k as ProjectTab)} items={items} />
          {actions.modals}
        </>
      )}
    </div>
  );
}
