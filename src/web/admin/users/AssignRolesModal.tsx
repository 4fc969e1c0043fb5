// 分配角色 (security admin): roles grouped by area; the server enforces 三权分立 combinations.
import { Alert, Form, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { put } from '../../api/client';
import type { Area, Role, User } from '../../api/types';
import { isConflict, problemText, useNotify } from '../../app/useNotify';
import { usePick } from '../../i18n/format';

const AREAS: Area[] = ['business', 'system', 'security', 'audit'];
interface Props {
  user: User;
  roles: Role[];
  onClose: () => void;
  onSaved: () => void;
  onConflict: () => void;
}

export function AssignRolesModal({ user, roles, onClose, onSaved, onConflict }: Props) {
  const { t, i18n } = useTranslation();
  const pick = usePick();
  const notify = useNotify();
  const [form] = Form.useForm<{ roleCodes: string[] }>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const options = AREAS.map((area) => ({
    label: t(`area.${area}`),
    options: roles
      .filter((r) => r.area === area)
      .map((r) => ({ value: r.code, label: `${pick(r.name, r.nameEn)}（${r.code}）` })),
  })).filter((g) => g.options.length);

  const submit = async ({ roleCodes }: { roleCodes: string[] }) => {
    setBusy(true);
    setFailure(null);
    try {
      await put(`/users/${user.id}/roles`, { roleCodes, version: user.version });
      notify.success(t('common.saved'));
      onSaved();
    } catch (e) {
      if (isConflict(e))
        notify.error(e, () => {
          onClose();
          onConflict();
        });
      else setFailure(problemText(e, i18n.language));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={`${t('users.assignRoles')} — ${user.displayName}（${user.username}）`}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={busy}
      okText={t('common.save')}
      width={560}
    >
      <Alert type="info" showIcon title={t('users.rolesHint')} style={{ marginBottom: 16 }} />
      {failure && (
        <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} data-testid="assign-roles-error" />
      )}
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ roleCodes: user.roleCodes }}
        name="assign-roles"
      >
        <Form.Item
          name="roleCodes"
          label={t('users.roles')}
          rules={[{ required: true, message: t('validation.select', { label: t('users.roles') }) }]}
        >
          <Select mode="multiple" options={options} showSearch={{ optionFilterProp: 'label' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
