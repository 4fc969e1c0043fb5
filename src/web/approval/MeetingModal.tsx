// 线下汇报、评审 (Art.13): the data bureau records an offline meeting — date, attendees, minutes —
// in the project's history. The minutes file is uploaded as a project document first.
import { Alert, DatePicker, Form, Input, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { post } from '../api/client';
import type { Project } from '../api/plan-types';
import { useNotify } from '../app/useNotify';
import { useSubmit } from '../app/useSubmit';
import { DocSelect } from '../plan/pickers';
import { RuleBlockedAlert } from './RuleBlockedAlert';
import { useCite } from '../plan/cite';
import { useActionLabel } from '../i18n/labels';

interface Values {
  date: Dayjs;
  attendees: string;
  summary?: string;
  minutesDocumentId?: string;
}

export function MeetingModal({
  project,
  onDone,
  onClose,
}: {
  project: Project;
  onDone: () => void;
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
      await post(`/projects/${project.id}/meetings`, {
        date: v.date.format('YYYY-MM-DD'),
        attendees: v.attendees.trim(),
        summary: v.summary?.trim() ?? '',
        minutesDocumentId: v.minutesDocumentId,
      });
      notify.success(t('meeting.done'));
      onDone();
    });
  return (
    <Modal
      open
      title={actionLabel('record_meeting')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={busy}
      okButtonProps={{ 'data-testid': 'meeting-ok' }}
      destroyOnHidden
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={t('meeting.intro', { article: cite('Art.13') })}
      />
      <Form<Values> form={form} layout="vertical" onFinish={submit} data-testid="meeting-form">
        <Form.Item
          name="date"
          label={t('meeting.date')}
          rules={[{ required: true, message: t('validation.required', { label: t('meeting.date') }) }]}
        >
          <DatePicker id="meetingDate" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="attendees"
          label={t('meeting.attendees')}
          rules={[
            {
              required: true,
              whitespace: true,
              min: 2,
              message: t('validation.min', { label: t('meeting.attendees'), min: 2 }),
            },
          ]}
        >
          <Input.TextArea id="meetingAttendees" rows={2} maxLength={2000} />
        </Form.Item>
        <Form.Item name="summary" label={t('meeting.summary')}>
          <Input.TextArea id="meetingSummary" rows={3} maxLength={5000} />
        </Form.Item>
        <Form.Item name="minutesDocumentId" label={t('meeting.minutes')} extra={t('meeting.minutesHint')}>
          <DocSelect id="meetingMinutes" projectId={project.id} docType="meeting_minutes" />
        </Form.Item>
      </Form>
      {refused && <RuleBlockedAlert error={refused} />}
    </Modal>
  );
}
