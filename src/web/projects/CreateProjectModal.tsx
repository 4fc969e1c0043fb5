// 新建项目: a declarant picks the open annual call and names the project; the draft opens at once.
import { Alert, Form, Input, Modal, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { post, ProblemError } from '../api/client';
import type { Call, Project } from '../api/plan-types';
import { problemText, useNotify } from '../app/useNotify';
import { formatDateTime } from '../i18n/format';

interface Values {
  callId: string;
  name: string;
}

export function CreateProjectModal({ calls, onClose }: { calls: Call[]; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const notify = useNotify();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const open = calls.filter((c) => c.status === 'open');
  // The calls may arrive after the dialog opened: preselect the open call once they do.
  const firstOpen = open[0]?.id;
  useEffect(() => {
    if (firstOpen && !form.getFieldValue('callId')) form.setFieldsValue({ callId: firstOpen });
  }, [firstOpen, form]);

  const submit = async (v: Values) => {
    setBusy(true);
    try {
      const p = await post<Project>('/projects', { callId: v.callId, name: v.name.trim() });
      notify.success(t('projects.created', { code: p.code }));
      navigate(`/projects/${p.id}`);
    } catch (e) {
      if (e instanceof ProblemError && (e.field === 'name' || e.field === 'callId'))
        form.setFields([{ name: e.field, errors: [problemText(e, i18n.language)] }]);
      else notify.error(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={t('projects.create')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={busy}
      okText={t('projects.createOk')}
      okButtonProps={{ disabled: !open.length, 'data-testid': 'project-create-ok' }}
      destroyOnHidden
    >
      {!open.length && <Alert type="warning" showIcon title={t('projects.noOpenCall')} style={{ marginBottom: 16 }} />}
      <Form<Values> form={form} layout="vertical" onFinish={submit} initialValues={{ callId: open[0]?.id }}>
        <Form.Item
          name="callId"
          label={t('projects.call')}
          rules={[{ required: true, message: t('validation.select', { label: t('projects.call') }) }]}
        >
          <Select
            options={open.map((c) => ({
              value: c.id,
              label: `${c.title}（${t('calls.deadline')} ${formatDateTime(c.deadlineAt)}${c.deadlinePassed ? ` · ${t('calls.passed')}` : ''}）`,
            }))}
          />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('form.name')}
          rules={[
            { required: true, message: t('validation.required', { label: t('form.name') }) },
            { min: 2, message: t('validation.min', { label: t('form.name'), min: 2 }) },
          ]}
        >
          <Input maxLength={100} autoComplete="off" placeholder={t('projects.namePlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
