// Create a business role, edit one, or view an administrator role (read-only: 三权分立).
import { Alert, Checkbox, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { patch, post, ProblemError } from '../../api/client';
import type { Permission, Role } from '../../api/types';
import { isConflict, problemText, useNotify } from '../../app/useNotify';
import { usePick } from '../../i18n/format';

interface Values {
  code: string;
  name: string;
  nameEn?: string;
  permissions: string[];
}
interface Props {
  role: Role | null;
  permissions: Permission[];
  onClose: () => void;
  onSaved: () => void;
  onConflict: () => void;
}

export function RoleFormModal({ role, permissions, onClose, onSaved, onConflict }: Props) {
  const { t, i18n } = useTranslation();
  const pick = usePick();
  const notify = useNotify();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const readOnly = !!role && role.area !== 'business';
  const area = role?.area ?? 'business';
  const options = permissions
    .filter((p) => p.area === area)
    .map((p) => ({ value: p.code, label: `${pick(p.name, p.nameEn)}（${p.code}）` }));
  const req = (label: string) => ({ required: true, whitespace: true, message: t('validation.required', { label }) });

  const submit = async (v: Values) => {
    setBusy(true);
    const fields = { name: v.name.trim(), nameEn: v.nameEn?.trim() ?? '', permissions: v.permissions ?? [] };
    try {
      if (role) await patch(`/roles/${role.code}`, { ...fields, version: role.version });
      else await post('/roles', { code: v.code.trim(), ...fields });
      notify.success(role ? t('common.saved') : t('common.created'));
      onSaved();
    } catch (e) {
      if (isConflict(e)) {
        notify.error(e, () => {
          onClose();
          onConflict();
        });
        return;
      }
      if (e instanceof ProblemError && e.field && ['code', 'name', 'nameEn', 'permissions'].includes(e.field)) {
        form.setFields([{ name: e.field as keyof Values, errors: [problemText(e, i18n.language)] }]);
      } else notify.error(e);
    } finally {
      setBusy(false);
    }
  };

  const title = readOnly ? t('roles.view') : role ? t('roles.edit') : t('roles.create');
  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      onOk={() => (readOnly ? onClose() : form.submit())}
      confirmLoading={busy}
      okText={readOnly ? t('common.close') : t('common.save')}
      cancelButtonProps={readOnly ? { style: { display: 'none' } } : undefined}
      width={640}
    >
      <Alert
        type={readOnly ? 'warning' : 'info'}
        showIcon
        title={readOnly ? t('roles.readOnly') : t('roles.businessOnly')}
        style={{ marginBottom: 16 }}
      />
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        disabled={readOnly}
        name="role-form"
        initialValues={role ?? { permissions: [] }}
      >
        <Form.Item
          name="code"
          label={t('roles.code')}
          rules={[req(t('roles.code')), { pattern: /^[a-z][a-z0-9_]{2,39}$/, message: t('validation.roleCode') }]}
        >
          <Input disabled={!!role} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('roles.name')}
          rules={[req(t('roles.name')), { min: 2, message: t('validation.min', { label: t('roles.name'), min: 2 }) }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="nameEn" label={t('roles.nameEn')}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="permissions" label={t('roles.permissions')}>
          <Checkbox.Group options={options} style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 8 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
