// 年度自评价 (Art.33): "建设期内，实施单位应当对项目绩效目标执行情况进行自评价，并征求申报单位和监理单位的
// 意见，形成项目绩效评价报告，在建设期内每年年底前提交区数据局备案。" The implementer drafts the year's
// report (construction progress, investment, and trial effects once the system is on trial), the
// declarant and the supervisor give their opinions, the implementer files it (late = recorded).
import type { components } from '../api/openapi';
import { Alert, Descriptions, Form, Input, InputNumber, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProjectAction } from '../../domain/lifecycle/transitions';
import { DOCUMENT_TYPES } from '../../domain/documents';
import { post } from '../api/client';
import type { Project } from '../api/plan-types';
import type { SelfEvaluationRow } from '../api/delivery-types';
import { useNotify } from '../app/useNotify';
import { useSubmit } from '../app/useSubmit';
import { formatDateTime, usePick } from '../i18n/format';
import { useCite } from '../plan/cite';
import { DocSelect } from '../plan/pickers';
import { ActionModal, type DeliveryModalProps } from './ActionModal';
import { downloadHref, useDelivery } from './useDelivery';

/** The year being worked on: the earliest due year not yet filed (the server's choice too). */
export function openEvaluation(rows: readonly SelfEvaluationRow[] | undefined): SelfEvaluationRow | undefined {
  return rows?.find((r) => !r.filedAt);
}

function DraftSummary({ row }: { row: SelfEvaluationRow }) {
  const { t } = useTranslation();
  return (
    <Descriptions
      size="small"
      column={1}
      bordered
      style={{ marginBottom: 16 }}
      data-testid="self-evaluation-draft"
      items={[
        {
          key: 'y',
          label: t('delivery.selfEvaluation.year'),
          children: t('delivery.selfEvaluation.yearValue', { year: row.year }),
        },
        { key: 'p', label: t('delivery.selfEvaluation.progress'), children: row.progress ?? '—' },
        { key: 'i', label: t('delivery.selfEvaluation.investment'), children: row.investment ?? '—' },
        ...(row.trialEffects
          ? [{ key: 't', label: t('delivery.selfEvaluation.trialEffects'), children: row.trialEffects }]
          : []),
        ...(row.documentId
          ? [
              {
                key: 'd',
                label: t('delivery.selfEvaluation.document'),
                children: <a href={downloadHref(row.documentId)}>{t('delivery.download')}</a>,
              },
            ]
          : []),
      ]}
    />
  );
}

interface DraftValues {
  year: number;
  progress: string;
  investment: string;
  trialEffects?: string;
  documentId?: string;
}

export function DraftSelfEvaluationModal({ project, onClose, onDone }: DeliveryModalProps) {
  const { t } = useTranslation();
  const pick = usePick();
  const cite = useCite();
  const notify = useNotify();
  const [form] = Form.useForm<DraftValues>();
  const { busy, refused, run } = useSubmit(form);
  const delivery = useDelivery(project.id);
  const open = openEvaluation(delivery.data?.selfEvaluations);
  const onTrial = !!project.trial;
  const min = (label: string) => [
    { required: true, whitespace: true, min: 4, message: t('validation.min', { label, min: 4 }) },
  ];
  const submit = (v: DraftValues) =>
    run(async () => {
      const p = await post<Project>(`/projects/${project.id}/self-evaluations`, {
        year: v.year,
        progress: v.progress.trim(),
        investment: v.investment.trim(),
        trialEffects: v.trialEffects?.trim() ?? '',
        documentId: v.documentId,
      });
      notify.success(t('delivery.selfEvaluation.drafted'));
      onDone(p);
    });
  if (delivery.loading && !delivery.data) return null;
  return (
    <ActionModal<DraftValues>
      action="draft_self_evaluation"
      form={form}
      busy={busy}
      refused={refused}
      width={720}
      intro={t('delivery.selfEvaluation.intro', { article: cite('Art.33') })}
      initialValues={{
        year: open?.year,
        progress: open?.progress ?? undefined,
        investment: open?.investment ?? undefined,
        trialEffects: open?.trialEffects ?? undefined,
        documentId: open?.documentId ?? undefined,
      }}
      onFinish={submit}
      onClose={onClose}
    >
      {open?.progress && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('delivery.selfEvaluation.redraft')} />
      )}
      <Form.Item
        name="year"
        label={t('delivery.selfEvaluation.year')}
        rules={[{ required: true, message: t('validation.required', { label: t('delivery.selfEvaluation.year') }) }]}
      >
        <InputNumber id="evaluationYear" min={2000} max={2100} precision={0} style={{ width: 160 }} />
      </Form.Item>
      <Form.Item
        name="progress"
        label={t('delivery.selfEvaluation.progress')}
        rules={min(t('delivery.selfEvaluation.progress'))}
      >
        <Input.TextArea id="evaluationProgress" rows={3} maxLength={10000} />
      </Form.Item>
      <Form.Item
        name="investment"
        label={t('delivery.selfEvaluation.investment')}
        rules={min(t('delivery.selfEvaluation.investment'))}
      >
        <Input.TextArea id="evaluationInvestment" rows={3} maxLength={10000} />
      </Form.Item>
      <Form.Item
        name="trialEffects"
        label={t('delivery.selfEvaluation.trialEffects')}
        extra={onTrial ? t('delivery.selfEvaluation.trialEffectsHint') : undefined}
        rules={
          onTrial ? [{ required: true, whitespace: true, message: t('delivery.selfEvaluation.trialEffectsHint') }] : []
        }
      >
        <Input.TextArea id="evaluationTrialEffects" rows={3} maxLength={10000} />
      </Form.Item>
      <Form.Item
        name="documentId"
        label={t('delivery.selfEvaluation.document')}
        extra={t('delivery.docHint', {
          type: pick(DOCUMENT_TYPES.self_evaluation.zh, DOCUMENT_TYPES.self_evaluation.en),
        })}
      >
        <DocSelect id="evaluationDocument" projectId={project.id} docType="self_evaluation" upload />
      </Form.Item>
    </ActionModal>
  );
}

