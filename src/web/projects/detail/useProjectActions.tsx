// Carries out a header action the way the action map says (projects/actions/actionMap.tsx): opens its
// form, asks for confirmation, runs it (submit saves first; a 422 opens the rule/article modal), or
// goes to the tab or page where it is done. Nothing here is per action.
import { App } from 'antd';
import { useState, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { post, ProblemError } from '../../api/client';
import type { Finding, Project, ProjectAction } from '../../api/plan-types';
import { useNotify } from '../../app/useNotify';
import { useActionLabel } from '../../i18n/labels';
import { ACTION_UI, type ActionContext, type ActionResult, type ProjectTab } from '../actions/actionMap';
import type { FormHandle } from '../form/DeclarationForm';
import { BlockedModal } from './BlockedModal';

interface Options {
  project: Project;
  form: RefObject<FormHandle | null>;
  onChanged: (p: Project) => void;
  onJump: (f: Finding) => void;
  /** An action whose form is on a tab of the page (the pre-review opinion): show that tab. */
  onTab: (tab: ProjectTab) => void;
  /** Something besides the project changed (a meeting recorded): panels reload. */
  onTouched?: () => void;
}

export function useProjectActions({ project, form, onChanged, onJump, onTab, onTouched }: Options) {
  const { t } = useTranslation();
  const label = useActionLabel();
  const { modal } = App.useApp();
  const notify = useNotify();
  const navigate = useNavigate();
  const [busy, setBusy] = useState<ProjectAction | null>(null);
  const [open, setOpen] = useState<ProjectAction | null>(null);
  const [blocked, setBlocked] = useState<{ error: ProblemError; title?: string } | null>(null);

  const close = () => setOpen(null);
  const ctx: ActionContext = {
    project,
    t,
    label,
    post: async (action, path, body, done, blockedTitle) => {
      setBusy(action);
      try {
        const p = await post<ActionResult>(`/projects/${project.id}/${path}`, body);
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
    },
    saveForm: async () => (form.current ? await form.current.flush() : project.version),
    warn: (title, content) => {
      modal.warning({ title, content });
    },
    close,
    done: (p) => {
      close();
      onChanged(p);
    },
    touched: () => {
      close();
      onTouched?.();
    },
  };

  const run = (action: ProjectAction) => {
    const ui = ACTION_UI[action];
    switch (ui.kind) {
      case 'page':
        return;
      case 'form':
        setOpen(action);
        return;
      case 'confirm':
        modal.confirm({
          title: label(action),
          content: t(ui.content),
          okButtonProps: { danger: ui.look === 'danger' },
          onOk: () => ui.run(ctx),
        });
        return;
      case 'run':
        setBusy(action);
        void ui.run(ctx).finally(() => setBusy(null));
        return;
      case 'tab':
        onTab(ui.tab);
        return;
      case 'link':
        navigate(ui.to(project));
        return;
      default: {
        const never: never = ui;
        return never;
      }
    }
  };

  const ui = open ? ACTION_UI[open] : null;
  let modals: ReactNode = ui?.kind === 'form' ? ui.form(ctx) : null;
  if (blocked)
    modals = (
      <>
        {modals}
        <BlockedModal error={blocked.error} title={blocked.title} onJump={onJump} onClose={() => setBlocked(null)} />
      </>
    );
  return { busy, run, modals };
}
