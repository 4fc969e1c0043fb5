// 安全策略 (security admin): password (with history), lockout, session and second-factor policy, saved whole with
// the version read (a concurrent change gives a conflict and a reload).
import { Alert, Button, Card, Col, Divider, Form, InputNumber, Radio, Row, Skeleton } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { put } from '../../api/client';
import { useApi } from '../../api/useApi';
import type { SecurityPolicy } from '../../api/types';
import { problemText, useNotify } from '../../app/useNotify';
import { PageHeader } from '../shared/PageHeader';

type Values = Omit<SecurityPolicy, 'version'>;
type NumKey = Exclude<keyof Values, 'mfaRequiredFor'>;
const FIELDS: { group: string; items: { key: NumKey; min: number; max: number; help?: string }[] }[] = [
  {
    group: 'password',
    items: [
      { key: 'passwordMinLength', min: 8, max: 64 },
      { key: 'passwordMinClasses', min: 3, max: 4, help: 'passwordMinClassesHelp' },
      { key: 'passwordExpiryDays', min: 0, max: 3650, help: 'passwordExpiryHelp' },
      { key: 'passwordHistoryCount', min: 1, max: 24, help: 'passwordHistoryHelp' },
    ],
  },
  {
    group: 'lockout',
    items: [
      { key: 'lockoutThreshold', min: 1, max: 100 },
      { key: 'lockoutMinutes', min: 1, max: 1440 },
    ],
  },
  {
    group: 'session',
    items: [
      { key: 'sessionIdleMinutes', min: 1, max: 1440 },
      { key: 'sessionMaxHours', min: 1, max: 720 },
    ],
  },
];

export function PolicyPage() {
  const { t, i18n } = useTranslation();
  const notify = useNotify();
  const [form] = Form.useForm<Values>();
  const { data, error, loading, reload } = useApi<SecurityPolicy>('/security-policy');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (data) form.setFieldsValue(data);
  }, [data, form]);

  const save = async (v: Values) => {
    if (!data) return;
    setBusy(true);
    try {
      await put('/security-policy', { ...v, version: data.version });
      notify.success(t('common.saved'));
      reload();
    } catch (e) {
      notify.error(e, reload);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card>
      <PageHeader title={t('policy.title')} intro={t('policy.intro')} />
      {error && <Alert type="error" showIcon title={problemText(error, i18n.language)} style={{ marginBottom: 16 }} />}
      {loading && !data ? (
        <Skeleton active />
      ) : (
        <Form<Values> form={form} layout="vertical" onFinish={save} name="policy" style={{ maxWidth: 880 }}>
          {FIELDS.map((g) => (
            <div key={g.group}>
              <Divider titlePlacement="start">{t(`policy.${g.group}`)}</Divider>
              <Row gutter={24}>
                {g.items.map((f) => (
                  <Col key={f.key} xs={24} md={8}>
                    <Form.Item
                      name={f.key}
                      label={t(`policy.${f.key}`)}
                      extra={f.help ? t(`policy.${f.help}`) : undefined}
                      rules={[{ required: true, message: t('validation.required', { label: t(`policy.${f.key}`) }) }]}
                    >
                      <InputNumber id={f.key} min={f.min} max={f.max} precision={0} style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                ))}
              </Row>
            </div>
          ))}
          <Divider titlePlacement="start">{t('policy.mfa')}</Divider>
          <Form.Item name="mfaRequiredFor" label={t('policy.mfaRequiredFor')} rules={[{ required: true }]}>
            <Radio.Group
              options={[
                { value: 'admins', label: t('policy.admins') },
                { value: 'all', label: t('policy.all') },
              ]}
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy} disabled={!data} data-testid="policy-save">
            {t('common.save')}
          </Button>
        </Form>
      )}
    </Card>
  );
}