export function SelfEvaluationOpinionModal({
  project,
  onClose,
  onDone,
  by,
}: DeliveryModalProps & { by: 'declarant' | 'supervisor' }) {
  const { t } = useTranslation();
  const cite = useCite();
  const notify = useNotify();
  const [form] = Form.useForm<{ opinion: string }>();
  const { busy, refused, run } = useSubmit(form);
  const open = openEvaluation(useDelivery(project.id).data?.selfEvaluations);
  const action: ProjectAction = by === 'declarant' ? 'self_evaluation_opinion' : 'self_evaluation_supervision';
  const label = t(
    by === 'declarant' ? 'delivery.selfEvaluation.declarantOpinion' : 'delivery.selfEvaluation.supervisorOpinion',
  );
  const submit = (v: { opinion: string }) =>
    run(async () => {
      const path = by === 'declarant' ? 'declarant-opinion' : 'supervisor-opinion';
      const p = await post<Project>(`/projects/${project.id}/self-evaluations/${path}`, { opinion: v.opinion.trim() });
      notify.success(t('delivery.selfEvaluation.opinionDone'));
      onDone(p);
    });
  return (
    <ActionModal<{ opinion: string }>
      action={action}
      form={form}
      busy={busy}
      refused={refused}
      width={720}
      intro={t('delivery.selfEvaluation.intro', { article: cite('Art.33') })}
      onFinish={submit}
      onClose={onClose}
    >
      {open && <DraftSummary row={open} />}
      <Form.Item
        name="opinion"
        label={label}
        rules={[{ required: true, whitespace: true, min: 2, message: t('validation.min', { label, min: 2 }) }]}
      >
        <Input.TextArea id="evaluationOpinion" rows={4} maxLength={5000} />
      </Form.Item>
    </ActionModal>
  );
}

export function FileSelfEvaluationModal({ project, onClose, onDone }: DeliveryModalProps) {
  const { t } = useTranslation();
  const cite = useCite();
  const notify = useNotify();
  const [form] = Form.useForm<object>();
  const { busy, refused, run } = useSubmit(form);
  const open = openEvaluation(useDelivery(project.id).data?.selfEvaluations);
  const supervised = !!project.supervisorOrgId;
  const opinionTag = (text: string | null | undefined, needed = true) =>
    !needed ? (
      <Tag>{t('delivery.selfEvaluation.notNeeded')}</Tag>
    ) : text ? (
      <Tag color="green">{t('delivery.selfEvaluation.given')}</Tag>
    ) : (
      <Tag color="red">{t('delivery.selfEvaluation.notGiven')}</Tag>
    );
  const submit = () =>
    run(async () => {
      const p = await post<components['schemas']['FiledWithOverdueFinding']>(
        `/projects/${project.id}/self-evaluations/file`,
        {},
      );
      notify.success(t(p.overdueFinding ? 'delivery.selfEvaluation.filedLate' : 'delivery.selfEvaluation.filed'));
      onDone(p);
    });
  return (
    <ActionModal<object>
      action="file_self_evaluation"
      form={form}
      busy={busy}
      refused={refused}
      width={720}
      intro={t('delivery.selfEvaluation.fileIntro', {
        due: open ? formatDateTime(open.dueAt) : '—',
        article: cite('Art.33'),
      })}
      onFinish={submit}
      onClose={onClose}
    >
      {open ? <DraftSummary row={open} /> : <Alert type="info" title={t('delivery.selfEvaluation.noDraft')} />}
      {open && (
        <Descriptions
          size="small"
          column={2}
          items={[
            {
              key: 'd',
              label: t('delivery.selfEvaluation.declarantOpinion'),
              children: opinionTag(open.declarantOpinion),
            },
            {
              key: 's',
              label: t('delivery.selfEvaluation.supervisorOpinion'),
              children: opinionTag(open.supervisorOpinion, supervised),
            },
          ]}
        />
      )}
    </ActionModal>
  );
}
