// 分散建设审批 (Art.15): the data bureau records the consultation mechanism's agreement and then the
// district government's approval (document number and date each). The order is the server's rule.
import { Alert, DatePicker, Descriptions, Form, Input, Modal, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { post } from '../api/client';
import type { ApprovalRecord } from '../api/approval-types';
import type { Project } from '../api/plan-types';
import { useNotify } from '../app/useNotify';
import { RuleBlockedAlert } from '../approval/RuleBlockedAlert';
import { useCite } from '../plan/cite';
import { useSubmit } from '../app/useSubmit';
import { useActionLabel } from '../i18n/labels';

type Part = 'consultation' | 'government';
type Values = Partial<Record<`${Part}Doc`, string> & Record<`${Part}Date`, Dayjs>>;

export function DecentralApprovalModal({
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
  const cite = useCite();
  const notify = useNotify();
  const [form] = Form.useForm<Values>();
  const { busy, refused, run } = useSubmit(form);
  const d = project.decentral;
  const recorded: Record<Part, ApprovalRecord | undefined> = {
    consultation: d?.consultationApproved ? d.consultation : undefined,
    government: d?.governmentApproved ? d.government : undefined,
  };
  const record = (v: Values, part: Part) =>
    v[`${part}Doc`]?.trim() && v[`${part}Date`]
      ? { docNumber: v[`${part}Doc`]!.trim(), date: v[`${part}Date`]!.format('YYYY-MM-DD') }
      : undefined;
  const submit = (v: Values) =>
    run(async () => {
      const body = { consultation: record(v, 'consultation'), government: record(v, 'government') };
      if (!body.consultation && !body.government) {
        notify.error(new Error(t('contract.decentral.nothing')));
        return;
      }
      const p = await post<Project>(`/projects/${project.id}/decentral/approvals`, body);
      notify.success(t('contract.decentral.approvalsDone'));
      onDone(p);
    });
  const part = (p: Part) =>
    recorded[p] ? (
      <Descriptions
        key={p}
        size="small"
        column={1}
        style={{ marginBottom: 12 }}
        items={[
          {
            key: p,
            label: t(`contract.decentral.${p}`),
            children: `${recorded[p]!.docNumber}（${recorded[p]!.date}）`,
          },
        ]}
      />
    ) : (
      <div key={p}>
        <Typography.Text strong>{t(`contract.decentral.${p}`)}</Typography.Text>
        <Form.Item name={`${p}Doc`} label={t('contract.decentral.docNumber')} style={{ marginTop: 8 }}>
          <Input id={`${p}Doc`} maxLength={100} />
        </Form.Item>
        <Form.Item name={`${p}Date`} label={t('contract.decentral.date')}>
          <DatePicker id={`${p}Date`} style={{ width: '100%' }} />
        </Form.Item>
      </div>
    );
  return (
    <Modal
      open
      width={640}
      title={actionLabel('record_decentral')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={busy}
      okButtonProps={{ 'data-testid': 'decentral-approval-ok' }}
      destroyOnHidden
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={t('contract.decentral.intro', { article: cite('Art.15') })}
        description={d?.reason ? `${t(`contract.decentral.${d.basis ?? 'upper_level'}`)}：${d.reason}` : undefined}
      />
      <Form<Values> form={form} layout="vertical" onFinish={submit} data-testid="decentral-approval-form">
        {part('consultation')}
        {part('government')}
        {!recorded.consultation && (
          <Typography.Text type="secondary">{t('contract.decentral.governmentAfter')}</Typography.Text>
        )}
      </Form>
      {refused && <RuleBlockedAlert error={refused} />}
    </Modal>
  );
}
