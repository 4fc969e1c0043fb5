// 系统退出 (Art.30): start the exit with its reason, record each of the four steps (数据移交、系统停用、
// 云资源回收、备案注销) with its evidence, complete it — R-EXIT refuses until all four are done.
import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { EXIT_STEP_CODES, EXIT_STEPS } from '../../domain/delivery/systems';
import { post } from '../api/client';
import type { InfoSystem } from '../api/system-types';
import { useNotify } from '../app/useNotify';
import { useSubmit } from '../app/useSubmit';
import { usePick } from '../i18n/format';
import { useCite } from '../plan/cite';
import { EvidenceSelect, type SystemModalProps, SystemModal, useActionTitle } from './SystemModal';

export function StartExitModal({ system, onClose, onDone }: SystemModalProps) {
  const { t } = useTranslation();
  const cite = useCite();
  const title = useActionTitle(system);
  const notify = useNotify();
  const [form] = Form.useForm<{ reason: string }>();
  const { busy, refused, run } = useSubmit(form);
  const label = t('systems.reason');
  return (
    <SystemModal<{ reason: string }>
      title={title('start_exit')}
      testId="start-exit"
      form={form}
      busy={busy}
      refused={refused}
      danger
      intro={t('systems.exitIntro', { article: cite('Art.30') })}
      onFinish={(v) =>
        run(async () => {
          const s = await post<InfoSystem>(`/systems/${system.id}/exit`, { reason: v.reason.trim() });
          notify.success(t('systems.exitStarted'));
          onDone(s);
        })
      }
      onClose={onClose}
    >
      <Form.Item
        name="reason"
        label={label}
        rules={[{ required: true, whitespace: true, min: 4, message: t('validation.min', { label, min: 4 }) }]}
      >
        <Input.TextArea id="exitReason" rows={3} maxLength={2000} />
      </Form.Item>
    </SystemModal>
  );
}

export function ExitStepModal({ system, onClose, onDone, onUploaded }: SystemModalProps) {
  const { t } = useTranslation();
  const pick = usePick();
  const cite = useCite();
  const title = useActionTitle(system);
  const notify = useNotify();
  const [form] = Form.useForm<{ step: string; note: string; documentId?: string }>();
  const { busy, refused, run } = useSubmit(form);
  const pending = EXIT_STEP_CODES.filter((c) => !system.exit?.steps.find((s) => s.code === c)?.done);
  const label = t('systems.stepNote');
  return (
    <SystemModal<{ step: string; note: string; documentId?: string }>
      title={title('record_exit_step')}
      testId="exit-step"
      form={form}
      busy={busy}
      refused={refused}
      intro={t('systems.exitIntro', { article: cite('Art.30') })}
      initialValues={{ step: pending[0] }}
      onFinish={(v) =>
        run(async () => {
          const s = await post<InfoSystem>(`/systems/${system.id}/exit/steps`, { ...v, note: v.note.trim() });
          notify.success(t('systems.stepRecorded'));
          onDone(s);
        })
      }
      onClose={onClose}
    >
      <Form.Item name="step" label={t('systems.step')}>
        <Select
          id="exitStep"
          options={pending.map((c) => ({ value: c, label: pick(EXIT_STEPS[c].zh, EXIT_STEPS[c].en) }))}
        />
      </Form.Item>
      <Form.Item
        name="note"
        label={label}
        rules={[{ required: true, whitespace: true, min: 4, message: t('validation.min', { label, min: 4 }) }]}
      >
        <Input.TextArea id="exitStepNote" rows={3} maxLength={2000} />
      </Form.Item>
      <Form.Item name="documentId" label={t('systems.stepEvidence')}>
        <EvidenceSelect id="exitStepDocument" system={system} docType="exit_material" onUploaded={onUploaded} />
      </Form.Item>
    </SystemModal>
  );
}

export function CompleteExitModal({ system, onClose, onDone }: SystemModalProps) {
  const { t } = useTranslation();
  const title = useActionTitle(system);
  const notify = useNotify();
  const [form] = Form.useForm<object>();
  const { busy, refused, run } = useSubmit(form);
  return (
    <SystemModal<object>
      title={title('complete_exit')}
      testId="complete-exit"
      form={form}
      busy={busy}
      refused={refused}
      danger
      intro={t('systems.completeConfirm')}
      onFinish={() =>
        run(async () => {
          const s = await post<InfoSystem>(`/systems/${system.id}/exit/complete`, {});
          notify.success(t('systems.exitCompleted'));
          onDone(s);
        })
      }
      onClose={onClose}
    />
  );
}
