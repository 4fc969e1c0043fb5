// 登录: username and password; then a 6-digit 动态口令 (or a recovery code) when the account has
// a second factor. Messages come from the server and show as Alerts: one answer for a wrong name,
// a wrong password and a locked account (it names the lockout rule, not whether it applies).
import { LockOutlined, SafetyOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Divider, Form, Input, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { api, ProblemError } from '../api/client';
import type { AuthConfig, LoginResult } from '../api/types';
import { useAuth } from '../app/AuthContext';
import { problemText } from '../app/useNotify';
import { AuthLayout } from './AuthLayout';

type Step = 'password' | 'totp' | 'recovery';
interface Values {
  username: string;
  password: string;
  totp?: string;
  recoveryCode?: string;
}
interface Shown {
  type: 'error' | 'warning' | 'info';
  text: string;
}
const OUTSIDE_SHELL = ['/login', '/change-password', '/mfa-enrol'];

export function LoginPage() {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [step, setStep] = useState<Step>('password');
  const [shown, setShown] = useState<Shown | null>(null);
  const [busy, setBusy] = useState(false);
  const [oidc, setOidc] = useState<AuthConfig['oidc']>();
  const { refresh } = useAuth();
  const navigate = useNavigate();
  const from = (useLocation().state as { from?: string } | null)?.from;

  useEffect(() => {
    // Not yet implemented on every server: a 404 simply means "no unified sign-in".
    api<AuthConfig>('/auth/config', { noRedirect: true })
      .then((c) => setOidc(c?.oidc))
      .catch(() => setOidc(undefined));
  }, []);

  const onFinish = async (v: Values) => {
    setBusy(true);
    const body = {
      username: v.username,
      password: v.password,
      ...(step === 'totp' ? { totp: v.totp } : {}),
      ...(step === 'recovery' ? { recoveryCode: v.recoveryCode } : {}),
    };
    try {
      const r = await api<LoginResult>('/auth/login', { method: 'POST', body, noRedirect: true });
      await refresh();
      if (r.stage === 'password_change') navigate('/change-password', { replace: true });
      else if (r.stage === 'mfa_enrol') navigate('/mfa-enrol', { replace: true });
      else navigate(from && !OUTSIDE_SHELL.includes(from.split('?')[0]) ? from : '/', { replace: true });
    } catch (e) {
      onProblem(e);
    } finally {
      setBusy(false);
    }
  };

  const onProblem = (e: unknown) => {
    const code = e instanceof ProblemError ? e.code : '';
    if (code === 'TOTP_REQUIRED') {
      setStep('totp');
      setShown({ type: 'info', text: t('login.totpHint') });
      return;
    }
    if (code === 'INVALID_CREDENTIALS') form.setFieldValue('password', '');
    if (code === 'INVALID_TOTP') form.setFieldsValue({ totp: '', recoveryCode: '' });
    const type = ['ACCOUNT_LOCKED', 'RATE_LIMITED', 'ACCOUNT_NOT_ACTIVATED'].includes(code) ? 'warning' : 'error';
    setShown({ type, text: problemText(e, i18n.language) });
  };

  const toggleRecovery = () => {
    setStep(step === 'recovery' ? 'totp' : 'recovery');
    setShown({ type: 'info', text: step === 'recovery' ? t('login.totpHint') : t('login.recoveryHint') });
  };

  return (
    <AuthLayout>
      {shown && (
        <Alert type={shown.type} title={shown.text} showIcon style={{ marginBottom: 16 }} data-testid="login-alert" />
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        size="large"
        onFinish={onFinish}
        requiredMark={false}
        autoComplete="on"
      >
        <Form.Item
          name="username"
          label={t('login.username')}
          rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}
        >
          <Input id="username" name="username" prefix={<UserOutlined />} autoComplete="username" autoFocus />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('login.password')}
          rules={[{ required: true, message: t('login.passwordRequired') }]}
        >
          <Input.Password id="password" name="password" prefix={<LockOutlined />} autoComplete="current-password" />
        </Form.Item>
        {step === 'totp' && (
          <Form.Item
            name="totp"
            label={t('login.totp')}
            rules={[
              { required: true, message: t('login.totpRequired') },
              { pattern: /^\d{6}$/, message: t('login.totpFormat') },
            ]}
          >
            <Input
              id="totp"
              name="totp"
              prefix={<SafetyOutlined />}
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={6}
              autoFocus
            />
          </Form.Item>
        )}
        {step === 'recovery' && (
          <Form.Item
            name="recoveryCode"
            label={t('login.recoveryCode')}
            rules={[{ required: true, whitespace: true, message: t('login.recoveryRequired') }]}
          >
            <Input id="recoveryCode" name="recoveryCode" prefix={<SafetyOutlined />} autoComplete="off" autoFocus />
          </Form.Item>
        )}
        {step !== 'password' && (
          <Typography.Link
            onClick={toggleRecovery}
            data-testid="toggle-recovery"
            style={{ display: 'inline-block', marginBottom: 16 }}
          >
            {step === 'totp' ? t('login.useRecovery') : t('login.useTotp')}
          </Typography.Link>
        )}
        <Button type="primary" htmlType="submit" block loading={busy}>
          {t('login.submit')}
        </Button>
      </Form>
      {oidc?.enabled && (
        <>
          <Divider plain>{t('login.or')}</Divider>
          <Button block size="large" href={oidc.loginUrl} data-testid="oidc-login">
            {t('login.oidc')}
          </Button>
        </>
      )}
      <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0, fontSize: 12 }}>
        {t('login.notice')}
      </Typography.Paragraph>
    </AuthLayout>
  );
}
