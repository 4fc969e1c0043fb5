// Carries out a header action: submit (saving first; a 422 opens the rule/article modal),
// withdraw, the sector authority's forward/return (Art.9), finance's budget review (Art.10(3)),
// and the review-to-contract steps (Art.11–19), each in its own form.
import { App } from 'antd';
import { useState, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { post, ProblemError } from '../../api/client';
import type { Finding, Project, ProjectAction } from '../../api/plan-types';
import { useNotify } from '../../app/useNotify';
import { ApplicationModal } from '../../approval/ApplicationModal';
import { ControlPriceModal } from '../../approval/ControlPriceModal';
import { JointOpinionModal } from '../../approval/JointOpinionModal';
import { MeetingModal } from '../../approval/MeetingModal';
import { NdrcApprovalModal } from '../../approval/NdrcApprovalModal';
import { ChangeModal } from '../../contract/ChangeModal';
import { DecentralApprovalModal } from '../../contract/DecentralApprovalModal';
import { DecentralRequestModal } from '../../contract/DecentralRequestModal';
import { ProcurementModal } from '../../contract/ProcurementModal';
import { SupervisionModal } from '../../contract/SupervisionModal';
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
  /** Something besides the project changed (a meeting recorded): panels reload. */
  onTouched?: () => void;
}

/** Actions that open their own form. */
const FORM_ACTIONS = [
  'forward',
  'sector_return',
  'budget_review',
  'submit_application',
  'ndrc_approve',
  'joint_review_opinion',
  'record_control_price',
  'record_meeting',
  'request_decentral',
  'record_decentral',
  'record_procurement',
  'record_supervision',
  'file_change',
] as const satisfies readonly ProjectAction[];
type FormAction = (typeof FORM_ACTIONS)[number];
const isFormAction = (a: ProjectAction): a is FormAction => (FORM_ACTIONS as readonly string[]).includes(a);

export function useProjectActions({ project, form, onChanged, onJump, onOpinion, onTouched }: Options) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const notify = useNotify();
  const navigate = useNavigate();
  const [busy, setBusy] = useState<ProjectAction | null>(null);
  const [open, setOpen] = useState<FormAction | null>(null);
  const [blocked, setBlocked] = useState<{ error: ProblemError; title?: string } | null>(null);

  const call = async (
    action: ProjectAction,
    path: string,
    body: unknown,
    done: (p: Project & { routedTo?: string; revisionOverdue?: boolean }) => string,
    blockedTitle?: string,
  ) => {
    setBusy(action);
    try {
      const p = await post<Project & { routedTo?: string }>(`/projects/${project.id}/${path}`, body);
      notify.success(done(p));
      onChanged(p);
      return true;
    } catch (e) {
      if (e instanceof ProblemError && e.code === 'RULE_BLOCKED') setBlocked({ error: e, title: blockedTitle });
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
    await call('submit', 'submit', { version }, (p) =>
      t(p.routedTo === 'sector_review' ? 'submit.toSector' : 'submit.done'),
    );
  };

  const confirmThen = (title: string, content: string, go: () => Promise<unknown>) =>
    modal.confirm({ title, content, onOk: go });

  const run = (action: ProjectAction) => {
    if (action === 'submit') void submit();
    else if (action === 'withdraw') {
      modal.confirm({
        title: t('actions.withdraw'),
        content: t('submit.withdrawConfirm'),
        okButtonProps: { danger: true },
        onOk: () => call('withdraw', 'withdraw', {}, () => t('submit.withdrawn')),
      });
    } else if (action === 'pre_review_opinion') onOpinion();
    else if (action === 'issue_plan') navigate(`/plan?year=${project.planYear}`);
    else if (action === 'submit_revision') {
      confirmThen(t('approvalActions.submit_revision'), t('revision.confirm'), () =>
        call('submit_revision', 'revision', {}, (p) => t(p.revisionOverdue ? 'revision.doneLate' : 'revision.done')),
      );
    } else if (action === 'approve') {
      confirmThen(t('approve.title'), t('approve.confirm'), () =>
        call('approve', 'approve', {}, () => t('approve.done'), t('approve.blockedTitle')),
      );
    } else if (action === 'start_construction') {
      confirmThen(t('approvalActions.start_construction'), t('contract.start.confirm'), () =>
        call('start_construction', 'start-construction', {}, () => t('contract.start.done')),
      );
    } else if (isFormAction(action)) setOpen(action);
  };

  const close = () => setOpen(null);
  const done = (p: Project) => {
    close();
    onChanged(p);
  };
  const props = { project, onClose: close, onDone: done };
  const forms: Record<FormAction, () => ReactNode> = {
    forward: () => (
      <TextModal
        title={t('actions.forward')}
        label={t('sector.note')}
        required={false}
        okText={t('actions.forward')}
        testId="forward-form"
        onClose={close}
        onSubmit={async (note) => {
          if (
            await call('forward', 'forward', { note: note || undefined, version: project.version }, () =>
              t('sector.forwarded'),
            )
          )
            close();
        }}
      />
    ),
    sector_return: () => (
      <TextModal
        title={t('actions.sector_return')}
        label={t('sector.reason')}
        required
        okText={t('actions.sector_return')}
        danger
        testId="return-form"
        onClose={close}
        onSubmit={async (reason) => {
          if (await call('sector_return', 'sector-return', { reason }, () => t('sector.returned'))) close();
        }}
      />
    ),
    budget_review: () => <BudgetReviewModal {...props} />,
    submit_application: () => <ApplicationModal {...props} />,
    ndrc_approve: () => <NdrcApprovalModal {...props} />,
    joint_review_opinion: () => <JointOpinionModal {...props} />,
    record_control_price: () => <ControlPriceModal {...props} />,
    record_meeting: () => (
      <MeetingModal
        project={project}
        onClose={close}
        onDone={() => {
          close();
          onTouched?.();
        }}
      />
    ),
    request_decentral: () => <DecentralRequestModal {...props} />,
    record_decentral: () => <DecentralApprovalModal {...props} />,
    record_procurement: () => <ProcurementModal {...props} />,
    record_supervision: () => <SupervisionModal {...props} />,
    file_change: () => <ChangeModal {...props} />,
  };
  let modals: ReactNode = open ? forms[open]() : null;
  if (blocked)
    modals = (
      <>
        {modals}
        <BlockedModal error={blocked.error} title={blocked.title} onJump={onJump} onClose={() => setBlocked(null)} />
      </>
    );
  return { busy, run, modals };
}
