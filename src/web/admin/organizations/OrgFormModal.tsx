// Create or edit an organisation. Creating sends the code; editing sends the row's version.
import { Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { patch, post, ProblemError } from '../../api/client';
import type { Organization } from '../../api/types';
import { isConflict, problemText, useNotify } from '../../app/useNotify';
import { orgKindOptions, orgRoleOptions } from '../shared/orgs';

interface Values {
  code: string;
  name: string;
  nameEn?: string;
  kind: string;
  roles: string[];
  parentId?: string | null;
}
interface Props {
  org: Organization | null;
  parents: { value: string; label: string; disabled?: boolean }[];
  onClose: () => void;
  onSaved: () => void;
  onConflict: () => void;
}

export function OrgFormModal({ org, parents, onClose, onSaved, onConflict }: Props) {
  const { t, i18n } = useTranslation();
  const notify = useNotify();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const req = (label: string) => ({ required: true, message: t('validation.required', { label }) });

  const submit = async (v: Values) => {
    setBusy(true);
    const fields = {
      name: v.name.trim(),
      nameEn: v.nameEn?.trim() ?? '',
      kind: v.kind,
      roles: v.roles,
      parentId: v.parentId ?? null,
    };
    try {
      if (org) await patch(`/organizations/${org.id}`, { ...fields, version: org.version });
      else await post('/organizations', { code: v.code.trim(), ...fields });
      notify.success(org ? t('common.saved') : t('common.created'));
      onSaved();
    } catch (e) {
      if (isConflict(e)) {
        notify.error(e, () => {
          onClose();
          onConflict();
        });
        return;
      }
      if (e instanceof ProblemError && e.field && e.field in fields)
        form.setFields([{ name: e.field as keyof Values, errors: [problemText(e, i18n.language)] }]);
      else notify.error(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={org ? t('orgs.edit') : t('orgs.create')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={busy}
      okText={t('common.save')}
      destroyOnHidden
      width={560}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        name="org-form"
        initialValues={
          org ? { ...org, parentId: org.parentId ?? undefined } : { roles: ['declarant'], kind: 'district_dept' }
        }
      >
        <Form.Item
          name="code"
          label={t('orgs.code')}
          extra={t('orgs.codeHelp')}
          rules={[req(t('orgs.code')), { pattern: /^[a-z0-9][a-z0-9-]{1,62}$/, message: t('validation.code') }]}
        >
          <Input disabled={!!org} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('orgs.name')}
          rules={[req(t('orgs.name')), { min: 2, message: t('validation.min', { label: t('orgs.name'), min: 2 }) }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="nameEn" label={t('orgs.nameEn')}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="kind"
          label={t('orgs.kind')}
          rules={[{ required: true, message: t('validation.select', { label: t('orgs.kind') }) }]}
        >
          <Select options={orgKindOptions(t)} />
        </Form.Item>
        <Form.Item
          name="roles"
          label={t('orgs.roles')}
          rules={[{ required: true, message: t('validation.select', { label: t('orgs.roles') }) }]}
        >
          <Select mode="multiple" options={orgRoleOptions(t)} />
        </Form.Item>
        <Form.Item name="parentId" label={t('orgs.parent')} extra={t('orgs.parentHelp')}>
          <Select
            allowClear
            placeholder={t('orgs.noParent')}
            showSearch={{ optionFilterProp: 'label' }}
            options={parents.filter((p) => p.value !== org?.id)}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
