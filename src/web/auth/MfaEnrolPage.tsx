// 绑定动态口令: QR code and secret from the server, a 6-digit code to confirm, then the one-time
// display of recovery codes. Required for administrators by policy; optional for others.
import { Alert, Button, Form, Input, Result, Space, Spin, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { post, ProblemError } from '../api/client';
import { useAuth } from '../app/AuthContext';
import { FullPageSpin } from '../app/FullPageSpin';
import { problemText } from '../app/useNotify';
import { AuthLayout } from './AuthLayout';
import { LogoutLink } from './LogoutLink';
import { RecoveryCodes } from './RecoveryCodes';

interface Setup {
  secret: string;
  otpauthUri: string;
  qrDataUrl: string;
}

export function MfaEnrolPage() {
  const { t, i18n } = useTranslation();
  const { me, status, refresh } = useAuth();
  const navigate = useNavigate();
  const [form] = Form.useForm<{ code: string }>();
  const [setup, setSetup] = useState<Setup>();
  const [failure, setFailure] = useState<string | null>(null);
  const [codes, setCodes] = useState<string[]>();
  const [busy, setBusy] = useState(false);
  const started = useRef(false);

  useEffect(() => {
    if (status === 'unknown') void refresh();
    if (status === 'anonymous') navigate('/login', { replace: true });
  }, [status, refresh, navigate]);

  useEffect(() => {
    // Start once: each call issues a new pending secret.
    if (!me || me.user.mfaEnabled || started.current) return;
    started.current = true;
    post<Setup>('/auth/totp/setup')
      .then(setSetup)
      .catch((e: unknown) => setFailure(problemText(e, i18n.language)));
  }, [me, i18n.language]);

  if (!me) return <FullPageSpin />;
  const forced = me.session.stage === 'mfa_enrol';

  const onFinish = async ({ code }: { code: string }) => {
    setBusy(true);
    try {
      const r = await post<{ ok: boolean; recoveryCodes: string[] }>('/auth/totp/enable', { code: code.trim() });
      setCodes(r.recoveryCodes);
    } catch (e) {
      const text = problemText(e, i18n.language);
      if (e instanceof ProblemError && e.field === 'code') form.setFields([{ name: 'code', errors: [text] }]);
      else setFailure(text);
    } finally {
      setBusy(false);
    }
  };

  const finish = async () => {
    await refresh();
    navigate('/', { replace: true });
  };

  if (codes) {
    return (
      <AuthLayout title={t('mfa.recoveryTitle')} width={480}>
        <RecoveryCodes codes={codes} username={me.user.username} onDone={() => void finish()} />
      </AuthLayout>
    );
  }
  if (me.user.mfaEnabled) {
    return (
      <AuthLayout title={t('mfa.title')} width={480}>
        <Result
          status="success"
          title={t('mfa.already')}
          extra={
            <Link to="/">
              <Button type="primary">{t('common.backHome')}</Button>
            </Link>
          }
        />
      </AuthLayout>
    );
  }
  return (
    <AuthLayout title={t('mfa.title')} width={480}>
      {forced && <Alert type="warning" showIcon title={t('mfa.required')} style={{ marginBottom: 16 }} />}
      {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} />}
      <Typography.Paragraph>{t('mfa.scan')}</Typography.Paragraph>
      {setup ? (
        <>
          <img className="govit-qr" src={setup.qrDataUrl} alt={t('mfa.qrAlt')} data-testid="mfa-qr" />
          <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>
            {t('mfa.secret')}
          </Typography.Paragraph>
          <Typography.Paragraph copyable={{ text: setup.secret }} className="govit-mono" data-testid="mfa-secret">
            {setup.secret}
          </Typography.Paragraph>
        </>
      ) : (
        <div style={{ textAlign: 'center', padding: 48 }}>
          <Spin />
        </div>
      )}
      <Typography.Paragraph>{t('mfa.enter')}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={onFinish} requiredMark={false}>
        <Form.Item
          name="code"
          label={t('mfa.code')}
          rules={[
            { required: true, message: t('login.totpRequired') },
            { pattern: /^\d{6}$/, message: t('login.totpFormat') },
          ]}
        >
          <Input
            id="code"
            name="code"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            size="large"
            disabled={!setup}
          />
        </Form.Item>
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Button type="primary" htmlType="submit" block size="large" loading={busy} disabled={!setup}>
            {t('mfa.submit')}
          </Button>
          {forced ? (
            <LogoutLink />
          ) : (
            <Link to="/">
              <Button block>{t('common.back')}</Button>
            </Link>
          )}
        </Space>
      </Form>
    </AuthLayout>
  );
}
