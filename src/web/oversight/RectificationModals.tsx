// The rectification ladder's three actions (Art.33, R-RECTIFY) as forms of the action map: the data
// bureau orders a rectification with a deadline, the owner answers with its report, the data bureau
// judges it (accepted / refused / still failing). Labels from TRANSITIONS, decisions from the domain.
import { DatePicker, Form, Input, Radio, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_TYPES } from '../../domain/documents';
import { RECTIFICATION_DECISIONS, type RectificationDecision } from '../../domain/oversight/sanctions';
import { post } from '../api/client';
import type { Project } from '../api/plan-types';
import { useNotify } from '../app/useNotify';
import { useSubmit } from '../app/useSubmit';
import { ActionModal, type DeliveryModalProps, isoDay } from '../delivery/ActionModal';
import { usePick } from '../i18n/format';
import { useCite } from '../plan/cite';
import { DocSelect } from '../plan/pickers';

export function OrderRectificationModal({ project, onClose, onDone }: DeliveryModalProps) {
  const { t } = useTranslation();
  const cite = useCite();
  const notify = useNotify();
  const [form] = Form.useForm<{ reason: string; deadline?: Dayjs }>();
  const { busy, refused, run } = useSubmit(form);
  return (
    <ActionModal
      action="order_rectification"
      form={form}
      busy={busy}
      refused={refused}
      intro={`${t('oversight.intro')}（${cite('Art.33')}）`}
      onClose={onClose}
      onFinish={(v) =>
        run(async () => {
          const p = await post<Project>(`/projects/${project.id}/rectifications`, {
            reason: v.reason.trim(),
            deadline: v.deadline ? isoDay(v.deadline) : undefined,
          });
          notify.success(t('oversight.ordered'));
          onDone(p);
        })
      }
    >
      <Form.Item name="reason" label={t('oversight.reason')} rules={[{ required: true, whitespace: true, min: 2 }]}>
        <Input.TextArea id="rectificationReason" rows={4} maxLength={5000} />
      </Form.Item>
      <Form.Item name="deadline" label={t('oversight.deadline')} extra={t('oversight.deadlineHint')}>
        <DatePicker id="rectificationDeadline" />
      </Form.Item>
    </ActionModal>
  );
}

export function AnswerRectificationModal({ project, onClose, onDone }: DeliveryModalProps) {
  const { t } = useTranslation();
  const pick = usePick();
  const notify = useNotify();
  const [form] = Form.useForm<{ report: string; documentId?: string }>();
  const { busy, refused, run } = useSubmit(form);
  return (
    <ActionModal
      action="answer_rectification"
      form={form}
      busy={busy}
      refused={refused}
      onClose={onClose}
      onFinish={(v) =>
        run(async () => {
          const p = await post<Project>(`/projects/${project.id}/rectifications/answer`, {
            report: v.report.trim(),
            documentId: v.documentId,
          });
          notify.success(t('oversight.answered'));
          onDone(p);
        })
      }
    >
      <Form.Item name="report" label={t('oversight.answer')} rules={[{ required: true, whitespace: true, min: 2 }]}>
        <Input.TextArea id="rectificationReport" rows={5} maxLength={10000} />
      </Form.Item>
      <Form.Item
        name="documentId"
        label={pick(DOCUMENT_TYPES.rectification_report.zh, DOCUMENT_TYPES.rectification_report.en)}
      >
        <DocSelect id="rectificationDocument" projectId={project.id} docType="rectification_report" upload />
      </Form.Item>
    </ActionModal>
  );
}

export function JudgeRectificationModal({ project, onClose, onDone }: DeliveryModalProps) {
  const { t } = useTranslation();
  const pick = usePick();
  const notify = useNotify();
  const [form] = Form.useForm<{ decision: RectificationDecision; note: string }>();
  const { busy, refused, run } = useSubmit(form);
  return (
    <ActionModal
      action="judge_rectification"
      form={form}
      busy={busy}
      refused={refused}
      onClose={onClose}
      onFinish={(v) =>
        run(async () => {
          const p = await post<Project>(`/projects/${project.id}/rectifications/judgement`, {
            decision: v.decision,
            note: v.note.trim(),
          });
          notify.success(t('oversight.judged'));
          onDone(p);
        })
      }
    >
      <Typography.Paragraph type="secondary">{t('oversight.judgeHint')}</Typography.Paragraph>
      <Form.Item name="decision" label={t('oversight.decision')} rules={[{ required: true }]}>
        <Radio.Group
          options={(Object.keys(RECTIFICATION_DECISIONS) as RectificationDecision[]).map((d) => ({
            value: d,
            label: pick(RECTIFICATION_DECISIONS[d].zh, RECTIFICATION_DECISIONS[d].en),
          }))}
        />
      </Form.Item>
      <Form.Item name="note" label={t('oversight.note')} rules={[{ required: true, whitespace: true, min: 2 }]}>
        <Input.TextArea id="rectificationNote" rows={3} maxLength={5000} />
      </Form.Item>
    </ActionModal>
  );
}
