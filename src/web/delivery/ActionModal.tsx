// The frame every delivery form shares (Art.16–33): titled with the action's one label (TRANSITIONS),
// the Measures' words on top, the antd form, and a rule refusal shown inside with its rule and
// article (RuleBlockedAlert). Test ids: `<action>-form` on the form, `<action>-ok` on the OK button.
import { Alert, Form, type FormInstance, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import type { KeyboardEvent, ReactNode } from 'react';
import type { ProjectAction } from '../../domain/lifecycle/transitions';
import type { ProblemError } from '../api/client';
import type { Project } from '../api/plan-types';
import { RuleBlockedAlert } from '../approval/RuleBlockedAlert';
import { useActionLabel } from '../i18n/labels';

/** What the action map gives a delivery form. */
export interface DeliveryModalProps {
  project: Project;
  onClose: () => void;
  onDone: (p: Project) => void;
}

/**
 * Enter in a date or text field confirms that field, never the whole form: a form with a single text
 * input would otherwise be submitted by the browser (implicit submission) while the person is still
 * choosing a date. The field's own handler has run by the time the event bubbles here.
 */
export const stopImplicitSubmit = (e: KeyboardEvent<HTMLFormElement>) => {
  if (e.key === 'Enter' && e.target instanceof HTMLInputElement) e.preventDefault();
};

/** A calendar day as the API takes it (YYYY-MM-DD). */
export const isoDay = (d: Dayjs) => d.format('YYYY-MM-DD');

export function ActionModal<V extends object>({
  action,
  form,
  busy,
  refused,
  intro,
  width = 640,
  initialValues,
  onFinish,
  onClose,
  okText,
  children,
}: {
  action: ProjectAction;
  form: FormInstance<V>;
  busy: boolean;
  refused: ProblemError | null;
  intro?: ReactNode;
  width?: number;
  initialValues?: Partial<V>;
  onFinish: (v: V) => void;
  onClose: () => void;
  okText?: string;
  children: ReactNode;
}) {
  const label = useActionLabel();
  return (
    <Modal
      open
      width={width}
      title={label(action)}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={okText ?? label(action)}
      confirmLoading={busy}
      okButtonProps={{ 'data-testid': `${action}-ok` }}
      destroyOnHidden
    >
      {intro && <Alert type="info" showIcon style={{ marginBottom: 16 }} title={intro} />}
      <Form<V>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        data-testid={`${action}-form`}
        onKeyDown={stopImplicitSubmit}
        initialValues={initialValues}
      >
        {children}
      </Form>
      {refused && <RuleBlockedAlert error={refused} />}
    </Modal>
  );
}
