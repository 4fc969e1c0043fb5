// The reviewing party's pre-review opinion [data-testid=opinion-form] (Art.10(2)): 通过 / 退回修改 /
// 不予通过, with its text. One per party per round.
import { Button, Card, Form, Input, Radio } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { post } from '../../api/client';
import type { Project } from '../../api/plan-types';
import { useNotify } from '../../app/useNotify';
import { useActionLabel } from '../../i18n/labels';

interface Values {
  decision: 'pass' | 'return' | 'fail';
  opinionText: string;
}

export function OpinionForm({
  projectId,
  partyName,
  onGiven,
}: {
  projectId: string;
  partyName: string;
  onGiven: (p: Project) => void;
}) {
  const { t } = useTranslation();
  const actionLabel = useActionLabel();
  const notify = useNotify();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const submit = async (v: Values) => {
    setBusy(true);
    try {
      const p = await post<Project>(`/projects/${projectId}/opinions`, {
        decision: v.decision,
        text: v.opinionText.trim(),
      });
      notify.success(t('opinions.given'));
      onGiven(p);
    } catch (e) {
      notify.error(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card
      type="inner"
      title={t('opinions.formTitle', { action: actionLabel('pre_review_opinion'), party: partyName })}
      style={{ marginBottom: 16 }}
    >
      <Form<Values> form={form} layout="vertical" onFinish={submit} data-testid="opinion-form">
        <Form.Item
          name="decision"
          label={t('opinions.decision')}
          rules={[{ required: true, message: t('validation.select', { label: t('opinions.decision') }) }]}
        >
          <Radio.Group
            options={(['pass', 'return', 'fail'] as const).map((d) => ({ value: d, label: t(`opinions.${d}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="opinionText"
          label={t('opinions.text')}
          rules={[{ required: true, min: 2, message: t('validation.min', { label: t('opinions.text'), min: 2 }) }]}
        >
          <Input.TextArea rows={4} maxLength={5000} showCount />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} data-testid="opinion-submit">
          {t('opinions.submit')}
        </Button>
      </Form>
    </Card>
  );
}
