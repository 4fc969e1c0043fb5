// 采购与合同 (Art.16, 18): the declarant records the procurement — method, date, the winning vendor
// (who becomes the implementer and then sees the project), the contract amount and file. The server
// refuses unless listed, reviewed, budgeted, approved and, where R-NDRC applies, ndrc-approved
// (R-PROCURE); the refusal names every missing condition.
import { Alert, DatePicker, Form, Modal, Select } from 'antd';
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

export const PROCUREMENT_METHODS = [
  'public_tender',
  'invited_tender',
  'competitive_negotiation',
  'competitive_consultation',
  'single_source',
  'inquiry',
  'framework',
] as const;
interface Values {
  method: string;
  date: Dayjs;
  implementerOrgId: string;
  contractYuan: string;
  contractDocumentId?: string;
}

export function ProcurementModal({
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
      const p = await post<Project>(`/projects/${project.id}/procurement`, {
        method: v.method,
        date: v.date.format('YYYY-MM-DD'),
        implementerOrgId: v.implementerOrgId,
        contractFen: yuanInputToFen(v.contractYuan),
        contractDocumentId: v.contractDocumentId,
      });
      notify.success(t('contract.procurement.done'));
      onDone(p);
    });
  return (
    <Modal
      open
      width={680}
      title={actionLabel('record_procurement')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={busy}
      okButtonProps={{ 'data-testid': 'procurement-ok' }}
      destroyOnHidden
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={t('contract.procurement.intro', { article: cite('Art.18') })}
      />
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        data-testid="procurement-form"
        initialValues={{ method: 'public_tender' }}
      >
        <Form.Item
          name="method"
          label={t('contract.procurement.method')}
          rules={required(t('contract.procurement.method'))}
        >
          <Select
            id="procurementMethod"
            options={PROCUREMENT_METHODS.map((m) => ({ value: m, label: t(`contract.procurement.methods.${m}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="implementerOrgId"
          label={t('contract.procurement.implementer')}
          rules={required(t('contract.procurement.implementer'))}
        >
          <OrgSelect id="implementerOrg" orgRole="implementer" />
        </Form.Item>
        <Form.Item
          name="contractYuan"
          label={t('contract.procurement.amount')}
          rules={[...required(t('contract.procurement.amount')), yuanRule(t)]}
        >
          <YuanInput id="contractYuan" showWan />
        </Form.Item>
        <Form.Item name="date" label={t('contract.procurement.date')} rules={required(t('contract.procurement.date'))}>
          <DatePicker id="procurementDate" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="contractDocumentId"
          label={t('contract.docOptional')}
          extra={t('contract.docHint', { type: '合同' })}
        >
          <DocSelect id="contractDocument" projectId={project.id} docType="contract" />
        </Form.Item>
      </Form>
      {refused && <RuleBlockedAlert error={refused} />}
    </Modal>
  );
}
