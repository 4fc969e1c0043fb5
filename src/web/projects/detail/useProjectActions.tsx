// Carries out a header action: submit (saving first; a 422 opens the rule/article modal),
// withdraw, the sector authority's forward/return (Art.9), finance's budget review (Art.10(3)).
import { App } from 'antd';
import { useState, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { post, ProblemError } from '../../api/client';
import type { Finding, Project, ProjectAction } from '../../api/plan-types';
import { useNotify } from '../../app/useNotify';
import type { FormHandle } from '../form/DeclarationForm';
import { BlockedModal } from './BlockedModal';
import { BudgetReviewModal } from './BudgetReviewModal';
import { TextModal } from './TextModal';

interface Options {
  project: Project;
  form: RefObject<FormHandle | null>;
  onChanged: (p: Project) => void;
  onJump: (f: Finding) => void;
  onOpinion: () => void;
}

export function useProjectActions({ project, form, onChanged, onJump, onOpinion }: Options) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const notify = useNotify();
  const navigate = useNavigate();
  const [busy, setBusy] = useState<ProjectAction | null>(null);
  const [open, setOpen] = useState<'forward' | 'sector_return' | 'budget_review' | null>(null);
  const [blocked, setBlocked] = useState<ProblemError | null>(null);

  const call = async (action: ProjectAction, path: string, body: unknown, done: (p: Project & { routedTo?: string }) => string) => {
    setBusy(action);
    try {
      const p = await post<Project & { routedTo?: string }>(`/projects/${project.id}/${path}`, body);
      notify.success(done(p));
      onChanged(p);
      return true;
    } catch (e) {
      if (e instanceof ProblemError && e.code === 'RULE_BLOCKED') setBlocked(e);
      else notify.error(e, () => window.location.reload());
      return false;
    } finally {
      setBusy(null);
    }
  };

  const submit = async () => {
    setBusy('submit');
    const version = form.current ? await form.current.flush() : project.version;
    if (version === null) {
      setBusy(null);
      modal.warning({ title: t('submit.notSavedTitle'), content: t('submit.notSaved') });
      return;
    }
    await call('submit', 'submit', { version }, (p) => t(p.routedTo === 'sector_review' ? 'submit.toSector' : 'submit.done'));
  };

  const run = (action: ProjectAction) => {
    if (action === 'submit') void submit();
    else if (action === 'withdraw') {
      modal.confirm({
        title: t('actions.withdraw'), content: t('submit.withdrawConfirm'), okButtonProps: { danger: true },
        onOk: () => call('withdraw', 'withdraw', {}, () => t('submit.withdrawn')),
      });
    } else if (action === 'pre_review_opinion') onOpinion();
    else if (action === 'issue_plan') navigate(`/plan?year=${project.planYear}`);
    else if (action === 'forward' || action === 'sector_return' || action === 'budget_review') setOpen(action);
  };

  const close = () => setOpen(null);
  let modals: ReactNode = null;
  if (open === 'forward') {
    modals = <TextModal title={t('actions.forward')} label={t('sector.note')} required={false} okText={t('actions.forward')} testId="forward-form"
      onClose={close} onSubmit={async (note) => { if (await call('forward', 'forward', { note: note || undefined, version: project.version }, () => t('sector.forwarded'))) close(); }} />;
  } else if (open === 'sector_return') {
    modals = <TextModal title={t('actions.sector_return')} label={t('sector.reason')} required okText={t('actions.sector_return')} danger testId="return-form"
      onClose={close} onSubmit={async (reason) => { if (await call('sector_return', 'sector-return', { reason }, () => t('sector.returned'))) close(); }} />;
  } else if (open === 'budget_review') {
    modals = <BudgetReviewModal project={project} onClose={close} onDone={(p) => { close(); onChanged(p); }} />;
  }
  if (blocked) modals = <>{modals}<BlockedModal error={blocked} onJump={onJump} onClose={() => setBlocked(null)} /></>;
  return { busy, run, modals };
}
