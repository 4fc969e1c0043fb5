// The oversight forms that are not lifecycle actions (Art.22, 31, 33): scoring the declared targets
// (data bureau or assigned evaluator, with the report), assigning a third-party evaluation, sending an
// oversight request, and the owner's answer. A rule refusal stays in the form with its rule and article.
import { Alert, DatePicker, Form, Input, InputNumber, Modal, Radio, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { suggestedScore, TARGET_RESULTS, type TargetResult } from '../../domain/oversight/evaluation';
import { OVERSIGHT_REQUEST_KINDS, type OversightRequestKind } from '../../domain/oversight/requests';
import { post } from '../api/client';
import type { OrgOption } from '../api/approval-types';
import { useApi } from '../api/useApi';
import { useNotify } from '../app/useNotify';
import { useSubmit } from '../app/useSubmit';
import { RuleBlockedAlert } from '../approval/RuleBlockedAlert';
import { usePick } from '../i18n/format';
import { DocSelect } from '../plan/pickers';

interface FormProps {
  projectId: string;
  onClose: () => void;
  onDone: () => void;
}

function FormModal<V extends object>(props: {
  title: string;
  form: ReturnType<typeof Form.useForm<V>>[0];
  busy: boolean;
  refused: Parameters<typeof RuleBlockedAlert>[0]['error'] | null;
  onFinish: (v: V) => void;
  onClose: () => void;
  initialValues?: Partial<V>;
  testId: string;
  children: ReactNode;
}) {
  return (
    <Modal
      open
      title={props.title}
      onCancel={props.onClose}
      onOk={() => props.form.submit()}
      confirmLoading={props.busy}
      width={640}
      okButtonProps={{ 'data-testid': `${props.testId}-ok` } as never}
    >
      {props.refused && <RuleBlockedAlert error={props.refused} />}
      <Form
        form={props.form}
        layout="vertical"
        onFinish={props.onFinish}
        initialValues={props.initialValues}
        data-testid={`${props.testId}-form`}
      >
        {props.children}
      </Form>
    </Modal>
  );
}

interface EvalValues {
  year: number;
  results: TargetResult[];
  notes: string[];
  score: number;
  summary?: string;
  documentId?: string;
}

export function EvaluateModal({
  projectId,
  targets,
  onClose,
  onDone,
}: FormProps & { targets: { indicator: string; target: string }[] }) {
  const { t } = useTranslation();
  const pick = usePick();
  const notify = useNotify();
  const [form] = Form.useForm<EvalValues>();
  const { busy, refused, run } = useSubmit(form);
  const results = Form.useWatch('results', form) ?? [];
  return (
    <FormModal<EvalValues>
      title={t('oversight.evaluate')}
      testId="evaluate"
      form={form}
      busy={busy}
      refused={refused}
      onClose={onClose}
      initialValues={{
        year: dayjs().year(),
        results: targets.map(() => 'met'),
        notes: targets.map(() => ''),
        score: 100,
      }}
      onFinish={(v) =>
        run(async () => {
          await post(`/projects/${projectId}/evaluations`, {
            year: v.year,
            targets: targets.map((x, i) => ({
              indicator: x.indicator,
              result: v.results[i],
              note: v.notes?.[i] ?? '',
            })),
            score: v.score,
            summary: v.summary?.trim() ?? '',
            documentId: v.documentId,
          });
          notify.success(t('oversight.evaluated'));
          onDone();
        })
      }
    >
      <Form.Item name="year" label={t('oversight.year')} rules={[{ required: true }]}>
        <InputNumber id="evaluationYear" min={2000} max={2100} precision={0} />
      </Form.Item>
      {targets.map((x, i) => (
        <Form.Item key={x.indicator} label={`${x.indicator}（${x.target}）`}>
          <Form.Item name={['results', i]} noStyle>
            <Radio.Group
              options={(Object.keys(TARGET_RESULTS) as TargetResult[]).map((r) => ({
                value: r,
                label: pick(TARGET_RESULTS[r].zh, TARGET_RESULTS[r].en),
              }))}
            />
          </Form.Item>
          <Form.Item name={['notes', i]} noStyle>
            <Input placeholder={t('oversight.note')} maxLength={1000} style={{ marginTop: 4 }} />
          </Form.Item>
        </Form.Item>
      ))}
      <Form.Item
        name="score"
        label={t('oversight.score')}
        extra={t('oversight.suggested', { score: suggestedScore(results) })}
        rules={[{ required: true }]}
      >
        <InputNumber id="evaluationScore" min={0} max={100} precision={0} />
      </Form.Item>
      <Form.Item name="summary" label={t('oversight.summary')}>
        <Input.TextArea rows={3} maxLength={5000} />
      </Form.Item>
      <Form.Item name="documentId" label={t('oversight.report')}>
        <DocSelect id="evaluationDocument" projectId={projectId} docType="third_party_evaluation" upload />
      </Form.Item>
    </FormModal>
  );
}

export function AssignModal({ projectId, onClose, onDone }: FormProps) {
  const { t } = useTranslation();
  const pick = usePick();
  const notify = useNotify();
  const orgs = useApi<{ items: OrgOption[] }>('/organizations?role=evaluator').data?.items ?? [];
  const [form] = Form.useForm<{ evaluatorOrgId: string; year: number; note?: string }>();
  const { busy, refused, run } = useSubmit(form);
  return (
    <FormModal
      title={t('oversight.assign')}
      testId="assign"
      form={form}
      busy={busy}
      refused={refused}
      onClose={onClose}
      initialValues={{ year: dayjs().year() }}
      onFinish={(v) =>
        run(async () => {
          await post('/evaluation-assignments', { projectId, ...v, note: v.note?.trim() ?? '' });
          notify.success(t('oversight.assigned'));
          onDone();
        })
      }
    >
      <Form.Item name="evaluatorOrgId" label={t('oversight.evaluatorOrg')} rules={[{ required: true }]}>
        <Select options={orgs.map((o) => ({ value: o.id, label: pick(o.name, o.nameEn) }))} />
      </Form.Item>
      <Form.Item name="year" label={t('oversight.year')} rules={[{ required: true }]}>
        <InputNumber min={2000} max={2100} precision={0} />
      </Form.Item>
      <Form.Item name="note" label={t('oversight.note')}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}

export function SendRequestModal({ projectId, onClose, onDone }: FormProps) {
  const { t } = useTranslation();
  const pick = usePick();
  const notify = useNotify();
  const [form] = Form.useForm<{ kind: OversightRequestKind; subject: string; body: string; answerDue?: Dayjs }>();
  const { busy, refused, run } = useSubmit(form);
  return (
    <FormModal
      title={t('oversight.sendRequest')}
      testId="request"
      form={form}
      busy={busy}
      refused={refused}
      onClose={onClose}
      initialValues={{ kind: 'information' }}
      onFinish={(v) =>
        run(async () => {
          await post(`/projects/${projectId}/oversight-requests`, {
            kind: v.kind,
            subject: v.subject.trim(),
            body: v.body.trim(),
            answerDue: v.answerDue ? v.answerDue.format('YYYY-MM-DD') : undefined,
          });
          notify.success(t('oversight.sent'));
          onDone();
        })
      }
    >
      <Form.Item name="kind" label={t('oversight.requestKind')}>
        <Radio.Group
          options={(Object.keys(OVERSIGHT_REQUEST_KINDS) as OversightRequestKind[]).map((k) => ({
            value: k,
            label: pick(OVERSIGHT_REQUEST_KINDS[k].zh, OVERSIGHT_REQUEST_KINDS[k].en),
          }))}
        />
      </Form.Item>
      <Form.Item name="subject" label={t('oversight.subject')} rules={[{ required: true, whitespace: true, min: 2 }]}>
        <Input id="requestSubject" maxLength={200} />
      </Form.Item>
      <Form.Item name="body" label={t('oversight.body')} rules={[{ required: true, whitespace: true, min: 2 }]}>
        <Input.TextArea id="requestBody" rows={4} maxLength={10000} />
      </Form.Item>
      <Form.Item name="answerDue" label={t('oversight.answerDue')}>
        <DatePicker />
      </Form.Item>
    </FormModal>
  );
}

export function AnswerRequestModal({ projectId, requestId, onClose, onDone }: FormProps & { requestId: string }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [form] = Form.useForm<{ answer: string }>();
  const { busy, refused, run } = useSubmit(form);
  return (
    <FormModal
      title={t('oversight.answerRequest')}
      testId="answer-request"
      form={form}
      busy={busy}
      refused={refused}
      onClose={onClose}
      onFinish={(v) =>
        run(async () => {
          await post(`/projects/${projectId}/oversight-requests/${requestId}/answer`, { answer: v.answer.trim() });
          notify.success(t('oversight.requestAnswered'));
          onDone();
        })
      }
    >
      <Typography.Paragraph>
        <Alert type="info" showIcon message={t('oversight.art31')} />
      </Typography.Paragraph>
      <Form.Item
        name="answer"
        label={t('oversight.answerRequest')}
        rules={[{ required: true, whitespace: true, min: 2 }]}
      >
        <Input.TextArea id="requestAnswer" rows={5} maxLength={10000} />
      </Form.Item>
    </FormModal>
  );
}
