// 联审正式意见 (Art.13): one reviewing party's opinion on each of the six dimensions — 集约建设,
// 系统整合, 数据共享, 业务协同, 网络安全, 项目概算 — and its conclusion. The server refuses an opinion
// missing any dimension; the form asks for all six before it sends.
import { Alert, Form, Input, Modal, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { JOINT_REVIEW_DIMENSIONS } from '../../domain/approval/joint-review';
import { post } from '../api/client';
import type { JointDecision, JointReview } from '../api/approval-types';
import { useApi } from '../api/useApi';
import type { Project } from '../api/plan-types';
import { useNotify } from '../app/useNotify';
import { useSubmit } from '../app/useSubmit';
import { usePick } from '../i18n/format';
import { useActionLabel } from '../i18n/labels';
import { useCite } from '../plan/cite';

type Values = { decision: JointDecision; overall: string } & Record<`dim_${string}`, string>;

export function JointOpinionModal({
  project,
  onDone,
  onClose,
}: {
  project: Project;
  onDone: (p: Project) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const actionLabel = useActionLabel();
  const pick = usePick();
  const review = useApi<JointReview>(`/projects/${project.id}/joint-review`).data;
  const me = review?.parties.find((p) => p.party === review.myParty);
  const partyName = me ? pick(me.name, me.nameEn) : '';
  const cite = useCite();
  const notify = useNotify();
  const [form] = Form.useForm<Values>();
  const { busy, run } = useSubmit(form);
  const submit = (v: Values) =>
    run(async () => {
      const dimensions = JOINT_REVIEW_DIMENSIONS.map((d) => ({
        code: d.code,
        opinion: (v[`dim_${d.code}`] ?? '').trim(),
      }));
      const p = await post<Project>(`/projects/${project.id}/joint-review/opinions`, {
        decision: v.decision,
        dimensions,
        overall: v.overall.trim(),
      });
      notify.success(t('joint.given'));
      onDone(p);
    });

  return (
    <Modal
      open
      width={760}
      title={t('joint.formTitle', { action: actionLabel('joint_review_opinion'), party: partyName })}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={busy}
      okText={t('joint.submit')}
      okButtonProps={{ 'data-testid': 'joint-opinion-submit' }}
      destroyOnHidden
    >
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={cite('Art.13')} description={t('joint.intro')} />
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        data-testid="joint-opinion-form"
        initialValues={{ decision: 'pass' }}
      >
        {JOINT_REVIEW_DIMENSIONS.map((d) => (
          <Form.Item
            key={d.code}
            name={`dim_${d.code}`}
            label={pick(d.zh, d.en)}
            rules={[{ required: true, whitespace: true, message: t('joint.dimensionRequired') }]}
          >
            <Input.TextArea id={`dim_${d.code}`} rows={2} maxLength={5000} />
          </Form.Item>
        ))}
        <Form.Item name="decision" label={t('joint.decision')} rules={[{ required: true }]}>
          <Radio.Group
            options={(['pass', 'return', 'fail'] as const).map((d) => ({ value: d, label: t(`joint.${d}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="overall"
          label={t('joint.overall')}
          rules={[
            {
              required: true,
              whitespace: true,
              min: 2,
              message: t('validation.min', { label: t('joint.overall'), min: 2 }),
            },
          ]}
        >
          <Input.TextArea id="jointOverall" rows={3} maxLength={5000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
