// 调整变更 (Art.17): the declarant states the content, the amount, the total after and the ground
// (one of Art.17 ¶2's three, or none). The server decides — filed (备案, takes effect) or declared
// again (back to the application step) — and the form then shows the decision with every condition.
import { Alert, Button, Form, Input, List, Modal, Radio, Result, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CHANGE_GROUNDS } from '../../domain/approval/change';
import { post } from '../api/client';
import type { ChangeReason, ChangeRecord } from '../api/approval-types';
import type { Finding, Project } from '../api/plan-types';
import { useNotify } from '../app/useNotify';
import { usePick } from '../i18n/format';
import { useCite } from '../plan/cite';
import { fenToYuanInput, yuanInputToFen, yuanRule, yuanText } from '../plan/money';
import { YuanInput } from '../projects/form/YuanInput';
import { useSubmit } from '../app/useSubmit';
import { useActionLabel } from '../i18n/labels';

interface Values {
  content: string;
  changeYuan: string;
  totalAfterYuan: string;
  ground: string;
}
interface Decided {
  change: ChangeRecord;
  decision: { route: 'file' | 'redeclare'; reasons: ChangeReason[]; finding: Finding };
  project: Project;
}
const NONE = 'none';

export function ChangeModal({
  project,
  onDone,
  onClose,
}: {
  project: Project;
  onDone: (p: Project) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const actionLabel = useActionLabel();
  const pick = usePick();
  const cite = useCite();
  const notify = useNotify();
  const [form] = Form.useForm<Values>();
  const { busy, run } = useSubmit(form, { changeFen: 'changeYuan', totalAfterFen: 'totalAfterYuan' });
  const [decided, setDecided] = useState<Decided | null>(null);
  const required = (label: string) => [{ required: true, message: t('validation.required', { label }) }];
  const submit = (v: Values) =>
    run(async () => {
      const r = await post<Decided>(`/projects/${project.id}/changes`, {
        content: v.content.trim(),
        changeFen: yuanInputToFen(v.changeYuan),
        totalAfterFen: yuanInputToFen(v.totalAfterYuan),
        ground: v.ground === NONE ? null : v.ground,
      });
      notify.success(t('contract.change.done'));
      setDecided(r);
    });

  if (decided) {
    const file = decided.decision.route === 'file';
    return (
      <Modal
        open
        width={720}
        title={t('contract.change.decision')}
        onCancel={() => onDone(decided.project)}
        destroyOnHidden
        footer={
          <Button type="primary" onClick={() => onDone(decided.project)} data-testid="change-close">
            {t('contract.change.close')}
          </Button>
        }
      >
        <Result
          status={file ? 'success' : 'warning'}
          title={t(file ? 'contract.change.file' : 'contract.change.redeclare')}
          data-testid="change-decision"
          data-route={decided.decision.route}
          subTitle={
            <Space orientation="vertical">
              <span>
                <Typography.Text code>{decided.decision.finding.rule}</Typography.Text>{' '}
                {cite(decided.decision.finding.article)}{' '}
                {pick(decided.decision.finding.message, decided.decision.finding.messageEn)}
              </span>
              {!file && <span>{t('contract.change.redeclareHint')}</span>}
            </Space>
          }
        />
        <List
          size="small"
          dataSource={decided.decision.reasons}
          renderItem={(r) => (
            <List.Item>
              <Space wrap>
                <Tag color={r.met ? 'green' : 'red'}>{t(r.met ? 'contract.change.met' : 'contract.change.notMet')}</Tag>
                <Typography.Text type="secondary">{cite(r.article)}</Typography.Text>
                <span>{pick(r.zh, r.en)}</span>
              </Space>
            </List.Item>
          )}
        />
      </Modal>
    );
  }
  return (
    <Modal
      open
      width={720}
      title={actionLabel('file_change')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={busy}
      okButtonProps={{ 'data-testid': 'change-ok' }}
      destroyOnHidden
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={t('contract.change.intro', { article: cite('Art.17') })}
        description={t('contract.change.reference', {
          budget: yuanText(project.approvedBudgetFen),
          contract: yuanText(project.contractFen),
        })}
      />
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        data-testid="change-form"
        initialValues={{ totalAfterYuan: fenToYuanInput(project.totalFen), ground: NONE }}
      >
        <Form.Item
          name="content"
          label={t('contract.change.content')}
          rules={[
            {
              required: true,
              whitespace: true,
              min: 4,
              message: t('validation.min', { label: t('contract.change.content'), min: 4 }),
            },
          ]}
        >
          <Input.TextArea id="changeContent" rows={3} maxLength={5000} />
        </Form.Item>
        <Form.Item
          name="changeYuan"
          label={t('contract.change.amount')}
          rules={[...required(t('contract.change.amount')), yuanRule(t)]}
        >
          <YuanInput id="changeYuan" showWan />
        </Form.Item>
        <Form.Item
          name="totalAfterYuan"
          label={t('contract.change.totalAfter')}
          rules={[...required(t('contract.change.totalAfter')), yuanRule(t)]}
        >
          <YuanInput id="totalAfterYuan" showWan />
        </Form.Item>
        <Form.Item name="ground" label={t('contract.change.ground')}>
          <Radio.Group id="changeGround">
            <Space orientation="vertical">
              {Object.entries(CHANGE_GROUNDS).map(([code, g]) => (
                <Radio key={code} value={code}>
                  {cite(g.article)}：{pick(g.zh, g.en)}
                </Radio>
              ))}
              <Radio value={NONE}>{t('contract.change.noGround')}</Radio>
            </Space>
          </Radio.Group>
        </Form.Item>
      </Form>
    </Modal>
  );
}
