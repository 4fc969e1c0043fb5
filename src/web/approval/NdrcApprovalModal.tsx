// 区发改局立项批复 (Art.12): an ndrc user records the approval's document number and date; R-PROCURE
// then counts it (Art.18).
import { Alert, DatePicker, Form, Input, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { post } from '../api/client';
import type { Project } from '../api/plan-types';
import { useNotify } from '../app/useNotify';
import { useSubmit } from '../app/useSubmit';
import { RuleBlockedAlert } from './RuleBlockedAlert';
import { useCite } from '../plan/cite';
import { useActionLabel } from '../i18n/labels';

interface Values {
  docNumber: string;
  date: Dayjs;
}

export function NdrcApprovalModal({
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
  const submit = (v: Values) =>
    run(async () => {
      const p = await post<Project>(`/projects/${project.id}/ndrc-approval`, {
        docNumber: v.docNumber.trim(),
        date: v.date.format('YYYY-MM-DD'),
      });
      notify.success(t('ndrc.done'));
      onDone(p);
    });
  return (
    <Modal
      open
      title={actionLabel('ndrc_approve')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={busy}
      okButtonProps={{ 'data-testid': 'ndrc-ok' }}
      destroyOnHidden
    >
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('ndrc.intro', { article: cite('Art.12') })} />
      <Form<Values> form={form} layout="vertical" onFinish={submit} data-testid="ndrc-form">
        <Form.Item
          name="docNumber"
          label={t('ndrc.docNumber')}
          rules={[
            {
              required: true,
              whitespace: true,
              min: 4,
              message: t('validation.min', { label: t('ndrc.docNumber'), min: 4 }),
            },
          ]}
        >
          <Input id="ndrcDocNumber" maxLength={100} placeholder={t('ndrc.docNumberPlaceholder')} />
        </Form.Item>
        <Form.Item
          name="date"
          label={t('ndrc.date')}
          rules={[{ required: true, message: t('validation.required', { label: t('ndrc.date') }) }]}
        >
          <DatePicker id="ndrcDate" style={{ width: '100%' }} />
        </Form.Item>
      </Form>
      {refused && <RuleBlockedAlert error={refused} />}
    </Modal>
  );
}
