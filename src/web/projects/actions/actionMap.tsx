// How the project page offers each action of the domain's transition table (src/domain/lifecycle/
// transitions.ts): a form to open, a confirmation, a step run at once, a link to where it is done, or
// no button at all. The map is a Record over ProjectAction, so a new action in the table does not
// compile until the web says how to offer it. The page shows only the actions the server sent
// (`project.actions`), labelled from TRANSITIONS (i18n/labels.ts).
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import type { ProjectAction } from '../../../domain/lifecycle/transitions';
import type { Project } from '../../api/plan-types';
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
import { AcceptanceReportModal } from '../../delivery/AcceptanceReportModal';
import { ReviewAcceptanceModal, SubmitAcceptanceModal } from '../../delivery/AcceptanceModals';
import { ConfirmHandoverModal, RecordHandoverModal } from '../../delivery/HandoverModals';
import { HoldAcceptanceModal } from '../../delivery/HoldAcceptanceModal';
import { PaymentModal } from '../../delivery/PaymentModal';
import { ProgressModal } from '../../delivery/ProgressModal';
import {
  DraftSelfEvaluationModal,
  FileSelfEvaluationModal,
  SelfEvaluationOpinionModal,
} from '../../delivery/SelfEvaluationModals';
import { ServiceModal } from '../../delivery/ServiceModal';
import { SupervisionReportModal } from '../../delivery/SupervisionReportModal';
import { TrialModal } from '../../delivery/TrialModal';
import { BudgetReviewModal } from '../detail/BudgetReviewModal';
import { TextModal } from '../detail/TextModal';
import {
  AnswerRectificationModal,
  JudgeRectificationModal,
  OrderRectificationModal,
} from '../../oversight/RectificationModals';

/** The project page's tabs. */
export type ProjectTab =
  | 'form'
  | 'documents'
  | 'findings'
  | 'opinions'
  | 'approval'
  | 'contract'
  | 'delivery'
  | 'timeline'
  | 'history';

/** The button's look: the step that moves the project on, a side record, or a step back. */
export type ActionLook = 'primary' | 'default' | 'danger';

/** A project as an action answers it (the submission says where it went; the final version whether it was late). */
export type ActionResult = Project & { routedTo?: string; revisionOverdue?: boolean };

/** What an action's form or confirmation gets from the project page. */
export interface ActionContext {
  project: Project;
  t: TFunction;
  /** The action's one label (TRANSITIONS), in the current language. */
  label: (action: ProjectAction) => string;
  /**
   * POSTs to /projects/:id/<path>. Success: the message `done` returns, and the page shows the project
   * answered; a rule refusal: the rule/article modal (titled `blockedTitle`); resolves true on success.
   */
  post: (
    action: ProjectAction,
    path: string,
    body: unknown,
    done: (p: ActionResult) => string,
    blockedTitle?: string,
  ) => Promise<boolean>;
  /** Saves the declaration form now: its new version, or null when it cannot be saved. */
  saveForm: () => Promise<number | null>;
  warn: (title: string, content: string) => void;
  /** Closes the open form. */
  close: () => void;
  /** Closes the form and shows the project it answered. */
  done: (p: Project) => void;
  /** Closes the form; something besides the project changed, so the panels reload. */
  touched: () => void;
}

export type ActionUi =
  /** No button: the page itself is the action (the declaration form is editable while `edit` is sent). */
  | { kind: 'page'; why: string }
  /** A button opening the action's form. */
  | { kind: 'form'; look: ActionLook; form: (c: ActionContext) => ReactNode }
  /** A button asking "are you sure?" (titled with the action's label, `content` an i18n key), then posting. */
  | { kind: 'confirm'; look: ActionLook; content: string; run: (c: ActionContext) => Promise<unknown> }
  /** A button that does it at once. */
  | { kind: 'run'; look: ActionLook; run: (c: ActionContext) => Promise<unknown> }
  /** A button opening the tab of this page where the action's form is. */
  | { kind: 'tab'; look: ActionLook; tab: ProjectTab }
  /** A button going to the page where the action is taken (for many projects at once). */
  | { kind: 'link'; look: ActionLook; to: (p: Project) => string };

