// 工程监理 (Art.19): projects over 50万 engage a qualified supervision unit before construction
// (R-SUPERVISION); the supervision unit then sees the project.
import { Alert, DatePicker, Form, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { post } from '../api/client';
import type { Project } from '../api/plan-types';
import { useNotify } from '../app/useNotify';
import { RuleBlockedAlert } from '../approval/RuleBlockedAlert';
import { useCite } from '../plan/cite';
import { yuanInputToFen, yuanRule } from '../plan/money';
import { YuanInput } from '../projects/form/YuanInput';
import { DocSelect, OrgSelect } from '../plan/pickers';
import { useSubmit } from '../app/useSubmit';
import { useActionLabel } from '../i18n/labels';

interface Values {
  supervisorOrgId: string;
  contractYuan: string;
  date: Dayjs;
  contractDocumentId?: string;
}

export function SupervisionModal({
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
  const { busy, refused, run } = useSubmit(form, { contractFen: 'contractYuan' });
  const required = (label: string) => [{ required: true, message: t('validation.required', { label }) }];
  const submit = (v: Values) =>
    run(async () => {
      const p = await post<Project>(`/projects/${project.id}/supervision`, {
        supervisorOrgId: v.supervisorOrgId,
        contractFen: yuanInputToFen(v.contractYuan),
        date: v.date.format('YYYY-MM-DD'),
        contractDocumentId: v.contractDocumentId,
      });
      notify.success(t('contract.supervision.done'));
      onDone(p);
    });
  return (
    <Modal
      open
      width={640}
      title={actionLabel('record_supervision')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={busy}
      okButtonProps={{ 'data-testid': 'supervision-ok' }}
      destroyOnHidden
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={t('contract.supervision.intro', { article: cite('Art.19') })}
      />
      <Form<Values> form={form} layout="vertical" onFinish={submit} data-testid="supervision-form">
        <Form.Item
          name="supervisorOrgId"
          label={t('contract.supervision.supervisor')}
          rules={required(t('contract.supervision.supervisor'))}
        >
          <OrgSelect id="supervisorOrg" orgRole="supervisor" />
        </Form.Item>
        <Form.Item
          name="contractYuan"
          label={t('contract.supervision.amount')}
          rules={[...required(t('contract.supervision.amount')), yuanRule(t)]}
        >
          <YuanInput id="supervisionYuan" showWan />
        </Form.Item>
        <Form.Item name="date" label={t('contract.supervision.date')} rules={required(t('contract.supervision.date'))}>
          <DatePicker id="supervisionDate" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="contractDocumentId"
          label={t('contract.docOptional')}
          extra={t('contract.docHint', { type: '监理合同' })}
        >
          <DocSelect id="supervisionDocument" projectId={project.id} docType="supervision_contract" />
        </Form.Item>
      </Form>
      {refused && <RuleBlockedAlert error={refused} />}
    </Modal>
  );
}
