// The frame of every form on the systems register: its title (the server's name for the action, or
// the page's), the Measures' words on top, the antd form, and a rule refusal (R-EXIT, R-OM-REPORT …)
// shown inside with its rule and article. Test ids: `<testId>-form` and `<testId>-ok`. Also what the
// forms share: their props, the action's title as the server names it, the evidence picker.
import { Alert, Flex, Form, type FormInstance, Modal, Select } from 'antd';
import type { InfoSystem, SystemAction } from '../api/system-types';
import { usePick } from '../i18n/format';
import { UploadButton } from '../projects/documents/UploadButton';
import type { ReactNode } from 'react';
import type { ProblemError } from '../api/client';
import { RuleBlockedAlert } from '../approval/RuleBlockedAlert';
import { stopImplicitSubmit } from '../delivery/ActionModal';

export function SystemModal<V extends object>({
  title,
  testId,
  form,
  busy,
  refused,
  intro,
  width = 640,
  initialValues,
  onFinish,
  onClose,
  okText,
  danger,
  children,
}: {
  title: string;
  testId: string;
  form: FormInstance<V>;
  busy: boolean;
  refused: ProblemError | null;
  intro?: ReactNode;
  width?: number;
  initialValues?: Partial<V>;
  onFinish: (v: V) => void;
  onClose: () => void;
  okText?: string;
  danger?: boolean;
  children?: ReactNode;
}) {
  return (
    <Modal
      open
      width={width}
      title={title}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={okText ?? title}
      confirmLoading={busy}
      okButtonProps={{ danger, 'data-testid': `${testId}-ok` }}
      destroyOnHidden
    >
      {intro && <Alert type="info" showIcon style={{ marginBottom: 16 }} title={intro} />}
      <Form<V>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        data-testid={`${testId}-form`}
        initialValues={initialValues}
        onKeyDown={stopImplicitSubmit}
      >
        {children}
      </Form>
      {refused && <RuleBlockedAlert error={refused} />}
    </Modal>
  );
}

export interface SystemModalProps {
  system: InfoSystem;
  onClose: () => void;
  /** The system as the write answered it (or reload it, when the answer is not the system). */
  onDone: (s?: InfoSystem) => void;
  /** A document was uploaded: reload the page's system (its documents) without closing. */
  onUploaded: () => void;
}

/** The action's name as the server sends it (SYSTEM_ACTIONS), in the current language. */
export function useActionTitle(system: InfoSystem) {
  const pick = usePick();
  return (code: SystemAction) => {
    const a = system.actions.find((x) => x.code === code);
    return a ? pick(a.zh, a.en) : code;
  };
}

/** A document of the system as evidence, with an upload of `docType` beside it that selects the new file. */
export function EvidenceSelect({
  system,
  docType,
  onUploaded,
  value,
  onChange,
  id,
}: {
  system: InfoSystem;
  docType: string;
  onUploaded: () => void;
  value?: string;
  onChange?: (v: string | undefined) => void;
  id?: string;
}) {
  const pick = usePick();
  const canUpload = system.actions.some((a) => a.code === 'upload_document');
  return (
    <Flex gap={8} align="center">
      <Select
        id={id}
        allowClear
        value={value}
        onChange={onChange}
        style={{ flex: 1, minWidth: 0 }}
        options={system.documents.map((d) => ({
          value: d.id,
          label: `${pick(d.docTypeName, d.docTypeNameEn)}：${d.fileName}（v${d.version}）`,
        }))}
      />
      {canUpload && (
        <UploadButton
          path={`/systems/${system.id}/documents`}
          docType={docType}
          accept=""
          maxBytes={Number.MAX_SAFE_INTEGER}
          onUploaded={(doc) => {
            onUploaded();
            onChange?.(doc.id);
          }}
        />
      )}
    </Flex>
  );
}
