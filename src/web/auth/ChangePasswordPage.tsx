// 修改密码: forced at first sign-in or on expiry, and reachable from the user menu. The policy is
// shown next to the field; the server's refusal (too short, too simple, reused…) marks the field.
import { Alert, Button, Form, Input, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { post, ProblemError } from '../api/client';
import { useAuth } from '../app/AuthContext';
import { FullPageSpin } from '../app/FullPageSpin';
import { problemText, useNotify } from '../app/useNotify';
import { formatDateTime } from '../i18n/format';
import { AuthLayout } from './AuthLayout';
import { LogoutLink } from './LogoutLink';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}
const POLICY = { min: 8, classes: 3 };

export function ChangePasswordPage() {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { me, status, refresh } = useAuth();
  const notify = useNotify();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    if (status === 'unknown') void refresh();
    if (status === 'anonymous') navigate('/login', { replace: true });
  }, [status, refresh, navigate]);
  if (!me) return <FullPageSpin />;
  const forced = me.session.stage === 'password_change' || me.user.passwordExpired;

  const onFinish = async (v: Values) => {
    setBusy(true);
    setFailure(null);
    try {
      const r = await post<{ ok: boolean; stage: string }>('/auth/password', {
        currentPassword: v.currentPassword,
        newPassword: v.newPassword,
      });
      notify.success(t('password.success'));
      await refresh();
      navigate(r.stage === 'mfa_enrol' ? '/mfa-enrol' : '/', { replace: true });
    } catch (e) {
      const text = problemText(e, i18n.language);
      if (e instanceof ProblemError && (e.field === 'currentPassword' || e.field === 'newPassword')) {
        form.setFields([{ name: e.field, errors: [text] }]);
      } else {
        setFailure(text);
      }
    } finally {
      setBusy(false);
    }
  };

  const policy = t('password.policy', POLICY);
  return (
    <AuthLayout title={t('password.title')} width={440}>
      {forced && <Alert type="warning" showIcon title={t('password.forced')} style={{ marginBottom: 16 }} />}
      {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} />}
      <Form<Values> form={form} layout="vertical" onFinish={onFinish} requiredMark={false}>
        <input type="text" name="username" value={me.user.username} autoComplete="username" readOnly hidden />
        <Form.Item
          name="currentPassword"
          label={t('password.current')}
          rules={[{ required: true, message: t('validation.required', { label: t('password.current') }) }]}
        >
          <Input.Password id="currentPassword" name="currentPassword" autoComplete="current-password" autoFocus />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t('password.new')}
          extra={policy}
          rules={[
            { required: true, message: t('validation.required', { label: t('password.new') }) },
            { min: POLICY.min, message: policy },
          ]}
        >
          <Input.Password id="newPassword" name="newPassword" autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('password.confirm')}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('validation.required', { label: t('password.confirm') }) },
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                !value || value === getFieldValue('newPassword')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('password.mismatch'))),
            }),
          ]}
        >
          <Input.Password id="confirmPassword" name="confirmPassword" autoComplete="new-password" />
        </Form.Item>
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Button type="primary" htmlType="submit" block loading={busy}>
            {t('password.submit')}
          </Button>
          {forced ? (
            <LogoutLink />
          ) : (
            <Link to="/">
              <Button block>{t('common.back')}</Button>
            </Link>
          )}
          {me.user.passwordExpiresAt && !forced && (
            <Typography.Text type="secondary">
              {t('password.expiresAt', { time: formatDateTime(me.user.passwordExpiresAt) })}
            </Typography.Text>
          )}
        </Space>
      </Form>
    </AuthLayout>
  );
}