const modal =
  (Form: (props: { project: Project; onClose: () => void; onDone: (p: Project) => void }) => ReactNode) =>
  (c: ActionContext) => <Form project={c.project} onClose={c.close} onDone={c.done} />;

export const ACTION_UI: Record<ProjectAction, ActionUi> = {
  edit: { kind: 'page', why: 'the declaration form is the action: editable while the server sends `edit`' },
  submit: {
    kind: 'run',
    look: 'primary',
    // Save what is typed first: the submission checks the saved version (Art.10(1)).
    run: async (c) => {
      const version = await c.saveForm();
      if (version === null) return c.warn(c.t('submit.notSavedTitle'), c.t('submit.notSaved'));
      await c.post('submit', 'submit', { version }, (p) =>
        c.t(p.routedTo === 'sector_review' ? 'submit.toSector' : 'submit.done'),
      );
    },
  },
  withdraw: {
    kind: 'confirm',
    look: 'danger',
    content: 'submit.withdrawConfirm',
    run: (c) => c.post('withdraw', 'withdraw', {}, () => c.t('submit.withdrawn')),
  },
  forward: {
    kind: 'form',
    look: 'primary',
    form: (c) => (
      <TextModal
        title={c.label('forward')}
        label={c.t('sector.note')}
        required={false}
        okText={c.label('forward')}
        testId="forward-form"
        onClose={c.close}
        onSubmit={async (note) => {
          const body = { note: note || undefined, version: c.project.version };
          if (await c.post('forward', 'forward', body, () => c.t('sector.forwarded'))) c.close();
        }}
      />
    ),
  },
  sector_return: {
    kind: 'form',
    look: 'danger',
    form: (c) => (
      <TextModal
        title={c.label('sector_return')}
        label={c.t('sector.reason')}
        required
        okText={c.label('sector_return')}
        danger
        testId="return-form"
        onClose={c.close}
        onSubmit={async (reason) => {
          if (await c.post('sector_return', 'sector-return', { reason }, () => c.t('sector.returned'))) c.close();
        }}
      />
    ),
  },
  pre_review_opinion: { kind: 'tab', look: 'primary', tab: 'opinions' },
  budget_review: { kind: 'form', look: 'primary', form: modal(BudgetReviewModal) },
  issue_plan: { kind: 'link', look: 'primary', to: (p) => `/plan?year=${p.planYear}` },
  submit_application: { kind: 'form', look: 'primary', form: modal(ApplicationModal) },
  ndrc_approve: { kind: 'form', look: 'primary', form: modal(NdrcApprovalModal) },
  joint_review_opinion: { kind: 'form', look: 'primary', form: modal(JointOpinionModal) },
  record_control_price: { kind: 'form', look: 'default', form: modal(ControlPriceModal) },
  record_meeting: {
    kind: 'form',
    look: 'default',
    // A meeting changes the review's records, not the project.
    form: (c) => <MeetingModal project={c.project} onClose={c.close} onDone={c.touched} />,
  },
  submit_revision: {
    kind: 'confirm',
    look: 'primary',
    content: 'revision.confirm',
    run: (c) =>
      c.post('submit_revision', 'revision', {}, (p) => c.t(p.revisionOverdue ? 'revision.doneLate' : 'revision.done')),
  },
  approve: {
    kind: 'confirm',
    look: 'primary',
    content: 'approve.confirm',
    run: (c) => c.post('approve', 'approve', {}, () => c.t('approve.done'), c.t('approve.blockedTitle')),
  },
  request_decentral: { kind: 'form', look: 'default', form: modal(DecentralRequestModal) },
  record_decentral: { kind: 'form', look: 'default', form: modal(DecentralApprovalModal) },
  record_procurement: { kind: 'form', look: 'primary', form: modal(ProcurementModal) },
  record_supervision: { kind: 'form', look: 'default', form: modal(SupervisionModal) },
  start_construction: {
    kind: 'confirm',
    look: 'primary',
    content: 'contract.start.confirm',
    run: (c) => c.post('start_construction', 'start-construction', {}, () => c.t('contract.start.done')),
  },
  file_change: { kind: 'form', look: 'default', form: modal(ChangeModal) },
  resubmit_change: {
    kind: 'run',
    look: 'primary',
    // The changed declaration is the form itself (editable while redeclaring): save it first (Art.17 ¶3).
    run: async (c) => {
      const version = await c.saveForm();
      if (version === null) return c.warn(c.t('submit.notSavedTitle'), c.t('submit.notSaved'));
      await c.post('resubmit_change', 'resubmit-change', { version }, (p) =>
        c.t(p.stage === 'pre_review_passed' ? 'contract.change.resubmittedBudget' : 'contract.change.resubmitted'),
      );
    },
  },
  // ——— Delivery (Art.16–33): each a form; the 验收运行 tab shows what they recorded ———
  start_service: { kind: 'form', look: 'primary', form: modal(ServiceModal) },
  record_progress: { kind: 'form', look: 'default', form: modal(ProgressModal) },
  record_payment: {
    kind: 'form',
    look: 'default',
    form: (c) => <PaymentModal kind="payment" project={c.project} onClose={c.close} onDone={c.done} />,
  },
  file_supervision_report: { kind: 'form', look: 'default', form: modal(SupervisionReportModal) },
  draft_self_evaluation: { kind: 'form', look: 'default', form: modal(DraftSelfEvaluationModal) },
  self_evaluation_opinion: {
    kind: 'form',
    look: 'default',
    form: (c) => <SelfEvaluationOpinionModal by="declarant" project={c.project} onClose={c.close} onDone={c.done} />,
  },
  self_evaluation_supervision: {
    kind: 'form',
    look: 'default',
    form: (c) => <SelfEvaluationOpinionModal by="supervisor" project={c.project} onClose={c.close} onDone={c.done} />,
  },
  file_self_evaluation: { kind: 'form', look: 'default', form: modal(FileSelfEvaluationModal) },
  record_trial_start: { kind: 'form', look: 'primary', form: modal(TrialModal) },
  submit_acceptance: { kind: 'form', look: 'primary', form: modal(SubmitAcceptanceModal) },
  review_acceptance: { kind: 'form', look: 'primary', form: modal(ReviewAcceptanceModal) },
  hold_acceptance: { kind: 'form', look: 'primary', form: modal(HoldAcceptanceModal) },
  submit_acceptance_report: { kind: 'form', look: 'primary', form: modal(AcceptanceReportModal) },
  record_disbursement: {
    kind: 'form',
    look: 'primary',
    form: (c) => <PaymentModal kind="disbursement" project={c.project} onClose={c.close} onDone={c.done} />,
  },
  record_handover: { kind: 'form', look: 'primary', form: modal(RecordHandoverModal) },
  confirm_handover: { kind: 'form', look: 'primary', form: modal(ConfirmHandoverModal) },
  close: {
    kind: 'page',
    why: 'never a button: a project closes when its system completes its exit on the system page (Art.30)',
  },
  // ——— Rectification ladder (Art.33): the 绩效评价与整改 tab shows the rounds and the steps ———
  order_rectification: { kind: 'form', look: 'danger', form: modal(OrderRectificationModal) },
  answer_rectification: { kind: 'form', look: 'primary', form: modal(AnswerRectificationModal) },
  judge_rectification: { kind: 'form', look: 'primary', form: modal(JudgeRectificationModal) },
};
