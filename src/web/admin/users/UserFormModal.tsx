// Create or edit an account (system admin). Creating returns the first half of the one-time
// password, shown once (the account has no role until the security admin grants one); editing sends
// the row's version.
import { Alert, Form, Input, Modal, Radio, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { patch, post, ProblemError } from '../../api/client';
import type { User } from '../../api/types';
import { isConflict, problemText, useNotify } from '../../app/useNotify';
import type { PasswordHalf } from './TemporaryPasswordModal';

interface Values {
  username: string;
  displayName: string;
  orgId: string;
  position: 'clerk' | 'leader';
  email?: string;
  phone?: string;
}
interface Props {
  user: User | null;
  orgs: { value: string; label: string; disabled?: boolean }[];
  onClose: () => void;
  onSaved: (created?: PasswordHalf) => void;
  onConflict: () => void;
}

export function UserFormModal({ user, orgs, onClose, onSaved, onConflict }: Props) {
  const { t, i18n } = useTranslation();
  const notify = useNotify();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const req = (label: string) => ({ required: true, whitespace: true, message: t('validation.required', { label }) });

  const submit = async (v: Values) => {
    setBusy(true);
    const fields = {
      displayName: v.displayName.trim(),
      orgId: v.orgId,
      position: v.position,
      email: v.email?.trim() || null,
      phone: v.phone?.trim() || null,
    };
    try {
      if (user) {
        await patch(`/users/${user.id}`, { ...fields, version: user.version });
        notify.success(t('common.saved'));
        onSaved();
      } else {
        const r = await post<User & { passwordFirstHalf: string }>('/users', {
          username: v.username.trim(),
          ...fields,
        });
        notify.success(t('common.created'));
        onSaved({ name: r.displayName, half: 'first', value: r.passwordFirstHalf });
      }
    } catch (e) {
      if (isConflict(e)) {
        notify.error(e, () => {
          onClose();
          onConflict();
        });
        return;
      }
      if (e instanceof ProblemError && e.field && ['username', ...Object.keys(fields)].includes(e.field)) {
        form.setFields([{ name: e.field as keyof Values, errors: [problemText(e, i18n.language)] }]);
      } else notify.error(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={user ? t('users.edit') : t('users.create')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={busy}
      okText={t('common.save')}
      width={560}
    >
      {!user && <Alert type="info" showIcon title={t('users.newRoleNote')} style={{ marginBottom: 16 }} />}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        name="user-form"
        initialValues={user ? { ...user, email: user.email ?? '', phone: user.phone ?? '' } : { position: 'clerk' }}
      >
        <Form.Item
          name="username"
          label={t('users.username')}
          extra={t('users.usernameHelp')}
          rules={[req(t('users.username')), { pattern: /^[a-z][a-z0-9_.-]{2,31}$/, message: t('validation.username') }]}
        >
          <Input disabled={!!user} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="displayName"
          label={t('users.displayName')}
          rules={[
            req(t('users.displayName')),
            { min: 2, message: t('validation.min', { label: t('users.displayName'), min: 2 }) },
          ]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="orgId"
          label={t('users.org')}
          rules={[{ required: true, message: t('validation.select', { label: t('users.org') }) }]}
        >
          <Select showSearch={{ optionFilterProp: 'label' }} options={orgs} />
        </Form.Item>
        <Form.Item
          name="position"
          label={t('users.position')}
          rules={[{ required: true, message: t('validation.select', { label: t('users.position') }) }]}
        >
          <Radio.Group
            options={[
              { value: 'clerk', label: t('users.clerk') },
              { value: 'leader', label: t('users.leader') },
            ]}
          />
        </Form.Item>
        <Form.Item name="email" label={t('users.email')} rules={[{ type: 'email', message: t('validation.email') }]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="phone"
          label={t('users.phone')}
          rules={[{ pattern: /^[0-9+\-\s]{5,20}$/, message: t('validation.phone') }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
