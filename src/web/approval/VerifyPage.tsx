// 联合评审表核验 (public, Art.14): anyone holding a printed form types or scans its code; the server
// recomputes the digest of the approved data and says whether the form still matches the record.
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Input, Result, Space, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { get, ProblemError } from '../api/client';
import type { VerifyResult } from '../api/approval-types';
import { formatDateTime, usePick } from '../i18n/format';
import { stageLabel } from '../i18n/labels';
import { problemText } from '../app/useNotify';

export function VerifyPage() {
  const { code = '' } = useParams();
  const { t, i18n } = useTranslation();
  const pick = usePick();
  const navigate = useNavigate();
  const [input, setInput] = useState(code);
  const [state, setState] = useState<{ result?: VerifyResult; error?: ProblemError; loading: boolean }>({
    loading: Boolean(code),
  });

  useEffect(() => {
    setInput(code);
    if (!code) {
      setState({ loading: false });
      return;
    }
    const ctrl = new AbortController();
    setState({ loading: true });
    get<VerifyResult>(`/verify/${encodeURIComponent(code)}`, ctrl.signal).then(
      (result) => setState({ result, loading: false }),
      (e: unknown) => {
        if (e instanceof ProblemError) setState({ error: e, loading: false });
      },
    );
    return () => ctrl.abort();
  }, [code]);

  const r = state.result;
  return (
    <Card
      title={
        <Space>
          <SafetyCertificateOutlined />
          {t('verify.title')}
        </Space>
      }
      data-testid="verify-page"
      style={{ maxWidth: 860, margin: '0 auto' }}
    >
      <Typography.Paragraph type="secondary">{t('verify.intro')}</Typography.Paragraph>
      <Space.Compact style={{ width: '100%', maxWidth: 480, marginBottom: 16 }}>
        <Input
          id="verifyCode"
          value={input}
          placeholder="JR-XXXX-XXXX-XXXX"
          onChange={(e) => setInput(e.target.value)}
          onPressEnter={() => input.trim() && navigate(`/verify/${input.trim()}`)}
        />
        <Button
          type="primary"
          data-testid="verify-submit"
          onClick={() => input.trim() && navigate(`/verify/${input.trim()}`)}
        >
          {t('verify.check')}
        </Button>
      </Space.Compact>
      {state.loading && <Spin />}
      {state.error && (
        <Result
          status={state.error.status === 404 ? '404' : 'warning'}
          data-testid="verify-result"
          data-matches="none"
          title={state.error.status === 404 ? t('verify.notFound') : problemText(state.error, i18n.language)}
          subTitle={state.error.status === 404 ? problemText(state.error, i18n.language) : undefined}
        />
      )}
      {r && (
        <Result
          status={r.matches ? 'success' : 'error'}
          data-testid="verify-result"
          data-matches={String(r.matches)}
          title={t(r.matches ? 'verify.ok' : 'verify.mismatch')}
          subTitle={pick(r.message, r.messageEn)}
          extra={
            <Descriptions
              bordered
              size="small"
              column={1}
              style={{ textAlign: 'left' }}
              items={[
                { key: 'code', label: t('verify.code'), children: <Typography.Text code>{r.code}</Typography.Text> },
                { key: 'p', label: t('verify.project'), children: `${r.project.code} ${r.project.name}` },
                { key: 'org', label: t('verify.declaringOrg'), children: r.project.declaringOrg },
                {
                  key: 'stage',
                  label: t('verify.stage'),
                  children: stageLabel(r.project.stage, i18n.language),
                },
                { key: 'at', label: t('verify.approvedAt'), children: formatDateTime(r.project.approvedAt) },
              ]}
            />
          }
        />
      )}
    </Card>
  );
}
